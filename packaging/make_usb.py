"""Lay out a USB stick (or a folder to copy onto one) that recipients can use with no network and no installer.

    python packaging/make_usb.py OUT_DIR --archive A.casefile ... [--key PUB ...] [--app DIST_DIR ...]

OUT_DIR gets:

    Casefile-Linux/    the frozen one-folder app built on Linux (--app dist/casefile); without one, a
    Casefile-Windows/  README.txt saying how to build it on that system (PyInstaller builds only for
    Casefile-macOS/    the system it runs on) or, for Linux, how to run from a source checkout
    archives/          each archive with its detached minisign signature (.minisig)
    keys/              the publishers' public keys; the app trusts them (shown as shipped with the stick)
    data/              the reader's notes and settings, kept on the stick
    portable           the marker that makes the app keep everything on the stick
    README.txt         plain words for the recipient: how to start it, that it never uses the network
    VERIFY.txt         every key's fingerprint, every archive's SHA-256, the minisign commands
    SHA256SUMS         every other file's SHA-256 (`sha256sum -c SHA256SUMS` in OUT_DIR)

Every archive must carry a .minisig made by one of the --key keys (or the sample's demo key, which is
never copied: the app trusts it for the sample only); the copies on the stick are checked against it.
OUT_DIR must be empty or missing: a stick is made from scratch, never patched.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from archive import CasefileError, open_archive, paths
from archive.signing import minisign
from archive.signing.sign import detached_path

OS_FOLDERS = dict(zip(("linux", "windows", "macos"), paths.STICK_APP_FOLDERS))  # where the app looks
OS_NAMES = {"linux": "Linux", "windows": "Windows", "macos": "macOS"}
SUMS_NAME = "SHA256SUMS"
# Characters Windows, macOS or FAT/exFAT refuse in file names; a stick must open everywhere.
UNPORTABLE_CHARACTERS = set('<>:"/\\|?*') | {chr(code) for code in range(32)}


class StickError(CasefileError):
    """The stick cannot be made as asked; the message says what to change."""


@dataclass(frozen=True)
class ShippedKey:
    source: Path
    key: minisign.PublicKey

    @property
    def name(self) -> str:
        return self.source.name


@dataclass(frozen=True)
class ShippedArchive:
    source: Path
    title: str
    archive_id: str
    edition: str
    signer: ShippedKey | None  # None: the sample's demo key, trusted by the app for the sample only
    sha256: str = ""

    @property
    def name(self) -> str:
        return self.source.name


# -- checking what goes on the stick ---------------------------------------------------------------
FAT32_MAX_FILE_BYTES = 2**32 - 1  # the largest file FAT32 can hold


# What a system puts on a volume as soon as it mounts it: a freshly formatted stick holds these.
SYSTEM_ENTRIES = {".fseventsd", ".Spotlight-V100", ".Trashes", ".TemporaryItems", ".DS_Store",
                  "System Volume Information", "$RECYCLE.BIN", "lost+found"}


def check_out_dir(out: Path) -> None:
    if out.exists() and (not out.is_dir() or any(entry.name not in SYSTEM_ENTRIES for entry in out.iterdir())):
        raise StickError(f"{out} is not empty; a stick is made from scratch. Choose an empty or new folder "
                         f"(or format the stick).")


def check_name(path: Path) -> None:
    bad = sorted(set(path.name) & UNPORTABLE_CHARACTERS)
    if bad or path.name.rstrip(". ") != path.name:
        raise StickError(f"{path.name!r} cannot be copied to every system's file system "
                         f"({'characters ' + repr(''.join(bad)) if bad else 'a trailing dot or space'}); rename it.")


def load_keys(key_paths: Sequence[Path]) -> list[ShippedKey]:
    demo = _demo_key()
    keys: list[ShippedKey] = []
    for path in key_paths:
        check_name(path)
        key = minisign.PublicKey.load(path)
        if key.key == demo.key:
            raise StickError(f"{path} is Casefile's demo key, whose secret half is public: anyone can sign with "
                             f"it. It must never be trusted for real archives; leave it out.")
        if any(k.name.casefold() == path.name.casefold() or k.key.key_id == key.key_id for k in keys):
            # FAT, exFAT and APFS (as formatted by default) ignore case: one file would overwrite the other.
            raise StickError(f"{path}: a key with this file name (in any case) or minisign key id "
                             f"({key.key_id_hex}) is given twice; a stick's file system ignores case, and "
                             f"signatures name their key by key id, so each must be unique.")
        keys.append(ShippedKey(path, key))
    return keys


def load_archive(path: Path, keys: Sequence[ShippedKey]) -> ShippedArchive:
    """The archive's metadata and the key that signed its .minisig, checked against the original file."""
    check_name(path)
    with open_archive(path) as archive:
        meta = archive.metadata
    signature_path = detached_path(path)
    if not signature_path.is_file():
        raise StickError(f"{path} has no detached signature {signature_path.name}: recipients could not check "
                         f"it. Sign it first (casefile sign {path} --key PUBLISHER.key).")
    signature = minisign.Signature.load(signature_path)
    signer = _signer(path, signature, keys)
    minisign.verify_file(path, signature, signer.key if signer else _demo_key())
    return ShippedArchive(path, meta.title, meta.archive_id, meta.edition, signer)


