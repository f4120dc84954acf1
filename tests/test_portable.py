"""USB sticks and portable mode: finding the stick, leaving no trace on the host, read-only media.

The trace-free and read-only tests run a whole session in a separate process (tests/portable_session.py),
started the way a double-click starts the app, because what they check (environment set before Qt
starts, files left behind at exit) only shows in a fresh process.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from archive import paths
from archive.signing import minisign
from archive.signing.sign import sign_archive
from archive.signing.trust import SOURCE_STICK, TrustStore
from viewer import app as viewer_app
from archive import portable
from viewer.plaintext import shown_as_is

REPO = Path(__file__).resolve().parents[1]
SESSION_SCRIPT = REPO / "tests" / "portable_session.py"


def _load_make_usb():
    spec = importlib.util.spec_from_file_location("make_usb", REPO / "packaging" / "make_usb.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_usb"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


make_usb = _load_make_usb()


@pytest.fixture(scope="module")
def publisher(built, tmp_path_factory):
    """An archive signed by a publisher's key, and that key's .pub file (the trainer's inputs)."""
    folder = tmp_path_factory.mktemp("publisher")
    key = minisign.SecretKey.generate("Stick Test NGO")
    archive = folder / "evidence.casefile"
    shutil.copyfile(built, archive)
    sign_archive(archive, key)
    pub = folder / "ngo.pub"
    pub.write_text(key.public_key.to_file_text(), encoding="utf-8")
    return archive, pub, key.public_key


@pytest.fixture
def stick(tmp_path, publisher) -> Path:
    archive, pub, _ = publisher
    root = tmp_path / "stick"
    make_usb.make_stick(root, [archive], [pub])
    return root


@pytest.fixture
def no_data_override(monkeypatch):
    monkeypatch.delenv(paths.DATA_DIR_ENV)


# -- discovery ------------------------------------------------------------------------------------------
def test_app_in_a_stick_folder_finds_the_stick(stick, monkeypatch, no_data_override):
    monkeypatch.setattr(paths, "app_dir", lambda: stick / "Casefile-Linux")
    assert paths.portable_root() == stick and paths.is_portable() and paths.on_stick()
    assert paths.data_dir() == stick / "data"
    assert paths.app_keys_dir() == stick / "keys"
    (stick / "archives" / "notes.txt").write_text("not an archive")
    # What a Mac leaves beside a file it copies onto a FAT or exFAT stick (issue 24): not an archive.
    (stick / "archives" / "._evidence.casefile").write_bytes(b"\x00\x05\x16\x07Mac OS X        ")
    assert paths.shipped_archives() == [stick / "archives" / "evidence.casefile"]


def test_macos_bundle_on_a_stick_finds_the_stick(stick, monkeypatch, no_data_override):
    monkeypatch.setattr(paths, "app_dir", lambda: stick / "Casefile-macOS" / "Casefile.app" / "Contents" / "MacOS")
    assert paths.portable_root() == stick and paths.data_dir() == stick / "data"


def test_plain_portable_folder_keeps_everything_beside_the_app(tmp_path, monkeypatch, no_data_override):
    app = tmp_path / "casefile"
    (app / "archives").mkdir(parents=True)
    (app / paths.PORTABLE_MARKER).write_text("")
    (app / "archives" / "a.casefile").write_bytes(b"")
    monkeypatch.setattr(paths, "app_dir", lambda: app)
    assert paths.portable_root() == app and not paths.on_stick()
    assert paths.data_dir() == app / "data" and paths.app_keys_dir() == app / "keys"
    assert paths.shipped_archives() == [app / "archives" / "a.casefile"]


@pytest.mark.parametrize("folder", ["Casefile-Linux", "casefile"])
def test_parent_folder_is_never_a_stick_without_its_marker(tmp_path, monkeypatch, no_data_override, folder):
    """An unpacked app in ~/Downloads must not trust ~/Downloads/keys or open ~/Downloads/archives."""
    app = tmp_path / folder
    app.mkdir()
    (tmp_path / "keys").mkdir()
    if folder == "casefile":  # a marker above an app folder not named like a stick's is not the app's
        (tmp_path / paths.PORTABLE_MARKER).write_text("")
    monkeypatch.setattr(paths, "app_dir", lambda: app)
    assert paths.portable_root() is None and not paths.is_portable()
    assert paths.app_keys_dir() == app / "keys" and paths.shipped_archives() == []
    assert paths.data_dir() == paths.platform_data_dir()


def test_a_mac_app_in_downloads_does_not_trust_the_keys_beside_it(tmp_path, monkeypatch, no_data_override):
    """Casefile.app unpacked into ~/Downloads, with someone's keys/ there too: no marker, no trust."""
    bundle = tmp_path / "Downloads" / "Casefile.app"
    (bundle / "Contents" / "MacOS").mkdir(parents=True)
    (tmp_path / "Downloads" / "keys").mkdir()
    monkeypatch.setattr(paths, "app_dir", lambda: bundle / "Contents" / "MacOS")
    assert paths.portable_root() is None
    assert paths.app_keys_dir() == bundle / "Contents" / "Resources" / "keys"
    (tmp_path / "Downloads" / paths.PORTABLE_MARKER).write_text("")  # a portable folder: its keys/ count
    assert paths.app_keys_dir() == tmp_path / "Downloads" / "keys"


def test_data_dir_override_still_wins_on_a_stick(stick, monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "app_dir", lambda: stick / "Casefile-Linux")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "elsewhere"))
    assert paths.data_dir() == tmp_path / "elsewhere" and paths.portable_data_dir() == stick / "data"


