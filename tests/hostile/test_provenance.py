"""Results say where they come from: a forger's copy of a signed archive (same title, same archive id, same
file name in another folder, one row changed) and an unsigned copy are opened beside the real one, and
every result row, facet value and library entry tells the three apart and carries the copy's state."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from archive import open_archive
from archive.signing.trust import TrustStore
from viewer.library.sessions import Library
from viewer.library.sidebar import BADGE_ROLE, WHERE_ROLE
from viewer.mainwindow import MainWindow
from viewer.search.models import ARCHIVE_FACET, FacetRole, SourceLabelRole, StateRole
from viewer.settings import Settings
from viewer.theme import STATE_COLOURS

from .conftest import copy_signed
from .forge import forge

QUERY = "Chen Quanguo"
FORGED_ITEM = "reports/assessment"
SCREENSHOT = Path("/tmp/provenance.png")
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def copies(signed, built, keys, tmp_path) -> dict[str, Path]:
    """real, forged and unsigned copies, all named like the real one, in folders of those names; the
    reader trusts the publisher's key."""
    TrustStore.default().add(keys[0].public_key, "Test publisher")
    real = copy_signed(signed, _folder(tmp_path, "real"))
    forged = copy_signed(signed, _folder(tmp_path, "forged"))
    forge(forged, f"UPDATE items SET text = text || ' Chen Quanguo confessed.' WHERE id = '{FORGED_ITEM}'")
    unsigned = _folder(tmp_path, "unsigned") / signed.name
    shutil.copyfile(built, unsigned)
    return {"real": real, "forged": forged, "unsigned": unsigned}


