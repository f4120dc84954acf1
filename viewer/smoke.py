"""`casefile smoke-test`: does this installation work? Above all, does a frozen build hold everything?

It starts the real viewer (offscreen where QT_QPA_PLATFORM=offscreen, as in CI) on the bundled sample
archive, building and signing it first if the data folder has none (as `./run` does), searches it,
waits for the full verification, opens one item of every media type and an entity page, decodes
gallery thumbnails, and checks each library the app loads lazily or through native code: the
PySide6 refcount fix (qtfix), libsodium (PyNaCl), cryptography, pypdf, markdown-it-py, whoosh,
pypinyin's data files, Qt's image format plugins and QtPdf. No Qt network or web module may be loaded.

Prints progress lines on stderr (`smoke-test: first results ...` is what the cold-start benchmark
times) and, last, one JSON line on stdout; exits 0 if every check passed, 1 otherwise.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler

from archive import __version__, paths

QUERY = "Xinjiang"
FUZZY_QUERY = "quangou~"  # exercises whoosh's fuzzy expansion over the archive's vocabulary
STEP_TIMEOUT_MS = 60_000
IMAGE_FORMATS = ("jpeg", "png", "tiff", "webp")
NETWORK_MODULES = ("PySide6.QtNetwork", "PySide6.QtWebEngine")
_IMPORTED_AT = time.monotonic()


def run_smoke_test() -> int:
    """Run every check, print the JSON summary on stdout; 0 if all passed."""
    smoke = SmokeTest()
    try:
        smoke.run()
    except Exception as exc:  # noqa: BLE001 - any failure is a finding to report, not a traceback
        smoke.fail(f"{type(exc).__name__}: {exc}")
    summary = smoke.summary()
    print(json.dumps(summary, ensure_ascii=False), flush=True)
    return 0 if summary["ok"] else 1


def process_age_ms() -> tuple[float, str]:
    """Milliseconds since this process started (Linux: from /proc), else since this module was imported."""
    if sys.platform.startswith("linux"):
        try:
            stat = Path("/proc/self/stat").read_text(encoding="utf-8", errors="replace")
            fields = stat.rsplit(")", 1)[1].split()  # after the program's name, which may hold anything
            started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # starttime, field 22, in ticks since boot
            return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000, "process start"
        except (OSError, ValueError, IndexError):
            pass  # /proc not mounted (a container), or a format this code does not know
    return (time.monotonic() - _IMPORTED_AT) * 1000, "smoke-test module import"


class SmokeTest:
    """One run: each step records what it saw in `facts` and anything wrong in `problems`."""

    def __init__(self) -> None:
        self.facts: dict[str, object] = {}
        self.problems: list[str] = []
        self.timings: dict[str, float] = {}
        self.app = self.window = self.session = None

    def fail(self, problem: str) -> None:
        self.problems.append(problem)
        print(f"smoke-test: FAILED: {problem}", file=sys.stderr, flush=True)

    def mark(self, step: str, note: str = "") -> None:
        """Record the time of a step (ms since the process started) and say it on stderr."""
        age, clock = process_age_ms()
        self.timings[step] = round(age)
        self.facts["clock"] = clock
        print(f"smoke-test: {step}{' ' + note if note else ''} at {age:.0f} ms", file=sys.stderr, flush=True)

    def run(self) -> None:
        self.mark("started")
        self.open_window()
        self.search()
        self.verify()
        self.open_items()
        self.open_entity_and_gallery()
        self.check_libraries()
        self.close()

    # -- the viewer, as a reader uses it ---------------------------------------------------------------
    def open_window(self) -> None:
        from PySide6.QtWidgets import QApplication

        from .app import ensure_sample
        from .mainwindow import MainWindow
        from .settings import Settings

        existed = paths.default_sample_archive().exists()
        sample = ensure_sample()
        self.facts["sample_built"] = not existed
        self.mark("sample ready", "(built and signed)" if not existed else "")
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.app.setApplicationName("Casefile")
        qInstallMessageHandler(_qt_message)
        self.window = MainWindow(Settings())
        self.window.resize(1280, 800)
        self.window.show()
        errors = self.window.open_paths([sample])
        if errors or not self.window.library.sessions:
            raise RuntimeError(f"the sample archive did not open: {'; '.join(errors)}")
        self.session = self.window.library.sessions[0]
        self.facts["archive_id"] = self.session.archive.metadata.archive_id
        self.mark("window shown")

    def search(self) -> None:
        panel = self.window.search
        panel.set_query(QUERY)
        panel.run_now()
        self.settle(lambda: not panel.busy, "search")
        hits = panel.result_count()
        self.facts.update(query=QUERY, search_hits=hits)
        self.mark("first results", f"({hits} hits for {QUERY!r})")
        if hits < 1:
            self.fail(f"searching the sample for {QUERY!r} found nothing")

    def verify(self) -> None:
        session = self.session
        self.settle(lambda: not session.verifying, "verification")
        report = session.report
        state = report.state.value if report else f"error: {session.verify_error}"
        self.facts.update(verification=state, verification_method=report.method if report else None)
        self.mark("verified", f"({state})")
        if state != "verified":
            self.fail(f"the sample archive is {state}, not verified")

    def open_items(self) -> None:
        """One item of every media type: HTML, Markdown, plain text, PDF (QtPdf) and each image format."""
        archive = self.session.archive
        chosen: dict[str, str] = {}
        for item in archive.items.list(limit=10_000):
            chosen.setdefault(item.media_type, item.id)
        opened = {}
        for media_type, item_id in sorted(chosen.items()):
            problem = self._open_item(item_id)
            if problem:
                self.fail(f"{item_id} ({media_type}): {problem}")
            else:
                opened[media_type] = item_id
        self.facts["items_opened"] = opened
        self.mark("items opened", f"({len(opened)} media types)")

    def _open_item(self, item_id: str) -> str | None:
        from .readers.image import ImageView
        from .readers.pdf import PdfView

        tab = self.window.open_item(self.session, item_id, QUERY)
        if tab is None:
            return "did not open"
        self.pause(50)
        reader = tab.reader
        if tab.banner.alarm:
            return "failed its integrity check"
        if reader.message() is not None:
            return f"shows a message instead of the item: {reader.message()}"
        if isinstance(reader, PdfView) and reader.document.pageCount() < 1:
            return "QtPdf shows no pages"
        if isinstance(reader, ImageView) and reader.pixmap_item.pixmap().isNull():
            return "no picture"
        return None

    def open_entity_and_gallery(self) -> None:
        from .gallery import decode_thumbnail

        archive = self.session.archive
        person = archive.entities.list("Person", limit=1)
        if not person or self.window.open_entity(self.session, person[0].id) is None:
            self.fail("no entity page opened")
        else:
            self.facts["entity_opened"] = person[0].id
        self.window.tabs.setCurrentWidget(self.window.gallery)
        images = archive.items.ids("image")
        decoded = sum(not decode_thumbnail(archive.items.thumbnail(item_id)).isNull() for item_id in images)
        self.facts["thumbnails_decoded"] = f"{decoded}/{len(images)}"
        if not images or decoded < len(images):
            self.fail(f"only {decoded} of {len(images)} gallery thumbnails decoded")

    # -- libraries -----------------------------------------------------------------------------------------
    def check_libraries(self) -> None:
        checks = {"qtfix": _check_qtfix, "libsodium": _check_sodium, "cryptography": _check_cryptography,
                  "pypdf": _check_pypdf, "markdown-it-py": _check_markdown, "pypinyin": _check_pypinyin,
                  "whoosh": lambda: _check_whoosh(self.session.archive), "qt-image-formats": _check_image_formats,
                  "qtpdf": _check_qtpdf}
        results = {}
        for name, check in checks.items():
            try:
                results[name] = check()
            except Exception as exc:  # noqa: BLE001 - report which library is broken, then go on
                results[name] = f"FAILED: {type(exc).__name__}: {exc}"
                self.fail(f"{name}: {type(exc).__name__}: {exc}")
        self.facts["libraries"] = results
        loaded = sorted(name for name in sys.modules if name.startswith(NETWORK_MODULES))
        self.facts["network_modules_loaded"] = loaded
        if loaded:
            self.fail(f"network modules were loaded: {', '.join(loaded)}")
        self.mark("libraries checked")

    def close(self) -> None:
        from . import workers

        self.window.close()
        if not workers.wait_for_all(10_000):
            self.fail("background work did not finish within 10 s of closing")

    @staticmethod
    def settle(condition: Callable[[], bool], what: str) -> None:
        """Run Qt's event loop until `condition()` holds; a step still busy after a minute fails."""
        loop, deadline = QEventLoop(), time.monotonic() + STEP_TIMEOUT_MS / 1000

        def check() -> None:
            if condition() or time.monotonic() >= deadline:
                loop.quit()
            else:
                QTimer.singleShot(10, check)

        QTimer.singleShot(0, check)
        loop.exec()
        if not condition():
            raise TimeoutError(f"{what} did not finish within {STEP_TIMEOUT_MS // 1000} s")

    @staticmethod
    def pause(msecs: int) -> None:
        """Let Qt paint and deliver queued signals for `msecs`."""
        loop = QEventLoop()
        QTimer.singleShot(msecs, loop.quit)
        loop.exec()

    def summary(self) -> dict[str, object]:
        import PySide6
        from PySide6.QtCore import qVersion

        age, _ = process_age_ms()
        return {"smoke_test": "casefile", "ok": not self.problems, "version": __version__,
                "frozen": bool(getattr(sys, "frozen", False)), "python": sys.version.split()[0],
                # The frozen app's interpreter option (casefile.spec): 1, or Windows' code pages come back.
                "utf8_mode": sys.flags.utf8_mode, "qt": qVersion(), "pyside": PySide6.__version__,
                "platform": self.app.platformName() if self.app else None, **self.facts,
                "timings_ms": self.timings, "elapsed_ms": round(age), "problems": self.problems}