def test_stick_keys_are_trusted_and_shown_as_from_the_stick(stick, publisher, monkeypatch):
    monkeypatch.setattr(paths, "app_dir", lambda: stick / "Casefile-Linux")
    entry = TrustStore.default().lookup(publisher[2])
    assert entry is not None and entry.source == SOURCE_STICK and entry.scope is None and not entry.revoked
    monkeypatch.setattr(paths, "app_dir", lambda: stick / "archives")  # not an app folder: no stick
    assert TrustStore.default().lookup(publisher[2]) is None


# -- trace-free ---------------------------------------------------------------------------------------
WRITE_SYSCALLS = re.compile(r"^\d+\s+(open|openat|creat|mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|rmdir|"
                            r"link|linkat|symlink|symlinkat|truncate|chmod|fchmodat|utimensat|chown|lchown|"
                            r"fchownat)\((.*)")
READ_ONLY_OPEN = re.compile(r"O_RDONLY(?!.*O_CREAT)")


def written_paths(log: Path, cwd: Path) -> set[Path]:
    """Every path the traced process tree created, changed or removed (absolute or cwd-relative).

    Calls relative to an open folder (shutil.rmtree's unlinkat(fd, name)) cannot be placed; they only
    remove what the same process made, and the folder snapshots catch anything they would leave.
    """
    found = set()
    for line in log.read_text(errors="replace").splitlines():
        match = WRITE_SYSCALLS.match(line)
        if not match:
            continue
        call, rest = match.groups()
        if call in ("open", "openat") and READ_ONLY_OPEN.search(rest):
            continue
        relative_to_fd = call.endswith("at") and not rest.startswith("AT_FDCWD") and call != "creat"
        names = re.findall(r'"((?:[^"\\]|\\.)*)"', rest)
        if call in ("symlink", "symlinkat"):
            names = names[1:]  # the first argument is the link's text, not a path written
        for name in names[:2] if call.startswith(("rename", "link")) else names[:1]:
            if relative_to_fd and not name.startswith("/"):
                continue
            found.add(Path(os.path.normpath(cwd / name)))
    return found


def snapshot(root: Path) -> dict[str, tuple]:
    """Every file and folder under root with its kind, size and modification time (a folder's mtime
    changes when anything is created in it, even if it was deleted again)."""
    shot = {}
    for folder, dirs, files in os.walk(root):
        for name in [*dirs, *files, "."]:
            path = Path(folder, name)
            info = path.lstat()
            shot[str(path.relative_to(root))] = (path.is_dir(), info.st_size, info.st_mtime_ns)
    return shot


def diff(before: dict, after: dict) -> list[str]:
    return sorted({f"{name}: {before.get(name)} -> {after.get(name)}"
                   for name in before.keys() | after.keys() if before.get(name) != after.get(name)})


def host_environment(host: Path) -> dict[str, str]:
    """A fresh home, XDG folders and TMPDIR, each with a file in it as a real one would have."""
    env = {k: v for k, v in os.environ.items() if k not in (paths.DATA_DIR_ENV, "XDG_RUNTIME_DIR")}
    folders = {"HOME": "home", "XDG_CONFIG_HOME": "home/.config", "XDG_CACHE_HOME": "home/.cache",
               "XDG_DATA_HOME": "home/.local/share", "XDG_STATE_HOME": "home/.local/state", "TMPDIR": "tmp"}
    for variable, sub in folders.items():
        (host / sub).mkdir(parents=True, exist_ok=True)
        (host / sub / "already-here").write_text("the host's own file")
        env[variable] = str(host / sub)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_session(args: list[str], env: dict, cwd: Path, strace_log: Path | None = None) -> dict:
    command = [sys.executable, str(SESSION_SCRIPT), *args]
    if strace_log is not None:
        command = ["strace", "-f", "-qq", "-e", "trace=%file", "-e", "status=successful", "-o", str(strace_log),
                   *command]
    result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert "error" not in summary, summary["error"]
    return summary


