"""Render the README's screenshots from the sample archive (offscreen, reproducible).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/capture.py [OUT_DIR]

Writes search.png, report.png, pdf.png, gallery.png, entity.png and tampered.png (a copy of the
sample with one report's title changed after signing, as an attacker with sqlite3 would), then the main
window and an entity page in Chinese and in Uyghur (right to left): main-window-zh.png,
main-window-ug.png, entity-zh.png, entity-ug.png.
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
from PySide6.QtWidgets import QApplication  # noqa: E402

from viewer import i18n  # noqa: E402
from viewer.app import ensure_sample  # noqa: E402
from viewer.mainwindow import MainWindow  # noqa: E402
from viewer.settings import Settings  # noqa: E402
from viewer.theme import apply_theme  # noqa: E402

HERE = Path(__file__).resolve().parent
REPORT = "reports/police-files-uyghur-summary"
PDF = "reports/chronology-2020-2022"
TAMPERED_ITEM = "reports/ohchr-assessment-2022"


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


def main(out: Path) -> int:
    app = QApplication(sys.argv[:1])
    apply_theme(app, "light")  # as the app starts (viewer/app.py), in the light theme
    i18n.load_fonts()
    sample = ensure_sample()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        window = new_window(data, sample)
        session = window.library.sessions[0]
        window.search.set_query("Chen Quanguo")
        window.search.run_now()
        wait(window)
        window.grab().save(str(out / "search.png"))
        window.open_item(session, REPORT, "قەشقەر OR 新疆 OR police")
        wait(window)
        window.grab().save(str(out / "report.png"))
        window.open_item(session, PDF, "Xinjiang")
        wait(window)
        window.grab().save(str(out / "pdf.png"))
        window.tabs.setCurrentWidget(window.gallery)
        wait(window, 800)
        window.grab().save(str(out / "gallery.png"))
        person = next(e for e in session.archive.entities.list("Person", limit=500) if e.caption == "Chen Quanguo")
        window.open_entity(session, person.id)
        wait(window)
        window.grab().save(str(out / "entity.png"))
        window.close()

        tampered = data / "tampered-copy.casefile"
        shutil.copyfile(sample, tampered)
        shutil.copyfile(sample.with_name(sample.name + ".minisig"), data / "tampered-copy.casefile.minisig")
        conn = sqlite3.connect(tampered)
        with conn:
            conn.execute("UPDATE items SET title = title || ' (edited)' WHERE id = ?", (TAMPERED_ITEM,))
        conn.close()
        window = new_window(data, tampered)
        window.open_item(window.library.sessions[0], TAMPERED_ITEM)
        wait(window)
        window.grab().save(str(out / "tampered.png"))
        window.close()

        for language, suffix in (("zh_CN", "zh"), ("ug", "ug")):
            i18n.apply_language(language)
            window = new_window(data, sample)
            session = window.library.sessions[0]
            # Results in all three scripts: a Latin title in a Uyghur window, Uyghur text in a Chinese one.
            window.search.set_query("陈全国 OR ئۇيغۇر")
            window.search.run_now()
            wait(window)
            window.grab().save(str(out / f"main-window-{suffix}.png"))
            person = next(e for e in session.archive.entities.list("Person", limit=500) if e.caption == "Chen Quanguo")
            window.open_entity(session, person.id)
            wait(window)
            window.grab().save(str(out / f"entity-{suffix}.png"))
            window.close()
        i18n.apply_language(i18n.ENGLISH)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
