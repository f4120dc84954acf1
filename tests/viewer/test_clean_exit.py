"""The viewer ends cleanly on SIGTERM, Ctrl+C and logout, and the next start clears up after a kill -9.

Clean means what closing the window means: settings written, the reader's store closed (its
write-ahead log folded back into the file), and in portable mode the session folder removed and what
Casefile put on the clipboard cleared. The signal tests start the real app in its own process
(tests/viewer/exit_session.py), since what they check only shows when a process ends.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QWidget

from archive import paths
from archive import portable
from viewer.settings import Settings
from viewer.shutdown import CleanExit, ClipboardGuard, SignalRelay

SCRIPT = Path(__file__).with_name("exit_session.py")
STARTUP_SECONDS = 120


@pytest.fixture
def app_dir(tmp_path) -> Path:
    """A portable app folder (the `portable` marker beside the app) with its data/ folder."""
    folder = tmp_path / "stick" / "casefile"
    folder.mkdir(parents=True)
    (folder / paths.PORTABLE_MARKER).write_text("")
    return folder


class Viewer:
    """The app running in its own process; `ready` is what it printed once its window was up."""

    def __init__(self, app_dir: Path, archive: Path) -> None:
        env = {k: v for k, v in os.environ.items() if k != paths.DATA_DIR_ENV}
        env["QT_QPA_PLATFORM"] = "offscreen"
        self.process = subprocess.Popen([sys.executable, str(SCRIPT), str(app_dir), str(archive)], env=env,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.ready = self.line(STARTUP_SECONDS)

    def line(self, seconds: float) -> dict:
        """The next JSON line the app printed (within `seconds`)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            readable, _, _ = select.select([self.process.stdout], [], [], 0.5)
            if readable:
                text = self.process.stdout.readline()
                if text.startswith("{"):
                    return json.loads(text)
                assert text, f"the app ended early: {self.process.wait()} {self.process.stderr.read()[-3000:]}"
        self.process.kill()
        pytest.fail(f"the app printed nothing in {seconds} s: {self.process.stderr.read()[-3000:]}")

    def end(self, number: int) -> tuple[int, dict]:
        """Send signal `number`; the exit status and the app's last line (what the clipboard held)."""
        self.process.send_signal(number)
        last = self.line(60)
        status = self.process.wait(timeout=60)
        self.process.stdout.close()
        self.process.stderr.close()
        return status, last


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_ends_the_viewer_as_closing_its_window_does(app_dir, built, number):
    viewer = Viewer(app_dir, built)
    data, session = Path(viewer.ready["data_dir"]), Path(viewer.ready["session"])
    assert data == app_dir / "data" and session.is_dir() and session.parent == data / portable.SESSION_FOLDER
    assert viewer.ready["clipboard"]

    status, last = viewer.end(number)

    assert status == 128 + number
    assert last == {"clipboard_at_exit": ""}  # what Casefile copied is not left behind
    assert not Settings(data / "viewer.ini").get("window/geometry").isEmpty()  # the settings were saved
    store = data / "casefile-store.sqlite"
    assert not Path(f"{store}-wal").exists() and not Path(f"{store}-shm").exists()  # closed, log folded back
    with sqlite3.connect(store) as conn:
        assert conn.execute("SELECT count(*) FROM annotations").fetchone() == (1,)
    assert not session.exists() and list((data / portable.SESSION_FOLDER).iterdir()) == []


def test_the_next_start_removes_the_folder_a_kill_left(app_dir, built):
    killed = Viewer(app_dir, built)
    killed.process.kill()  # SIGKILL: nothing runs, the session folder stays
    killed.process.wait(timeout=60)
    stale = Path(killed.ready["session"])
    assert stale.is_dir()

    viewer = Viewer(app_dir, built)
    assert not stale.exists() and Path(viewer.ready["session"]).is_dir()
    status, _ = viewer.end(signal.SIGTERM)
    assert status == 128 + signal.SIGTERM
    assert list((app_dir / "data" / portable.SESSION_FOLDER).iterdir()) == []


def test_only_folders_whose_lock_nobody_holds_are_removed(tmp_path):
    stale, running, unmarked = (tmp_path / f"{portable.SESSION_PREFIX}{name}" for name in ("a", "b", "c"))
    for folder in (stale, running, unmarked):
        (folder / "tmp").mkdir(parents=True)
    (stale / portable.SESSION_LOCK).write_bytes(b"")
    held = portable._hold(running / portable.SESSION_LOCK)  # as a running Casefile holds its own
    try:
        assert portable.remove_stale_sessions(tmp_path) == [stale]
    finally:
        held.close()
    assert not stale.exists() and running.is_dir() and unmarked.is_dir()


def test_signals_reach_the_waiting_event_loop(qtbot):
    before = signal.getsignal(signal.SIGTERM)
    relay = SignalRelay()
    try:
        with qtbot.waitSignal(relay.received, timeout=5_000) as caught:
            os.kill(os.getpid(), signal.SIGTERM)
        assert caught.args == [signal.SIGTERM]
    finally:
        relay.restore()
    assert signal.getsignal(signal.SIGTERM) == before


def test_logout_closes_the_window_before_the_session_ends(qtbot, qapp, monkeypatch):
    closed, exits = [], []
    # The real exit() would also make every later event loop of this test process return at once.
    monkeypatch.setattr(qapp, "exit", exits.append)

    class Window(QWidget):
        def closeEvent(self, event) -> None:  # noqa: N802 - Qt naming
            closed.append(True)
            super().closeEvent(event)

    window = Window()
    qtbot.addWidget(window)
    window.show()
    ending = CleanExit(qapp, window)
    try:
        ending._logout(None)  # what commitDataRequest calls
    finally:
        ending.restore()
        ending.setParent(None)
        ending.deleteLater()
    assert closed == [True] and not window.isVisible() and ending.code == 0 and exits == [0]


def test_the_clipboard_is_cleared_only_while_it_holds_what_casefile_copied(qapp):
    casefile_active = [True]
    clipboard = qapp.clipboard()
    guard = ClipboardGuard(clipboard, active=lambda: casefile_active[0])
    try:
        clipboard.setText("a quote copied in Casefile")
        assert QClipboard.Mode.Clipboard in guard.clear_if_ours() and clipboard.text() == ""
        clipboard.setText("a quote copied in Casefile")
        casefile_active[0] = False  # the reader went to another program and copied something there
        clipboard.setText("copied in another program")
        assert guard.clear_if_ours() == [] and clipboard.text() == "copied in another program"
    finally:
        clipboard.clear()
        guard.deleteLater()