@pytest.mark.slow
def test_a_whole_session_from_a_stick_leaves_no_trace(stick, tmp_path):
    host = tmp_path / "host"
    env = host_environment(host)
    tracer = shutil.which("strace")
    log = tmp_path / "strace.log" if tracer else None
    # The app's resources as a frozen app carries them (the export writes check_proofs.py from there).
    shutil.copytree(REPO / "resources" / "bundle", stick / "Casefile-Linux" / "resources" / "bundle")
    before, before_tmp = snapshot(host), set(os.listdir("/tmp"))

    summary = run_session(["--app-dir", str(stick / "Casefile-Linux"), "--export", str(stick / "bundle")],
                          env, cwd=host / "home", strace_log=log)

    # The stick was found: its archive opened by itself, verified against the key shipped on it.
    assert summary["archives"] == [str(stick / "archives" / "evidence.casefile")]
    assert summary["states"] == ["verified"] and summary["asked"] is None
    assert summary["hits"] > 0 and summary["opened"] and summary["annotations"] == 1
    assert summary["data_dir"] == str(stick / "data")
    assert Path(summary["tempdir"]).is_relative_to(stick / "data" / portable.SESSION_FOLDER)
    assert (stick / "bundle" / "exhibits.json").is_file() and (stick / "bundle" / "exhibit-list.pdf").is_file()
    assert (stick / "data" / "casefile-store.sqlite").is_file() and (stick / "data" / "viewer.ini").is_file()
    # Nothing on the host: home, config, cache, data, state and TMPDIR are exactly as they were ...
    assert diff(before, snapshot(host)) == []
    # ... and the session folder (Qt's settings, caches, temporary files) went at exit.
    assert list((stick / "data" / portable.SESSION_FOLDER).iterdir()) == []
    if log is None:
        pytest.skip("strace is not installed (./test installs it): the real /tmp was not checked")
    written = written_paths(log, host / "home")
    allowed = (stick, REPO, Path("/dev"), Path("/proc"))
    outside = sorted(str(p) for p in written if not any(p.is_relative_to(a) for a in allowed))
    assert outside == [], f"the session wrote outside the stick: {outside}"
    new_in_tmp = sorted(name for name in set(os.listdir("/tmp")) - before_tmp
                        if any(p.is_relative_to(Path("/tmp", name)) for p in written))
    assert new_in_tmp == [], f"the session left entries in /tmp: {new_in_tmp}"


# -- read-only media --------------------------------------------------------------------------------------
def read_only_mount(source: Path, target: Path) -> str | None:
    """Bind-mount `source` read-only at `target`; the reason it is not possible here, else None."""
    if not shutil.which("mount") or os.geteuid() != 0:
        return "mounting needs root and mount(8)"
    target.mkdir()
    bound = subprocess.run(["mount", "--bind", str(source), str(target)], capture_output=True, text=True)
    if bound.returncode != 0:
        return f"a bind mount is not permitted here: {bound.stderr.strip()}"
    remount = subprocess.run(["mount", "-o", "remount,ro,bind", str(target)], capture_output=True, text=True)
    if remount.returncode != 0:
        subprocess.run(["umount", str(target)], check=True)
        return f"remounting read-only is not permitted here: {remount.stderr.strip()}"
    return None


