"""The item metadata panel: facts, SHA-256, and the verification state for signed, unsigned and tampered archives."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from archive.signing.sign import sign_sample
from viewer.metadata import BAD
from viewer.theme import text_colour

IMAGE = "images/chart-chen-quanguo-career"
REPORT = "reports/chen-quanguo-career"


def signed_copy(sample_path: Path, target: Path) -> Path:
    """A copy of the sample signed with the demo key, as the app ships it."""
    shutil.copyfile(sample_path, target)
    sign_sample(target)
    return target


def tamper_thumbnail(path: Path, item_id: str) -> None:
    """Flip bytes in one item's stored thumbnail, as an attacker editing the file would."""
    with sqlite3.connect(path) as conn:
        (data,) = conn.execute("SELECT data FROM thumbnails WHERE item_id = ?", (item_id,)).fetchone()
        flipped = bytes(b ^ 0xFF for b in data[100:120])
        conn.execute("UPDATE thumbnails SET data = ? WHERE item_id = ?",
                     (data[:100] + flipped + data[120:], item_id))
    conn.close()


def verify(qtbot, session) -> None:
    session.start_verification()
    qtbot.waitUntil(lambda: session.report is not None and not session.verifying, timeout=30_000)


def test_shows_the_items_facts_and_sha256(library, panel, sample_path):
    session = library.open(sample_path)
    item = session.archive.items.get(REPORT)
    panel.show_item(session, REPORT)
    assert panel.fields["Title"].text() == item.title
    assert panel.fields["Kind"].text() == "Report"  # the kind's label, translated
    assert panel.fields["Date"].text() == item.date
    assert panel.fields["File name"].text() == item.file_name
    assert panel.fields["Authors"].text() == ", ".join(item.authors)
    assert panel.sha256.text() == item.sha256 and len(item.sha256) == 64
    assert panel.sha256.isReadOnly()
    assert panel.edition.text() == session.archive.metadata.edition
    assert session.archive.metadata.title in panel.archive.text()
    assert panel.synthetic.text() == "No"
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == item.sha256


def test_synthetic_item_is_flagged(library, panel, sample_path):
    session = library.open(sample_path)
    synthetic = next(i for i in session.archive.items.list(limit=100) if i.synthetic)
    panel.show_item(session, synthetic.id)
    assert panel.synthetic.text().startswith("Yes")


def test_unsigned_archive(library, panel, sample_path):
    session = library.open(sample_path)
    panel.show_item(session, IMAGE)
    assert panel.state.text().startswith("Unsigned")


def test_verified_copy_says_still_verifying_then_verified(library, panel, qtbot, sample_path, tmp_path):
    session = library.open(signed_copy(sample_path, tmp_path / "signed.casefile"))
    panel.show_item(session, IMAGE)
    session.start_verification()
    assert "still verifying" in panel.state.text()
    qtbot.waitUntil(lambda: session.report is not None and not session.verifying, timeout=30_000)
    assert session.report.ok
    assert panel.state.text().startswith("✓ Verified.")
    assert "DEMO key" in panel.state.text()


def test_tampered_item_fails_in_red(library, panel, qtbot, sample_path, tmp_path):
    path = signed_copy(sample_path, tmp_path / "tampered.casefile")
    tamper_thumbnail(path, IMAGE)
    session = library.open(path)
    panel.show_item(session, IMAGE)
    assert panel.state.text().startswith("✗ Failed verification")
    assert f"thumb:{IMAGE}" in panel.state.text()
    assert text_colour(panel.palette(), BAD).name() in panel.state.styleSheet()  # the theme's red
    verify(qtbot, session)
    assert IMAGE in session.report.failing_items
    assert panel.state.text().startswith("✗ Failed verification")
    # An untouched item still checks out, but the panel says the archive as a whole does not.
    panel.show_item(session, REPORT)
    assert panel.state.text().startswith("Not verified: this item matches")
    assert "other parts of the archive do not" in panel.state.text()


def test_unknown_item_is_reported_not_raised(library, panel, sample_path):
    session = library.open(sample_path)
    panel.show_item(session, "reports/no-such-item")
    assert "no-such-item" in panel.state.text()
    assert panel.sha256.text() == "" and not panel.copy_button.isEnabled()


def test_accessible_names(panel):
    assert panel.sha256.accessibleName()
    assert panel.copy_button.accessibleName() and panel.copy_button.toolTip()
    assert all(label.accessibleName() for label in panel.fields.values())


def test_a_forged_20_mb_title_is_cut_not_laid_out(qtbot, tmp_path, built):
    import shutil
    import sqlite3
    import time

    from archive import open_archive
    from viewer.metadata import MAX_SHOWN, ItemMetadataPanel
    from viewer.library.sessions import ArchiveSession

    forged = tmp_path / "forged.casefile"
    shutil.copyfile(built, forged)
    conn = sqlite3.connect(forged)
    with conn:
        item_id = conn.execute("SELECT id FROM items ORDER BY id LIMIT 1").fetchone()[0]
        conn.execute("UPDATE items SET title = ? WHERE id = ?", ("T" * 20_000_000, item_id))
    conn.close()
    session = ArchiveSession(open_archive(forged))
    panel = ItemMetadataPanel()
    qtbot.addWidget(panel)
    started = time.perf_counter()
    panel.show_item(session, item_id)
    panel.resize(300, 600)
    panel.show()
    qtbot.waitExposed(panel)
    assert time.perf_counter() - started < 5
    title = next(iter(panel.fields.values())).text()
    assert len(title) < MAX_SHOWN + 50 and title.endswith("(cut: the archive holds more)")
    session.close()
