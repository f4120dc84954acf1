"""The search panel: search bar, results of every open archive, facets.

Search-as-you-type: each edit restarts a short debounce; each search gets a new id, cancels the
running one (its connections' queries stop at once through `task.on_cancel(archive.cancel)`), and
an answer carrying an older id is dropped, so a slow early query can never overwrite a later one.

A search is worth keeping in the reader's history (`searchSettled`) once it has been answered and its
results have stayed on screen for a moment, not at every pause while typing; a search run on purpose
(Enter, a saved or recent search, an example, a suggestion) or whose result is opened is kept at once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListView, QPushButton, QSplitter, QStackedWidget, QToolButton, QTreeView,
                               QVBoxLayout, QWidget)

from archive import CasefileError, tags_in

from .. import workers
from ..i18n import isolate
from ..library.sessions import ArchiveSession, Library
from . import filters, handles, runner
from ..theme import text_colour
from .delegate import FacetDelegate, ResultDelegate
from .examples import examples_for
from .help import EmptyStateWidget, SyntaxHelpPopup
from .models import ARCHIVE_FACET, ClauseRole, FacetsModel, ResultsModel
from .messages import describe_errors, describe_query_error, describe_total

DEBOUNCE_MS = 150
BUSY_AFTER_MS = 300  # say "Searching…" only for searches slow enough to notice
SETTLE_MS = 2000  # results on screen this long: the reader has stopped typing and is reading them
_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class SearchPanel(QWidget):
    """Searches every archive of `library` as the reader types; emits what the reader opens."""

    itemActivated = Signal(object, str, str)  # session, item id, query text (for highlighting hits)
    entityActivated = Signal(object, str)  # session, entity id
    rowActivated = Signal(object, str, int, int)  # session, table item id, sheet number, row number
    statusMessage = Signal(str)
    resultsShown = Signal(int)  # a query's first page (or its error) is on screen: total results
    openRequested = Signal()  # the start page's "Open Archive…" was pressed
    timelineRequested = Signal(str)  # the query whose dated results to show on a timeline
    searchSettled = Signal(str)  # a query answered and read, or run on purpose: for the search history

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._query_id = 0
        self._request: runner.Request | None = None
        self._cursors: list[runner.Cursor] = []
        self._total = 0
        self._archive_counts: list[tuple[str, str, int]] = []  # the Archive facet: (key, label, hits)
        self._current: workers.Worker | None = None
        # Every started worker stays referenced until it finishes: Python owns the QRunnable.
        self._running: set[workers.Worker] = set()
        self._examples_of: object = None  # the archive the start page's examples are made from
        self._facets_worker: workers.Worker | None = None
        # (session, tag) -> ids the reader tagged; set by the main window once the store is open.
        self.tag_resolver: Callable[[ArchiveSession, str], Iterable[str]] | None = None
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS, timeout=self.run_now)
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS, timeout=self._show_busy)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self._settled)
        self._settling = ""  # the query `_settle` will report
        self._keep_at_once = False  # the running query was run on purpose: report it as soon as answered
        self._build()
        library.sessionAdded.connect(self._on_library_changed)
        library.sessionRemoved.connect(self._on_library_changed)
        self.run_now()
        self._make_examples()

    # -- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.query_edit = QLineEdit(self)
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setPlaceholderText(self.tr('Search all open archives: names, words, "a phrase", kind:image, '
                                                   'date:[2017 TO 2019]…'))
        self.query_edit.setAccessibleName(self.tr("Search all open archives"))
        self.query_edit.setAccessibleDescription(self.tr("Results appear as you type. Down arrow moves to the "
                                                         "results, Enter searches at once, F1 explains the syntax."))
        self.query_edit.textEdited.connect(lambda _text: self._debounce.start())
        self.query_edit.textChanged.connect(self._on_text_changed)
        self.query_edit.installEventFilter(self)
        self.help_button = QToolButton(self, text="?", toolTip=self.tr("How to write a search"))
        self.help_button.setAccessibleName(self.tr("How to write a search"))
        self.help_button.clicked.connect(self.show_syntax_help)
        self.sort_combo = QComboBox(self, toolTip=self.tr("Order of the results"))
        self.sort_combo.setAccessibleName(self.tr("Order of the results"))
        self.sort_combo.addItem(self.tr("Best match"), "relevance")
        self.sort_combo.addItem(self.tr("Newest first"), "date")
        self.sort_combo.currentIndexChanged.connect(lambda _index: self.run_now())
        bar = QHBoxLayout()
        for widget in (self.query_edit, self.help_button, self.sort_combo):
            bar.addWidget(widget)

        self.error_label = self._label("error")
        self.error_label.setAccessibleName(self.tr("Problem with the search"))
        self.filters_bar = QWidget(self)
        self.filters_bar.setAccessibleName(self.tr("Active filters"))
        self._filters_layout = QHBoxLayout(self.filters_bar)
        self._filters_layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = self._label("")
        self.count_label.setWordWrap(False)  # one short line; wrapping squeezed it to "ms" alone
        self.count_label.setAccessibleName(self.tr("Number of results"))
        self.suggestion_button = QPushButton(self, flat=True)
        self.suggestion_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.suggestion_button.setStyleSheet("text-decoration: underline; text-align: left;")
        self.suggestion_button.clicked.connect(self._use_suggestion)
        self.suggestion_button.setAccessibleDescription(self.tr("Search for this spelling instead"))
        self.archive_errors_label = self._label("warning")
        self.archive_errors_label.setAccessibleName(self.tr("Archives that could not be searched"))
        self.dropped_label = self._label("")
        self.dropped_label.setAccessibleName(self.tr("Words left out of the search"))
        self.timeline_button = QPushButton(self.tr("Timeline of these results"), self, flat=True)
        self.timeline_button.setToolTip(self.tr("The dated results on a time axis (Ctrl+Shift+D)"))
        self.timeline_button.clicked.connect(lambda: self.timelineRequested.emit(self.query_edit.text().strip()))
        self.timeline_button.hide()
        status = QHBoxLayout()
        status.addWidget(self.count_label)
        status.addWidget(self.suggestion_button)
        status.addStretch(1)
        status.addWidget(self.timeline_button)

        self.results_model = ResultsModel(self, self._library)
        self.results_model.moreWanted.connect(self._fetch_more)
        self.results_view = QListView(self)
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.results_view.setAccessibleDescription(self.tr("Enter opens the result; Escape, or Up on the first "
                                                           "result, goes back to the search bar."))
        self.results_view.setModel(self.results_model)
        self.results_view.setItemDelegate(ResultDelegate(self.results_view))
        self.results_view.setUniformItemSizes(True)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results_view.activated.connect(self._activate)
        self.results_view.installEventFilter(self)
        self.empty_state = EmptyStateWidget(self)
        self.empty_state.exampleChosen.connect(self.run_query)
        self.empty_state.openRequested.connect(self.openRequested)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.empty_state)
        self._stack.addWidget(self.results_view)

        self.facets_model = FacetsModel(self, self._library)
        self.facets_view = QTreeView(self)
        self.facets_view.setAccessibleName(self.tr("Narrow down the results"))
        self.facets_view.setAccessibleDescription(self.tr("Enter or Space on a value adds its filter to the "
                                                          "search, or removes it"))
        self.facets_view.setModel(self.facets_model)
        self.facets_view.setHeaderHidden(True)
        self.facets_view.setRootIsDecorated(False)
        self.facets_view.setUniformRowHeights(False)  # long values wrap (FacetDelegate)
        self.facets_view.setWordWrap(True)
        self.facets_view.header().sectionResized.connect(lambda *_: self.facets_view.scheduleDelayedItemsLayout())
        self.facets_view.setItemDelegate(FacetDelegate(self.facets_view))
        self.facets_view.header().setStretchLastSection(False)
        self.facets_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.facets_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.facets_view.clicked.connect(self._toggle_facet)
        self.facets_view.installEventFilter(self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._stack)
        splitter.addWidget(self.facets_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        for widget in (self.error_label, self.filters_bar):
            layout.addWidget(widget)
        layout.addLayout(status)
        layout.addWidget(self.dropped_label)
        layout.addWidget(self.archive_errors_label)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.query_edit)
        self._colour_labels()

    def _label(self, meaning: str) -> QLabel:
        """A plain-text label (archive text and error messages are never read as markup), coloured for
        `meaning` ("error", "warning", or "" for ordinary text)."""
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setProperty("meaning", meaning)
        label.hide()
        return label

    def _colour_labels(self) -> None:
        """Error and warning colours for the current theme: the dark one needs lighter shades."""
        for label in (self.error_label, self.archive_errors_label):
            label.setStyleSheet(f"color: {text_colour(self.palette(), label.property('meaning')).name()};")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_labels()
        super().changeEvent(event)

    # -- public API ----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Put the cursor in the search bar with its text selected (Ctrl+F, Ctrl+L)."""
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def set_query(self, text: str) -> None:
        """Put `text` in the search bar; it runs after the debounce, or at once with run_now()."""
        self.query_edit.setText(text)
        self._debounce.start()

    def run_query(self, text: str) -> None:
        """Put `text` in the search bar and search now, as the reader asked for it (a saved or recent
        search, an example): it goes to the history as soon as it is answered."""
        self.query_edit.setText(text)
        self.run_now(keep=True)

    @property
    def busy(self) -> bool:
        """A search is waiting for the typing pause or running."""
        return self._current is not None or self._facets_worker is not None or self._debounce.isActive()

    def show_syntax_help(self) -> None:
        """The "?" popup: how to write a search (Help › Search Syntax, F1)."""
        SyntaxHelpPopup(self).show_below(self.help_button)

    def result_count(self) -> int:
        """How many results the query shown has in all archives together (not only those loaded)."""
        return self._total

    def cancel(self) -> None:
        """Stop the running search, if any; the results shown stay."""
        self._debounce.stop()
        if self._current is not None:
            self._current.cancel()
            self._current = None
        if self._facets_worker is not None:
            self._facets_worker.cancel()
            self._facets_worker = None
        self.results_model.page_failed()
        self._set_busy(False)

    def run_now(self, keep: bool = False) -> None:
        """Search for the text in the bar now, without waiting for the debounce; `keep`: the reader asked
        for it (Enter), so it goes to the history as soon as it is answered."""
        self.cancel()
        self._settle.stop()  # the query waiting to settle was a pause while typing
        self._keep_at_once = keep
        self._query_id += 1
        text = self.query_edit.text().strip()
        sources = [runner.Source(s.key, s.path, s.label) for s in self._library.sessions]
        self.empty_state.set_has_archives(bool(sources))
        self._show_query_error(None)
        if not text or not sources:
            self._request, self._cursors, self._total = None, [], 0
            self.results_model.reset([], False)
            self.facets_model.set_facets({}, set())
            self.facets_view.hide()
            self._show_summary(None)
            self._stack.setCurrentWidget(self.empty_state)
            return
        self._request = runner.Request(text, self.sort_combo.currentData(), self._query_id,
                                       self._resolve_tags(text))
        self._start(self._request, [runner.Cursor(source) for source in sources], first=True)

    def _resolve_tags(self, text: str) -> tuple[tuple[str, str, frozenset[str]], ...] | None:
        """Ask the reader's store which items carry the query's tags (None: no store to ask)."""
        if self.tag_resolver is None:
            return None
        try:
            tags = tags_in(text)
        except CasefileError:
            return ()  # the worker reports the query's mistake
        return tuple((session.key, tag, frozenset(self.tag_resolver(session, tag)))
                     for session in self._library.sessions for tag in tags)

    # -- running searches ----------------------------------------------------------------------------
    def _start(self, request: runner.Request, cursors: list[runner.Cursor], first: bool) -> None:
        worker = workers.Worker(functools.partial(runner.search_page, request=request, cursors=cursors,
                                                  count=runner.PAGE, first=first))
        worker.signals.result.connect(self._on_page)
        worker.signals.error.connect(self._on_failure)
        worker.signals.finished.connect(self._on_finished)
        self._current = worker
        self._running.add(worker)
        self._set_busy(True)
        workers.start(worker, workers.search_lane())

    def _fetch_more(self) -> None:
        if self._request is None or self._current is not None:
            self.results_model.page_failed()
            return
        self._start(self._request, self._cursors, first=False)

    def _on_page(self, page: runner.Page) -> None:
        if page.request.query_id != self._query_id:
            return  # an answer to a query the reader has since changed
        # Only one worker runs per query, so this page is its answer: the next page may start now,
        # before its `finished` arrives.
        self._current = None
        self._set_busy(False)
        self._cursors = page.cursors
        if not page.first:
            self.results_model.extend(page.rows, page.has_more)
            return
        error = page.query_error
        self._show_query_error(error)
        if error is not None:
            self.resultsShown.emit(0)
            return
        self._total = page.total
        self._archive_counts = _archive_counts(page.cursors)
        self.results_model.reset(page.rows, page.has_more, query=page.request.text, show_sources=len(page.cursors) > 1)
        self._count_facets(page.request, [cursor.source for cursor in page.cursors if cursor.error is None])
        self._stack.setCurrentWidget(self.results_view)
        self._show_summary(page)
        self.statusMessage.emit(self.tr("{summary} for {query}").format(summary=describe_total(page),
                                                                    query=isolate(page.request.text)))
        self._settling = page.request.text
        if self._keep_at_once:
            self._settled()
        else:
            self._settle.start()
        self.resultsShown.emit(page.total)

    def _settled(self) -> None:
        self._settle.stop()
        self._keep_at_once = False
        self.searchSettled.emit(self._settling)

    # -- facets: counted after the first hits are on screen ---------------------------------------------
    def _count_facets(self, request: runner.Request, sources: list[runner.Source]) -> None:
        if self._facets_worker is not None:
            self._facets_worker.cancel()
        worker = workers.Worker(functools.partial(runner.facets_for, request=request, sources=sources))
        worker.signals.result.connect(self._on_facets)
        worker.signals.finished.connect(lambda w=worker: self._facets_done(w))
        self._facets_worker = worker
        self._running.add(worker)
        # The same thread as the page: the facets reuse its open archives and compiled query.
        workers.start(worker, workers.search_lane())

    def _on_facets(self, counts: runner.FacetCounts) -> None:
        if counts.request.query_id != self._query_id:
            return
        active = {clause for _, _, clause in filters.active_filters(counts.request.text)}
        self.facets_model.set_facets({**counts.facets, ARCHIVE_FACET: self._archive_counts}, active)
        self.facets_view.expandAll()
        self.facets_view.setVisible(self.facets_model.rowCount() > 0)
        if counts.uncounted:
            # The hits and the facets counted are shown; say which were not, rather than hide them.
            self.statusMessage.emit(self.tr("Some facets were not counted: this search matches too much "
                                            "to count them in time."))

    def _facets_done(self, worker: workers.Worker) -> None:
        self._running.discard(worker)
        if self._facets_worker is worker:
            self._facets_worker = None

    def _on_failure(self, exc: Exception) -> None:
        """A bug, not an archive problem (those come back in the page): say so, keep the panel usable."""
        if self.sender() is self._current_signals():
            self.results_model.page_failed()
            self.statusMessage.emit(self.tr("Search failed: {0}: {1}").format(type(exc).__name__, isolate(exc)))

    def _on_finished(self) -> None:
        finished = next((w for w in self._running if w.signals is self.sender()), None)
        self._running.discard(finished)
        if finished is not None and finished is self._current:
            self._current = None
            self._set_busy(False)
            self.results_model.page_failed()  # a page that ended cancelled or failed may be asked again

    def _current_signals(self) -> QObject | None:
        return self._current.signals if self._current is not None else None

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.setCursor(Qt.CursorShape.ArrowCursor)

    def _show_busy(self) -> None:
        self.count_label.setText(self.tr("Searching…"))
        self.count_label.show()
        self.setCursor(Qt.CursorShape.BusyCursor)

    # -- showing -------------------------------------------------------------------------------------
    def _show_query_error(self, error: CasefileError | None) -> None:
        """An inline message under the bar; results of the last good query stay, greyed out."""
        self.error_label.setText(describe_query_error(error) if error else "")
        self.error_label.setVisible(error is not None)
        self.results_view.setEnabled(error is None)
        self.facets_view.setEnabled(error is None)

    def _show_summary(self, page: runner.Page | None) -> None:
        self.timeline_button.setVisible(bool(page and page.total))
        self.count_label.setText(describe_total(page) if page else "")
        self.count_label.setVisible(page is not None)
        suggestion = page.suggestions[0] if page and page.suggestions else None
        self.suggestion_button.setText(self.tr("Did you mean: {0}").format(isolate(suggestion)) if suggestion else "")
        self.suggestion_button.setProperty("query", suggestion)
        self.suggestion_button.setVisible(suggestion is not None)
        dropped = page.dropped if page else ()
        if len(dropped) == 1:
            #: {word}: the reader's word, in quotes. Said when no document has it, so the search ran on
            #: the other words.
            text = self.tr("Searched without {word}: no document has it. Put it in quotes to require it.")
        else:
            #: {words}: the reader's words, quoted and joined by commas (see the one-word message).
            text = self.tr("Searched without {words} where no document has them. Put a word in quotes to "
                           "require it.")
        words = ", ".join(f"“{isolate(word)}”" for word in dropped)
        self.dropped_label.setText(text.format(word=words, words=words) if dropped else "")
        self.dropped_label.setVisible(bool(dropped))
        errors = describe_errors(page.errors) if page else ""
        self.archive_errors_label.setText(errors)
        self.archive_errors_label.setVisible(bool(errors))

    def _on_text_changed(self, text: str) -> None:
        """Rebuild the removable filter buttons from the query text."""
        while self._filters_layout.count():
            item = self._filters_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        found = filters.active_filters(text)
        for start, end, clause in found:
            shown = clause if len(clause) <= 40 else clause[:37] + "…"
            button = QToolButton(self.filters_bar, text=f"{shown}  ✕",
                                 toolTip=self.tr("Remove the filter {0}").format(isolate(clause)))
            button.setAccessibleName(self.tr("Remove the filter {0}").format(isolate(clause)))
            button.setAutoRaise(False)
            button.clicked.connect(functools.partial(self._remove_filter, start, end))
            self._filters_layout.addWidget(button)
        self._filters_layout.addStretch(1)
        self.filters_bar.setVisible(bool(found))

    def _remove_filter(self, start: int, end: int) -> None:
        self.query_edit.setText(filters.remove_span(self.query_edit.text(), start, end))
        self.run_now()

    def _toggle_facet(self, index: QModelIndex) -> None:
        clause = index.siblingAtColumn(0).data(ClauseRole)
        if clause:
            self.query_edit.setText(filters.toggle_filter(self.query_edit.text(), clause))
            self.run_now()

    def _use_suggestion(self) -> None:
        suggestion = self.suggestion_button.property("query")
        if suggestion:
            self.run_query(suggestion)

    def _on_library_changed(self, _session) -> None:
        """Archives were opened or closed: search the new set (the shown rows may name a closed one), and
        make the start page's examples from the first archive open."""
        self.run_now()
        self._make_examples()

    def _make_examples(self) -> None:
        sessions = self._library.sessions
        path = sessions[0].path if sessions else None
        if path == self._examples_of:
            return  # the first archive is the same: its examples are shown or on their way
        self._examples_of = path
        if path is None:
            self.empty_state.set_examples([])
            return
        # On the search thread, with its open archive: the examples are searched to check they find
        # something, and that archive's vocabulary is then loaded once for them and for the searches.
        worker = workers.Worker(lambda _task: (path, examples_for(handles.archive_here(path))))
        worker.signals.result.connect(self._show_examples)  # a method: dropped if the panel is deleted first
        worker.signals.finished.connect(lambda w=worker: self._running.discard(w))
        self._running.add(worker)
        workers.start(worker, workers.search_lane())

    def _show_examples(self, made: tuple) -> None:
        path, examples = made
        sessions = self._library.sessions
        if sessions and sessions[0].path == path:  # still the archive they were made from
            self.empty_state.set_examples(examples)

    # -- keyboard and activation ---------------------------------------------------------------------
    def _activate(self, index: QModelIndex) -> None:
        if self._settle.isActive():  # a result opened: the search was not a pause while typing
            self._settled()
        row = self.results_model.row(index.row())
        session = self._library.find(row.source.key)
        if session is None:
            self.statusMessage.emit(self.tr("{0} is no longer open.").format(isolate(row.source.label)))
        elif row.hit.kind == "entity":
            self.entityActivated.emit(session, row.hit.id)
        elif row.hit.row is not None:
            self.rowActivated.emit(session, row.hit.id, row.hit.row.sheet_no, row.hit.row.row_no)
        else:
            self.itemActivated.emit(session, row.hit.id, self.results_model.query)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.query_edit:
            return self._bar_key(key)
        if watched is self.results_view:
            current = self.results_view.currentIndex()
            if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and current.row() <= 0):
                self.query_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        if watched is self.facets_view and key in _ACTIVATE_KEYS:
            self._toggle_facet(self.facets_view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _bar_key(self, key: int) -> bool:
        """Down/PageDown go to the results, Enter searches now, Escape stops a running search."""
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.results_model.rowCount() and \
                self._stack.currentWidget() is self.results_view:
            self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.results_view.setCurrentIndex(self.results_model.index(0))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.run_now(keep=True)
            return True
        if key == Qt.Key.Key_Escape and self._current is not None:
            self.cancel()
            self.statusMessage.emit(self.tr("Search stopped."))
            return True
        return False


def _archive_counts(cursors: list[runner.Cursor]) -> list[tuple[str, str, int]]:
    """The Archive facet: hits per archive, so a forger's copy with the real archive's title shows its
    own count and state apart from the real one's (nothing to tell apart while one archive is open)."""
    if len(cursors) < 2:
        return []
    return [(c.source.key, c.source.label, c.total) for c in cursors if c.error is None and c.total]
