"""Imported annotations in the Annotations tab: a collaborator's shown as theirs, orphans flagged and
filtered, and the import's summary dialog listing what became of each annotation."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from archive.store import Annotation, Target, w3c
from viewer.annotations import AnnotationsView
from viewer.annotations.importreport import OutcomeModel

REPORT = "reports/assessment"
ANCHORED, ORPHAN, REFUSED = ("urn:uuid:aaaaaaaa-0000-4000-8000-00000000000" + str(n) for n in range(3))


@pytest.fixture
def collaborator_file(session, tmp_path):
    """A colleague's export: one highlight that fits, one whose quote is not in the item, one unusable."""
    archive = session.archive
    urn = w3c.item_urn(archive.metadata.archive_id, archive.items.get(REPORT).sha256, REPORT)
    by_ruth = {"creator": {"type": "Person", "id": "acct:ruth@hypothes.is", "name": "Ruth"}}
    items = [
        {"type": "Annotation", "id": ANCHORED, **by_ruth, "bodyValue": "Ruth's note",
         "target": {"source": urn, "selector": {"type": "TextQuoteSelector", "exact": "Chen Quanguo"}}},
        {"type": "Annotation", "id": ORPHAN, **by_ruth, "bodyValue": "on an older edition",
         "target": {"source": urn, "selector": {"type": "TextQuoteSelector", "exact": "words no longer there"}}},
        {"type": "Annotation", "id": REFUSED, "target": {"source": "file:///etc/passwd"}},
    ]
    path = tmp_path / "ruth.jsonld"
    path.write_text(json.dumps({"@context": w3c.CONTEXT, "type": "AnnotationPage", "items": items}))
    return path


@pytest.fixture
def view(qtbot, store, session, collaborator_file):
    target = Target(session.archive.metadata.archive_id, REPORT,
                    item_sha256=session.archive.items.get(REPORT).sha256)
    store.add(Annotation("", "note", target, note="my own note"))
    shown = AnnotationsView(store)
    qtbot.addWidget(shown)
    shown.set_session(session)
    shown.resize(1200, 500)
    shown.show()
    shown.ask_open_path = lambda: collaborator_file
    return shown


def _rows(view: AnnotationsView) -> dict[str, int]:
    return {view.model.annotation(row).note: row for row in range(view.model.rowCount())}


def test_imported_annotations_are_shown_as_their_authors_and_orphans_are_flagged(view):
    view.import_annotations()
    rows = _rows(view)
    assert set(rows) == {"my own note", "Ruth's note", "on an older edition"}
    cell = view.model.index
    assert cell(rows["my own note"], 6).data() == "You"
    assert cell(rows["Ruth's note"], 6).data() == cell(rows["on an older edition"], 6).data() == "Ruth"
    assert "⚠" not in cell(rows["Ruth's note"], 0).data()
    flagged = cell(rows["on an older edition"], 0).data()
    assert "Orphan, not anchored" in flagged and "the quoted text is not in item" in flagged
    assert "the quoted text is not in item" in cell(rows["on an older edition"], 0).data(Qt.ItemDataRole.ToolTipRole)
    assert view.model.flag(ORPHAN) and not view.model.flag(ANCHORED)


@pytest.mark.parametrize("shown, notes", [
    ("orphans", {"on an older edition"}),
    ("own", {"my own note"}),
    ("imported", {"Ruth's note", "on an older edition"}),
    (None, {"my own note", "Ruth's note", "on an older edition"}),
])
def test_the_show_filter_picks_orphans_own_or_collaborators(view, shown, notes):
    view.import_annotations()
    view.origin.setCurrentIndex(view.origin.findData(shown))
    assert set(_rows(view)) == notes


def test_the_import_summary_lists_each_annotation_with_its_reason(view, qtmodeltester):
    view.import_annotations()
    dialog = view.import_report
    assert dialog is not None and dialog.isVisible()
    assert "Added: 1." in dialog.summary.text() and "Added as orphans, not anchored: 1." in dialog.summary.text()
    assert "Refused: 1." in dialog.summary.text()
    model = dialog.model
    statuses = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert statuses == ["Added", "Added as orphan", "Refused"]
    assert "file:" in model.index(2, 3).data() and model.index(2, 1).data() == REFUSED
    qtmodeltester.check(model)


def test_importing_again_adds_nothing_and_says_so(view):
    view.import_annotations()
    view.import_annotations()
    assert view.model.rowCount() == 3
    model: OutcomeModel = view.import_report.model
    assert [model.index(row, 2).data() for row in range(2)] == ["Already here", "Already here"]
    assert "Already here: 2." in view.import_report.summary.text()
