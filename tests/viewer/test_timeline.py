"""The timeline tab (Go › Timeline, Ctrl+Shift+D; the search's "Timeline of these results"): events laid
out without overlaps, keys and clicks open them, zoom keeps labels legible, archive labels are text."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from viewer.timeline import TimelineTab, day_number

from ..helpers.viewer import settled


def _open(qtbot, window, path, **subject) -> TimelineTab:
    window.open_paths([path])
    settled(qtbot, window)
    tab = window.open_timeline(window.library.sessions[0], **subject)
    qtbot.waitUntil(lambda: tab.timeline is not None, timeout=10_000)
    return tab


def test_an_entity_timeline_opens_its_events_with_keys_and_clicks(qtbot, window, built):
    tab = _open(qtbot, window, built, entity_id="person-chen-quanguo")
    assert window.tabs.currentWidget() is tab and "Chen Quanguo" in window.tabs.tabText(window.tabs.currentIndex())
    view = tab.view
    ids = [placed.event.id for placed in view.placed]
    assert {"occ-chen", "sanction-us-chen", "reports/assessment"} <= set(ids)
    assert "dated items and relations" in tab.summary.text()
    # Left to right: a bar starts where its date is, and no two overlap in a lane.
    for placed in view.placed:
        assert abs(placed.bar.rect().left() - view._x(day_number(placed.event.start))) < 1
    lanes = {}
    for placed in view.placed:
        lanes.setdefault(placed.lane, []).append(placed.bar.rect())
    for rects in lanes.values():
        rects.sort(key=lambda r: r.left())
        assert all(a.right() <= b.left() for a, b in zip(rects, rects[1:]))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected == 0
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected == 1 and window.statusBar().currentMessage()
    chosen = view.placed[view.selected].event
    qtbot.keyClick(view, Qt.Key.Key_Return)
    opened = window.tabs.currentWidget()
    assert getattr(opened, "item_id", None) == chosen.id or getattr(opened, "entity_id", None) == chosen.id


def test_zoom_relays_out_instead_of_scaling_text(qtbot, window, built):
    tab = _open(qtbot, window, built)
    view = tab.view
    width = view.scene().sceneRect().width()
    font_size = next(i for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)).font().pointSizeF()
    view.zoom(4)
    assert view.scene().sceneRect().width() > width * 2
    assert view.transform().isIdentity()  # labels keep their size: laid out again, never scaled
    assert next(i for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)).font().pointSizeF() == \
        font_size
    view.fit()
    assert view.scene().sceneRect().width() <= view.viewport().width() + 400


def test_the_search_button_and_go_menu_open_the_timeline_of_what_is_in_front(qtbot, window, built):
    window.open_paths([built])
    settled(qtbot, window)
    window.search.set_query("sanction")
    window.search.run_now()
    qtbot.waitUntil(lambda: not window.search.busy, timeout=20_000)
    assert window.search.timeline_button.isVisibleTo(window.search)
    window.search.timeline_button.click()
    tab = window.tabs.currentWidget()
    assert isinstance(tab, TimelineTab) and tab.query == "sanction"
    window.open_entity(window.library.sessions[0], "person-chen-quanguo")
    entity_timeline = window.timeline_here()
    assert entity_timeline.entity_id == "person-chen-quanguo"
    assert window.timeline_here() is entity_timeline  # already in front: it stays


def test_forged_labels_are_drawn_as_text(qtbot, window, archive_copy):
    with sqlite3.connect(archive_copy) as db:
        db.execute("UPDATE items SET title = '<img src=x><b>Bold</b>' WHERE id = 'reports/assessment'")
    db.close()
    tab = _open(qtbot, window, archive_copy)
    texts = [i.text() for i in tab.view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert "<img src=x><b>Bold</b>" in texts
    placed = next(p for p in tab.view.placed if p.event.id == "reports/assessment")
    assert "&lt;img" in placed.bar.toolTip()  # Qt shows tool tips as rich text: escaped
    # Clicking it opens it.
    centre = tab.view.mapFromScene(placed.bar.rect().center())
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert getattr(window.tabs.currentWidget(), "item_id", None) == "reports/assessment"


def test_a_language_switch_keeps_the_timelines_open(qtbot, window, built):
    tab = _open(qtbot, window, built, entity_id="person-chen-quanguo")
    window.open_timeline(window.library.sessions[0], query="sanction")
    keys = {tab.key(), window.tabs.currentWidget().key()}
    window.set_language("zh_CN")
    reopened = {window.tabs.widget(i).key() for i in range(window.fixed_tabs, window.tabs.count())}
    assert keys <= reopened
    window.set_language("en")
