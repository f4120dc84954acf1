"""The search panel: search as you type over every open archive, facets, paging, keyboard, errors."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from archive import LimitExceeded, QueryCancelled, open_archive
from viewer.i18n import isolate
from viewer import workers
from viewer.search import SearchPanel, filters, runner
from viewer.search.delegate import MARK_BACKGROUND, _highlight_formats
from viewer.search.models import ClauseRole, HitRole, SourceLabelRole

# The offscreen platform warns that it cannot size windows when a widget is shown: harmless here.


@pytest.fixture
def panel(qtbot, library, sample_path):
    library.open(sample_path)
    widget = SearchPanel(library)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    yield widget
    widget.cancel()


def search(qtbot, panel, text):
    """Run `text` now and wait until its first page and its facet counts are shown."""
    panel.set_query(text)
    panel.run_now()
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)


def shown_ids(panel):
    model = panel.results_model
    return [model.index(row).data(HitRole).id for row in range(model.rowCount())]


def facet_value(model, clause):
    """The index of the facet value whose filter is `clause`."""
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            if model.index(row, 0, parent).data(ClauseRole) == clause:
                return model.index(row, 0, parent)
    raise AssertionError(f"no facet value {clause}")


def test_empty_query_shows_examples_made_from_the_archive_that_all_find_something(qtbot, panel, sample_path):
    assert panel._stack.currentWidget() is panel.empty_state
    assert panel.results_model.rowCount() == 0
    qtbot.waitUntil(lambda: len(panel.empty_state.examples) >= 5, timeout=10_000)
    queries = [example.query for example in panel.empty_state.examples]
    assert queries[0] == "Chen Quanguo" and "陈全国" in queries and "kind:image" in queries
    assert any(query.endswith("~") for query in queries) and any("date:[" in query for query in queries)
    with open_archive(sample_path) as archive:
        for query in queries:
            assert archive.search.find(query).total > 0, query
    button = next(b for b in panel.empty_state.findChildren(QPushButton) if "陈全国" in b.text())
    button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
    assert panel.query_edit.text() == "陈全国" and panel.result_count() > 0


def test_with_no_archive_open_the_start_page_says_how_to_open_one(qtbot, library):
    widget = SearchPanel(library)
    qtbot.addWidget(widget)
    state = widget.empty_state
    assert state.examples == [] and not state._footer.isVisibleTo(state)
    assert "Open an archive" in state._heading.text() and ".casefile" in state._intro.text()
    with qtbot.waitSignal(widget.openRequested):
        state._open_button.click()


def test_search_lists_hits_with_count_and_facets(qtbot, panel, sample_path):
    search(qtbot, panel, "Chen Quanguo")
    with open_archive(sample_path) as archive:
        expected = archive.search.find("Chen Quanguo", limit=runner.PAGE)
    assert panel.result_count() == expected.total
    assert shown_ids(panel) == [hit.id for hit in expected.hits]
    assert panel.count_label.text().startswith(f"{expected.total} results")
    groups = [panel.facets_model.index(r, 0).data() for r in range(panel.facets_model.rowCount())]
    assert groups[:3] == ["Kind", "Year", "Language"] and "Mentions" in groups
    first_hit = panel.results_model.index(0).data(HitRole)
    assert first_hit.highlights and first_hit.snippet[slice(*first_hit.highlights[0])] == "Chen Quanguo"


def test_facet_click_adds_filter_and_activation_opens_the_item(qtbot, panel):
    search(qtbot, panel, "Chen Quanguo")
    images = facet_value(panel.facets_model, "kind:image")
    expected_count = int(images.siblingAtColumn(1).data())
    panel._toggle_facet(images)
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
    assert panel.query_edit.text() == "Chen Quanguo kind:image"
    assert panel.result_count() == expected_count
    assert {panel.results_model.index(r).data(HitRole).kind for r in range(panel.results_model.rowCount())} == {"image"}
    assert panel.filters_bar.isVisibleTo(panel)

    opened = []
    panel.itemActivated.connect(lambda session, item_id, query: opened.append((session, item_id, query)))
    panel.results_view.setFocus()
    panel.results_view.setCurrentIndex(panel.results_model.index(1))
    qtbot.keyClick(panel.results_view, Qt.Key.Key_Return)
    assert opened == [(panel._library.sessions[0], shown_ids(panel)[1], "Chen Quanguo kind:image")]

    assert facet_value(panel.facets_model, "kind:image").data(Qt.ItemDataRole.FontRole).bold()
    panel._toggle_facet(facet_value(panel.facets_model, "kind:image"))  # a second click removes it
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
    assert panel.query_edit.text() == "Chen Quanguo"


def test_entity_hits_emit_entity_activated(qtbot, panel):
    with qtbot.waitSignal(panel.resultsShown, timeout=20_000) as shown:
        panel.set_query("Chen Quanguo kind:entity")
        panel.run_now()
    assert shown.args == [panel.result_count()] and panel.result_count() > 0
    entities = []
    panel.entityActivated.connect(lambda session, entity_id: entities.append(entity_id))
    panel.results_view.activated.emit(panel.results_model.index(0))
    assert entities == ["person-chen-quanguo"]


def test_filters_are_query_text():
    assert filters.facet_clause("year", "2021") == "date:2021"
    assert filters.facet_clause("source", "A (B), C") == 'source:"A (B), C"'
    assert filters.facet_clause("source", 'say "x"') is None
    assert filters.facet_clause("folder", "leak/疏附县 名单") == 'folder:"leak/疏附县 名单"'
    assert filters.facet_clause("folder", "") is None  # the top level: no filter says it
    assert filters.facet_clause("filetype", "pdf") == "path:*.pdf"
    assert filters.facet_clause("filetype", "p df") is None
    assert filters.add_filter("a OR b", "lang:zh") == "(a OR b) lang:zh"
    assert filters.add_filter('"x OR y"', "lang:zh") == '"x OR y" lang:zh'
    text = 'chen source:"A (B)" -kind:image "kind:report"'
    assert [clause for _, _, clause in filters.active_filters(text)] == ['source:"A (B)"', "-kind:image"]
    assert filters.toggle_filter(text, 'source:"A (B)"') == 'chen -kind:image "kind:report"'


def test_folder_and_file_type_facets_filter_when_clicked(qtbot, panel):
    search(qtbot, panel, "xpcc")
    model = panel.facets_model
    groups = {model.index(n, 0).data(): model.index(n, 0) for n in range(model.rowCount())}
    assert {"Folder", "File type"} <= set(groups)
    group = groups["File type"]
    counts = {model.index(n, 0, group).data(): (model.index(n, 0, group), int(model.index(n, 1, group).data()))
              for n in range(model.rowCount(group))}
    assert "PDF" in counts and "MD" in counts
    index, pdfs = counts["PDF"]
    panel.facets_view.clicked.emit(index)
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
    assert panel.query_edit.text() == "xpcc path:*.pdf" and panel.result_count() == pdfs


def test_bad_query_shows_inline_error_and_recovers(qtbot, panel):
    search(qtbot, panel, 'chen "quanguo')
    assert panel.error_label.isVisibleTo(panel)
    assert "Unclosed quote" in panel.error_label.text() and "position 5" in panel.error_label.text()
    search(qtbot, panel, "foo:bar")
    assert "Unknown field" in panel.error_label.text() and "position" in panel.error_label.text()
    search(qtbot, panel, "chen")
    assert not panel.error_label.isVisibleTo(panel) and panel.result_count() > 0


def test_a_word_no_document_has_is_named_under_the_count(qtbot, panel):
    search(qtbot, panel, "chen qwxyzv")
    assert panel.result_count() > 0 and panel.dropped_label.isVisibleTo(panel)
    assert f"“{isolate('qwxyzv')}”" in panel.dropped_label.text()
    search(qtbot, panel, "chen")
    assert not panel.dropped_label.isVisibleTo(panel)


def test_did_you_mean_runs_the_suggestion(qtbot, panel):
    search(qtbot, panel, "qunaguo")
    assert panel.suggestion_button.isVisibleTo(panel)
    assert panel.suggestion_button.text() == f"Did you mean: {isolate('quanguo')}"
    panel.suggestion_button.click()
    qtbot.waitUntil(lambda: panel._current is None, timeout=20_000)
    assert panel.query_edit.text() == "quanguo" and panel.result_count() > 0


def test_only_the_last_of_quick_queries_is_shown(qtbot, panel):
    shown = []
    panel.results_model.modelReset.connect(lambda: shown.append(panel.results_model.query))
    for text in ("Chen", "Chen Quanguo", "Zhu Hailun"):
        panel.set_query(text)
        panel.run_now()
    qtbot.waitUntil(lambda: panel._current is None, timeout=20_000)
    assert set(shown) <= {"Zhu Hailun", ""} and "Zhu Hailun" in shown
    assert all("Zhu" in panel.results_model.index(r).data(HitRole).title + panel.results_model.index(r).data(HitRole).snippet
               for r in range(3))


def test_debounce_runs_one_search_for_fast_typing(qtbot, panel, monkeypatch):
    asked = []
    real = runner.find_in
    monkeypatch.setattr(runner, "find_in", lambda archive, request, *a: asked.append(request.text) or real(archive, request, *a))
    for prefix in ("Z", "Zh", "Zhu"):
        qtbot.keyClicks(panel.query_edit, prefix[-1])
    qtbot.waitUntil(lambda: panel.results_model.query == "Zhu", timeout=5_000)
    assert asked == ["Zhu"]


def test_slow_search_is_cancelled_by_the_next_one(qtbot, panel, monkeypatch):
    """A query that would run for minutes stops at once when a new query starts, and the panel recovers."""
    real = runner.find_in
    started, stopped = threading.Event(), []

    def slow_or_real(archive, request, offset, facets):
        if request.text != "slow":
            return real(archive, request, offset, facets)
        started.set()
        try:  # a real SQLite query, so the cancel has to go through archive.cancel
            archive.query("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                          "SELECT count(*) FROM n", seconds=120)
        except QueryCancelled:
            stopped.append(request.query_id)
            raise
        raise AssertionError("the slow query was not cancelled")

    monkeypatch.setattr(runner, "find_in", slow_or_real)
    panel.set_query("slow")
    panel.run_now()
    slow_worker = panel._current
    assert started.wait(10)
    with qtbot.waitSignal(slow_worker.signals.cancelled, timeout=5_000):
        search(qtbot, panel, "Zhu Hailun")
    qtbot.waitUntil(lambda: panel.results_model.query == "Zhu Hailun", timeout=10_000)
    assert len(stopped) == 1 and panel.result_count() > 0 and not panel.error_label.isVisibleTo(panel)


def test_escape_in_the_bar_stops_a_running_search(qtbot, panel, monkeypatch):
    release = threading.Event()
    monkeypatch.setattr(runner, "find_in", lambda *args: (release.wait(10), (_ for _ in ()).throw(QueryCancelled("x")))[1])
    panel.set_query("anything")
    panel.run_now()
    worker = panel._current
    with qtbot.waitSignal(worker.signals.finished, timeout=5_000):
        qtbot.keyClick(panel.query_edit, Qt.Key.Key_Escape)
        assert worker.is_cancelled and panel._current is None
        release.set()


def test_results_of_several_archives_are_merged(qtbot, panel, library, built, sample_path):
    library.open(built)
    qtbot.waitUntil(lambda: panel._current is None, timeout=20_000)
    search(qtbot, panel, "Chen Quanguo")
    totals = {}
    for path in (sample_path, built):
        with open_archive(path) as archive:
            totals[str(path.resolve())] = archive.search.find("Chen Quanguo").total
    assert panel.result_count() == sum(totals.values())
    model = panel.results_model
    sources = {model.row(r).source.key for r in range(model.rowCount())}
    assert sources == set(totals)
    scores = [model.index(r).data(HitRole).score for r in range(model.rowCount())]
    assert scores == sorted(scores)  # one relevance order across archives
    assert "in 2 archives" in panel.count_label.text()
    assert {model.index(r).data(SourceLabelRole) for r in range(model.rowCount())} == {
        "Xinjiang documentation sample", "Test archive"}


def test_one_failing_archive_does_not_hide_the_others(qtbot, panel, library, built, tmp_path, monkeypatch):
    broken = tmp_path / "broken.casefile"
    shutil.copyfile(built, broken)
    library.open(broken)
    real = runner.find_in

    def fail_one(archive, *args):
        if archive.path.name == "broken.casefile":
            raise LimitExceeded("A query on broken.casefile took longer than 3 s and was stopped.")
        return real(archive, *args)

    monkeypatch.setattr(runner, "find_in", fail_one)
    search(qtbot, panel, "Chen Quanguo")
    assert panel.result_count() > 0
    assert f"Could not search {isolate('Test archive')}" in panel.archive_errors_label.text()
    assert panel.archive_errors_label.isVisibleTo(panel)


def test_more_results_load_when_the_view_asks(qtbot, panel, sample_path):
    search(qtbot, panel, "date:[2000 TO 2040]")
    model = panel.results_model
    assert model.rowCount() == runner.PAGE and panel.result_count() > 2 * runner.PAGE
    while model.canFetchMore():
        before = model.rowCount()
        model.fetchMore()
        qtbot.waitUntil(lambda: model.rowCount() > before, timeout=20_000)
    with open_archive(sample_path) as archive:
        expected = [hit.id for hit in archive.search.find("date:[2000 TO 2040]", limit=500).hits]
    assert shown_ids(panel) == expected


def test_sort_by_date(qtbot, panel):
    search(qtbot, panel, "sanction")
    panel.sort_combo.setCurrentIndex(panel.sort_combo.findData("date"))
    qtbot.waitUntil(lambda: panel._current is None, timeout=20_000)
    dates = [panel.results_model.index(r).data(HitRole).date for r in range(panel.results_model.rowCount())]
    known = [d for d in dates if d]
    assert known == sorted(known, reverse=True) and dates[:len(known)] == known


def test_keyboard_navigation(qtbot, panel):
    search(qtbot, panel, "Chen Quanguo")
    panel.focus_search()
    assert panel.query_edit.hasFocus() and panel.query_edit.selectedText() == "Chen Quanguo"
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Down)
    assert panel.results_view.hasFocus() and panel.results_view.currentIndex().row() == 0
    qtbot.keyClick(panel.results_view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results_view, Qt.Key.Key_Down)
    assert panel.results_view.currentIndex().row() == 2
    opened = []
    panel.entityActivated.connect(lambda session, entity_id: opened.append(entity_id))
    panel.itemActivated.connect(lambda session, item_id, query: opened.append(item_id))
    qtbot.keyClick(panel.results_view, Qt.Key.Key_Return)
    assert opened == [shown_ids(panel)[2]]
    qtbot.keyClick(panel.results_view, Qt.Key.Key_Escape)
    assert panel.query_edit.hasFocus()


def test_models_pass_the_model_tester(qtbot, panel, qtmodeltester):
    qtmodeltester.check(panel.results_model)
    qtmodeltester.check(panel.facets_model)
    search(qtbot, panel, "新疆")
    qtmodeltester.check(panel.results_model)
    qtmodeltester.check(panel.facets_model)


def test_closing_an_archive_searches_again(qtbot, panel, library, built):
    session = library.open(built)
    search(qtbot, panel, "Chen Quanguo")
    merged = panel.result_count()
    library.remove(session)
    qtbot.waitUntil(lambda: panel._current is None and panel.result_count() < merged, timeout=20_000)
    assert {panel.results_model.row(r).source.label for r in range(panel.results_model.rowCount())} == {
        "Xinjiang documentation sample"}


def test_highlights_are_painted_from_the_hit_spans(qtbot, panel):
    search(qtbot, panel, "Chen Quanguo")
    image = panel.results_view.grab().toImage()
    marked = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
                 if image.pixelColor(x, y) == MARK_BACKGROUND)
    assert marked > 100


def test_highlight_positions_count_utf16_units():
    """QTextLayout counts a character outside the BMP as two units; Python counts it as one."""
    text = "𠀀 Chen <b>x</b>"
    ranges = _highlight_formats(text, [(2, 6), (5, 99), (-1, 2)])
    assert [(r.start, r.length) for r in ranges] == [(3, 4)]  # bad spans from a forged archive are skipped


def test_hits_are_shown_before_the_facets_are_counted(qtbot, panel, monkeypatch):
    """Counting facets scans every match; the first hits must not wait for it."""
    release, real = threading.Event(), runner.facets_for

    def slow_facets(task, request, sources):
        release.wait(10)
        return real(task, request, sources)

    monkeypatch.setattr(runner, "facets_for", slow_facets)
    with qtbot.waitSignal(panel.resultsShown, timeout=20_000):
        panel.set_query("Chen Quanguo")
        panel.run_now()
    assert panel.results_model.rowCount() > 0 and panel.busy and panel.facets_model.rowCount() == 0
    release.set()
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
    assert panel.facets_model.rowCount() > 0


def test_tag_filter_asks_the_readers_store_in_the_gui_thread(qtbot, panel):
    session = panel._library.sessions[0]
    chosen = set(session.archive.items.ids("image")[:2])
    asked = []

    def resolver(asked_session, tag):
        asked.append((asked_session, tag, threading.current_thread() is threading.main_thread()))
        return chosen if tag == "seen" else set()

    panel.tag_resolver = resolver
    search(qtbot, panel, "tag:seen")
    assert set(shown_ids(panel)) == chosen and asked == [(session, "seen", True)]
    search(qtbot, panel, "tag:other")
    assert panel.result_count() == 0


def test_without_a_store_a_tag_search_says_why(qtbot, panel):
    search(qtbot, panel, "tag:seen")
    assert "your own annotations" in panel.error_label.text()


def test_an_entity_facet_over_budget_keeps_the_cheap_facets_and_says_so(qtbot, panel, monkeypatch):
    from archive.search import facets as facet_module

    def too_slow(*args):
        raise LimitExceeded("A query took longer than 3 s and was stopped.")

    monkeypatch.setattr(facet_module, "_top_entities", too_slow)
    messages = []
    panel.statusMessage.connect(messages.append)
    search(qtbot, panel, "Chen Quanguo")
    groups = [name for name, _values in panel.facets_model._groups]
    assert "kind" in groups and "entity" not in groups and not panel.facets_view.isHidden()
    assert any("not counted" in message for message in messages)


def test_examples_are_made_again_only_when_the_first_archive_changes(qtbot, panel, built, monkeypatch):
    from viewer.search import panel as panel_module

    qtbot.waitUntil(lambda: bool(panel.empty_state.examples), timeout=10_000)
    made = []
    real = panel_module.examples_for
    monkeypatch.setattr(panel_module, "examples_for", lambda archive: made.append(archive.path) or real(archive))
    second = panel._library.open(built)  # a second archive: the first, and its examples, stay
    assert workers.wait_for_all(10_000) and made == []
    panel._library.remove(panel._library.sessions[0])  # now the test archive is first
    qtbot.waitUntil(lambda: made == [second.path], timeout=10_000)
