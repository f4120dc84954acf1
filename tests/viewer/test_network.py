"""The relationship graph tab (Go › Relationship Graph, Ctrl+Shift+G): grown node by node, filtered by
kind of link and year, exported as PNG and SVG, responsive at 500 nodes, archive labels as text."""

from __future__ import annotations

import sqlite3
import time
import xml.etree.ElementTree as ET

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from viewer.network import GraphTab

from ..helpers.viewer import settled


def _graph(qtbot, window, path, entity_id="person-chen-quanguo") -> GraphTab:
    window.open_paths([path])
    settled(qtbot, window)
    return window.open_graph(window.library.sessions[0], entity_id)


def test_grows_node_by_node_and_opens_pages(qtbot, window, built):
    tab = _graph(qtbot, window, built)
    assert set(tab.view.nodes) >= {"person-chen-quanguo", "position-xuar-secretary", "sanction-us-chen"}
    assert "org-xpcc" not in tab.view.nodes
    tab.view.setFocus()
    tab.view.select("position-xuar-secretary")
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # Enter adds its links
    assert "org-xpcc" in tab.view.nodes
    positions = [node.pos for node in tab.view.nodes.values()]
    assert all((a - b).manhattanLength() > 1 for i, a in enumerate(positions) for b in positions[i + 1:])
    qtbot.keyClick(tab.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter opens it
    assert getattr(window.tabs.currentWidget(), "entity_id", None) == "position-xuar-secretary"
    graph = window.graph_here()  # Go › Relationship Graph from that page
    assert isinstance(graph, GraphTab) and graph.entity_id == "position-xuar-secretary"
    window.tabs.setCurrentWidget(window.search)
    assert window.graph_here() is None and "Open an entity first" in window.statusBar().currentMessage()


def test_filters_by_kind_and_year(qtbot, window, built):
    tab = _graph(qtbot, window, built)
    sanctions = next(tab.kinds.item(i) for i in range(tab.kinds.count()) if tab.kinds.item(i).text() == "sanctions")
    sanctions.setCheckState(Qt.CheckState.Unchecked)
    assert not tab.view.nodes["sanction-us-chen"].item.isVisible()
    sanctions.setCheckState(Qt.CheckState.Checked)
    tab.year_filter.setChecked(True)
    tab.year.setValue(2015)  # before the post (2016-08 to 2021-12) and the sanction (2020)
    assert not tab.view.nodes["position-xuar-secretary"].item.isVisible()
    tab.year.setValue(2020)
    assert tab.view.nodes["position-xuar-secretary"].item.isVisible()
    assert tab.view.nodes["person-chen-quanguo"].item.isVisible()  # the centre always shows


def test_exports_png_and_svg_with_labels_escaped(qtbot, window, archive_copy, tmp_path):
    with sqlite3.connect(archive_copy) as db:
        db.execute("UPDATE entities SET caption = '<script>&x</script>' WHERE id = 'position-xuar-secretary'")
    db.close()
    tab = _graph(qtbot, window, archive_copy)
    assert tab.view.nodes["position-xuar-secretary"].label.text() == "<script>&x</script>"  # drawn as text
    tab.export_png(tmp_path / "g.png")
    assert not QImage(str(tmp_path / "g.png")).isNull()
    tab.export_svg(tmp_path / "g.svg")
    svg = (tmp_path / "g.svg").read_text(encoding="utf-8")
    assert "<script>" not in svg and "&lt;script&gt;&amp;x" in svg
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg") and len(root) > 5


def test_five_hundred_nodes_stay_responsive(qtbot, window, built):
    tab = _graph(qtbot, window, built)
    started = time.perf_counter()
    for n in range(500):
        tab.view.add_node(f"n{n}", f"Synthetic node {n}", "Person", QPointF(n * 30.0, (n % 20) * 40.0))
        tab.view.add_edge("person-chen-quanguo", f"n{n}", "associate", None, None)
    tab._list_kinds()
    tab.apply_filters()
    tab.view.viewport().repaint()
    assert time.perf_counter() - started < 3.0
    started = time.perf_counter()
    tab.year_filter.setChecked(True)  # a filter over 500 links
    tab.view.viewport().repaint()
    assert time.perf_counter() - started < 1.0


def test_labels_do_not_cover_each_other(qtbot, window, sample_path):
    tab = _graph(qtbot, window, sample_path)  # Chen Quanguo: two sanctions and a committee below him
    for node_id in list(tab.view.nodes):
        if tab.view.nodes[node_id].schema == "Position":
            tab.expand(node_id)
    labels = [node.label.sceneBoundingRect() for node in tab.view.nodes.values() if node.label.isVisible()]
    circles = [node.item.sceneBoundingRect() for node in tab.view.nodes.values() if node.item.isVisible()]
    assert len(labels) >= 8
    assert not any(a.intersects(b) for i, a in enumerate(labels) for b in labels[i + 1:])
    assert not any(label.intersects(circle) for label in labels for circle in circles)
