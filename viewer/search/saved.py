"""The Searches menu: save the search typed, run a saved or recent one, manage them, and the history switch.

The searches live in the reader's store (`store.searches`), sealed with the notes when it is protected:
while it is locked the menus show none and say so, and saving says it cannot (nothing is lost quietly:
the search stays in the bar). A search goes to the history when the panel says it settled (see
`SearchPanel.searchSettled`), and only if the reader keeps a history: off in portable mode unless turned
on, on otherwise. The submenus are filled each time they open, so they are never out of date.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMenu, QMenuBar, QMessageBox

from archive import CasefileError
from archive.store import RecentSearch, SavedSearch

from ..annotations import StoreController
from ..i18n import isolate, menu_action
from ..plaintext import shown_as_is

RECENT_SHOWN = 15
MENU_TEXT_CHARS = 60  # longer queries and names are cut in the menu; the tool tip has them whole
SAVE_SHORTCUT = "Ctrl+Shift+S"


def menu_text(text: str) -> str:
    """`text` as one menu entry: cut short, its & shown as itself rather than taken as a mnemonic."""
    short = text if len(text) <= MENU_TEXT_CHARS else text[:MENU_TEXT_CHARS - 1] + "…"
    return isolate(short.replace("&", "&&"))


class SearchesMenu(QObject):
    """The Searches menu of one main window, and what it reads from and writes to the reader's store."""

    changed = Signal()  # the saved searches or the history changed, or the store was locked or unlocked

    def __init__(self, window: QMainWindow, store: StoreController) -> None:
        super().__init__(window)
        self.window, self.store = window, store
        self.dialog = None  # the Manage Saved Searches dialog, while it is open
        # Asked for a name (title, label, suggested name) and a yes or no; tests replace them.
        self.ask_name: Callable[[str, str, str], str | None] = self._ask_name
        self.confirm: Callable[[str], bool] = self._confirm
        store.lockedChanged.connect(lambda _locked: self.changed.emit())

    # -- the menu ------------------------------------------------------------------------------------
    def install(self, bar: QMenuBar) -> QMenu:
        """Add the Searches menu at the end of `bar` (the main window builds its menus in order)."""
        self.menu = menu = bar.addMenu(self.tr("&Searches"))
        menu.setToolTipsVisible(True)
        self.save_action = self._action(menu, self.tr("&Save This Search…"), self.save_current, SAVE_SHORTCUT,
                                        self.tr("Keep the search typed in the Search tab under a name"))
        self.saved_menu = menu.addMenu(self.tr("Sa&ved Searches"))
        self.saved_menu.setToolTipsVisible(True)
        self.saved_menu.aboutToShow.connect(self._fill_saved)
        self._action(menu, self.tr("&Manage Saved Searches…"), self.manage,
                     tip=self.tr("Rename, delete or run your saved searches"))
        menu.addSeparator()
        self.recent_menu = menu.addMenu(self.tr("&Recent Searches"))
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.clear_action = self._action(menu, self.tr("&Clear Search History"), self.clear_history,
                                         tip=self.tr("Forget every search recorded; saved searches stay"))
        self.keep_action = self._action(menu, self.tr("&Keep Search History"), self.set_keep_history,
                                        tip=self.tr("Record the searches you run in your store (off in portable "
                                                    "mode unless you turn it on)"))
        self.keep_action.setCheckable(True)
        menu.aboutToShow.connect(self._update_menu)
        self._update_menu()
        return menu

    def _action(self, menu: QMenu, text: str, slot, key: str | None = None, tip: str = "") -> QAction:
        return menu_action(menu, menu, text, slot, key, tip)  # owned by its menu, rebuilt with the menu bar

    def _update_menu(self) -> None:
        usable = self.store.available and not self.store.locked
        self.keep_action.setChecked(self.keeps_history())
        self.keep_action.setEnabled(self.store.available)
        self.clear_action.setEnabled(usable)
        self.save_action.setEnabled(self.store.available)  # while locked it says why it cannot

    def _fill_saved(self) -> None:
        self.saved_menu.clear()
        searches, problem = self.saved()
        for saved in searches:
            action = self.saved_menu.addAction(menu_text(saved.name))
            action.setToolTip(self._tip(saved.query, saved.archive_title))
            action.triggered.connect(lambda _=False, s=saved: self.run(s.query, s.archive_id, s.archive_title))
        if not searches:
            self.saved_menu.addAction(problem or self.tr("No saved searches")).setEnabled(False)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        searches, problem = self.recent()
        for recent in searches[:RECENT_SHOWN]:
            action = self.recent_menu.addAction(menu_text(recent.query))
            action.setToolTip(self._tip(recent.query, recent.archive_title))
            action.triggered.connect(lambda _=False, r=recent: self.run(r.query, r.archive_id, r.archive_title))
        if searches:
            return
        if not problem and not self.keeps_history():
            problem = self.tr("Not kept: turn on Keep Search History to record your searches")
        self.recent_menu.addAction(problem or self.tr("No recent searches")).setEnabled(False)

    def _tip(self, query: str, archive_title: str) -> str:
        if not archive_title:
            return shown_as_is(query)
        return shown_as_is(self.tr("{query}\nin {archive}").format(query=isolate(query),
                                                                   archive=isolate(archive_title)))

    # -- reading -------------------------------------------------------------------------------------
    def _unreadable(self) -> str:
        """Why the searches cannot be read now ("" if they can)."""
        if not self.store.available:
            return self.tr("Your store is not open: searches cannot be kept")
        if self.store.locked:
            return self.tr("Your notes are locked: unlock them (Annotations › Unlock Notes…) to see or save "
                           "searches")
        return ""

    def saved(self) -> tuple[list[SavedSearch], str]:
        """The saved searches by name, or none and why."""
        return self._read(lambda: self.store.store.searches.saved())

    def recent(self) -> tuple[list[RecentSearch], str]:
        """The searches recorded, most recent first, or none and why."""
        return self._read(lambda: self.store.store.searches.recent())

    def _read(self, read) -> tuple[list, str]:
        problem = self._unreadable()
        if problem:
            return [], problem
        try:
            return read(), ""
        except CasefileError as exc:
            return [], self.tr("Cannot read your searches: {error}").format(error=isolate(exc))

    def keeps_history(self) -> bool:
        try:
            return self.store.available and self.store.store.searches.keeps_history
        except CasefileError:
            return False

    # -- changing ------------------------------------------------------------------------------------
    def record(self, query: str) -> None:
        """Add a search the panel ran to the history (if it is kept, and readable: not while locked)."""
        if self._unreadable() or not query.strip():
            return
        archive_id, title = self._searched_archive()
        try:
            if self.store.store.searches.record(query, archive_id, title):
                self.changed.emit()
        except CasefileError as exc:
            self._say(self.tr("The search was not added to your history: {error}").format(error=isolate(exc)))

    def _searched_archive(self) -> tuple[str, str]:
        """The archive a search ran on: its id and title, or none when several were open."""
        sessions = self.window.library.sessions
        if len(sessions) != 1:
            return "", ""
        meta = sessions[0].archive.metadata
        return meta.archive_id, meta.title

    def save_current(self) -> SavedSearch | None:
        """Searches › Save This Search: ask for a name (the query is suggested) and keep it."""
        query = self.window.search.query_edit.text().strip()
        if not query:
            self._say(self.tr("Type a search in the Search tab first, then save it."))
            return None
        problem = self._unreadable()
        if problem:
            self._say(self.tr("The search was not saved. {reason}.").format(reason=problem))
            return None
        name = self.ask_name(self.tr("Save This Search"), self.tr("Name of the search:"), query)
        if not name or not name.strip():
            return None
        return self._save(name, query)

    def _save(self, name: str, query: str) -> SavedSearch | None:
        searches = self.store.store.searches
        archive_id, title = self._searched_archive()
        try:
            existing = searches.find(name)
            if existing is not None and not self.confirm(self.tr(
                    "A saved search is already called {name}. Replace it?").format(name=isolate(existing.name))):
                return None
            saved = searches.save(name, query, archive_id, title, replace=existing is not None)
        except CasefileError as exc:
            self._say(self.tr("The search was not saved: {error}").format(error=isolate(exc)))
            return None
        self.changed.emit()
        self._say(self.tr("Saved the search as {name}.").format(name=isolate(saved.name)))
        return saved

    def rename(self, saved: SavedSearch) -> SavedSearch | None:
        """Ask for a new name of a saved search and give it; None if cancelled or refused."""
        name = self.ask_name(self.tr("Rename Saved Search"), self.tr("New name:"), saved.name)
        if not name or not name.strip() or name.strip() == saved.name:
            return None
        return self._change(lambda: self.store.store.searches.rename(saved.name, name),
                            self.tr("The search was not renamed: {error}"))

    def delete(self, saved: SavedSearch) -> SavedSearch | None:
        """Delete a saved search; returns it, for undo (None if that failed: the reason is said)."""
        return self._change(lambda: self.store.store.searches.delete(saved.name),
                            self.tr("The search was not deleted: {error}"))

    def restore(self, saved: SavedSearch) -> SavedSearch | None:
        """Put back a deleted saved search (undo)."""
        return self._change(lambda: self.store.store.searches.restore(saved),
                            self.tr("The search was not restored: {error}"))

    def _change(self, change, failure: str):
        problem = self._unreadable()
        if problem:
            self._say(failure.format(error=problem))
            return None
        try:
            result = change()
        except CasefileError as exc:
            self._say(failure.format(error=isolate(exc)))
            return None
        self.changed.emit()
        return result

    def clear_history(self) -> None:
        problem = self._unreadable()
        try:
            if problem:
                raise CasefileError(problem)
            self.store.store.searches.clear_history()
        except CasefileError as exc:
            self._say(self.tr("The history was not cleared: {error}").format(error=isolate(exc)))
            return
        self.changed.emit()
        self._say(self.tr("Search history cleared. Saved searches are kept."))

    def set_keep_history(self, on: bool) -> None:
        """Searches › Keep Search History: record the searches run from now on, or stop."""
        if not self.store.available:
            return
        try:
            self.store.store.searches.keep_history(on)
        except CasefileError as exc:
            self._say(self.tr("The choice was not saved: {error}").format(error=isolate(exc)))
            return
        self._say(self.tr("Searches you run are now recorded in your history.") if on else self.tr(
            "Searches you run are no longer recorded. Clear Search History forgets those recorded so far."))
        self.changed.emit()

    # -- running -------------------------------------------------------------------------------------
    def run(self, query: str, archive_id: str = "", archive_title: str = "") -> None:
        """Put a saved or recent search in the search bar, show the Search tab and search now."""
        window = self.window
        window.tabs.setCurrentWidget(window.search)
        window.search.run_query(query)
        opened = {session.archive.metadata.archive_id for session in window.library.sessions}
        if not opened:
            self._say(self.tr("Open an archive to run this search."))
        elif archive_id and archive_id not in opened:
            note = self.tr("This search was made in {archive}, which is not open; the archives that are open "
                           "were searched instead.").format(archive=isolate(archive_title or archive_id))
            # Said once the results are shown: their count would take its place in the status bar.
            window.search.resultsShown.connect(lambda _total: self._say(note), Qt.ConnectionType.SingleShotConnection)

    def manage(self):
        """Searches › Manage Saved Searches: one dialog per window, brought to the front if open."""
        from .saveddialog import SavedSearchesDialog

        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        self.dialog = SavedSearchesDialog(self, self.window)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.show()
        return self.dialog

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    # -- asking and saying ---------------------------------------------------------------------------
    def _ask_name(self, title: str, label: str, suggested: str) -> str | None:
        name, accepted = QInputDialog.getText(self.window, title, label, QLineEdit.EchoMode.Normal, suggested)
        return name if accepted else None

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self.window, self.tr("Saved Searches"), shown_as_is(question))
        return answer == QMessageBox.StandardButton.Yes

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message)
        if self.dialog is not None:  # in front of the status bar: it says what became of its buttons
            self.dialog.status.setText(message)
