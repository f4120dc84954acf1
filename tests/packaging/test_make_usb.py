"""packaging/make_usb.py: the stick's layout, its checksums and instructions, and what it refuses."""

from __future__ import annotations

import importlib.util
import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from archive import paths
from archive.signing import minisign
from archive.signing.sign import sign_archive

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "packaging" / "make_usb.py"


def _load_make_usb():
    spec = importlib.util.spec_from_file_location("make_usb", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_usb"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


make_usb = _load_make_usb()


@pytest.fixture(scope="module")
def publisher(built, tmp_path_factory):
    folder = tmp_path_factory.mktemp("publisher")
    key = minisign.SecretKey.generate("Stick Test NGO")
    archive = folder / "evidence.casefile"
    shutil.copyfile(built, archive)
    sign_archive(archive, key)
    pub = folder / "ngo.pub"
    pub.write_text(key.public_key.to_file_text(), encoding="utf-8")
    return archive, pub, key.public_key


def make(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True,
                          timeout=120, cwd=REPO)


def fake_build(folder: Path, executable: str, magic: bytes) -> Path:
    """A stand-in for a PyInstaller one-folder build: the executable and its _internal/ folder."""
    (folder / "_internal").mkdir(parents=True)
    (folder / executable).write_bytes(magic + b"\0" * 60)
    (folder / "_internal" / "base_library.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    return folder


@pytest.fixture(scope="module")
def stick(publisher, tmp_path_factory) -> Path:
    archive, pub, _ = publisher
    out = tmp_path_factory.mktemp("usb") / "STICK"
    linux = fake_build(tmp_path_factory.mktemp("dist") / "casefile", "casefile", b"\x7fELF")
    result = make(out, "--archive", archive, "--key", pub, "--app", linux)
    assert result.returncode == 0, result.stderr
    assert "1 archive(s), 1 key(s), apps for Linux" in result.stdout
    return out


def every_file(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_layout(stick, publisher):
    archive, pub, _ = publisher
    assert every_file(stick) == [
        "Casefile-Linux/_internal/base_library.zip", "Casefile-Linux/casefile",
        "Casefile-Windows/README.txt", "Casefile-macOS/README.txt", "README.txt", "SHA256SUMS", "VERIFY.txt",
        "archives/evidence.casefile", "archives/evidence.casefile.minisig", "data/README.txt", "keys/ngo.pub",
        "portable"]
    assert (stick / "archives" / "evidence.casefile").read_bytes() == archive.read_bytes()
    assert minisign.PublicKey.load(stick / "keys" / "ngo.pub") == minisign.PublicKey.load(pub)
    assert (stick / "portable").read_bytes() == b""
    slot = (stick / "Casefile-Windows" / "README.txt").read_text()
    assert "PyInstaller builds only for the system it runs on" in slot


def test_the_app_on_the_stick_finds_it(stick, monkeypatch):
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    monkeypatch.setattr(paths, "app_dir", lambda: stick / "Casefile-Linux")
    assert paths.portable_root() == stick and paths.data_dir() == stick / "data"
    assert paths.shipped_archives() == [stick / "archives" / "evidence.casefile"]


def test_readme_tells_a_recipient_what_to_do(stick):
    text = (stick / "README.txt").read_text(encoding="utf-8")
    for words in ("Casefile-Windows", "Casefile.exe", "Casefile-macOS", "./Casefile-Linux/casefile",
                  "never uses the network", "data folder", "Test archive", "VERIFY.txt", "write-protected"):
        assert words in text
    assert "no ready-to-run Casefile for Windows, macOS" in text
    assert (stick / "README.txt").read_bytes().count(b"\r\n") > 10  # Notepad on old Windows shows it


def test_sha256sums_checks_with_sha256sum(stick):
    listed = [line.split("  ", 1)[1] for line in (stick / "SHA256SUMS").read_text().splitlines()]
    assert listed == [name for name in every_file(stick) if name != "SHA256SUMS"]
    if not shutil.which("sha256sum"):
        pytest.skip("sha256sum (GNU coreutils) is not installed")
    check = subprocess.run(["sha256sum", "--strict", "-c", "SHA256SUMS"], cwd=stick, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(": OK") == len(listed)


def test_sha256sums_notices_a_changed_file(stick, tmp_path):
    if not shutil.which("sha256sum"):
        pytest.skip("sha256sum (GNU coreutils) is not installed")
    copy = tmp_path / "copy"
    shutil.copytree(stick, copy)
    with (copy / "keys" / "ngo.pub").open("a") as handle:
        handle.write("\n")
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=copy, capture_output=True, text=True)
    assert check.returncode == 1 and "keys/ngo.pub: FAILED" in check.stdout


def test_verify_txt_names_fingerprints_digests_and_commands(stick, publisher):
    text = (stick / "VERIFY.txt").read_text(encoding="utf-8")
    assert f"keys/ngo.pub   fingerprint {publisher[2].fingerprint}" in text
    assert make_usb.sha256_file(stick / "archives" / "evidence.casefile") in text
    assert "minisign -Vm archives/evidence.casefile -p keys/ngo.pub" in text
    assert "sha256sum -c SHA256SUMS" in text and "shasum -a 256 -c SHA256SUMS" in text
    assert f"minisign key id {publisher[2].key_id_hex}: only a name, not proof of identity" in text


def test_verify_txt_fingerprint_can_be_recomputed_by_hand(stick, publisher):
    """The shell line VERIFY.txt gives, run on the stick, prints the fingerprint it lists."""
    text = (stick / "VERIFY.txt").read_text(encoding="utf-8")
    (line,) = [line.strip() for line in text.splitlines() if line.strip().startswith("tail -n 1 keys/NAME.pub")]
    done = subprocess.run(["sh", "-c", line.replace("NAME", "ngo")], cwd=stick, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip().upper() == publisher[2].fingerprint.replace(" ", "")


def test_minisign_checks_the_copied_archive_with_the_copied_key(stick):
    if not shutil.which("minisign"):
        pytest.skip("minisign is not installed (./test installs it)")
    check = subprocess.run(["minisign", "-Vm", "archives/evidence.casefile", "-p", "keys/ngo.pub"], cwd=stick,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert "Signature and comment signature verified" in check.stdout + check.stderr


def test_refuses_a_folder_that_is_not_empty(publisher, tmp_path):
    out = tmp_path / "stick"
    out.mkdir()
    (out / "photos.jpg").write_bytes(b"someone's")
    result = make(out, "--archive", publisher[0], "--key", publisher[1])
    assert result.returncode == 1 and "is not empty" in result.stderr
    assert every_file(out) == ["photos.jpg"]


def test_an_empty_existing_folder_is_filled(publisher, tmp_path):
    out = tmp_path / "mounted-stick"
    out.mkdir()
    assert make(out, "--archive", publisher[0], "--key", publisher[1]).returncode == 0
    assert (out / "SHA256SUMS").is_file()


def test_without_an_app_it_says_how_to_run_from_source(publisher, tmp_path):
    out = tmp_path / "stick"
    result = make(out, "--archive", publisher[0], "--key", publisher[1])
    assert result.returncode == 0 and "see Casefile-Linux/README.txt" in result.stdout
    note = (out / "Casefile-Linux" / "README.txt").read_text()
    assert "./run /path/to/this/stick/archives/*.casefile" in note and "casefile keys add" in note


def test_refuses_an_archive_signed_by_a_key_not_shipped(publisher, tmp_path):
    other = tmp_path / "other.pub"
    other.write_text(minisign.SecretKey.generate("someone else").public_key.to_file_text())
    result = make(tmp_path / "stick", "--archive", publisher[0], "--key", other)
    assert result.returncode == 1 and f"signed by the key with key id {publisher[2].key_id_hex}" in result.stderr
    assert not (tmp_path / "stick").exists()


def test_refuses_an_unsigned_archive(built, publisher, tmp_path):
    result = make(tmp_path / "stick", "--archive", built, "--key", publisher[1])
    assert result.returncode == 1 and "has no detached signature" in result.stderr


def test_refuses_the_demo_key(publisher, tmp_path):
    result = make(tmp_path / "stick", "--archive", publisher[0], "--key", paths.sample_keys_dir() / "demo.pub")
    assert result.returncode == 1 and "demo key" in result.stderr


def test_refuses_an_archive_changed_after_signing(publisher, tmp_path):
    changed = tmp_path / "changed.casefile"
    shutil.copyfile(publisher[0], changed)
    shutil.copyfile(publisher[0].with_name(publisher[0].name + ".minisig"), tmp_path / "changed.casefile.minisig")
    with changed.open("ab") as handle:
        handle.write(b"\0")
    result = make(tmp_path / "stick", "--archive", changed, "--key", publisher[1])
    assert result.returncode == 1 and not (tmp_path / "stick").exists()


def test_apps_are_recognised_by_their_executable(tmp_path):
    assert make_usb.app_system(fake_build(tmp_path / "w", "casefile.exe", b"MZ")) == "windows"
    assert make_usb.app_system(fake_build(tmp_path / "w2", "casefile-cli.exe", b"MZ")) == "windows"
    assert make_usb.app_system(fake_build(tmp_path / "l", "casefile", b"\x7fELF")) == "linux"
    (tmp_path / "m" / "Casefile.app" / "Contents").mkdir(parents=True)
    assert make_usb.app_system(tmp_path / "m") == "macos"
    assert make_usb.app_system(tmp_path / "m" / "Casefile.app") == "macos"
    with pytest.raises(make_usb.StickError, match="not a Casefile build"):
        make_usb.app_system(tmp_path)


def test_a_failed_copy_leaves_nothing_behind(publisher, tmp_path):
    broken = fake_build(tmp_path / "dist" / "casefile", "casefile", b"\x7fELF")
    (broken / "_internal" / "gone.so").symlink_to(tmp_path / "nowhere")
    out = tmp_path / "stick"
    result = make(out, "--archive", publisher[0], "--key", publisher[1], "--app", broken)
    assert result.returncode == 1 and "make_usb: error:" in result.stderr
    assert not out.exists()


def test_names_that_differ_only_in_case_are_refused(publisher, tmp_path):
    """FAT, exFAT and APFS ignore case: Evidence.casefile would overwrite evidence.casefile (issue 24)."""
    archive, pub, _ = publisher
    other = tmp_path / "other" / "EVIDENCE.casefile"
    other.parent.mkdir()
    shutil.copyfile(archive, other)
    shutil.copyfile(make_usb.detached_path(archive), make_usb.detached_path(other))
    with pytest.raises(make_usb.StickError, match="ignoring case"):
        make_usb.make_stick(tmp_path / "stick", [archive, other], [pub])
    upper_key = tmp_path / "NGO.pub"
    shutil.copyfile(pub, upper_key)
    with pytest.raises(make_usb.StickError, match="in any case"):
        make_usb.load_keys([pub, upper_key])
    assert not (tmp_path / "stick").exists()


def test_an_archive_too_large_for_fat32_says_so(publisher, tmp_path, monkeypatch):
    """A file over 4 GiB cannot live on FAT32: the copy fails, and the message says why and what to do."""
    archive, pub, _ = publisher
    monkeypatch.setattr(make_usb, "FAT32_MAX_FILE_BYTES", 1000)  # the test archive stands for a large one
    real_copy = shutil.copyfile

    def fat32_copy(source, target, **kwargs):
        if str(source).endswith(".casefile"):
            raise OSError(errno.EFBIG, "File too large")
        return real_copy(source, target, **kwargs)

    monkeypatch.setattr(make_usb.shutil, "copyfile", fat32_copy)
    out = tmp_path / "stick"
    with pytest.raises(make_usb.StickError, match="FAT32 stick holds files of at most 4 GiB.*exFAT"):
        make_usb.make_stick(out, [archive], [pub])
    assert not out.exists()


def fake_mac_app(dist: Path) -> Path:
    """A stand-in for PyInstaller's Casefile.app: Frameworks and Resources linked to each other."""
    app = dist / "Casefile.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    (app / "Contents" / "Resources" / "resources").mkdir(parents=True)
    (app / "Contents" / "Frameworks").mkdir()
    (app / "Contents" / "MacOS" / "Casefile").write_bytes(b"\xcf\xfa\xed\xfe" + b"\0" * 60)
    (app / "Contents" / "Frameworks" / "libpython3.11.dylib").write_bytes(b"\xcf\xfa\xed\xfe")
    (app / "Contents" / "Frameworks" / "resources").symlink_to("../Resources/resources")
    (app / "Contents" / "Resources" / "libpython3.11.dylib").symlink_to("../Frameworks/libpython3.11.dylib")
    return dist


def test_the_mac_app_keeps_its_symbolic_links(publisher, tmp_path):
    """Its code signature seals each link as a link: resolved into copies, macOS says the app is damaged."""
    archive, pub, _ = publisher
    make_usb.make_stick(tmp_path / "stick", [archive], [pub], [fake_mac_app(tmp_path / "dist")])
    app = tmp_path / "stick" / "Casefile-macOS" / "Casefile.app" / "Contents"
    assert (app / "Frameworks" / "resources").is_symlink()
    assert os.readlink(app / "Resources" / "libpython3.11.dylib") == "../Frameworks/libpython3.11.dylib"


def test_a_stick_that_cannot_hold_links_says_so_for_the_mac_app(publisher, tmp_path, monkeypatch):
    archive, pub, _ = publisher
    dist = fake_mac_app(tmp_path / "dist")

    def vfat_symlink(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")  # Linux's vfat and exfat drivers

    monkeypatch.setattr(make_usb.os, "symlink", vfat_symlink)
    with pytest.raises(make_usb.StickError, match="cannot hold symbolic links"):
        make_usb.make_stick(tmp_path / "stick", [archive], [pub], [dist])
    assert not (tmp_path / "stick").exists()


def test_on_a_mac_the_copied_app_must_pass_codesign(publisher, tmp_path, monkeypatch):
    archive, pub, _ = publisher
    ran = []
    monkeypatch.setattr(make_usb.sys, "platform", "darwin")
    monkeypatch.setattr(make_usb.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(make_usb.subprocess, "run", lambda command, **kwargs: ran.append(command) or
                        subprocess.CompletedProcess(command, 1, "", "a sealed resource is missing or invalid"))
    with pytest.raises(make_usb.StickError, match="sealed resource is missing"):
        make_usb.make_stick(tmp_path / "stick", [archive], [pub], [fake_mac_app(tmp_path / "dist")])
    assert ran[0][:4] == ["codesign", "--verify", "--deep", "--strict"]


def test_a_freshly_mounted_stick_counts_as_empty(publisher, tmp_path):
    """macOS writes .fseventsd (and Spotlight's folder) on every volume it mounts, Windows its System
    Volume Information: a newly formatted stick must not be refused as not empty."""
    archive, pub, _ = publisher
    volume = tmp_path / "CASEFILE"
    for entry in (".fseventsd", ".Spotlight-V100", "System Volume Information"):
        (volume / entry).mkdir(parents=True)
    make_usb.make_stick(volume, [archive], [pub])
    assert (volume / "archives" / archive.name).is_file() and (volume / ".fseventsd").is_dir()
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "holiday.jpg").write_bytes(b"")
    with pytest.raises(make_usb.StickError, match="not empty"):
        make_usb.make_stick(tmp_path / "used", [archive], [pub])