def _signer(path: Path, signature: minisign.Signature, keys: Sequence[ShippedKey]) -> ShippedKey | None:
    for shipped in keys:
        if shipped.key.key_id == signature.key_id:
            return shipped
    if signature.key_id == _demo_key().key_id:
        return None
    raise StickError(f"{path} is signed by the key with key id {signature.key_id_hex}, which is not among the --key "
                     f"files; add the publisher's public key with --key so recipients can trust and check it.")


def _demo_key() -> minisign.PublicKey:
    return minisign.PublicKey.load(paths.sample_keys_dir() / "demo.pub")


def app_system(dist: Path) -> str:
    """Which system a PyInstaller one-folder build (or macOS .app) is for, from its executable."""
    if dist.suffix == ".app" or (dist / "Casefile.app").is_dir():
        return "macos"
    if any((dist / name).is_file() for name in ("casefile-cli.exe", "Casefile.exe", "casefile.exe")):
        return "windows"
    executable = dist / "casefile"
    if executable.is_file():
        with executable.open("rb") as handle:
            if handle.read(4) == b"\x7fELF":
                return "linux"
    raise StickError(f"{dist} is not a Casefile build: expected the folder PyInstaller made (dist/casefile, "
                     f"holding casefile or Casefile.exe) or Casefile.app. Build it with packaging/build.py.")


# -- writing the stick ---------------------------------------------------------------------------------
def make_stick(out: Path, archive_paths: Sequence[Path], key_paths: Sequence[Path] = (),
               app_dirs: Sequence[Path] = ()) -> list[ShippedArchive]:
    """Write the whole stick into `out` (empty or missing); on any failure, remove what was written."""
    check_out_dir(out)
    if not archive_paths:
        raise StickError("No archives given: name at least one with --archive.")
    keys = load_keys(key_paths)
    archives = [load_archive(path, keys) for path in archive_paths]
    if len({a.name.casefold() for a in archives}) != len(archives):
        # FAT, exFAT and APFS (as formatted by default) ignore case: one file would overwrite the other.
        raise StickError("Two archives have the same file name, ignoring case (a stick's file system "
                         "ignores it); rename one.")
    apps = {}
    for dist in app_dirs:
        system = app_system(dist)
        if system in apps:
            raise StickError(f"Two --app builds are for {OS_NAMES[system]}: {apps[system]} and {dist}.")
        apps[system] = dist
    existed = out.exists()
    out.mkdir(parents=True, exist_ok=True)
    try:
        archives = _write(out, archives, keys, apps)
    except BaseException:
        for child in out.iterdir():
            if child.name in SYSTEM_ENTRIES:
                continue  # the system's, there before us
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
        if not existed:
            out.rmdir()
        raise
    return archives