def _folder(root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir()
    return folder


@pytest.fixture
def window(qtbot, tmp_path, copies):
    """The main window with the three copies open and verified, and the query's results shown."""
    win = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_paths(list(copies.values())) == []
    qtbot.waitUntil(lambda: all(not s.verifying for s in win.library.sessions), timeout=60_000)
    win.search.set_query(QUERY)
    win.search.run_now()
    qtbot.waitUntil(lambda: not win.search.busy and win.search.facets_model.rowCount() > 0, timeout=20_000)
    yield win
    win.close()


def sessions_by_name(library: Library, copies: dict[str, Path]) -> dict[str, object]:
    return {name: library.find(str(path.resolve())) for name, path in copies.items()}


def rows_by_copy(model, copies: dict[str, Path]) -> dict[str, list[int]]:
    keys = {str(path.resolve()): name for name, path in copies.items()}
    found: dict[str, list[int]] = {name: [] for name in copies}
    for row in range(model.rowCount()):
        found[keys[model.row(row).source.key]].append(row)
    return found


def test_the_copies_really_are_the_same_archive_in_other_states(copies, window):
    ids = set()
    for path in copies.values():
        with open_archive(path) as archive:
            ids.add((archive.metadata.archive_id, archive.metadata.title, path.name))
    assert len(ids) == 1
    states = {name: session.report.state.name for name, session in sessions_by_name(window.library, copies).items()}
    assert states == {"real": "VERIFIED", "forged": "TAMPERED", "unsigned": "UNSIGNED"}


def test_labels_tell_same_titled_archives_apart(qtbot, copies, tmp_path):
    library = Library()
    try:
        real = library.open(copies["real"])
        assert real.label == "Test archive"  # alone: the title is enough
        renamed = tmp_path / "renamed.casefile"
        shutil.copyfile(copies["unsigned"], renamed)
        other = library.open(renamed)
        assert "signed.casefile" in real.label and "renamed.casefile" in other.label
        assert "edition 1" in real.label.replace("\u2068", "").replace("\u2069", "")
        forged = library.open(copies["forged"])  # same file name as the real one: the folder tells them apart
        assert "real/signed.casefile" in real.label and "forged/signed.casefile" in forged.label
        assert len({real.label, other.label, forged.label}) == 3
        library.remove(forged)
        library.remove(other)
        assert real.label == "Test archive"
    finally:
        library.close_all()


def test_result_rows_name_their_copy_and_carry_its_state(copies, window):
    model = window.search.results_model
    rows = rows_by_copy(model, copies)
    assert all(rows.values()), rows  # every copy answers the query
    labels = {name: {model.index(r).data(SourceLabelRole) for r in found} for name, found in rows.items()}
    assert all(len(found) == 1 for found in labels.values()) and len(set.union(*labels.values())) == 3
    assert "forged/signed.casefile" in labels["forged"].pop()
    states = {name: {_headline(model.index(r).data(StateRole)) for r in found} for name, found in rows.items()}
    assert states == {"real": {None}, "forged": {"TAMPERED"}, "unsigned": {"Unsigned"}}
    forged_row = model.index(rows["forged"][0])
    tip = forged_row.data(TOOLTIP)
    assert str(copies["forged"]) in tip and "TAMPERED" in tip and "Test publisher" in tip
    assert "TAMPERED" in forged_row.data(Qt.ItemDataRole.AccessibleTextRole)  # a screen reader hears it too
    assert str(copies["real"]) in model.index(rows["real"][0]).data(TOOLTIP)


def test_the_state_is_painted_on_the_row(copies, window):
    view = window.search.results_view
    rows = rows_by_copy(window.search.results_model, copies)
    image = view.viewport().grab().toImage()
    # For a human to look at: can a lawyer tell which rows come from the forged copy?
    assert window.grab().save(str(SCREENSHOT)) and window.search.grab().save(str(SCREENSHOT.with_name(
        "provenance-search.png")))

    red, grey = QColor(STATE_COLOURS["tampered"][0]), QColor(STATE_COLOURS["unsigned"][0])

    def pixels(row: int) -> tuple[int, int] | None:
        """(red, grey) pixels painted in the row, None for a row not wholly in sight."""
        rect = view.visualRect(window.search.results_model.index(row))
        if not image.rect().contains(rect):
            return None
        colours = [image.pixelColor(x, y) for y in range(rect.top(), rect.bottom()) for x in range(rect.left(),
                                                                                                  rect.right())]
        return colours.count(red), colours.count(grey)

    painted = {name: [seen for seen in map(pixels, found) if seen is not None] for name, found in rows.items()}
    assert painted["forged"] and all(r > 100 for r, _ in painted["forged"])
    assert painted["unsigned"] and all(g > 100 and r == 0 for r, g in painted["unsigned"])
    assert painted["real"] and all(r == 0 and g == 0 for r, g in painted["real"])


def test_facets_count_each_copy_apart(copies, window):
    facets = window.search.facets_model
    group = next(facets.index(n, 0) for n in range(facets.rowCount()) if facets.index(n, 0).data(FacetRole)
                 == ARCHIVE_FACET)
    values = [facets.index(n, 0, group) for n in range(facets.rowCount(group))]
    shown = [value.data() for value in values]
    assert len(values) == 3 and len(set(shown)) == 3
    forged = next(value for value in values if "forged/signed.casefile" in value.data())
    assert forged.data().startswith("TAMPERED") and _headline(forged.data(StateRole)) == "TAMPERED"
    assert str(copies["forged"]) in forged.data(TOOLTIP)
    assert not window.search.results_model.canFetchMore()  # every hit is loaded: count them per copy
    rows = rows_by_copy(window.search.results_model, copies)
    counts = {name: next(int(v.siblingAtColumn(1).data()) for v in values if f"{name}/signed.casefile" in v.data())
              for name in copies}
    assert counts == {name: len(found) for name, found in rows.items()}


def test_library_entries_differ(copies, window):
    model = window.library_model
    entries = {model.session_at(n).path.parent.name: model.index(n) for n in range(model.rowCount())}
    assert {entry.data() for entry in entries.values()} == {"Test archive"}  # the titles are the same...
    wheres = {name: entry.data(WHERE_ROLE) for name, entry in entries.items()}
    assert len(set(wheres.values())) == 3 and "forged/signed.casefile" in wheres["forged"]  # ...these are not
    assert {name: entry.data(BADGE_ROLE)[0] for name, entry in entries.items()} == {
        "real": "verified", "forged": "tampered", "unsigned": "unsigned"}
    assert str(copies["forged"]) in entries["forged"].data(TOOLTIP)


def test_rows_follow_verification_as_it_finishes(qtbot, copies, qtmodeltester):
    """Before verification a row says so; the model announces the change when the report arrives."""
    from viewer.search import SearchPanel

    library = Library()
    panel = SearchPanel(library)
    qtbot.addWidget(panel)
    try:
        sessions = [library.open(copies[name]) for name in ("real", "forged")]
        panel.set_query(QUERY)
        panel.run_now()
        qtbot.waitUntil(lambda: not panel.busy and panel.results_model.rowCount() > 0, timeout=20_000)
        model = panel.results_model
        assert {_headline(model.index(r).data(StateRole)) for r in range(model.rowCount())} == {"Not verified"}
        with qtbot.waitSignal(model.dataChanged, timeout=60_000):
            sessions[1].start_verification()
        qtbot.waitUntil(lambda: not sessions[1].verifying, timeout=60_000)
        forged = [r for r in range(model.rowCount()) if model.row(r).source.key == sessions[1].key]
        assert {_headline(model.index(r).data(StateRole)) for r in forged} == {"TAMPERED"}
        qtmodeltester.check(model)
        qtmodeltester.check(panel.facets_model)
    finally:
        panel.cancel()
        library.close_all()


def _headline(badge) -> str | None:
    return badge.headline if badge is not None else None
