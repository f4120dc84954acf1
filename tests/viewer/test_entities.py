"""Entity browsing: the lazy entity list with its filters, and entity pages with relations and mentions."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from archive.text import fold
from viewer.entities import listview
from viewer.entities.labels import readable
from viewer.entities.listview import IdRole, EntityListView
from viewer.entities.page import EntityPage
from viewer.library.sessions import Library

# Links are clicked with the mouse, so pages are shown; showing a top-level widget offscreen logs this.
CHEN = "person-chen-quanguo"
XUAR_SECRETARY = "pos-xuar-party-secretary"
XUAR_CCP = "org-ccp-xinjiang"


@pytest.fixture
def session(sample_path):
    library = Library()
    yield library.open(sample_path)
    library.close_all()


@pytest.fixture
def entity_list(qtbot, session):
    widget = EntityListView()
    qtbot.addWidget(widget)
    widget.set_session(session)
    return widget


@pytest.fixture
def page(qtbot, session):
    widget = EntityPage()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show_entity(session, CHEN)
    widget.show()
    qtbot.waitExposed(widget)
    return widget



def test_the_list_order_is_read_in_the_background_for_the_first_filter(qtbot, entity_list, session, monkeypatch):
    # At 100,000 entities the order takes 0.2-0.3 s: read on a worker's own connection when the
    # archive is shown, the first letter typed does not wait for it on the GUI thread.
    entities = session.archive.entities
    qtbot.waitUntil(lambda: entities._order is not None, timeout=10_000)
    asked = []
    query = session.archive.query
    monkeypatch.setattr(session.archive, "query", lambda sql, params=(), **kw: asked.append(sql) or query(sql, params, **kw))
    entity_list.name_filter.setText("chen")
    entity_list._apply_filter()
    assert CHEN in [entity_list.model.entity_id(row) for row in range(entity_list.model.rowCount())]
    assert asked and not any("ORDER BY e.schema, e.caption" in sql for sql in asked)


def _fetch_all(model) -> None:
    while model.canFetchMore():
        model.fetchMore()


def _ids(model) -> list[str]:
    return [model.index(row, 0).data(IdRole) for row in range(model.rowCount())]


# -- the entity list ---------------------------------------------------------------------------------

def test_list_fetches_lazily_and_passes_modeltester(entity_list, qtmodeltester):
    model = entity_list.model
    assert model.rowCount() == listview.PAGE < 537
    assert model.canFetchMore()
    qtmodeltester.check(model)
    _fetch_all(model)
    assert model.rowCount() == entity_list.session.archive.entities.count() == 537
    assert not model.canFetchMore()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_schema_filter_uses_the_counts(entity_list):
    labels = [entity_list.schema_box.itemText(i) for i in range(entity_list.schema_box.count())]
    assert labels[0] == "All types (537)"
    assert "Sanction (43)" in labels
    entity_list.schema_box.setCurrentIndex(labels.index("Sanction (43)"))
    model = entity_list.model
    _fetch_all(model)
    assert model.rowCount() == 43
    assert {model.index(r, 1).data() for r in range(43)} == {"Sanction"}
    assert entity_list.status.text().startswith("43 entities")


@pytest.mark.parametrize("text", ["chen quanguo", "陈全国", "چېن چۈەنگو", "CHÉN QUANGUO"])
def test_name_filter_matches_any_script(entity_list, qtbot, text):
    entity_list.name_filter.setText(text)
    model = entity_list.model
    qtbot.waitUntil(lambda: model.text == text and model.exhausted)
    assert CHEN in _ids(model)
    assert all(fold(text) in fold(model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole))
               for r in range(model.rowCount()))


def _begins_words(names: list[str], text: str) -> bool:
    """Whether every word of `text` begins a word of one of `names` (folded), as the filter matches."""
    words = {word for name in names for word in fold(name).split()}
    return all(any(w.startswith(query) for w in words) for query in fold(text).split())


def test_name_filter_pages_through_the_matches(entity_list, qtbot, monkeypatch, qtmodeltester):
    monkeypatch.setattr(listview, "PAGE", 2)
    archive = entity_list.session.archive
    expected = [e.id for e in archive.entities.iter_all("Address")
                if _begins_words([e.caption, *e.properties.get("name", [])], "Synthetic Count")]
    entity_list.schema_box.setCurrentIndex(entity_list.schema_box.findData("Address"))
    entity_list.name_filter.setText("Synthetic Count")
    model = entity_list.model
    qtbot.waitUntil(lambda: model.text == "Synthetic Count")
    assert model.total == len(expected) >= 3
    assert entity_list.status.text().startswith(f"{len(expected)} matching")
    _fetch_all(model)
    assert _ids(model) == expected
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"synthetic"}
    qtmodeltester.check(model)


@pytest.mark.parametrize("text", ["no such name zzz", "@@"])
def test_name_filter_with_no_match_is_empty_and_done(entity_list, qtbot, text):
    entity_list.name_filter.setText(text)
    model = entity_list.model
    qtbot.waitUntil(lambda: model.text == text)
    assert model.rowCount() == 0 and model.exhausted and not model.canFetchMore()
    assert entity_list.status.text().startswith("0 matching")


def test_one_han_character_finds_the_names_it_begins(entity_list, qtbot):
    entity_list.name_filter.setText("陈")
    model = entity_list.model
    qtbot.waitUntil(lambda: model.text == "陈")
    _fetch_all(model)
    assert CHEN in _ids(model)


def test_enter_in_the_list_opens_the_entity(entity_list, qtbot):
    entity_list.schema_box.setCurrentIndex(entity_list.schema_box.findData("Person"))
    entity_list.name_filter.setText("Chen Quanguo")
    with qtbot.waitSignal(entity_list.entityActivated) as signal:
        qtbot.keyClick(entity_list.name_filter, Qt.Key.Key_Return)  # moves to the first match
        qtbot.keyClick(entity_list.table, Qt.Key.Key_Return)
    assert signal.args == [entity_list.session, CHEN]


# -- the entity page ---------------------------------------------------------------------------------

def _click_link(qtbot, browser, text: str) -> None:
    """Click, with the mouse, the first link in `browser` whose text is `text`."""
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor() and fragment.text() == text:
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position())
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                rect = browser.cursorRect(cursor)
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                                 pos=QPoint(rect.x() + 3, rect.center().y()))
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link {text!r} in {browser.accessibleName()}")


def _highlighted(browser) -> list[str]:
    found, block = [], browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().color().name() == "#fff176":
                found.append(fragment.text())
            it += 1
        block = block.next()
    return found


def test_page_shows_names_in_every_script(page):
    assert page.name.text() == "Chen Quanguo"
    assert "陈全国" in page.chinese.text()
    assert "چېن چۈەنگو" in page.uyghur.text()
    assert "Chen Quan'guo" in page.aliases.text()
    assert page.schema.text().startswith("Person")
    assert page.synthetic.isHidden()
    details = page.details.toPlainText()
    assert "Birth date" in details and "1955-11" in details
    assert "Politically exposed person" in details


def test_relations_navigate_official_position_organisation_with_history(page, qtbot):
    details = page.details.toPlainText()
    assert "Holds" in details and "Sanctions" in details
    with qtbot.waitSignal(page.entityActivated) as signal:
        _click_link(qtbot, page.details, "Party Secretary of the Xinjiang Uyghur Autonomous Region")
    assert signal.args[1] == XUAR_SECRETARY
    assert page.entity.id == XUAR_SECRETARY and page.entity.schema == "Position"
    assert "Holders" in page.details.toPlainText()
    organisation = page.session.archive.entities.get(XUAR_CCP).caption
    _click_link(qtbot, page.details, organisation)
    assert page.entity.id == XUAR_CCP
    assert not page.forward_action.isEnabled()
    qtbot.keyClick(page.details, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.entity.id == XUAR_SECRETARY
    page.back_action.trigger()
    assert page.entity.id == CHEN and not page.back_action.isEnabled()
    qtbot.keyClick(page.details, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.entity.id == XUAR_SECRETARY
    # Going somewhere new from the middle of the history drops what was ahead.
    page.back()
    _click_link(qtbot, page.details, "Sanction on Chen Quanguo (Office of Foreign Assets Control)")
    assert page.entity.schema == "Sanction"
    assert not page.forward_action.isEnabled()
    assert "Global Magnitsky" in page.details.toPlainText()


def test_mentions_are_shown_in_context(page):
    text = page.mentions.toPlainText()
    assert "Chen Quanguo (陈全国): career outline" in text
    marked = _highlighted(page.mentions)
    assert "Chen Quanguo" in marked and "陈全国" in marked and "چېن چۈەنگو" in marked
    mentioned = {m.item_id for m in page.session.archive.entities.mentions(CHEN)}
    assert f"Mentioned in {len(mentioned)} items" in text


def test_clicking_a_mention_opens_the_item_with_the_name_to_highlight(page, qtbot):
    with qtbot.waitSignal(page.itemActivated) as signal:
        _click_link(qtbot, page.mentions, "Chen Quanguo (陈全国): career outline")
    assert signal.args == [page.session, "reports/chen-quanguo-career", '"Chen Quanguo"']


def test_synthetic_person_is_labelled(page, session):
    person = next(e for e in session.archive.entities.list("Person", limit=500) if e.synthetic)
    page.show_entity(session, person.id)
    assert not page.synthetic.isHidden()
    assert page.synthetic.text() == "Synthetic record (not a real person)"


def test_archive_strings_are_escaped(page, session, monkeypatch):
    real_get = session.archive.entities.get
    hostile = '<img src="file:///etc/passwd"><a href="https://example.org">x</a>'

    def get(entity_id):
        entity = real_get(entity_id)
        return dataclasses.replace(entity, caption=hostile, properties={**entity.properties, "notes": [hostile]})

    monkeypatch.setattr(session.archive.entities, "get", get)
    page.show_entity(session, XUAR_SECRETARY)
    assert page.name.text() == hostile and page.name.textFormat() == Qt.TextFormat.PlainText
    assert hostile in page.details.toPlainText()
    assert "<img" not in page.details.toHtml().replace("&lt;img", "")


def test_unknown_entity_is_reported(page, session):
    page.show_entity(session, "no-such-entity")
    assert page.entity is None
    assert "no-such-entity" in page.details.toPlainText()


def test_readable_labels():
    assert readable("birthDate") == "Birth date"
    assert readable("addressEntity") == "Address"
    assert readable("PublicBody") == "Public body"
