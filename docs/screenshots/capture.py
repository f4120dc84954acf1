"""Render every README screenshot from the sample archive (offscreen, reproducible).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/capture.py [OUT_DIR]

Writes main-window.png (a search across the sample, verified), search.png, report.png, pdf.png,
gallery.png, entity.png, table.png (a search hit in a table row, opened at its row), email.png (a message
with its attachment and thread), kept-file.png (a mailbox, kept as given, with the messages inside it), ocr.png (a synthetic scanned
notice read by Tesseract at build time: the search hit painted over the word on the page, the
recognised text beside it; only where Tesseract is installed), annotations.png (highlights, a note and the sidebar, made through the
viewer's own annotation controller in a throw-away data folder) and tampered.png (a copy of the sample
with one report's title changed after signing, as an attacker with sqlite3 would), then the main
window and an entity page in Chinese and in Uyghur (right to left): main-window-zh.png,
main-window-ug.png, entity-zh.png, entity-ug.png. Last, rendered-from.txt records a hash of what the
pictures depend on (see freshness.py), which tests/test_screenshots.py checks.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QPainter, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from archive.paths import use_data_dir  # noqa: E402
from viewer import i18n  # noqa: E402
from viewer.app import ensure_sample  # noqa: E402
from viewer.mainwindow import MainWindow  # noqa: E402
from viewer.settings import Settings  # noqa: E402
from viewer.theme import apply_theme  # noqa: E402

import freshness  # noqa: E402  (beside this script, which Python puts first on sys.path)

HERE = Path(__file__).resolve().parent
REPORT = "reports/police-files-uyghur-summary"
PDF = "reports/chronology-2020-2022"
TAMPERED_ITEM = "reports/ohchr-assessment-2022"
ANNOTATED = "reports/chen-quanguo-career"
CITED = "Party Secretary of the Xinjiang Uyghur Autonomous Region"
EMAIL = "mail/synthetic-reading-notes"
MAILBOX = "mail/synthetic-mailbox"
# (words in the report, colour, note, tags): the last stays selected, its note open in the sidebar.
HIGHLIGHTS = (("was born in November 1955 in Pingyu County", "green", "", ""),
              ("dense networks of small neighbourhood police posts", "yellow", "", "policing"),
              ("the system of mass detention described in the OHCHR assessment of 31 August 2022", "pink",
               "Key claim: quote the OHCHR assessment itself (paragraphs on detention) in the brief.",
               "detention, to-verify"))
ITEM_NOTE = "Background for chapter 2. Dates checked against the sanctions notices."


class Camera:
    """Saves grabs of the main window and remembers which pictures it wrote."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.names: list[str] = []

    def shoot(self, window: MainWindow, name: str, extra_ms: int = 300) -> None:
        wait(window, extra_ms)
        window.grab().save(str(self.out / name))
        self.names.append(name)


def wait(window: MainWindow, extra_ms: int = 300) -> None:
    """Let verification, searches and thumbnails finish, then paint."""
    loop = QEventLoop()

    def check() -> None:
        busy = any(s.verifying for s in window.library.sessions) or window.search.busy
        QTimer.singleShot(50 if busy else extra_ms, check if busy else loop.quit)

    QTimer.singleShot(0, check)
    loop.exec()


def new_window(data: Path, archive: Path) -> MainWindow:
    window = MainWindow(Settings(data / "viewer.ini"))
    window.resize(1280, 800)
    window.show()
    assert window.open_paths([archive]) == []
    wait(window)
    return window


def search(window: MainWindow, query: str) -> None:
    window.search.set_query(query)
    window.search.run_now()
    wait(window)


def chen_quanguo(session) -> str:
    return next(e for e in session.archive.entities.list("Person", limit=500) if e.caption == "Chen Quanguo").id


