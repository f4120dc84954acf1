"""File › Export Evidence Bundle: items from the search, a tag, an entity or the open item; a worker writes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.export import check_bundle
from viewer.export import dialog as dialog_module
from viewer.mainwindow import MainWindow
from viewer.settings import Settings


@pytest.fixture
def window(qtbot, tmp_path, signed_sample):
    win = MainWindow(Settings(tmp_path / "viewer.ini"))
    qtbot.addWidget(win)
    win.store.ask_author = lambda: "Tester"
    win.open_paths([signed_sample])
    qtbot.waitUntil(lambda: not win.library.sessions[0].verifying, timeout=60_000)
    yield win
    win.close()


def test_export_the_search_results_and_the_bundle_checks_out(qtbot, window, tmp_path):
    window.search.set_query("kind:image sanction")
    window.search.run_now()
    qtbot.waitUntil(lambda: not window.search.busy, timeout=20_000)
    dialog = window.export_evidence()
    qtbot.addWidget(dialog)
    assert dialog.source.currentData() == "search"
    expected = dialog.chosen_items()
    dialog.target.setText(str(tmp_path / "bundle.zip"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None or "Not exported" in dialog.message.text(), timeout=60_000)
    assert dialog.result is not None, dialog.message.text()
    assert dialog.result.exhibits == len(expected) > 0
    report = check_bundle(tmp_path / "bundle.zip")
    assert report.ok, report
    assert window.store.store.audit.entries()[0].action == "export"


def test_the_open_item_is_offered_first_and_cancel_leaves_nothing(qtbot, window, tmp_path, monkeypatch):
    real = dialog_module.export_bundle

    def waits_for_cancel(*args, cancel, **kwargs):
        assert cancel.wait(10), "the dialog never cancelled"
        return real(*args, cancel=cancel, **kwargs)

    monkeypatch.setattr(dialog_module, "export_bundle", waits_for_cancel)
    session = window.library.sessions[0]
    item_id = session.archive.items.ids("report")[0]
    window.open_item(session, item_id)
    dialog = window.export_evidence()
    qtbot.addWidget(dialog)
    assert dialog.source.currentData() == "item" and dialog.chosen_items() == [item_id]
    out = tmp_path / "out"
    out.mkdir()
    target = out / "cancelled"
    dialog.target.setText(str(target))
    dialog.start()
    dialog._cancel_or_close()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=30_000)
    assert "Cancelled" in dialog.message.text() and dialog.result is None
    assert list(out.iterdir()) == []  # not even a temporary folder


def test_items_picked_by_hand_in_the_items_tab(qtbot, window):
    from PySide6.QtCore import QItemSelectionModel

    window.tabs.setCurrentIndex(1)
    model, selection = window.items_model, window.items_view.selectionModel()
    for row in (0, 2):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    dialog = window.export_evidence()
    qtbot.addWidget(dialog)
    dialog.source.setCurrentIndex(dialog.source.findData("selected"))
    assert dialog.chosen_items() == [model.item_id(0), model.item_id(2)]
    assert dialog.source.currentText().endswith("(2)")


def test_in_portable_mode_the_bundle_goes_on_the_stick_by_default(qtbot, window, tmp_path, monkeypatch):
    """Not into the host's home folder, where the evidence would be left behind (issue 24)."""
    from archive import paths

    monkeypatch.setattr(paths, "portable_root", lambda: tmp_path / "stick")
    (tmp_path / "stick").mkdir()
    dialog = window.export_evidence()
    qtbot.addWidget(dialog)
    target = Path(dialog.target.text())
    assert target.parent == tmp_path / "stick" / "exports" and target.name.endswith("-exhibits.zip")