@pytest.mark.slow
def test_app_and_archives_run_from_a_read_only_stick(stick, tmp_path):
    """The app's code, the archives and data/ on a read-only mount: the archive opens, verifies and is
    searchable; Casefile asks where notes go, and a note made then is kept where it was told."""
    app = stick / "Casefile-Linux"
    for name in ("archive", "viewer", "resources"):
        shutil.copytree(REPO / name, app / name, ignore=shutil.ignore_patterns("__pycache__"))
    mount = tmp_path / "mnt"
    reason = read_only_mount(stick, mount)
    if reason:
        pytest.skip(f"no read-only media to test on: {reason}")
    try:
        assert not portable.is_writable(mount / "data")
        env = host_environment(tmp_path / "host")
        summary = run_session(["--code", str(mount / "Casefile-Linux"), "--answer", portable.CHOICE_TEMPORARY],
                              env, cwd=tmp_path)
    finally:
        subprocess.run(["umount", str(mount)], check=True)
    assert summary["code_from"] == str(mount / "Casefile-Linux" / "archive")
    assert summary["archives"] == [str(mount / "archives" / "evidence.casefile")]
    assert summary["states"] == ["verified"] and summary["hits"] > 0 and summary["opened"]
    assert "read-only" in summary["asked"]["text"] and str(mount / "data") in summary["asked"]["text"]
    assert "DELETED when Casefile closes" in summary["asked"]["details"]
    assert summary["annotations"] == 1 and summary["store_problem"] == ""
    assert any("TEMPORARY" in notice for notice in summary["notices"])
    # The temporary session lived in the host's TMPDIR (the only writable place) and is gone.
    session_dir = Path(summary["data_dir"]).parent
    assert session_dir.parent == tmp_path / "host" / "tmp" and not session_dir.exists()
    assert list((stick / "data").iterdir()) == [stick / "data" / "README.txt"]


# -- the read-only data question ----------------------------------------------------------------------------
def read_only_session(tmp_path: Path) -> portable.PortableSession:
    folder = tmp_path / "session"
    folder.mkdir()
    host_env = {"XDG_DATA_HOME": str(tmp_path / "host-data"), "LOCALAPPDATA": str(tmp_path / "host-data")}
    return portable.PortableSession(folder, host_env, tmp_path / "stick" / "data", data_writable=False)


@pytest.mark.parametrize("choice", [portable.CHOICE_HOST, portable.CHOICE_TEMPORARY, portable.CHOICE_NONE])
def test_read_only_data_sends_notes_where_the_reader_chose(qapp, tmp_path, monkeypatch, choice):
    session = read_only_session(tmp_path)
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(session.data_dir))  # what portable mode resolves to
    asked = []
    monkeypatch.setattr(viewer_app, "ask_where_notes_go", lambda question: asked.append(question) or choice)
    notice = viewer_app._settle_data_location(session, ask=True)
    expected = {portable.CHOICE_HOST: paths.platform_data_dir(session.host_environ),
                portable.CHOICE_TEMPORARY: session.folder / "notes",
                portable.CHOICE_NONE: session.data_dir}[choice]
    assert len(asked) == 1 and asked[0].read_only == session.data_dir
    assert paths.data_dir() == expected
    assert str(session.data_dir) in notice if choice == portable.CHOICE_NONE else notice


def test_writable_data_asks_nothing(tmp_path):
    session = portable.PortableSession(tmp_path, {}, tmp_path / "data", data_writable=True)
    assert portable.data_location_question(session) is None
    assert viewer_app._settle_data_location(session, ask=True) is None


def test_screenshot_run_does_not_ask_and_writes_nothing(qapp, tmp_path, monkeypatch):
    session = read_only_session(tmp_path)
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(session.data_dir))
    monkeypatch.setattr(viewer_app, "ask_where_notes_go", lambda question: pytest.fail("asked"))
    assert "Notes are off" in viewer_app._settle_data_location(session, ask=False)
    assert paths.data_dir() == session.data_dir


@pytest.mark.parametrize("button,choice", [("Keep on This Computer", portable.CHOICE_HOST),
                                           ("Temporary (Deleted on Close)", portable.CHOICE_TEMPORARY),
                                           ("Read Without Notes", portable.CHOICE_NONE)])
def test_the_question_is_a_message_box_with_three_answers(qapp, tmp_path, button, choice):
    question = portable.data_location_question(read_only_session(tmp_path))
    seen = {}

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["text"], seen["details"] = box.text(), box.informativeText()
        seen["default"] = box.defaultButton().text()
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, answer)
    assert viewer_app.ask_where_notes_go(question) == choice
    assert seen["text"] == shown_as_is(viewer_app.data_location_sentences(question)[0])  # folder names: not HTML
    assert str(question.host) in seen["details"] and str(question.read_only) in seen["text"]
    assert seen["default"] == "Temporary (Deleted on Close)"


def test_is_writable_tells_a_missing_folder_it_can_make_from_one_it_cannot(tmp_path):
    assert portable.is_writable(tmp_path / "new" / "data") and (tmp_path / "new" / "data").is_dir()
    assert list((tmp_path / "new" / "data").iterdir()) == []  # the probe file is gone
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert not portable.is_writable(blocker / "data")