def english(camera: Camera, data: Path, sample: Path) -> None:
    """The main window, a search, a report, a PDF, the gallery and an entity page, in English."""
    window = new_window(data, sample)
    session = window.library.sessions[0]
    # Reports, people and images in three scripts from one query, with the trust badge beside them.
    search(window, "Xinjiang Police Files OR 新疆 OR detention")
    camera.shoot(window, "main-window.png")
    search(window, "Chen Quanguo")
    camera.shoot(window, "search.png")
    window.open_item(session, REPORT, "قەشقەر OR 新疆 OR police")
    camera.shoot(window, "report.png")
    window.open_item(session, PDF, "Xinjiang")
    camera.shoot(window, "pdf.png")
    window.tabs.setCurrentWidget(window.gallery)
    camera.shoot(window, "gallery.png", 800)
    window.open_entity(session, chen_quanguo(session))
    camera.shoot(window, "entity.png")
    window.close()


def evidence_kinds(camera: Camera, data: Path, sample: Path) -> None:
    """A table opened at the row a search found, an email, and a file kept as given."""
    window = new_window(data, sample)
    session = window.library.sessions[0]
    search(window, "kind:row Wang Junzheng")
    hit = next(hit for hit in session.archive.search.find("kind:row Wang Junzheng").hits if hit.row)
    window.open_row(session, hit.id, hit.row.sheet_no, hit.row.row_no)
    camera.shoot(window, "table.png")
    window.open_item(session, EMAIL)
    camera.shoot(window, "email.png")
    window.open_item(session, MAILBOX)
    camera.shoot(window, "kept-file.png")
    window.close()


SCAN_WORDS = ("SYNTHETIC SCANNED NOTICE (screenshot)",
              "County public security bureau, Kashgar prefecture",
              "Reference 2031-07: transfer of records to the archive",
              "Signed by the duty officer; received 24 May 2031")


def scanned_notice(folder: Path) -> Path:
    """A source folder with one synthetic 'scan': an image-only PDF page of typed lines, as a scanner makes."""
    from PIL import Image, ImageDraw, ImageFont

    (folder / "scans").mkdir(parents=True)
    (folder / "archive.toml").write_text('title = "Scanned notice (synthetic)"\npublisher = "Casefile screenshots"\n'
                                         'edition = "1"\nlanguages = ["en"]\n', encoding="utf-8")
    page = Image.new("L", (1240, 1754), 250)
    draw = ImageDraw.Draw(page)
    for line, words in enumerate(SCAN_WORDS):
        draw.text((110, 160 + 80 * line), words, fill=20, font=ImageFont.load_default(size=34 if line else 40))
    page.rotate(-0.8, fillcolor=250).save(folder / "scans" / "synthetic notice.pdf", resolution=150)
    (folder / "scans" / "synthetic notice.meta.json").write_text(
        '{"title": "Synthetic scanned notice", "synthetic": true}', encoding="utf-8")
    return folder


def ocr(camera: Camera, data: Path, _sample: Path) -> None:
    """A scanned page read by OCR at build time: the hit painted on the page, the text beside it."""
    try:
        from archive.publish import build_archive, ocrstep

        job = ocrstep.make_job(("en",), None, None)
    except Exception as exc:  # noqa: BLE001 - no Tesseract here: the other pictures still render
        print(f"ocr.png not rendered: {exc}", file=sys.stderr)
        return
    archive = data / "scanned.casefile"
    build_archive(scanned_notice(data / "scan-source"), archive, ocr=job)
    window = new_window(data, archive)
    session = window.library.sessions[0]
    search(window, "Kashgar")
    tab = window.open_item(session, "scans/synthetic notice", "Kashgar")
    wait(window, 500)
    tab.reader.ocr_action.trigger()
    camera.shoot(window, "ocr.png", 800)
    window.close()


def select(tab, words: str) -> None:
    """Select `words` in a report as the reader would with the mouse."""
    document = tab.reader.browser.document()
    start = document.toRawText().index(words)
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    tab.reader.browser.setTextCursor(cursor)


