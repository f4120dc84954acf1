"""Files kept as given: the attachment reader (name, reason, size, the items inside, export) and the
details panel's provenance (path, folder, parent, outcome), with archive text always shown as plain text."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt


from tests.helpers.foldercorpus import LEAK, MARKUP, UYGHUR, forge_markup

DATA = f"{UYGHUR}/data"
BUNDLE = f"{UYGHUR}/bundle"


@pytest.fixture
def folders(folders_path, open_session):
    return open_session(folders_path)


@pytest.fixture
def forged(folders_path, tmp_path, open_session):
    return open_session(forge_markup(folders_path, tmp_path / "forged.casefile"))


@pytest.fixture
def view(qtbot):
    from viewer.readers.attachment import AttachmentView

    widget = AttachmentView()
    qtbot.addWidget(widget)
    return widget


def test_shows_name_type_size_hash_and_why_it_was_not_read(view, folders):
    view.show_item(folders, DATA)
    original = folders.archive.items.original(DATA)
    facts = {key: label.text() for key, label in view.facts.items()}
    assert facts["name"] == "data.xyz" and facts["path"] == f"{UYGHUR}/data.xyz"
    assert facts["type"] == "application/octet-stream"
    assert f"{len(original)} bytes" in facts["size"]
    assert facts["sha256"] == hashlib.sha256(original).hexdigest()
    assert ".xyz" in facts["reason"] and "kept as given" in facts["reason"]
    assert view.message() is None and view.children.isHidden()


def test_the_zip_and_the_file_without_suffix_are_kept_too(view, folders):
    for item_id, name in ((BUNDLE, "bundle.zip"), (f"{UYGHUR}/README", "README")):
        view.show_item(folders, item_id)
        assert view.facts["name"].text() == name and view.facts["reason"].text()


def test_items_inside_are_listed_and_open_on_activation(qtbot, view, forged):
    view.show_item(forged, BUNDLE)
    assert not view.children.isHidden() and view.children.count() == 1
    entry = view.children.item(0)
    with qtbot.waitSignal(view.itemActivated) as opened:
        view.children.itemActivated.emit(entry)
    assert opened.args == [forged, f"{UYGHUR}/README", ""]


def test_markup_in_path_and_reason_is_shown_as_plain_text(view, panel, forged):
    view.show_item(forged, DATA)
    for key in ("path", "reason"):
        label = view.facts[key]
        assert label.textFormat() == Qt.TextFormat.PlainText and MARKUP in label.text()
        assert "&lt;b&gt;" in label.toolTip()  # tool tips escape every character
    panel.show_item(forged, DATA)
    assert panel.origin["Path"].textFormat() == Qt.TextFormat.PlainText
    assert MARKUP in panel.origin["Path"].text() and MARKUP in panel.origin["Content"].text()


def test_details_panel_shows_where_the_item_came_from(panel, folders, forged):
    panel.show_item(folders, DATA)
    assert panel.fields["Kind"].text() == "File kept as given"
    assert panel.origin["Path"].text() == f"{UYGHUR}/data.xyz"
    assert panel.origin["Folder"].text() == UYGHUR
    assert panel.origin["Content"].text().startswith("Kept as given, not read:")
    assert panel.origin["Parent"].text() == "—"
    panel.show_item(folders, f"{LEAK}/名单 2018")
    assert panel.origin["Content"].text().startswith("Read")
    panel.show_item(forged, f"{UYGHUR}/README")
    assert BUNDLE in panel.origin["Parent"].text() and "bundle" in panel.origin["Parent"].text()


def test_details_panel_derives_provenance_for_format_1_ids(panel, session, monkeypatch):
    monkeypatch.setattr(session.archive, "has_table", lambda name: False)  # what a format 1 file answers
    item = session.archive.items.list(limit=1)[0]
    panel.show_item(session, item.id)
    assert panel.origin["Path"].text().endswith(item.file_name)
    assert panel.origin["Folder"].text() == item.id.rpartition("/")[0]
    assert panel.origin["Content"].text().startswith("Read")


def test_item_tab_uses_the_attachment_view_and_asks_for_the_export(qtbot, folders):
    from viewer.readers.attachment import AttachmentView
    from viewer.tabs import ItemTab

    tab = ItemTab(folders, DATA)
    qtbot.addWidget(tab)
    assert isinstance(tab.reader, AttachmentView)
    with qtbot.waitSignal(tab.exportRequested):
        tab.reader.export_action.trigger()


def test_export_opens_the_evidence_export_for_this_item(qtbot, window, folders_path):
    from viewer.export.dialog import ExportDialog

    window.open_paths([folders_path])
    session = window.library.sessions[0]
    tab = window.open_item(session, DATA)
    tab.reader.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.chosen_items() == [DATA]
    dialog.close()
    qtbot.waitUntil(lambda: not session.verifying, timeout=60_000)
