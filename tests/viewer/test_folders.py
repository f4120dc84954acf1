"""Folders as collections: the folder selector above the Items list narrows it to a folder and the
folders below it; the folder tree counts sub-folders' items; names are archive text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers.foldercorpus import LEAK, UYGHUR, forge_markup
from tests.helpers.viewer import settled


def listed(window) -> set[str]:
    model = window.items_model
    while model.canFetchMore():
        model.fetchMore()
    return {model.item_id(row) for row in range(model.rowCount())}


def choose(window, folder: str | None) -> None:
    selector = window.folder_selector
    selector.setCurrentIndex(selector.findData(folder))


def test_folder_tree_counts_sub_folders_and_lists_parents():
    from viewer.folders import folder_tree

    assert folder_tree([("", 2), ("a/b", 3), ("a/b/c", 1), ("d", 4)]) == [
        ("a", 4), ("a/b", 4), ("a/b/c", 1), ("d", 4)]


def test_choosing_a_folder_lists_its_items_and_its_sub_folders(qtbot, qtmodeltester, window, folders_path):
    window.open_paths([folders_path])
    selector = window.folder_selector
    folders = [selector.itemData(index) for index in range(selector.count())]
    assert folders == [None, "leak", UYGHUR, LEAK, f"{LEAK}/2019", "notes"]  # by code point, as stored
    assert selector.itemText(0) == "All folders" and "(5)" in selector.itemText(1)
    assert selector.itemText(4).startswith("        \u20682019\u2069")  # indented under its parent, isolated
    everything = listed(window)
    assert len(everything) == 6
    choose(window, LEAK)
    assert listed(window) == {f"{LEAK}/名单 2018", f"{LEAK}/2019/photo"}
    qtmodeltester.check(window.items_model)
    choose(window, UYGHUR)
    assert listed(window) == {f"{UYGHUR}/bundle", f"{UYGHUR}/README", f"{UYGHUR}/data"}
    kinds = {window.items_model.index(row, 1).data() for row in range(window.items_model.rowCount())}
    assert kinds == {"File kept as given"}
    assert window.items_model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    choose(window, None)
    assert listed(window) == everything
    qtbot.waitUntil(lambda: not window.library.sessions[0].verifying, timeout=60_000)


def test_opening_another_archive_resets_the_folder(qtbot, window, folders_path, built):
    window.open_paths([folders_path])
    choose(window, "notes")
    assert listed(window) == {"notes/top"}
    window.open_paths([built])
    assert window.folder_selector.currentIndex() == 0 and window.items_model.folder is None
    assert len(listed(window)) == window.library.sessions[-1].archive.items.count()
    qtbot.waitUntil(lambda: all(not s.verifying for s in window.library.sessions), timeout=60_000)


def test_folder_names_are_plain_text_in_tool_tips(qtbot, window, folders_path, tmp_path):
    import sqlite3

    forged = forge_markup(folders_path, tmp_path / "forged.casefile")
    conn = sqlite3.connect(forged)
    with conn:
        conn.execute("UPDATE item_files SET folder = ? WHERE item_id = 'notes/top'", ('<img src=x onerror=y>',))
    conn.close()
    window.open_paths([forged])
    selector = window.folder_selector
    index = selector.findData('<img src=x onerror=y>')
    assert index > 0 and '<img src=x onerror=y>' in selector.itemText(index)
    assert "&lt;img" in selector.itemData(index, Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: not window.library.sessions[0].verifying, timeout=60_000)


def test_the_gallery_narrows_to_a_folder_too(qtbot, window, folders_path):
    window.open_paths([folders_path])
    gallery = window.gallery
    images = gallery.model.rowCount()
    assert images >= 1 and gallery.folder_selector.itemText(0) == "All folders"
    gallery.folder_selector.setCurrentIndex(gallery.folder_selector.findData(LEAK))
    assert [gallery.model.item_id(row) for row in range(gallery.model.rowCount())] == [f"{LEAK}/2019/photo"]
    assert gallery.summary.text().startswith("1 image")
    gallery.folder_selector.setCurrentIndex(gallery.folder_selector.findData("notes"))
    assert gallery.model.rowCount() == 0
    gallery.folder_selector.setCurrentIndex(0)
    assert gallery.model.rowCount() == images
    qtbot.waitUntil(lambda: not window.library.sessions[0].verifying, timeout=60_000)


def test_the_list_shows_and_orders_by_source_and_folder(qtbot, window, sample_path, qtmodeltester):
    window.open_paths([sample_path])
    settled(qtbot, window)
    model = window.items_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (5, 6)] == ["Source", "Folder"]
    model.sort(6, Qt.SortOrder.DescendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    folders = [model.index(row, 6).data() for row in range(model.rowCount())]
    assert folders == sorted(folders, reverse=True) and folders[0] == "tables"
    assert model.index(folders.index("reports"), 0).data()  # a title beside each folder
    model.sort(5, Qt.SortOrder.AscendingOrder)
    sources = [model.index(row, 5).data() for row in range(model.rowCount())]
    assert sources == sorted(sources) and any(sources)
    qtmodeltester.check(model)
