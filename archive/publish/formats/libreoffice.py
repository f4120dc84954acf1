"""Office documents to PDF with LibreOffice headless, on the publisher's machine only (the reader app
never runs it): the PDF becomes the document's page view, as Aleph makes its previews.

Every conversion gets a fresh private profile in its own temporary folder (parallel build workers
never share one, and nothing the publisher set in their own LibreOffice applies) and a time limit;
a conversion that runs over is killed. LibreOffice must not reach the network while it reads a
hostile document (remote images, linked files, update checks): on Linux it runs in a new network
namespace without any interface (`unshare -rn`) when the system allows it, and its profile is
seeded to block untrusted links, never update links on loading, run no macros, check for no updates
and send any Internet access to a closed local proxy.

LibreOffice writes the time of conversion and a random /ID into the PDF; both are rewritten in place
(same length, so the cross-reference offsets stay valid) so that converting the same file twice gives
the same bytes: the date becomes SOURCE_DATE_EPOCH (as reproducible-build tools honour it) or
2000-01-01, the /ID and checksum a hash of the original.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMEOUT_SECONDS = 120.0
FALLBACK_DATE = "20000101000000"
_PROFILE_SETTINGS = (
    ("org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"),
    ("org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "3"),
    ("org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "true"),
    ("org.openoffice.Office.Writer/Content/Update", "Link", "2"),  # never update links
    ("org.openoffice.Office.Calc/Content/Update", "Link", "2"),
    ("org.openoffice.Office.Jobs/Jobs/org.openoffice.Office.Jobs:Job['UpdateCheck']/Arguments",
     "AutoCheckEnabled", "false"),
    ("org.openoffice.Inet/Settings", "ooInetProxyType", "2"),  # manual proxy: port 9 is closed
    ("org.openoffice.Inet/Settings", "ooInetHTTPProxyName", "127.0.0.1"),
    ("org.openoffice.Inet/Settings", "ooInetHTTPProxyPort", "9"),
    ("org.openoffice.Inet/Settings", "ooInetHTTPSProxyName", "127.0.0.1"),
    ("org.openoffice.Inet/Settings", "ooInetHTTPSProxyPort", "9"),
    ("org.openoffice.Inet/Settings", "ooInetFTPProxyName", "127.0.0.1"),
    ("org.openoffice.Inet/Settings", "ooInetFTPProxyPort", "9"),
)
_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})")
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]*)>\s*<([0-9A-Fa-f]*)>\s*\]")
_CHECKSUM = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)")


class ConversionFailed(Exception):
    """LibreOffice did not make a PDF; the message says why (for the build report)."""


def soffice() -> str | None:
    """The LibreOffice program on PATH, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(data: bytes, suffix: str, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """The document `data` (a file ending in `suffix`) as a deterministic PDF; raises
    ConversionFailed when LibreOffice is missing, fails, or runs longer than `timeout` seconds."""
    program = soffice()
    if program is None:
        raise ConversionFailed("LibreOffice not found")
    with tempfile.TemporaryDirectory(prefix="casefile-lo-") as work:
        folder = Path(work)
        source = folder / f"document{suffix}"
        source.write_bytes(data)
        _seed_profile(folder / "profile")
        command = [*_isolation(), program, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                   "--headless", "--norestore", "--nolockcheck", "--nodefault", "--convert-to", "pdf",
                   "--outdir", str(folder / "out"), str(source)]
        _run(command, timeout, folder)
        produced = folder / "out" / "document.pdf"
        if not produced.is_file() or produced.stat().st_size == 0:
            raise ConversionFailed("LibreOffice could not convert it to PDF")
        return normalise_pdf(produced.read_bytes(), hashlib.sha256(data).hexdigest())


def normalise_pdf(pdf: bytes, seed: str) -> bytes:
    """`pdf` with its dates, /ID and checksum replaced in place by values that depend only on `seed`."""
    stamp = _source_date().encode("ascii")
    pdf = _DATE.sub(lambda m: m.group(1) + stamp, pdf)
    digest = hashlib.sha256(seed.encode("ascii")).hexdigest().upper().encode("ascii") * 4
    pdf = _ID.sub(lambda m: m.group(0).replace(m.group(1), digest[:len(m.group(1))])
                  .replace(m.group(2), digest[:len(m.group(2))]), pdf)
    return _CHECKSUM.sub(lambda m: m.group(1) + digest[:len(m.group(2))], pdf)


def _source_date() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if not epoch.isdigit():
        return FALLBACK_DATE
    return time.strftime("%Y%m%d%H%M%S", time.gmtime(int(epoch)))


def _isolation() -> list[str]:
    """A new network namespace with no interfaces, where the system allows unprivileged ones."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return []
    try:
        usable = subprocess.run([unshare, "-rn", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.SubprocessError):
        usable = False
    return [unshare, "-rn"] if usable else []


def _run(command: list[str], timeout: float, folder: Path) -> None:
    env = {**os.environ, "HOME": str(folder), "TMPDIR": str(folder)}
    # Its own session (POSIX; Windows ignores it), so that a timeout kills LibreOffice's helper processes too.
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=env, cwd=folder, start_new_session=True)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_all(process)
        process.wait()
        raise ConversionFailed(f"LibreOffice took longer than {timeout:g} seconds and was stopped") from None


def _kill_all(process: subprocess.Popen) -> None:
    """Kill LibreOffice and its helpers: on POSIX the session it leads; Windows has no process groups,
    and there soffice.exe is only the launcher of soffice.bin, so taskkill stops the whole tree."""
    if sys.platform != "win32":
        os.killpg(process.pid, signal.SIGKILL)
        return
    try:
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        pass  # no taskkill (a stripped-down Windows): the launcher at least goes
    process.kill()


def _seed_profile(profile: Path) -> None:
    user = profile / "user"
    user.mkdir(parents=True)
    items = "".join(f'<item oor:path="/{path}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value>'
                     f'</prop></item>\n' for path, name, value in _PROFILE_SETTINGS)
    (user / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        f"{items}</oor:items>\n", encoding="utf-8")
