"""The main window: the library of open archives with their trust badges, and tabs for everything else.

Fixed tabs: Search (across all open archives), Items, Gallery, Entities and Annotations (of the
selected archive). Opened items and entities get closable tabs of their own. The window owns the
reader's store (annotations, audit log): opened at start, closed on exit, written only from here.
Every archive is verified in the background as soon as it is open; reading never waits for it.

Changing the interface language (View › Language) rebuilds the window's widgets and menus in the new
language, rather than retranslating each in place: the widgets of other modules set their texts when
they are built, and a rebuild reaches all of them. What the reader was doing is kept: the window
itself, the library (open archives and their verification, never redone), the reader's store, the
status bar, the search text and order, the selected archive and items, and the open item and entity
tabs (reopened, with their search highlights) with the same one current.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QListView, QMainWindow, QMenu,
                               QMenuBar, QMessageBox, QSplitter, QStatusBar, QTableView, QVBoxLayout,
                               QWidget)

from archive import Archive, CasefileError
from archive.export import suggested_file_name

from . import filedialogs, i18n, workers
from .annotations import AnnotationsView, StoreActions, StoreController
from .entities.listview import EntityListView
from .export.dialog import ExportDialog
from .folders import FolderSelector
from .gallery import GalleryView
from .library.sessions import ArchiveSession, Library
from .library.sidebar import ItemsModel, LibraryDelegate, LibraryModel
from .plaintext import shown_as_is
from .search import SearchPanel
from .search.narrowing import NarrowingBox
from .search.saved import SearchesMenu
from .settings import Settings
from .citationdialog import CitationDialog
from .tabs import DocumentTabs, EntityTab, ItemTab
from .network import GraphTab
from .timeline import TimelineTab, subject_key
from .theme import apply_theme
from .trust.badge import TrustBadgeWidget, badge_for

FIXED_TABS = 5  # Search, Items, Gallery, Entities, Annotations: never closed


class StatusBar(QStatusBar):
    """In a right-to-left interface, each message is isolated so it takes the direction of its own
    first letter: a message that is still English (a library error, an untranslated string) keeps its
    word order instead of having its numbers and punctuation moved to the other end."""

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802 - Qt naming
        super().showMessage(i18n.isolate(text) if text and self.isRightToLeft() else text, timeout)


class MainWindow(QMainWindow):
    """Library sidebar (archives + trust badge) on the left; Search/Items/Gallery/Entities tabs on the right."""

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Casefile")  # the product's name, the same in every language
        self.setAcceptDrops(True)
        self.setStatusBar(StatusBar())
        self.settings = settings or Settings()
        self.fixed_tabs = FIXED_TABS
        # Kept across language changes: the open archives, the reader's store, the status bar.
        self.library = Library(self)
        self.library_model = LibraryModel(self.library)
        self.store = StoreController(parent=self)
        self.store_actions = StoreActions(self, self.store)
        self.searches = SearchesMenu(self, self.store)
        self._hidden_query: str | None = None  # a `tag:` search taken off screen by Lock Now
        self.citation_dialog: CitationDialog | None = None  # what Copy Citation copied last
        self.store.lockedChanged.connect(self._lock_changed)
        self.offline = QLabel()
        self.statusBar().addPermanentWidget(self.offline)
        self._build()
        self._select(-1)  # the empty state until an archive is opened
        self.statusBar().showMessage(self.store.problem or " ".join(self.store.notices) or self.tr("Ready."))
        self._restore_layout()
        # "System" follows the desktop when it switches between light and dark.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    # -- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        """Every widget and menu, in the current language (again after each language change)."""
        self.library_view = QListView()
        self.library_view.setAccessibleName(self.tr("Open archives"))
        self.library_view.setModel(self.library_model)
        self.library_view.setItemDelegate(LibraryDelegate(self.library_view))
        self.library_view.selectionModel().currentRowChanged.connect(lambda current, _: self._select(current.row()))
        self.badge = TrustBadgeWidget()
        self.badge.itemActivated.connect(self.open_item)
        self.badge.keyTrusted.connect(lambda fingerprint, label: self.store_actions.record(
            "trust-key", f"key {fingerprint} ({label or 'no name'})", {"fingerprint": fingerprint, "label": label}))
        self.search = SearchPanel(self.library)
        self.search.itemActivated.connect(self.open_item)
        self.search.entityActivated.connect(self.open_entity)
        self.search.rowActivated.connect(self.open_row)
        self.search.statusMessage.connect(self.statusBar().showMessage)
        self.search.openRequested.connect(self.open_dialog)
        self.search.timelineRequested.connect(lambda query: self.open_timeline(query=query))
        self.search.searchSettled.connect(self.searches.record)
        if self.store.available:
            self.search.tag_resolver = lambda session, tag: self.store.tagged_ids(
                session.archive.metadata.archive_id, tag)
        self.items_model = ItemsModel(self)
        self.items_view = self._items_view()
        self.folder_selector = FolderSelector()
        self.folder_selector.folderChosen.connect(self.items_model.set_folder)
        self.only_results = NarrowingBox(self.tr("Only the items the current search finds"))
        self.only_results.setToolTip(self.tr("List only the items among the results of the search typed in the "
                                             "Search tab"))
        self.only_results.toggled.connect(self._narrow_items)
        self.title, self.summary = QLabel(), QLabel()
        self.gallery = GalleryView()
        self.gallery.itemActivated.connect(self.open_item)
        self.gallery.only_results.toggled.connect(self._narrow_gallery)
        self.entity_list = EntityListView()
        self.entity_list.entityActivated.connect(self.open_entity)
        self.entity_list.only_results.toggled.connect(self._narrow_entities)
        self.annotations = AnnotationsView(self.store)
        self.annotations.annotationActivated.connect(self.show_annotation)
        self.annotations.statusMessage.connect(self.statusBar().showMessage)
        self.tabs = DocumentTabs(self.fixed_tabs)
        self.tabs.setAccessibleName(self.tr("Views and open documents"))
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self._layout()
        self._menus()
        self.offline.setText(self.tr("Offline: Casefile never uses the network."))

    def _items_view(self) -> QTableView:
        view = QTableView()
        view.setAccessibleName(self.tr("Items in the archive"))
        view.setModel(self.items_model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)  # pick exhibits by hand
        # Fixed widths from the font, not resizeColumnsToContents: measuring every loaded row costs
        # a quarter of a second on a large archive, at the moment the reader is waiting for it.
        header, em = view.horizontalHeader(), view.fontMetrics().horizontalAdvance("M")
        for column, width in ((1, 6), (2, 8), (3, 6), (4, 22), (5, 14), (6, 14)):
            header.resizeSection(column, width * em)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().hide()
        # Click a column's header to order by it (in SQL, a page at a time); the list opens in build order.
        view.setSortingEnabled(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.activated.connect(lambda index: self._open_listed_item(index.row()))
        return view

    def _layout(self) -> None:
        # Aligned to the interface's side, not the text's: Qt would put a Latin title at the left edge
        # of a right-to-left window, away from everything else.
        edge = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for label in (self.title, self.summary):
            label.setTextFormat(Qt.TextFormat.PlainText)  # archive strings are untrusted
            label.setWordWrap(True)
            label.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Archive title"))
        self.summary.setAccessibleName(self.tr("Archive summary"))
        items_page = QWidget()
        column = QVBoxLayout(items_page)
        column.addWidget(self.title)
        column.addWidget(self.summary)
        column.addWidget(self.folder_selector)
        column.addWidget(self.only_results)
        column.addWidget(self.items_view, 1)
        for widget, name in zip((self.search, items_page, self.gallery, self.entity_list, self.annotations),
                                self._fixed_tab_names()):
            self.tabs.addTab(widget, name)
        for index in range(self.fixed_tabs):  # the fixed tabs have no close button
            self.tabs.tabBar().setTabButton(index, self.tabs.tabBar().ButtonPosition.RightSide, None)
        sidebar = QWidget()
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Library"))
        heading.setStyleSheet("font-weight: bold; padding: 6px 6px 0 6px;")
        side.addWidget(heading)
        side.addWidget(self.library_view, 1)
        side.addWidget(self.badge)
        self.splitter = QSplitter()
        self.splitter.addWidget(sidebar)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 1000])
        self.setCentralWidget(self.splitter)

    def _fixed_tab_names(self) -> tuple[str, ...]:
        return self.tr("Search"), self.tr("Items"), self.tr("Gallery"), self.tr("Entities"), self.tr("Annotations")

    def _action(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, menu)  # owned by its menu: a rebuilt menu bar takes its actions with it
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        bar = QMenuBar(self)
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&Open Archive…"), self.open_dialog, QKeySequence.StandardKey.Open,
                     self.tr("Open a .casefile archive"))
        self.recent_menu = file.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(file, self.tr("&Export Evidence Bundle…"), self.export_evidence, "Ctrl+E",
                     self.tr("Export items with their proofs, your annotations and an exhibit list"))
        self._action(file, self.tr("Save Item as &PDF…"), lambda: self.save_item_pdf(), QKeySequence.StandardKey.Print,
                     self.tr("Print the report or email in front to a PDF, with your highlights and notes and "
                             "its citation on every page"))
        self._action(file, self.tr("&Close Archive"), self.close_current_archive, "Ctrl+Shift+W",
                     self.tr("Close the archive selected in the library"))
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        go = bar.addMenu(self.tr("&Go"))
        self._action(go, self.tr("&Find"), self.focus_search, [QKeySequence("Ctrl+F"), QKeySequence("Ctrl+L")],
                     self.tr("Search all open archives (in a report or PDF, Ctrl+F finds in that document)"))
        for number, name in enumerate(self._fixed_tab_names(), start=1):
            self._action(go, name, lambda _=False, i=number - 1: self.tabs.setCurrentIndex(i), f"Alt+{number}")
        # Ctrl+Tab and Ctrl+Shift+Tab already cycle when the focus is in the tabs; these work anywhere.
        self._action(go, self.tr("&Next Tab"), lambda: self._step_tab(1), "Ctrl+PgDown")
        self._action(go, self.tr("&Previous Tab"), lambda: self._step_tab(-1), "Ctrl+PgUp")
        self._action(go, self.tr("Close &Tab"), self.close_current_tab, QKeySequence.StandardKey.Close)
        go.addSeparator()
        self._action(go, self.tr("Relationship &Graph"), self.graph_here, "Ctrl+Shift+G",
                     self.tr("The people, organisations and records linked to the entity in front, as a network "
                             "you grow node by node"))
        self._action(go, self.tr("Ti&meline"), self.timeline_here, "Ctrl+Shift+D",
                     self.tr("Dated items and relations on a time axis: around the entity in front, of the search "
                             "typed, or of the whole archive"))
        view = bar.addMenu(self.tr("&View"))
        self._choices(view.addMenu(self.tr("&Theme")), self.settings.get("theme"), self.set_theme,
                      {"system": self.tr("System"), "light": self.tr("Light"), "dark": self.tr("Dark")})
        self.language_menu = view.addMenu(self.tr("&Language"))
        self._choices(self.language_menu, self.settings.get("language"), self.set_language,
                      {i18n.SYSTEM: self.tr("System"), **i18n.NATIVE_NAMES})
        archive = bar.addMenu(self.tr("&Archive"))
        self._action(archive, self.tr("&Verify Again"), self._verify_current, "Ctrl+Shift+V",
                     self.tr("Re-check every byte of the selected archive against its signature"))
        self._action(archive, self.tr("&Cancel Verification"), self._cancel_verification, tip=self.tr("Stop verifying"))
        archive.addSeparator()
        self._action(archive, self.tr("Copy C&itation"), self.copy_citation, "Ctrl+Shift+C",
                     self.tr("Copy a citation of the item in front and of the passage selected in it: archive, "
                             "edition, item, page, SHA-256 and the signature check"))
        self.searches.install(bar)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Search Syntax"), self.search.show_syntax_help,
                     QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("&About Casefile"), self._about)
        self.store_actions.install(bar, help_menu.menuAction())
        self.setMenuBar(bar)  # replaces (and deletes) the previous language's menu bar

    def _step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _choices(self, menu: QMenu, current: str, choose, labels: dict[str, str]) -> None:
        """One checkable action per choice, exclusive; `choose(value)` when the reader picks one."""
        group = QActionGroup(menu)
        for value, label in labels.items():
            action = QAction(label, menu, checkable=True)
            action.setData(value)
            action.setChecked(value == current)
            action.triggered.connect(lambda _=False, v=value: choose(v))
            group.addAction(action)
            menu.addAction(action)

    # -- archives ------------------------------------------------------------------------------------
    def open_paths(self, paths: list[Path]) -> list[str]:
        """Open archives (each verified in the background); returns one message per file that failed."""
        errors = []
        for path in paths:
            try:
                session = self.library.open(path)
            except CasefileError as exc:
                errors.append(str(exc))
                continue
            self._opened(session)
        return errors

    def add_archive(self, archive: Archive) -> ArchiveSession:
        """Add an archive opened elsewhere (tests, benchmarks)."""
        session = self.library.add(archive)
        self._opened(session)
        return session

    def _opened(self, session: ArchiveSession) -> None:
        self.settings.add_recent(session.path)
        session.itemCheckFailed.connect(
            lambda item_id, message: self.statusBar().showMessage(f"✗ {i18n.isolate(message)}"))
        session.verificationChanged.connect(lambda s=session: self._verification_news(s))
        self.store_actions.watch(session)
        if not session.verifying and session.report is None:
            session.start_verification()
        self.library_view.setCurrentIndex(self.library_model.index(self.library_model.row_of(session)))
        self.statusBar().showMessage(self.tr("Opened {name}; verifying in the background.").format(
            name=i18n.isolate(session.path.name)))

    def _verification_news(self, session: ArchiveSession) -> None:
        """Say in the status bar when a verification ends (the badge shows the details)."""
        if not session.verifying and (session.report or session.verify_error):
            badge = badge_for(session)
            self.statusBar().showMessage(self.tr("{name}: {state}. {detail}").format(
                name=i18n.isolate(session.path.name), state=badge.headline, detail=badge.detail))

    def current_session(self) -> ArchiveSession | None:
        return self.library_model.session_at(self.library_view.currentIndex().row())

    def _select(self, row: int) -> None:
        session = self.library_model.session_at(row)
        self.badge.set_session(session)
        self.only_results.untick_quietly()  # another archive: the list starts whole again
        self.items_model.set_session(session)
        self.folder_selector.set_session(session)
        self.gallery.set_session(session)
        self.entity_list.set_session(session)
        self.annotations.set_session(session)
        if session is None:
            self.title.setText(self.tr("No archive open"))
            self.summary.setText(self.tr("Open an archive with File › Open Archive (Ctrl+O), or drop a .casefile "
                                         "file here."))
            return
        meta, stats = session.archive.metadata, session.archive.stats()
        self.title.setText(i18n.isolate(meta.title))
        edition = self.tr("Edition {edition} · published by {publisher}").format(
            edition=i18n.isolate(meta.edition), publisher=i18n.isolate(meta.publisher))
        counts = self.tr("{reports} reports · {images} images · {entities} entities · {mentions} mentions").format(
            **{name: QLocale().toString(stats[name]) for name in ("reports", "images", "entities", "mentions")})
        self.summary.setText(f"{edition}\n{counts}\n{i18n.isolate(meta.description)}")

    def export_choices(self) -> dict[str, object]:
        """Where the items of an export can come from now, the most specific first."""
        current, choices = self.tabs.currentWidget(), {}
        if isinstance(current, ItemTab):
            choices["item"] = current.item_id
        if isinstance(current, EntityTab):
            choices["entity"], choices["entity_id"] = current.title, current.entity_id
        rows = sorted({index.row() for index in self.items_view.selectionModel().selectedRows()})
        picked = [item_id for item_id in map(self.items_model.item_id, rows) if item_id]
        if picked:
            choices["selected"] = picked
        query = self.search.query_edit.text().strip()
        if query:
            choices["search"] = query
        if self.store.available:
            choices["tag"] = ""
        return choices

    def export_evidence(self) -> ExportDialog | None:
        current = self.tabs.currentWidget()
        session = current.session if isinstance(current, (ItemTab, EntityTab)) else self.current_session()
        if session is None:
            self.statusBar().showMessage(self.tr("Open an archive first."))
            return None
        choices = self.export_choices()
        if not choices:
            self.statusBar().showMessage(self.tr("Search, open an item or an entity, or tag items, then export them."))
            return None
        dialog = ExportDialog(session, self.store, choices, self)
        dialog.show()
        return dialog

    def save_item_pdf(self, path: Path | None = None) -> Path | None:
        """File › Save Item as PDF: the report, email, picture or PDF in front, asked where unless `path`
        is given."""
        current = self.tabs.currentWidget()
        if not isinstance(current, ItemTab) or not current.printable:
            self.statusBar().showMessage(self.tr("Open a report, an email, a picture or a PDF first. Tables and files "
                                                 "kept as given: export the original with File › Export Evidence "
                                                 "Bundle."))
            return None
        if path is None:
            suggested = suggested_file_name(current.title, "pdf", "item")
            path = filedialogs.save_file_name(self, self.tr("Save Item as PDF"), suggested, "PDF (*.pdf)")
            if path is None:
                return None
        try:
            pages = current.save_pdf(path)
        except OSError as exc:
            self.statusBar().showMessage(self.tr("The PDF was not saved: {error}").format(error=i18n.isolate(exc)))
            return None
        self.statusBar().showMessage(self.tr("Saved {pages} pages to {path}").format(
            pages=pages, path=i18n.isolate(str(path))))
        return path

    def _narrow_items(self, on: bool = False) -> None:
        """The Items list narrowed to the current search's items, or all of them again."""
        self._narrow(on, self.only_results, lambda search, query: search.matching_items(query),
                     self.items_model.set_among, lambda found: QLocale().toString(len(found)),
                     self.tr("{count} items found by {query}"))

    def _narrow_gallery(self, on: bool = False) -> None:
        """The Gallery narrowed to the current search's images, or all of them again."""
        self._narrow(on, self.gallery.only_results, lambda search, query: search.matching_items(query),
                     self.gallery.set_among, lambda _found: QLocale().toString(self.gallery.model.rowCount()),
                     self.tr("{count} images found by {query}"))

    def _narrow_entities(self, on: bool = False) -> None:
        """The Entities list narrowed to the entities the current search finds, or all of them again."""
        self._narrow(on, self.entity_list.only_results, lambda search, query: search.matching_entities(query),
                     self.entity_list.set_among, lambda _found: QLocale().toString(self.entity_list.model.total),
                     self.tr("{count} entities found by {query}"))

    def _narrow(self, on: bool, box: NarrowingBox, matching, narrow, count, message: str) -> None:
        """Narrow a list (`narrow(ids or None)`) as `box` was ticked; say in the status bar how many it
        now shows (`count(ids)`, with `message`) and by which search."""
        found = self._found_by_search(on, box, matching)
        narrow(found)
        if found is not None:
            self.statusBar().showMessage(message.format(
                count=count(found), query=i18n.isolate(self.search.query_edit.text().strip())))

    def _found_by_search(self, on: bool, box: NarrowingBox, matching) -> list[str] | None:
        """`matching(searcher, query)` for the search typed in the Search tab, as `box` was ticked; None
        when it was unticked, or when there is no search to narrow by: then `box` is unticked again
        and the status bar says why."""
        session, query = self.current_session(), self.search.query_edit.text().strip()
        if not on or session is None:
            return None
        if not query:
            problem = self.tr("Type a search in the Search tab first.")
        else:
            try:
                return matching(session.archive.search, query)
            except CasefileError as exc:
                problem = self.tr("The search cannot narrow the list: {error}").format(error=i18n.isolate(exc))
        self.statusBar().showMessage(problem)
        box.untick_quietly()  # the caller shows everything again
        return None

    def copy_citation(self) -> None:
        current = self.tabs.currentWidget()
        if not isinstance(current, ItemTab):
            self.statusBar().showMessage(self.tr("Open an item first: a citation is of the item in front, and of "
                                                 "the passage selected in it."))
            return
        try:
            citation = current.copy_citation()
        except CasefileError as exc:
            self.statusBar().showMessage(self.tr("No citation: {error}").format(error=i18n.isolate(exc)))
            return
        self.statusBar().showMessage(
            self.tr("Citation copied, with the publisher's key fingerprint.") if citation.verified else
            self.tr("Citation copied. It says that the archive's signature is not verified: check the "
                    "archive before you rely on it."))
        if self.citation_dialog is not None:
            self.citation_dialog.close()  # one at a time: the last citation copied
        self.citation_dialog = CitationDialog(citation, self)
        self.citation_dialog.show()

    def close_current_archive(self) -> None:
        session = self.current_session()
        if session is None:
            return
        for index in reversed(range(self.fixed_tabs, self.tabs.count())):
            if self.tabs.widget(index).session is session:
                self._close_tab(index)
        self.library.remove(session)
        self._select(self.library_view.currentIndex().row())

    def open_dialog(self) -> None:
        chosen = filedialogs.open_file_names(self, self.tr("Open archive"),
                                             self.tr("Casefile archives (*.casefile);;All files (*)"))
        self._report_errors(self.open_paths(chosen))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent()
        if not self.settings.keeps_recent:
            self.recent_menu.addAction(self.tr("Not kept in portable mode")).setEnabled(False)
            return
        for name in recent:
            action = self.recent_menu.addAction(name.replace("&", "&&"))  # a file name has no mnemonic
            action.setToolTip(shown_as_is(name))
            action.triggered.connect(lambda _=False, n=name: self._report_errors(self.open_paths([Path(n)])))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent archives")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear List"), self.settings.clear_recent)

    def _report_errors(self, errors: list[str]) -> None:
        if errors:
            QMessageBox.critical(self, self.tr("Cannot open archive"), shown_as_is("\n\n".join(errors)))

    def _verify_current(self) -> None:
        session = self.current_session()
        if session:
            session.start_verification()

    def _cancel_verification(self) -> None:
        session = self.current_session()
        if session:
            session.cancel_verification()

    # -- drag and drop: local files only ------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self._report_errors(self.open_paths(paths))

    # -- documents -----------------------------------------------------------------------------------------
    def open_item(self, session: ArchiveSession, item_id: str, query: str = "") -> ItemTab | None:
        """Open (or switch to) a tab for an item, with the search's hits highlighted."""
        existing = self._find_tab(("item", session.key, item_id))
        if existing is not None and not query:
            self.tabs.setCurrentWidget(existing)
            return existing
        try:
            tab = ItemTab(session, item_id, query, store=self.store)
        except CasefileError as exc:
            self.statusBar().showMessage(self._cannot_open(item_id, exc))
            return None
        if existing is not None:
            self._close_tab(self.tabs.indexOf(existing))
        tab.entityActivated.connect(self.open_entity)
        tab.itemActivated.connect(self.open_item)
        tab.exportRequested.connect(self.export_evidence)
        tab.statusMessage.connect(self.statusBar().showMessage)
        self._add_tab(tab, tab.title, "✗ " if tab.banner.alarm else "")
        return tab

    def open_row(self, session: ArchiveSession, item_id: str, sheet_no: int, row_no: int) -> ItemTab | None:
        """Open (or switch to) a table item's tab, scrolled to one of its rows and selecting it."""
        tab = self.open_item(session, item_id)
        if tab is not None and hasattr(tab.reader, "show_row"):
            tab.reader.show_row(sheet_no, row_no)
        return tab

    def _cannot_open(self, what: str, exc: CasefileError) -> str:
        return self.tr("Cannot open {what}: {error}").format(what=i18n.isolate(what), error=exc)

    def open_entity(self, session: ArchiveSession, entity_id: str) -> EntityTab | None:
        if (existing := self._switch_to(("entity", session.key, entity_id))) is not None:
            return existing
        try:
            tab = EntityTab(session, entity_id, store=self.store)
        except CasefileError as exc:
            self.statusBar().showMessage(self._cannot_open(entity_id, exc))
            return None
        tab.itemActivated.connect(self.open_item)
        tab.titleChanged.connect(lambda title, t=tab: self._retitle(t, title))
        tab.statusMessage.connect(self.statusBar().showMessage)
        self._add_tab(tab, tab.title)
        return tab

    def open_timeline(self, session: ArchiveSession | None = None, *, query: str = "",
                      entity_id: str | None = None) -> TimelineTab | None:
        """Open (or switch to) the timeline of an archive, of a search in it, or around an entity."""
        session = session or self.current_session()
        if session is None:
            self.statusBar().showMessage(self.tr("Open an archive first."))
            return None
        if (existing := self._switch_to(("timeline", session.key, subject_key(query, entity_id)))) is not None:
            return existing
        if entity_id:
            try:
                name = session.archive.entities.get(entity_id).caption
            except CasefileError as exc:
                self.statusBar().showMessage(self._cannot_open(entity_id, exc))
                return None
            title = self.tr("Timeline: {name}").format(name=i18n.isolate(name))
        elif query:
            title = self.tr("Timeline: {query}").format(query=i18n.isolate(query))
        else:
            title = self.tr("Timeline: {archive}").format(archive=i18n.isolate(session.label))
        tab = TimelineTab(session, query=query, entity_id=entity_id)
        tab.itemActivated.connect(self.open_item)
        tab.entityActivated.connect(self.open_entity)
        tab.statusMessage.connect(self.statusBar().showMessage)
        self._add_tab(tab, title)
        tab.view.setFocus()
        return tab

    def open_graph(self, session: ArchiveSession, entity_id: str) -> GraphTab | None:
        """Open (or switch to) the relationship graph grown from an entity."""
        if (existing := self._switch_to(("graph", session.key, entity_id))) is not None:
            return existing
        try:
            tab = GraphTab(session, entity_id)
        except CasefileError as exc:
            self.statusBar().showMessage(self._cannot_open(entity_id, exc))
            return None
        tab.entityActivated.connect(self.open_entity)
        tab.statusMessage.connect(self.statusBar().showMessage)
        name = tab.view.nodes[entity_id].caption
        self._add_tab(tab, self.tr("Graph: {name}").format(name=i18n.isolate(name)))
        tab.view.setFocus()
        return tab

    def _focused_tab(self, kind: type) -> QWidget | None:
        """The tab in front if it is of `kind`, with its view focused (Go › Timeline or Graph again)."""
        current = self.tabs.currentWidget()
        if isinstance(current, kind):
            current.view.setFocus()
            return current
        return None

    def graph_here(self) -> GraphTab | None:
        """Go › Relationship Graph: grown from the entity in front (or the one selected in Entities)."""
        if (tab := self._focused_tab(GraphTab)) is not None:
            return tab
        current = self.tabs.currentWidget()
        if isinstance(current, EntityTab) and current.page.entity is not None:
            return self.open_graph(current.session, current.page.entity.id)
        if current is self.entity_list and self.entity_list.table.currentIndex().isValid() \
                and self.entity_list.session is not None:
            return self.open_graph(self.entity_list.session,
                                   self.entity_list.model.entity_id(self.entity_list.table.currentIndex().row()))
        self.statusBar().showMessage(self.tr("Open an entity first: the graph grows from a person or an organisation."))
        return None

    def timeline_here(self) -> TimelineTab | None:
        """Go › Timeline: around the entity in front, of the search typed, or of the whole archive."""
        if (tab := self._focused_tab(TimelineTab)) is not None:
            return tab
        current = self.tabs.currentWidget()
        if isinstance(current, EntityTab):
            return self.open_timeline(current.session, entity_id=current.page.entity.id if current.page.entity else None)
        query = self.search.query_edit.text().strip()
        return self.open_timeline(query=query)

    def show_annotation(self, session: ArchiveSession, annotation) -> None:
        """Open the item (or entity) an annotation is about and show the annotation there."""
        target = annotation.target
        tab = self.open_item(session, target.item_id) if target.item_id else self.open_entity(session, target.entity_id)
        if tab is None:
            return
        shown = tab.reveal_annotation(annotation.id) if isinstance(tab, ItemTab) else \
            tab.annotator.reveal_id(annotation.id)
        if not shown:
            self.statusBar().showMessage(self.tr("That annotation was deleted in the meantime."))

    def _retitle(self, tab: QWidget, title: str, mark: str = "") -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            # Isolated: a Latin title keeps its punctuation in place in a right-to-left tab bar.
            short = title if len(title) <= 40 else title[:39] + "…"
            self.tabs.setTabText(index, mark + i18n.isolate(short))
            self.tabs.setTabToolTip(index, shown_as_is(i18n.isolate(title)))
            close = self.tabs.tabBar().tabButton(index, self.tabs.tabBar().ButtonPosition.RightSide) \
                or self.tabs.tabBar().tabButton(index, self.tabs.tabBar().ButtonPosition.LeftSide)
            if close is not None:  # a screen reader says which tab the button closes
                close.setAccessibleName(self.tr("Close {0}").format(i18n.isolate(title)))

    def _add_tab(self, tab: QWidget, title: str, mark: str = "") -> None:
        self.tabs.setCurrentIndex(self.tabs.addTab(tab, ""))
        self._retitle(tab, title, mark)

    def _switch_to(self, key: tuple[str, str, str]) -> QWidget | None:
        """The open tab with `key`, brought in front (None if there is none)."""
        existing = self._find_tab(key)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
        return existing

    def _find_tab(self, key: tuple[str, str, str]) -> QWidget | None:
        for index in range(self.fixed_tabs, self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget.key() == key:
                return widget
        return None

    def _open_listed_item(self, row: int) -> None:
        session, item_id = self.current_session(), self.items_model.item_id(row)
        if session and item_id:
            self.open_item(session, item_id)

    def _close_tab(self, index: int) -> None:
        if index >= self.fixed_tabs:
            widget = self.tabs.widget(index)
            self.tabs.removeTab(index)
            widget.deleteLater()

    def close_current_tab(self) -> None:
        self._close_tab(self.tabs.currentIndex())

    def focus_search(self) -> None:
        """Ctrl+F: find in the open report or PDF if it can; otherwise search all archives."""
        current = self.tabs.currentWidget()
        reader = getattr(current, "reader", None)
        if reader is not None and hasattr(reader, "focus_find"):
            reader.focus_find()
            return
        self.tabs.setCurrentWidget(self.search)
        self.search.focus_search()

    # -- appearance, layout, shutdown ------------------------------------------------------------------
    def set_theme(self, theme: str) -> None:
        self.settings.set("theme", theme)
        apply_theme(QApplication.instance(), theme)

    def set_language(self, choice: str) -> None:
        """Switch the interface language now (View › Language), keeping what is open and selected."""
        self.settings.set("language", choice)
        i18n.apply_language(choice)
        self.rebuild()

    def rebuild(self) -> None:
        """Build the widgets and menus again in the current language and put the reader back where they were."""
        state = self._reading_state()
        old_bar, old_items_model = self.menuBar(), self.items_model
        # StoreActions parents its actions to the window, not to their menus: without this they would stay
        # behind, unseen, as the window's children, one set per language change.
        stale = [action for menu in old_bar.findChildren(QMenu) for action in menu.actions()
                 if action.parent() is self]
        self.search.cancel()
        self.badge.set_session(None)
        self._build()  # replaces the central widget and the menu bar; Qt deletes the old ones
        for obsolete in (*stale, old_items_model):
            obsolete.deleteLater()
        self._restore_reading_state(state)

    def _reading_state(self) -> dict:
        tabs = [(tab.session, tab.key(), getattr(tab, "query", "")) for tab in
                map(self.tabs.widget, range(self.fixed_tabs, self.tabs.count()))]
        return {"row": self.library_view.currentIndex().row(), "tabs": tabs, "current": self.tabs.currentIndex(),
                "query": self.search.query_edit.text(), "order": self.search.sort_combo.currentIndex(),
                "items": sorted({index.row() for index in self.items_view.selectionModel().selectedRows()}),
                "splitter": self.splitter.saveState()}

    def _restore_reading_state(self, state: dict) -> None:
        self.splitter.restoreState(state["splitter"])
        self.library_view.setCurrentIndex(self.library_model.index(state["row"]))
        rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in state["items"]:
            self.items_view.selectionModel().select(self.items_model.index(row, 0), rows)
        for session, (kind, _key, target), query in state["tabs"]:
            if kind == "item":
                self.open_item(session, target, query)
            elif kind == "graph":
                self.open_graph(session, target)
            elif kind == "timeline":
                subject, _, value = target.partition(":")
                self.open_timeline(session, query=value if subject == "search" else "",
                                   entity_id=value if subject == "entity" else None)
            else:
                self.open_entity(session, target)
        self.tabs.setCurrentIndex(min(state["current"], self.tabs.count() - 1))
        self.search.sort_combo.setCurrentIndex(state["order"])
        if state["query"]:
            self.search.set_query(state["query"])
            self.search.run_now()

    def _lock_changed(self, locked: bool) -> None:
        """A `tag:` search names a tag and lists what carries it: both go while notes are locked, and
        come back on unlocking (unless the reader has typed another search meanwhile)."""
        if locked and "tag:" in self.search.query_edit.text().casefold():
            self._hidden_query = self.search.query_edit.text()
            self.search.set_query("")  # also clears the field's undo history
            self.search.run_now()
        elif not locked and self._hidden_query is not None:
            if not self.search.query_edit.text():
                self.search.set_query(self._hidden_query)
                self.search.run_now()
            self._hidden_query = None

    def _system_scheme_changed(self, _scheme) -> None:
        if self.settings.get("theme") == "system":
            apply_theme(QApplication.instance(), "system")

    def _restore_layout(self) -> None:
        self._first_size()  # the remembered geometry, when there is one, then replaces it
        for name, restore in (("window/geometry", self.restoreGeometry), ("window/state", self.restoreState),
                              ("window/splitter", self.splitter.restoreState)):
            value = self.settings.get(name)
            if isinstance(value, QByteArray):
                restore(value)

    def _first_size(self) -> None:
        """Most of the screen: Qt's default (the layout's size hint) cuts the status message short."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        width = min(available.width(), max(1100, available.width() * 4 // 5))
        height = min(available.height(), max(700, available.height() * 4 // 5))
        self.resize(width, height)
        self.move(available.center() - self.rect().center())

    def _save_layout(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.set("window/splitter", self.splitter.saveState())
        problem = self.settings.sync()
        if problem:
            self.statusBar().showMessage(problem)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Casefile"),
                          self.tr("Casefile reads signed evidence archives offline.\n\nIt never uses the network: "
                                  "nothing you open or search leaves this computer. Archives are opened read-only "
                                  "and checked against their publisher's signature."))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        self._save_layout()
        # A running search or facet count (the first one on a leak-sized archive reads its facet index
        # for seconds) is stopped, not waited for.
        self.search.cancel()
        for session in self.library.sessions:
            session.cancel_verification()
        workers.wait_for_all(5_000)
        self.library.close_all()
        workers.wait_for_all(5_000)  # closing a session queues the search thread's close of its handle
        self.store.close()
        super().closeEvent(event)
