"""Windows and macOS semantics emulated on Linux (issue 24): no os.pread, fsync refused on read-only
handles, F_FULLFSYNC for durability on macOS."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from archive import CasefileError, files
from archive.signing import filedigest
from archive.store import backup


def test_the_file_digest_is_the_same_without_pread(tmp_path, monkeypatch, request):
    monkeypatch.setattr(filedigest, "CHUNK_BYTES", 4096)  # many chunks, read by several threads
    monkeypatch.setattr(filedigest, "READ_BYTES", 1000)
    path = tmp_path / "data.bin"
    path.write_bytes(hashlib.sha256(b"seed").digest() * 3000)
    with_pread = filedigest.file_tree_digest(path, threads=4)
    request.getfixturevalue("no_pread")
    assert not hasattr(filedigest.os, "pread")
    assert filedigest.file_tree_digest(path, threads=4) == with_pread


def test_atomic_writes_flush_a_handle_opened_for_writing(tmp_path, windows_fsync):
    target = tmp_path / "out" / "file.json"
    files.write_atomically(target, b"{}")
    assert target.read_bytes() == b"{}" and windows_fsync  # flushed, and not refused


def test_the_store_backup_is_written_under_windows_rules(tmp_path, windows_fsync):
    store_path = tmp_path / "store.sqlite"
    conn = sqlite3.connect(store_path)
    conn.execute("CREATE TABLE notes (text)")
    conn.execute("INSERT INTO notes VALUES ('kept')")
    conn.commit()
    made = backup.make_backup(conn, store_path)
    conn.close()
    assert made.exists() and any(str(made.name) in path or ".partial" in path for path in windows_fsync)
    assert sqlite3.connect(made).execute("SELECT text FROM notes").fetchall() == [("kept",)]


def test_macos_gets_a_full_fsync(tmp_path, monkeypatch):
    """On macOS plain fsync leaves the data in the drive's cache; F_FULLFSYNC is what survives a stick
    pulled out. Emulated: an fcntl module that has the constant, recording its use."""
    calls = []

    class MacFcntl:
        F_FULLFSYNC = 51

        @staticmethod
        def fcntl(fd, command, *args):
            calls.append(command)
            return 0

    monkeypatch.setattr(files, "fcntl", MacFcntl)
    files.write_atomically(tmp_path / "note.txt", b"text")
    files.fsync_file(tmp_path / "note.txt")
    assert calls == [51, 51]


def test_full_fsync_falls_back_where_the_file_system_refuses_it(tmp_path, monkeypatch):
    fsynced = []

    class Refusing:
        F_FULLFSYNC = 51

        @staticmethod
        def fcntl(fd, command, *args):
            raise OSError(45, "Operation not supported")

    monkeypatch.setattr(files, "fcntl", Refusing)
    real = files.os.fsync
    monkeypatch.setattr(files.os, "fsync", lambda fd: fsynced.append(fd) or real(fd))
    files.write_atomically(tmp_path / "share.txt", b"text")
    assert fsynced  # plain fsync, the best there is on that share


def test_git_checks_the_sample_out_byte_for_byte_on_every_system():
    """No end-of-line conversion (Git for Windows' core.autocrlf): the sample's text files keep LF."""
    import shutil
    import subprocess
    from pathlib import Path

    import pytest

    repo = Path(__file__).resolve().parents[2]
    if shutil.which("git") is None or not (repo / ".git").exists():
        pytest.skip("not a Git checkout")
    answer = subprocess.run(["git", "check-attr", "text", "--", "resources/sample/reports/chen-quanguo-career.md",
                             "resources/sample/archive.toml"], cwd=repo, capture_output=True, text=True, check=True)
    assert answer.stdout.splitlines() == ["resources/sample/reports/chen-quanguo-career.md: text: unset",
                                          "resources/sample/archive.toml: text: unset"]


def test_chinese_and_uyghur_output_survives_a_windows_code_page(sample_path, tmp_path):
    """Redirected or piped, Windows gives output its ANSI code page: cp1252 (Western) or cp936 (GBK)
    here, emulated with PYTHONIOENCODING. Before, `casefile search` into a file died with
    UnicodeEncodeError; now it writes UTF-8."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    casefile = Path(sys.executable).with_name("casefile")
    for code_page in ("cp1252", "cp936"):
        env = {**os.environ, "PYTHONIOENCODING": code_page, "CASEFILE_DATA_DIR": str(tmp_path / "data")}
        for query in ("陈全国", "شىنجاڭ"):
            done = subprocess.run([str(casefile), "search", str(sample_path), query, "--limit", "3"],
                                  capture_output=True, env=env, timeout=120)
            assert done.returncode == 0, (code_page, query, done.stderr.decode("utf-8", "replace")[-500:])
            assert query in done.stdout.decode("utf-8"), (code_page, query)


# -- renaming onto (or of) a file another program has open --------------------------------------------

@pytest.fixture
def waits(monkeypatch):
    """The retry's sleeps, recorded instead of slept."""
    slept = []
    monkeypatch.setattr(files.time, "sleep", slept.append)
    return slept


def test_an_atomic_write_waits_for_a_virus_scanner_to_let_go(tmp_path, windows_open_files, waits):
    target = tmp_path / "trusted-keys.json"
    target.write_bytes(b"old")
    windows_open_files.hold(target, refusals=3)
    files.write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(windows_open_files.refused) == 3 and len(waits) == 3


def test_an_atomic_write_onto_a_file_held_open_keeps_the_old_copy_and_says_why(tmp_path, windows_open_files,
                                                                                waits):
    target = tmp_path / "annotations.json"
    target.write_bytes(b"old")
    windows_open_files.hold(target)
    with pytest.raises(CasefileError, match="another program has it open"):
        files.write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["annotations.json"]  # no temporary file left
    assert sum(waits) == pytest.approx(sum(files.RENAME_RETRY_DELAYS)) and sum(waits) < 5


def test_a_refusal_for_another_reason_is_not_retried(tmp_path, monkeypatch, waits):
    def refuse(source, target):
        raise PermissionError(13, "Permission denied", str(target))  # POSIX: no winerror, a real refusal

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(CasefileError, match="Permission denied"):
        files.write_atomically(tmp_path / "x", b"data")
    assert waits == []


def test_a_build_onto_an_archive_open_in_the_viewer_keeps_both(tmp_path, windows_open_files, waits):
    from archive import open_archive
    from archive.errors import BuildError
    from archive.publish import build_archive

    source = tmp_path / "src"
    source.mkdir()
    (source / "archive.toml").write_text('title = "Leak"\npublisher = "Test"\nedition = "1"\n', encoding="utf-8")
    (source / "report.txt").write_text("Old edition.", encoding="utf-8")
    out = tmp_path / "leak.casefile"
    build_archive(source, out)
    before = out.read_bytes()
    (source / "report.txt").write_text("New edition.", encoding="utf-8")
    windows_open_files.hold(out)
    with pytest.raises(BuildError) as raised:
        build_archive(source, out)
    kept = tmp_path / "leak.new.casefile"
    assert "another program has it open" in str(raised.value) and str(kept) in str(raised.value)
    assert out.read_bytes() == before
    with open_archive(kept) as archive:
        assert "New edition" in archive.items.text(archive.items.ids()[0])


def test_an_export_waits_for_a_scanner_in_its_folder(tmp_path, windows_open_files, waits):
    from archive.export.writer import BundleWriter

    writer = BundleWriter(tmp_path / "bundle")
    writer.add("exhibits/EX-0001.txt", b"exhibit")
    windows_open_files.hold(writer._temp, refusals=2)
    writer.commit()
    assert (tmp_path / "bundle" / "exhibits" / "EX-0001.txt").read_bytes() == b"exhibit"


def test_notes_on_windows_stay_in_the_local_app_data_folder(monkeypatch, tmp_path):
    """Roaming %APPDATA% is often a network share in organisations; notes on evidence stay local."""
    from archive import paths

    monkeypatch.setattr(paths.sys, "platform", "win32")
    environ = {"APPDATA": r"\\server\profiles\reader\AppData\Roaming", "LOCALAPPDATA": str(tmp_path / "Local")}
    assert paths.platform_data_dir(environ) == tmp_path / "Local" / "Casefile"
    monkeypatch.setattr(paths.Path, "home", lambda: tmp_path / "home")
    assert paths.platform_data_dir({"APPDATA": "roaming"}) == tmp_path / "home" / "AppData" / "Local" / "Casefile"


# -- SQLite as python.org builds it (Windows, macOS) ---------------------------------------------------

def test_the_store_deletes_securely_where_sqlite_does_not_by_default(tmp_path, python_org_sqlite):
    from archive.store import Annotation, Target, UserStore

    assert sqlite3.connect(":memory:").execute("PRAGMA secure_delete").fetchone()[0] == 0  # the emulation holds
    secret = "informant's phone +86 138 0000 0000"
    store = UserStore.open(tmp_path / "data" / "casefile-store.sqlite")
    conn = store._conn
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA fullfsync").fetchone()[0] == 1  # macOS: commits survive a pulled stick
    assert conn.execute("PRAGMA checkpoint_fullfsync").fetchone()[0] == 1
    note = store.annotations.add(Annotation("", "note", Target("archive-x", entity_id="person-x"), note=secret))
    store.annotations.delete(note.id)
    made = backup.make_backup(conn, store.path)
    store.close()
    for path in (tmp_path / "data").rglob("*"):
        if path.is_file():
            assert secret.encode("utf-8") not in path.read_bytes(), path
    assert made.is_file()


# -- macOS App Translocation -------------------------------------------------------------------------

@pytest.fixture
def translocated(tmp_path, monkeypatch):
    """The app as Gatekeeper runs it when quarantined: from a random read-only copy."""
    from archive import paths

    stick = tmp_path / "Volumes" / "CASEFILE"
    (stick / "Casefile-macOS" / "Casefile.app" / "Contents" / "MacOS").mkdir(parents=True)
    (stick / "archives").mkdir()
    (stick / "archives" / "evidence.casefile").write_bytes(b"")
    (stick / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    copy = tmp_path / "private/var/folders/xy/abc/T/AppTranslocation/4F1C-9A2B/d/Casefile.app"
    (copy / "Contents" / "MacOS").mkdir(parents=True)
    monkeypatch.setattr(paths, "app_dir", lambda: copy / "Contents" / "MacOS")
    monkeypatch.setattr(paths, "MACOS_VOLUMES", tmp_path / "Volumes")
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    paths.untranslocated.cache_clear()
    yield stick
    paths.untranslocated.cache_clear()


def test_a_translocated_app_finds_its_stick_through_the_security_framework(translocated, monkeypatch):
    from archive import paths

    asked = []
    monkeypatch.setattr(paths, "_translocation_original",
                        lambda bundle: asked.append(bundle) or translocated / "Casefile-macOS" / "Casefile.app")
    assert paths.portable_root() == translocated and paths.data_dir() == translocated / "data"
    assert paths.shipped_archives() == [translocated / "archives" / "evidence.casefile"]
    assert len(asked) == 1  # asked once per process, not at every lookup


def test_without_the_framework_the_one_stick_holding_the_app_is_found(translocated, monkeypatch):
    from archive import paths

    monkeypatch.setattr(paths, "_translocation_original", lambda bundle: None)
    assert paths.portable_root() == translocated


def test_two_sticks_holding_the_app_are_not_guessed_between(translocated, monkeypatch, tmp_path):
    from archive import paths

    other = tmp_path / "Volumes" / "OTHER"
    (other / "Casefile-macOS" / "Casefile.app").mkdir(parents=True)
    (other / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setattr(paths, "_translocation_original", lambda bundle: None)
    assert paths.portable_root() is None and paths.runs_translocated()  # the viewer says so


def test_an_app_run_where_it_is_is_not_translocated(translocated, monkeypatch):
    from archive import paths

    monkeypatch.setattr(paths, "app_dir", lambda: translocated / "Casefile-macOS" / "Casefile.app" / "Contents" / "MacOS")
    assert paths.portable_root() == translocated and not paths.runs_translocated()


# -- worker processes started by spawn (Windows; macOS' default) ---------------------------------------

def test_only_linux_forks_the_builders_workers(monkeypatch):
    from archive.publish import builder

    for system, method in (("linux", "fork"), ("darwin", "spawn"), ("win32", "spawn")):
        monkeypatch.setattr(builder.sys, "platform", system)
        assert builder.start_method() == method


def test_a_build_with_spawned_workers_is_the_forked_build_byte_for_byte(tmp_path, monkeypatch):
    """Everything a worker needs (the mention finder, the OCR job, the task) must pickle, and nothing
    may rely on state a forked child would have inherited."""
    from archive.publish import builder

    source = tmp_path / "src"
    (source / "reports").mkdir(parents=True)
    (source / "archive.toml").write_text('title = "Spawn"\npublisher = "Test"\nedition = "1"\n'
                                         'created = "2026-01-01T00:00:00Z"\n', encoding="utf-8")
    for number in range(builder.SERIAL_BELOW + 6):
        (source / "reports" / f"report-{number:03}.txt").write_text(
            f"Report {number} on the Xinjiang Police Files, written for this test.\n", encoding="utf-8")
    builder.build_archive(source, tmp_path / "forked.casefile", workers=2)
    started = []
    real_context = builder.multiprocessing.get_context
    monkeypatch.setattr(builder, "start_method", lambda: "spawn")
    monkeypatch.setattr(builder.multiprocessing, "get_context", lambda method: started.append(method) or
                        real_context(method))
    builder.build_archive(source, tmp_path / "spawned.casefile", workers=2)
    assert started == ["spawn"]
    forked, spawned = ((tmp_path / name).read_bytes() for name in ("forked.casefile", "spawned.casefile"))
    assert hashlib.sha256(spawned).digest() == hashlib.sha256(forked).digest()