def annotations(camera: Camera, data: Path, sample: Path) -> None:
    """A note on a report and three highlights, made with the reader's Highlight action, then saved
    with a note and tags from the sidebar's editor, as a reader does."""
    window = new_window(data, sample)
    window.store.set_author("Sample reader")  # else the first annotation asks for a name
    tab = window.open_item(window.library.sessions[0], ANNOTATED)
    wait(window)
    assert tab.annotator.add_note(ITEM_NOTE) is None
    for words, colour, note, tags in HIGHLIGHTS:
        tab.annotator.colour_box.set_colour(colour)
        select(tab, words)
        tab.reader.highlight_action.trigger()
        editor = tab.sidebar.editor
        editor.note.setPlainText(note)
        editor.tags.setText(tags)
        assert editor.save(), editor.error.text()
    tab.reader.browser.setTextCursor(QTextCursor(tab.reader.browser.document()))  # the highlights, unselected
    camera.shoot(window, "annotations.png")
    window.close()


def tampered(camera: Camera, data: Path, sample: Path) -> None:
    """A copy of the sample with one report's title changed after signing."""
    copy = data / "tampered-copy.casefile"
    shutil.copyfile(sample, copy)
    shutil.copyfile(sample.with_name(sample.name + ".minisig"), data / "tampered-copy.casefile.minisig")
    conn = sqlite3.connect(copy)
    with conn:
        conn.execute("UPDATE items SET title = title || ' (edited)' WHERE id = ?", (TAMPERED_ITEM,))
    conn.close()
    window = new_window(data, copy)
    window.open_item(window.library.sessions[0], TAMPERED_ITEM)
    camera.shoot(window, "tampered.png")
    window.close()


def translated(camera: Camera, data: Path, sample: Path) -> None:
    """The main window and an entity page in Chinese and in Uyghur."""
    for language, suffix in (("zh_CN", "zh"), ("ug", "ug")):
        i18n.apply_language(language)
        window = new_window(data, sample)
        session = window.library.sessions[0]
        # Results in all three scripts: a Latin title in a Uyghur window, Uyghur text in a Chinese one.
        search(window, "陈全国 OR ئۇيغۇر")
        camera.shoot(window, f"main-window-{suffix}.png")
        window.open_entity(session, chen_quanguo(session))
        camera.shoot(window, f"entity-{suffix}.png")
        window.close()
    i18n.apply_language(i18n.ENGLISH)


def research(camera: Camera, data: Path, sample: Path) -> None:
    """A timeline and a relationship graph around an official, and a citation of a passage (issue 21)."""
    window = new_window(data, sample)
    session = window.library.sessions[0]
    tab = window.open_timeline(session, entity_id=chen_quanguo(session))
    wait(window)
    while tab.timeline is None:  # read on a worker
        wait(window, 100)
    tab.view.select(4)
    camera.shoot(window, "timeline.png")
    graph = window.open_graph(session, chen_quanguo(session))
    for entity_id in ("pos-xuar-party-secretary", "org-ccp-politburo"):
        graph.expand(entity_id)
    graph.fit()
    camera.shoot(window, "graph.png")
    item = window.open_item(session, ANNOTATED)
    wait(window)
    select(item, CITED)
    window.copy_citation()
    window.citation_dialog.move(window.mapToGlobal(window.rect().center()) - window.citation_dialog.rect().center())
    wait(window)
    # The window with the dialog over it, as the reader sees them: the dialog is its own top-level window.
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(window.citation_dialog.frameGeometry().topLeft()),
                       window.citation_dialog.grab())
    painter.end()
    picture.save(str(camera.out / "citation.png"))
    camera.names.append("citation.png")
    window.citation_dialog.close()
    window.close()


def main(out: Path) -> int:
    app = QApplication(sys.argv[:1])
    apply_theme(app, "light")  # as the app starts (viewer/app.py), in the light theme
    i18n.load_fonts()
    sample = ensure_sample()
    camera = Camera(out)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        use_data_dir(data)  # a fresh store: no annotations from an earlier run or from the reader's own
        for scene in (english, evidence_kinds, ocr, annotations, research, tampered, translated):
            scene(camera, data, sample)
    freshness.write_record(camera.names, out / freshness.RECORD.name)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
