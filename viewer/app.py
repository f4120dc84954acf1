"""Start the Qt application: build the sample on first use, apply the theme, show the main window.

In portable mode the environment is redirected to the stick before Qt starts (`archive.portable`),
Qt's own settings and dialogs are kept off the host, a read-only `data/` is asked about, and the
stick's `archives/` open when no archive is named. The interface language and the bundled fonts are
set up before the first widget exists (`viewer.i18n`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from archive import CasefileError, open_archive, paths, portable

from . import i18n
from .plaintext import shown_as_is
from .fileopen import FileOpenEvents
from .mainwindow import MainWindow
from .settings import Settings
from .shutdown import CleanExit, ClipboardGuard
from .theme import apply_theme


def ensure_sample() -> Path:
    """The sample archive, built (a few seconds) on first use or when its sources have changed."""
    target = paths.default_sample_archive()
    if _is_stale(target, paths.sample_source_dir()):
        from archive import sign_sample
        from archive.publish import build_archive

        print(f"Building the sample archive into {target} ...", file=sys.stderr)
        build_archive(paths.sample_source_dir(), target, strict=True)
        sign_sample(target)
    return target


def _is_stale(target: Path, source_dir: Path) -> bool:
    """Missing, older than its sources, or unreadable by this version (built by an older one)."""
    if not target.exists():
        return True
    built = target.stat().st_mtime
    if any(path.stat().st_mtime > built for path in source_dir.rglob("*") if path.is_file()):
        return True
    try:
        open_archive(target).close()
    except CasefileError:
        return True
    return False


def run(archive_paths: list[Path], *, screenshot: Path | None = None, search: str | None = None,
        open_item: str | None = None) -> int:
    """Open the given archives (or the sample) in the main window.

    With `screenshot`, wait until every archive is verified (and the search, if any, has results),
    save a PNG of the window and exit: 0 if every archive opened, 1 otherwise.
    """
    session = portable.prepare()
    if session is not None:
        _keep_qt_off_the_host(session)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Casefile")
    icon = paths.resource_dir() / "icons" / "casefile.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    if app.platformName() == "offscreen":
        qInstallMessageHandler(_quiet_offscreen)
    # macOS hands double-clicked and dropped archives over as events, the first one as the app starts.
    file_opens = FileOpenEvents(app) if sys.platform == "darwin" else None
    i18n.load_fonts()
    # Before the first dialog (the read-only stick's question), from the settings where they are now;
    # the settings used from then on are read after the data folder is settled.
    language = i18n.apply_language(Settings().get("language"))
    if i18n.missing_script(language):
        print(f"casefile: no installed font can show {i18n.NATIVE_NAMES[language]}; install one "
              "(see README, Languages)", file=sys.stderr)
    notice = _settle_data_location(session, ask=screenshot is None) if session is not None else None
    settings = Settings()
    apply_theme(app, settings.get("theme"))
    window = MainWindow(settings)
    if paths.runs_translocated():
        notice = " ".join(filter(None, [notice, QCoreApplication.translate(
            "App", "macOS runs Casefile from a temporary copy (App Translocation), so the archives, keys and "
                   "notes folder beside it were not found. Read README.txt on the stick, under STARTING CASEFILE.")]))
    if notice:
        label = QLabel(notice)
        label.setTextFormat(Qt.TextFormat.PlainText)  # it names a folder
        label.setWordWrap(True)  # on two lines rather than a window wider than a small laptop's screen
        window.statusBar().addPermanentWidget(label, 1)
    if file_opens is not None:
        app.processEvents()  # the launching archive's event, so it opens instead of the sample
        archive_paths = archive_paths or file_opens.take_pending()
        file_opens.attach(window)
    errors = window.open_paths(archive_paths or paths.shipped_archives() or [ensure_sample()])
    if screenshot is not None or settings.get("window/geometry") is None:
        window.resize(1280, 800)  # screenshots always at one size, for the docs
    window.show()
    if search:
        window.search.set_query(search)
        window.search.run_now()
    if open_item:
        session = window.library.sessions[0] if window.library.sessions else None
        if session is not None and window.open_item(session, open_item, search or "") is None:
            # Also printed on the terminal, so without isolates (invisible there, but still bytes to grep).
            errors.append(QCoreApplication.translate("App", "no item {item} in {archive}").format(
                item=repr(open_item), archive=session.path.name))
    ending = _end_cleanly(app, window, portable_mode=session is not None)
    if screenshot is not None:
        for message in errors:
            window.statusBar().showMessage(message)
        _when_settled(window, lambda: (window.grab().save(str(screenshot)), window.close(), app.quit()))
        code = _exec(app, ending)
        for message in errors:
            print(f"casefile: error: {message}", file=sys.stderr)
        return code or (1 if errors else 0)
    window._report_errors(errors)
    return _exec(app, ending)


def _end_cleanly(app: QApplication, window: MainWindow, portable_mode: bool) -> CleanExit:
    """SIGTERM, Ctrl+C and logout end the viewer as closing its window does; in portable mode, what
    the reader copied from Casefile is cleared from the clipboard at exit if it is still Casefile's."""
    ending = CleanExit(app, window)
    if portable_mode:
        guard = ClipboardGuard(app.clipboard(), ending)
        app.aboutToQuit.connect(guard.clear_if_ours)
    return ending


