"""Copy Citation (Archive menu, Ctrl+Shift+C): the item in front, the passage selected in it and the
page in view, as text on the clipboard and shown in a dialog; the fingerprint only after verification."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from ..helpers.viewer import select_words, settled

REPORT = "reports/ohchr-assessment-2022"


def test_a_verified_report_passage_is_cited_with_the_fingerprint(qtbot, window, signed_sample):
    window.open_paths([signed_sample])
    settled(qtbot, window)
    session = window.library.sessions[0]
    tab = window.open_item(session, REPORT)
    words = tab.reader.browser.document().toPlainText().split("\n")[2].split()[:6]
    select_words(tab.reader, " ".join(words))
    window.copy_citation()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("“" + " ".join(words)) and f"Item {REPORT} in “" in text
    assert session.report.fingerprint and session.report.fingerprint in text
    assert f"SHA-256 of the item: {session.archive.items.get(REPORT).sha256}" in text
    assert "with the publisher's key fingerprint" in window.statusBar().currentMessage()
    dialog = window.citation_dialog  # what was copied, shown as plain text, with the footnote form
    assert dialog.isVisible() and dialog.text.toPlainText() == text
    dialog.copy_footnote.click()
    assert QGuiApplication.clipboard().text() == dialog.footnote.toPlainText()
    dialog.close()


def test_before_verification_ends_the_citation_says_it_is_not_verified(qtbot, window, built):
    window.open_paths([built])
    settled(qtbot, window)
    tab = window.open_item(window.library.sessions[0], "reports/sanctions")
    tab.reader.go_to_page(1)
    window.copy_citation()
    text = QGuiApplication.clipboard().text()
    assert "p. 2" in text and "NOT backed by a verified signature (archive state: unsigned)" in text
    assert "not verified" in window.statusBar().currentMessage()


def test_without_an_item_in_front_nothing_is_copied(qtbot, window, built):
    QGuiApplication.clipboard().setText("unchanged")
    window.open_paths([built])
    window.copy_citation()
    assert QGuiApplication.clipboard().text() == "unchanged"
    assert "Open an item first" in window.statusBar().currentMessage()
    assert any(a.shortcut().toString() == "Ctrl+Shift+C" for a in window.menuBar().actions()[3].menu().actions())
