"""The email reader: headers as plain text, the body with hits, attachments and thread that open items."""

from __future__ import annotations

import pytest

from archive.publish import build_archive
from tests.helpers.mail import write_mail_source
from tests.helpers.viewer import settled

EMAIL = "mail/camp report"


@pytest.fixture(scope="module")
def mail_path(tmp_path_factory):
    root = tmp_path_factory.mktemp("mailview")
    build_archive(write_mail_source(root / "source"), root / "mail.casefile")
    return root / "mail.casefile"


@pytest.fixture
def mail_session(mail_path, open_session):
    return open_session(mail_path)


@pytest.fixture
def view(qtbot, mail_session):
    from viewer.readers.email import EmailView

    widget = EmailView()
    qtbot.addWidget(widget)
    widget.show_item(mail_session, EMAIL, "Tekes")
    return widget


def test_headers_are_plain_text(view):
    from PySide6.QtCore import Qt

    assert view.header_text("from") == "陈全国 <chen@example.org>"
    assert view.header_text("to") == "Desk A <a@example.org>, b@example.org"
    assert (view.header_text("date"), view.header_text("subject")) == ("2022-05-24T10:11:12+08:00",
                                                                       "Camp report from Kashgar")
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in view.fields.values())


def test_body_shows_with_query_hits(view):
    assert view.message() is None
    assert "transfer list" in view.displayed_text()
    assert len(view.hits()) == 1  # "Tekes" in the body


def test_attachments_and_thread_are_listed(view):
    names = [view.attachments.topLevelItem(i).text(0) for i in range(view.attachments.topLevelItemCount())]
    assert names == ["transfer list.pdf", "gate.jpg"]
    assert view.attachments.topLevelItem(0).text(1) == "application/pdf"
    assert view.thread.topLevelItemCount() == 1 and view.thread.topLevelItem(0).text(2).startswith("Re: ")


def test_activating_an_attachment_asks_to_open_it(qtbot, view, mail_session):
    with qtbot.waitSignal(view.itemActivated) as signal:
        view.attachments.itemActivated.emit(view.attachments.topLevelItem(0), 0)
    assert signal.args == [mail_session, f"{EMAIL}/transfer list.pdf", ""]


def test_main_window_opens_the_attachment(qtbot, window, mail_path):
    window.open_paths([mail_path])
    settled(qtbot, window)
    session = window.library.sessions[0]
    tab = window.open_item(session, EMAIL)
    assert type(tab.reader).__name__ == "EmailView"
    tab.reader.attachments.itemActivated.emit(tab.reader.attachments.topLevelItem(0), 0)
    opened = window.tabs.currentWidget()
    assert opened.item_id == f"{EMAIL}/transfer list.pdf" and type(opened.reader).__name__ == "PdfView"