def _exec(app: QApplication, ending: CleanExit) -> int:
    """Run the event loop; the exit status (128 + the signal's number if a signal ended it)."""
    try:
        code = app.exec()
    finally:
        ending.restore()
    return ending.code if ending.code is not None else code


def _keep_qt_off_the_host(session: portable.PortableSession) -> None:
    """Qt's own settings (the file dialog's history and last folder, as "QtProject") go to the session
    folder on every OS, not to ~/.config, the Windows registry or a macOS plist; and Qt's own file
    dialog replaces the native one, which records recent files and folders in the desktop's history
    (GTK's recently-used.xbel written by the portal, Windows' recent items, macOS' recent places)."""
    config = str(session.folder / portable.XDG_FOLDERS["XDG_CONFIG_HOME"])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, config)
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)


def ask_where_notes_go(question: portable.DataLocationQuestion) -> str:
    """Ask the reader where notes go while the stick is read-only; one of portable's CHOICE_ names.

    Tests replace this function with one that answers.
    """
    translate, accept = QCoreApplication.translate, QMessageBox.ButtonRole.AcceptRole
    text, details = data_location_sentences(question)
    # The sentences name folders: a folder called <img src=...> must not be read as an image.
    box = QMessageBox(QMessageBox.Icon.Warning, translate("App", "The stick is read-only"), shown_as_is(text))
    box.setInformativeText(shown_as_is(details))
    host = box.addButton(translate("App", "Keep on This Computer"), accept)
    temporary = box.addButton(translate("App", "Temporary (Deleted on Close)"), accept)
    box.addButton(translate("App", "Read Without Notes"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(temporary)  # nothing left on the computer unless the reader says so
    box.exec()
    answers = {host: portable.CHOICE_HOST, temporary: portable.CHOICE_TEMPORARY}
    return answers.get(box.clickedButton(), portable.CHOICE_NONE)


def _settle_data_location(session: portable.PortableSession, ask: bool) -> str | None:
    """With a read-only `data/`, ask where notes go and send them there; the sentence to keep shown.

    A screenshot run has nobody to ask: it reads without notes, which writes nothing and loses nothing.
    """
    question = portable.data_location_question(session)
    if question is None:
        return None
    choice = ask_where_notes_go(question) if ask else portable.CHOICE_NONE
    portable.apply_data_location(question, choice)
    return data_location_notice(question, choice)


def data_location_sentences(question: portable.DataLocationQuestion) -> tuple[str, str]:
    """The question's text and its details (the three answers explained), in the reader's language."""
    translate = QCoreApplication.translate
    text = translate("App", "Casefile cannot write to {folder}: the stick (or that folder) is read-only, so your "
                            "notes, highlights and settings cannot be saved on it.")
    details = translate("App", "Keep them on this computer, in {host}: they last, but stay on this computer.\n\n"
                               "Or keep them in a temporary folder: they are DELETED when Casefile closes, unless "
                               "you export them first (Annotations › Export, or an evidence bundle).\n\n"
                               "Or read without notes. Archives open and verify either way.")
    return text.format(folder=i18n.isolate(question.read_only)), details.format(host=i18n.isolate(question.host))


def data_location_notice(question: portable.DataLocationQuestion, choice: str) -> str:
    """The sentence the window keeps showing about where notes go after the reader's `choice`."""
    translate = QCoreApplication.translate
    if choice == portable.CHOICE_HOST:
        text = translate("App", "Notes are saved on this computer, in {folder} (the stick is read-only).")
        return text.format(folder=i18n.isolate(question.host))
    if choice == portable.CHOICE_TEMPORARY:
        return translate("App", "Notes are TEMPORARY (the stick is read-only): export them before closing Casefile.")
    text = translate("App", "Notes are off: {folder} is read-only. Reading and verifying work as usual.")
    return text.format(folder=i18n.isolate(question.read_only))


def _quiet_offscreen(kind, context, message: str) -> None:
    """Offscreen (screenshots, CI) has no window manager: drop the one warning that says so."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


SETTLE_TIMEOUT_MS = 60_000


def _when_settled(window: MainWindow, then, waited: int = 0) -> None:
    """Call `then` once verification and search are done (or after a minute), without blocking Qt."""
    busy = any(session.verifying for session in window.library.sessions) or window.search.busy
    if busy and waited < SETTLE_TIMEOUT_MS:
        QTimer.singleShot(50, lambda: _when_settled(window, then, waited + 50))
        return
    QTimer.singleShot(100, then)  # let the last results paint