def _qt_message(kind, context, message: str) -> None:
    """Offscreen has no window manager: drop the one warning that says so, pass the rest on."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _check_qtfix() -> str:
    from . import qtfix

    if sys.version_info >= (3, 12):
        return "not needed (Python 3.12+)"
    if not qtfix._applied or sys.getrefcount(None) < qtfix.BALLAST:
        raise RuntimeError("None/True/False were not made immortal: PySide6 6.12 would crash this Python")
    return "applied"


def _check_sodium() -> str:
    import nacl
    from nacl.bindings import (crypto_aead_xchacha20poly1305_ietf_decrypt,
                               crypto_aead_xchacha20poly1305_ietf_encrypt)
    from nacl.pwhash import argon2id

    key = argon2id.kdf(32, b"smoke", b"s" * argon2id.SALTBYTES, opslimit=argon2id.OPSLIMIT_MIN,
                       memlimit=argon2id.MEMLIMIT_MIN)
    nonce = bytes(24)
    sealed = crypto_aead_xchacha20poly1305_ietf_encrypt(b"note", None, nonce, key)
    if crypto_aead_xchacha20poly1305_ietf_decrypt(sealed, None, nonce, key) != b"note":
        raise RuntimeError("XChaCha20-Poly1305 round trip failed")
    return f"PyNaCl {nacl.__version__}: Argon2id + XChaCha20-Poly1305"


def _check_cryptography() -> str:
    import cryptography
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    key.public_key().verify(key.sign(b"smoke"), b"smoke")  # raises InvalidSignature on failure
    return f"cryptography {cryptography.__version__}: Ed25519"


def _check_pypdf() -> str:
    import pypdf

    from archive.publish import extract_report

    source = sorted((paths.sample_source_dir() / "reports").glob("*.pdf"))[0]
    report = extract_report(source.read_bytes(), ".pdf")
    if not report.pages or not report.text.strip():
        raise RuntimeError(f"no text extracted from {source.name}")
    return f"pypdf {pypdf.__version__}: {len(report.pages)} page(s) of {source.name}"


def _check_markdown() -> str:
    from archive.publish import extract_report

    report = extract_report(b"# Title\n\nSome *emphasis*.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", ".md")
    if report.title != "Title" or "<table" not in (report.html or ""):
        raise RuntimeError("Markdown was not rendered")
    return "markdown-it-py: CommonMark + tables"


def _check_pypinyin() -> str:
    from archive import pinyin_forms

    forms = pinyin_forms("陈全国")
    if "chen quanguo" not in forms:
        raise RuntimeError(f"陈全国 gave {forms}: pypinyin's data files are missing")
    return "陈全国 -> chen quanguo"


def _check_whoosh(archive) -> str:
    import whoosh

    result = archive.search.find(FUZZY_QUERY, limit=1)
    if result.total < 1:
        raise RuntimeError(f"the fuzzy query {FUZZY_QUERY!r} found nothing")
    return f"whoosh {whoosh.versionstring()}: {FUZZY_QUERY!r} found {result.total}"


def _check_image_formats() -> str:
    from PySide6.QtGui import QImageReader

    supported = {bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()}
    missing = [name for name in IMAGE_FORMATS if name not in supported]
    if missing:
        raise RuntimeError(f"Qt cannot read {', '.join(missing)}: image format plugins missing")
    return ", ".join(IMAGE_FORMATS)


def _check_qtpdf() -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    source = sorted((paths.sample_source_dir() / "reports").glob("*.pdf"))[0]
    buffer = QBuffer()
    buffer.setData(QByteArray(source.read_bytes()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise RuntimeError(f"PDFium could not load {source.name}")
    image = document.render(0, document.pagePointSize(0).toSize())
    if image.isNull():
        raise RuntimeError("PDFium rendered nothing")
    return f"{document.pageCount()} page(s), rendered {image.width()}x{image.height()}"