def _write(out: Path, archives: list[ShippedArchive], keys: list[ShippedKey],
           apps: dict[str, Path]) -> list[ShippedArchive]:
    for system, folder in OS_FOLDERS.items():
        _write_app(out / folder, system, apps.get(system))
    (out / "keys").mkdir()
    for shipped in keys:
        (out / "keys" / shipped.name).write_text(shipped.key.to_file_text(), encoding="utf-8")
    (out / "archives").mkdir()
    copied = []
    for shipped in archives:
        target = out / "archives" / shipped.name
        try:
            shutil.copyfile(shipped.source, target)
        except OSError as exc:
            size = shipped.source.stat().st_size
            if size > FAT32_MAX_FILE_BYTES:
                raise StickError(f"{shipped.name} is {size / 2**30:.1f} GiB: a FAT32 stick holds files of "
                                 f"at most 4 GiB ({exc.strerror or exc}). Format the stick as exFAT, which "
                                 f"Windows, macOS and Linux all read, and make it again.") from None
            raise
        shutil.copyfile(detached_path(shipped.source), detached_path(target))
        # Read back from the stick: a failing or fake-capacity stick must not pass for a good copy.
        key = shipped.signer.key if shipped.signer else _demo_key()
        try:
            minisign.verify_file(target, minisign.Signature.load(detached_path(target)), key)
        except CasefileError as exc:
            raise StickError(f"The copy of {shipped.name} on {out} does not match its signature ({exc}); "
                             f"the stick may be failing.") from None
        copied.append(replace(shipped, sha256=sha256_file(target)))
    (out / "data").mkdir()
    (out / "data" / "README.txt").write_text(DATA_README, encoding="utf-8", newline="\r\n")
    (out / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    (out / "README.txt").write_text(readme_text(copied, apps), encoding="utf-8", newline="\r\n")
    (out / "VERIFY.txt").write_text(verify_text(copied, keys), encoding="utf-8", newline="\r\n")
    write_sums(out)
    return copied


def _write_app(folder: Path, system: str, dist: Path | None) -> None:
    """The app build for `system`, or a note saying how to add one (or run from source, on Linux)."""
    if dist is None:
        folder.mkdir()
        note = SOURCE_NOTE if system == "linux" else SLOT_NOTE.format(system=OS_NAMES[system])
        (folder / "README.txt").write_text(note, encoding="utf-8", newline="\r\n")
        return
    if (dist / "Casefile.app").is_dir():
        dist = dist / "Casefile.app"
    if dist.suffix == ".app":
        _copy_mac_app(dist, folder)
    else:
        # Links are followed: Linux's and Windows' FAT and exFAT cannot hold symbolic links.
        shutil.copytree(dist, folder, symlinks=False)


def _copy_mac_app(app: Path, folder: Path) -> None:
    """Casefile.app with its symbolic links kept as links. PyInstaller links Contents/Frameworks and
    Contents/Resources to each other, and the app's code signature seals each link as a link: followed,
    they become copies, the seal breaks, and macOS refuses to open the app ("is damaged")."""
    folder.mkdir()
    if any(path.is_symlink() for path in app.rglob("*")) and not _holds_symlinks(folder):
        raise StickError(f"{folder.parent} cannot hold symbolic links, which {app.name} needs intact (macOS "
                         f"refuses a copy whose links were resolved). Make the stick on a Mac, whose FAT and "
                         f"exFAT drivers keep links, or leave out the macOS app (--app).")
    shutil.copytree(app, folder / app.name, symlinks=True)
    if sys.platform == "darwin" and shutil.which("codesign"):
        check = subprocess.run(["codesign", "--verify", "--deep", "--strict", str(folder / app.name)],
                               capture_output=True, encoding="utf-8", errors="replace")
        if check.returncode != 0:
            raise StickError(f"The copy of {app.name} on the stick fails macOS' signature check, so macOS would "
                             f"refuse to open it: {check.stderr.strip()}")


def _holds_symlinks(folder: Path) -> bool:
    """Whether the file system of `folder` can make a symbolic link (vfat and exfat on Linux cannot)."""
    probe = folder / ".casefile-link-probe"
    try:
        os.symlink("Contents", probe)
    except (OSError, NotImplementedError):
        return False
    probe.unlink()
    return True


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def write_sums(out: Path) -> None:
    """SHA256SUMS in the format `sha256sum -c` reads, over every other file, with paths from `out`."""
    lines = []
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        name = path.relative_to(out).as_posix()
        if name == SUMS_NAME:
            continue
        if "\n" in name or "\\" in name:
            raise StickError(f"{name!r}: a file name with a newline or backslash cannot be listed in {SUMS_NAME}.")
        lines.append(f"{sha256_file(path)}  {name}\n")
    # LF endings: sha256sum on every system reads them, and would take a CR as part of the file name.
    (out / SUMS_NAME).write_text("".join(lines), encoding="utf-8", newline="\n")


# -- the texts on the stick --------------------------------------------------------------------------
DATA_README = """\
Your own notes, highlights, tags, bookmarks and settings are kept in this folder, never in the archives
and never on the computer Casefile runs on. Copy this folder to keep them; delete its contents to
start afresh. Anyone holding the stick can read them unless you protect them with a passphrase
(in Casefile: Annotations > Protect Notes with a Passphrase).
"""

SLOT_NOTE = """\
No Casefile for {system} is on this stick.

PyInstaller builds only for the system it runs on. To add one: on a {system} computer, in a Casefile
source checkout, run  python packaging/build.py  and then make the stick again, giving every
system's build with --app (dist/casefile, or dist/Casefile.app on macOS):

    python packaging/make_usb.py STICK --archive ... --key ... --app dist/casefile ...

so that SHA256SUMS and VERIFY.txt cover the new files too.
"""

SOURCE_NOTE = """\
No built Casefile app for Linux is on this stick. To read the archives with Casefile from its source
code (Python 3.11 or newer):

    git clone <the Casefile repository you were given>  casefile
    cd casefile
    ./run /path/to/this/stick/archives/*.casefile

Trust the publisher's keys first, so genuine archives show "Verified" (check each fingerprint in
VERIFY.txt with the publisher):

    .venv/bin/casefile keys add /path/to/this/stick/keys/PUBLISHER.pub

Run from source, Casefile keeps your notes in your home folder, not on the stick: portable mode is
for the built app in this folder.
"""


def readme_text(archives: Sequence[ShippedArchive], apps: dict[str, Path]) -> str:
    listed = "\n".join(f"  - {a.title} (edition {a.edition}): archives/{a.name}" for a in archives)
    missing = [OS_NAMES[s] for s in OS_FOLDERS if s not in apps]
    note = (f"\nThis stick has no ready-to-run Casefile for {', '.join(missing)}: the README.txt in that "
            f"system's folder says what to do.\n") if missing else ""
    return f"""\
CASEFILE: EVIDENCE ARCHIVES ON THIS STICK
========================================

This stick holds signed evidence archives and Casefile, the program to read them:

{listed}

Casefile never uses the network. It does not connect to the internet or to any server, so you can
(and may prefer to) read these archives with the computer offline.

STARTING CASEFILE
  Windows: open the folder Casefile-Windows and double-click Casefile.exe.
           If Windows warns that it protected your PC, choose "More info", then "Run anyway".
  macOS:   open the folder Casefile-macOS, hold Control, click Casefile and choose Open
           (the first time only: the app is not from the App Store). On macOS 15 and later,
           if it is still refused: System Settings, Privacy & Security, "Open Anyway".
           If Casefile says macOS runs it from a temporary copy and finds no archives, quit it,
           open Terminal and type (with the stick's name):
             xattr -dr com.apple.quarantine /Volumes/STICK/Casefile-macOS/Casefile.app
           then open it again.
  Linux:   open the folder Casefile-Linux and double-click casefile,
           or in a terminal, from this folder:  ./Casefile-Linux/casefile
{note}
The archives on this stick open by themselves. The publishers' keys in the keys folder are trusted,
so an archive that is exactly what its publisher signed shows "Verified". If it shows anything
else ("TAMPERED", "Unknown signer"), do not rely on it: ask whoever gave you the stick.

YOUR NOTES
  Highlights, notes, tags and bookmarks are saved on this stick, in the data folder, never in the
  archives and never on the computer. Casefile writes nothing on the computer it runs on: no
  settings, no caches, no list of recent files. The computer's system itself may still record that
  a USB stick was plugged in and which program was started; Casefile cannot prevent that.
  If the stick is write-protected, Casefile asks where your notes should go instead.
  Anyone holding this stick can read your notes unless you protect them with a passphrase
  (Annotations > Protect Notes with a Passphrase).

CHECKING THE STICK
  VERIFY.txt explains how to check that the archives are exactly what their publishers signed,
  with the standard minisign tool, without trusting this stick or Casefile.
"""


def verify_text(archives: Sequence[ShippedArchive], keys: Sequence[ShippedKey]) -> str:
    key_lines = "\n".join(f"  keys/{k.name}   fingerprint {k.key.fingerprint}"
                          + (f"   ({k.key.comment})" if k.key.comment else "")
                          + f"\n      (minisign key id {k.key.key_id_hex}: only a name, not proof of identity)"
                          for k in keys) or "  (none)"
    blocks = []
    for a in archives:
        pub = f"keys/{a.signer.name}" if a.signer else None
        signer = (f"the key with fingerprint {a.signer.key.fingerprint} ({pub})" if a.signer else
                  "Casefile's DEMO key (the sample archive only: its secret half is public, so it proves nothing)")
        check = (f"minisign -Vm archives/{a.name} -p {pub}" if pub else
                 f"minisign -Vm archives/{a.name} -P {_demo_key().to_file_text().splitlines()[1]}")
        blocks.append(f"  archives/{a.name}\n    title:     {a.title}\n    archive:   {a.archive_id}, "
                      f"edition {a.edition}\n    SHA-256:   {a.sha256}\n    signed by: {signer}\n"
                      f"    check:     {check}")
    return f"""\
HOW TO CHECK THIS STICK
=======================

1. The publishers' keys. A signature proves only that whoever holds a key signed an archive. Before
   you rely on a key, confirm its fingerprint (all 40 digits) with the publisher through another
   channel: in person, on paper, or read aloud on the phone to a number you already had. The key id
   minisign prints is chosen by whoever makes a key, so a forger can copy it: compare fingerprints.

{key_lines}

   A fingerprint is the first 40 hex digits of the SHA-256 of the key's 32 Ed25519 key bytes, so you
   can recompute it without Casefile (Linux or macOS; compare ignoring spaces and case):
     tail -n 1 keys/NAME.pub | base64 -d | tail -c 32 | shasum -a 256 | cut -c 1-40

2. The archives. Each was signed by its publisher; minisign (https://jedisct1.github.io/minisign/)
   checks the whole file against the signature beside it. Run in the stick's top folder:

{chr(10).join(blocks)}

   minisign says "Signature and comment signature verified" and prints the trusted comment (it names
   the archive id, edition and signed root) if the file is exactly what was signed.
   Casefile checks the same when it opens an archive, and also item by item, e.g. on Linux:
     ./Casefile-Linux/casefile verify archives/NAME.casefile

3. Every file on the stick, against the list made with it (SHA256SUMS). Run in the stick's top folder:
     Linux:   sha256sum -c SHA256SUMS
     macOS:   shasum -a 256 -c SHA256SUMS
     Windows: certutil -hashfile archives\\NAME.casefile SHA256   (compare with the list by eye)
   This shows the stick was not damaged in transit. It is no proof of origin: whoever could change a
   file could change the list too. Step 2 is what proves where the archives come from.
"""


# -- command line --------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="make_usb.py", description="Lay out a USB stick with Casefile, signed archives and publisher keys.")
    parser.add_argument("out", type=Path, metavar="OUT_DIR", help="the stick's root, or an empty folder to copy")
    parser.add_argument("--archive", type=Path, action="extend", nargs="+", required=True, metavar="A.casefile",
                        help="an archive to ship (its A.casefile.minisig is copied and checked too)")
    parser.add_argument("--key", type=Path, action="extend", nargs="+", default=[], metavar="PUB",
                        help="a publisher's public key (.pub) that the app on the stick trusts")
    parser.add_argument("--app", type=Path, action="extend", nargs="+", default=[], metavar="DIST_DIR",
                        help="a PyInstaller build: dist/casefile (Linux, Windows) or dist/Casefile.app (macOS)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        archives = make_stick(args.out, args.archive, args.key, args.app)
    except (CasefileError, OSError) as exc:
        print(f"make_usb: error: {exc}", file=sys.stderr)
        return 1
    systems = ", ".join(OS_NAMES[app_system(dist)] for dist in args.app)
    print(f"Made the stick in {args.out}: {len(archives)} archive(s), {len(args.key)} key(s), "
          f"apps for {systems or 'no system (see Casefile-Linux/README.txt)'}.")
    print(f"Check it with: (cd {args.out} && sha256sum -c {SUMS_NAME})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
