"""Viewer figures on the scale archive: start to first results, memory after the gallery, thumbnails.

    python benchmarks/bench_viewer.py ARCHIVE [--query WORD] [--repeat 3] [--lists | --lists-only]

Each figure has a peer measured in the same run:
- start to first results: a fresh process that opens the archive in the main window, runs a search
  and prints when the first results are in the model (wall time from spawning the process), against
  a fresh process that only shows an empty Qt main window (the floor any PySide6 app pays);
- memory: resident set of the viewer after opening the archive and scrolling the whole gallery to
  the end, page by page, against the empty Qt main window's;
- thumbnail fetch: `archive.items.thumbnail` plus decoding to a QImage (what the gallery does for
  each visible cell), against a bare `SELECT data FROM thumbnails` on a plain sqlite3 connection;
- the search path (with --search-repeat N): plain, fuzzy, zero-hit and faceted queries typed into the
  viewer's own SearchPanel, timed to the first page on screen and to the facets shown, against
  `archive.search.find(..., facets=True)` on one archive kept open in the same process.
- the lists (with --lists): in one fresh main window, after verification, the Entities tab's first
  screen, name filters (one letter, a common prefix, no match, cleared), scrolling to the last row
  (fetchMore until done); the Items tab's first screen, its largest folder, scrolling to the end; the
  Gallery's first screen and paging it to the last image; the RSS after each. No peer: issue 20 asks
  for these at size, and the growth between sizes is the comparison (benchmarks/RESULTS.md).
Targets (DESIGN.md): start ≤ 1.5 s, memory ≤ 300 MB, thumbnail ≤ 2 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed, here or in the children
ENV = dict(os.environ)


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def settle(condition, timeout_s: float = 60.0) -> None:
    """Run the Qt event loop until `condition()` holds, checking every 5 ms."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, deadline = QEventLoop(), time.monotonic() + timeout_s

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()
        else:
            QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)
    loop.exec()


# -- child processes ------------------------------------------------------------------------------------
def child_start(archive: str, query: str) -> None:
    from PySide6.QtWidgets import QApplication

    from viewer.mainwindow import MainWindow
    from viewer.settings import Settings

    app = QApplication(sys.argv[:1])
    window = MainWindow(Settings(Path(os.environ["CASEFILE_DATA_DIR"]) / "viewer.ini"))
    window.resize(1280, 800)
    window.show()
    assert window.open_paths([Path(archive)]) == []
    window.search.set_query(query)
    window.search.run_now()
    settle(lambda: window.search.result_count() > 0)
    print(f"RESULTS {window.search.result_count()} after {since_spawn():.3f}", flush=True)
    for session in window.library.sessions:
        session.cancel_verification()
    window.close()
    app.quit()


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("empty"))
    window.resize(1280, 800)
    window.show()
    settle(lambda: window.isVisible())
    print(f"SHOWN rss {rss_mb():.1f} after {since_spawn():.3f}", flush=True)
    app.quit()


def child_memory(archive: str) -> None:
    from PySide6.QtWidgets import QApplication

    from viewer import workers
    from viewer.mainwindow import MainWindow
    from viewer.settings import Settings

    app = QApplication(sys.argv[:1])
    window = MainWindow(Settings(Path(os.environ["CASEFILE_DATA_DIR"]) / "viewer.ini"))
    window.resize(1280, 800)
    window.show()
    assert window.open_paths([Path(archive)]) == []
    settle(lambda: not window.library.sessions[0].verifying, timeout_s=120)
    window.tabs.setCurrentWidget(window.gallery)
    bar = window.gallery.view.verticalScrollBar()
    settle(lambda: bar.maximum() > 0)
    pages = 0
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        window.gallery.view.viewport().repaint()
        settle(lambda: True)
        settle(lambda: True)
        pages += 1
    workers.wait_for_all()
    print(f"MEMORY rss {rss_mb():.1f} pages {pages} images {window.gallery.model.rowCount()}", flush=True)
    window.close()
    app.quit()


def paint_ms(app, view, action) -> float:
    """Milliseconds for `action()` plus the repaint and events it causes: what the reader waits for."""
    started = time.perf_counter()
    action()
    view.viewport().repaint()
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def scroll_table(app, view) -> tuple[float, int]:
    """Scroll a fetch-more table to the very end, as dragging the scroll bar down would: seconds, pages."""
    started, pages = time.perf_counter(), 0
    while view.model().canFetchMore():
        view.scrollToBottom()
        view.viewport().repaint()
        app.processEvents()
        pages += 1
    return time.perf_counter() - started, pages


def scroll_gallery(gallery) -> tuple[float, int]:
    """Page the gallery down to its last image, letting each page's thumbnails decode: seconds, pages."""
    from viewer import workers

    bar, started, pages = gallery.view.verticalScrollBar(), time.perf_counter(), 0
    settle(lambda: bar.maximum() > 0, timeout_s=5)  # stays 0 when every image fits on one screen
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        gallery.view.viewport().repaint()
        settle(lambda: True)
        pages += 1
    workers.wait_for_all()
    return time.perf_counter() - started, pages


LIST_FILTERS = ("a", "chen", "zzzqx")  # one letter (the most rows), a common prefix, no match


def lists_entities(app, window, session) -> None:
    view = window.entity_list
    window.tabs.setCurrentWidget(view)
    print(f"LIST entities first-screen {paint_ms(app, view.table, lambda: view.set_session(session)):.1f} ms "
          f"rows {view.model.rowCount()} total {view.model.total}", flush=True)
    for text in LIST_FILTERS + ("",):
        view.name_filter.setText(text)
        ms = paint_ms(app, view.table, view.name_filter.returnPressed.emit)  # Enter: filter now, no debounce
        print(f"LIST entities filter {text or '(cleared)'!r} {ms:.1f} ms total {view.model.total}", flush=True)
    seconds, pages = scroll_table(app, view.table)
    print(f"LIST entities scroll {seconds * 1000:.1f} ms pages {pages} rows {view.model.rowCount()} "
          f"rss {rss_mb():.1f}", flush=True)


def lists_items(app, window, session) -> None:
    view, model = window.items_view, window.items_model
    window.tabs.setCurrentWidget(view.parentWidget())  # the Items tab
    print(f"LIST items first-screen {paint_ms(app, view, lambda: model.set_session(session)):.1f} ms "
          f"rows {model.rowCount()}", flush=True)
    folder, count = max(session.archive.items.folders(), key=lambda pair: pair[1], default=(None, 0))
    ms = paint_ms(app, view, lambda: model.set_folder(folder))
    print(f"LIST items folder {ms:.1f} ms ({count} items)", flush=True)
    paint_ms(app, view, lambda: model.set_folder(None))
    seconds, pages = scroll_table(app, view)
    print(f"LIST items scroll {seconds * 1000:.1f} ms pages {pages} rows {model.rowCount()} rss {rss_mb():.1f}",
          flush=True)


def lists_gallery(app, window, session) -> None:
    gallery = window.gallery
    window.tabs.setCurrentWidget(gallery)
    print(f"LIST gallery first-screen {paint_ms(app, gallery.view, lambda: gallery.set_session(session)):.1f} ms "
          f"images {gallery.model.rowCount()}", flush=True)
    seconds, pages = scroll_gallery(gallery)
    print(f"LIST gallery scroll {seconds * 1000:.1f} ms pages {pages} rss {rss_mb():.1f}", flush=True)


def child_lists(archive: str) -> None:
    """Entities, Items and Gallery through the real main window, after verification has finished."""
    from PySide6.QtWidgets import QApplication

    from viewer.mainwindow import MainWindow
    from viewer.settings import Settings

    app = QApplication(sys.argv[:1])
    window = MainWindow(Settings(Path(os.environ["CASEFILE_DATA_DIR"]) / "viewer.ini"))
    window.resize(1280, 800)
    window.show()
    assert window.open_paths([Path(archive)]) == []
    session = window.library.sessions[0]
    settle(lambda: not session.verifying, timeout_s=600)
    # What opening starts besides verification (the entity list order) finishes first: the lists are
    # measured as a reader finds them a moment after opening, each action on its own.
    from viewer import workers

    started = time.perf_counter()
    workers.wait_for_all()
    settle(lambda: True)
    print(f"LIST open rss {rss_mb():.1f} background {(time.perf_counter() - started) * 1000:.0f} ms "
          f"after verification", flush=True)
    for measure in (lists_entities, lists_items, lists_gallery):
        measure(app, window, session)
    window.close()
    app.quit()


SEARCHES = {"plain": "Xinjiang", "fuzzy": "Quangou~", "zero-hit": "zzzxqj", "faceted": "Xinjiang kind:report"}


def child_search(archive: str, repeat: int) -> None:
    """Each query of SEARCHES `repeat` times through the SearchPanel, then through the core alone."""
    from PySide6.QtWidgets import QApplication

    from archive import open_archive
    from viewer import workers
    from viewer.search.panel import SearchPanel
    from viewer.library.sessions import Library

    app = QApplication(sys.argv[:1])
    library = Library()
    library.open(archive)
    panel = SearchPanel(library)
    panel.show()
    shown: list[float] = []
    panel.resultsShown.connect(lambda _total: shown.append(time.perf_counter()))
    for _ in range(repeat):
        for name, query in SEARCHES.items():
            panel.query_edit.setText(query)
            shown.clear()
            started = time.perf_counter()
            panel.run_now()
            settle(lambda: shown and not panel.busy)
            done = time.perf_counter()
            print(f"SEARCH {name} page {(shown[0] - started) * 1000:.2f} facets {(done - started) * 1000:.2f}")
    workers.wait_for_all()
    library.close_all()
    with open_archive(archive) as opened:
        for _ in range(repeat):
            for name, query in SEARCHES.items():
                started = time.perf_counter()
                opened.search.find(query, limit=50, facets=True)
                print(f"PEER {name} {(time.perf_counter() - started) * 1000:.2f}", flush=True)
    app.quit()


def search_path(archive: Path, repeat: int, data_dir: Path) -> None:
    """Print p50/p95 of the viewer's search path per query type, with the core's own search beside it."""
    result = subprocess.run([sys.executable, __file__, "--child-search", str(archive), str(repeat)],
                            env={**ENV, "CASEFILE_DATA_DIR": str(data_dir)}, capture_output=True, text=True,
                            timeout=1800)
    if result.returncode != 0:
        raise SystemExit(f"child --child-search failed:\n{result.stderr[-2000:]}")
    page: dict[str, list[float]] = {}
    facets: dict[str, list[float]] = {}
    peer: dict[str, list[float]] = {}
    for line in result.stdout.splitlines():
        fields = line.split()
        if fields and fields[0] == "SEARCH":
            page.setdefault(fields[1], []).append(float(fields[3]) / 1000)
            facets.setdefault(fields[1], []).append(float(fields[5]) / 1000)
        elif fields and fields[0] == "PEER":
            peer.setdefault(fields[1], []).append(float(fields[2]) / 1000)
    print(f"search path through the SearchPanel (n={repeat} each; ms):")
    for name, query in SEARCHES.items():
        print(f"  {name:9} {query!r:24} page p50 {pct(page[name], .5):7.1f} p95 {pct(page[name], .95):7.1f}   "
              f"with facets p50 {pct(facets[name], .5):7.1f} p95 {pct(facets[name], .95):7.1f}   "
              f"peer find(facets=True) p50 {pct(peer[name], .5):7.1f} p95 {pct(peer[name], .95):7.1f}")


def lists(archive: Path, data_dir: Path) -> None:
    """Print the Entities/Items/Gallery figures of one fresh viewer process."""
    result = subprocess.run([sys.executable, __file__, "--child-lists", str(archive)],
                            env={**ENV, "CASEFILE_DATA_DIR": str(data_dir)}, capture_output=True, text=True,
                            timeout=1800)
    if result.returncode != 0:
        raise SystemExit(f"child --child-lists failed:\n{result.stderr[-2000:]}")
    print("lists through the main window (after verification and the background work of opening; one run):")
    for line in result.stdout.splitlines():
        if line.startswith("LIST "):
            print("  " + line[5:])


# -- the parent: spawn, time, compare -----------------------------------------------------------------------
def since_spawn() -> float:
    """Seconds since the parent spawned this process (CLOCK_MONOTONIC is one clock for every process)."""
    return time.monotonic() - float(os.environ["BENCH_SPAWNED"])


def spawn(*args: str, data_dir: Path) -> tuple[float, str]:
    """Run a child; the seconds are from spawning it to the line it reports, not to its exit: closing
    the window waits for background work (the first facet count), which is not part of starting."""
    started = time.perf_counter()
    env = {**ENV, "CASEFILE_DATA_DIR": str(data_dir), "BENCH_SPAWNED": repr(time.monotonic())}
    result = subprocess.run([sys.executable, __file__, *args], env=env,
                            capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise SystemExit(f"child {args[0]} failed:\n{result.stderr[-2000:]}")
    line = next(line for line in result.stdout.splitlines() if line.split(" ", 1)[0] in ("RESULTS", "SHOWN", "MEMORY"))
    fields = line.split()
    return (float(fields[-1]) if "after" in fields else time.perf_counter() - started), line


def thumbnails(archive: Path, samples: int = 2000) -> tuple[list[float], list[float]]:
    from PySide6.QtGui import QGuiApplication

    from archive import open_archive
    from viewer.gallery import decode_thumbnail

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage needs it
    ours, peer = [], []
    with open_archive(archive) as opened:
        ids = opened.items.ids("image")
        chosen = random.Random(1).sample(ids, min(samples, len(ids)))
        raw = sqlite3.connect(f"file:{archive}?mode=ro&immutable=1", uri=True)
        for item_id in chosen:
            started = time.perf_counter()
            image = decode_thumbnail(opened.items.thumbnail(item_id))
            ours.append(time.perf_counter() - started)
            assert not image.isNull()
            started = time.perf_counter()
            raw.execute("SELECT data FROM thumbnails WHERE item_id = ? LIMIT 1", (item_id,)).fetchone()
            peer.append(time.perf_counter() - started)
        raw.close()
    return ours, peer


def pct(values: list[float], p: float) -> float:
    return sorted(values)[min(len(values) - 1, int(len(values) * p))] * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--query", default="Xinjiang")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--search-repeat", type=int, default=0,
                        help="also time the search path through the SearchPanel, N times per query type")
    parser.add_argument("--search-only", action="store_true", help="time only the search path")
    parser.add_argument("--lists", action="store_true",
                        help="also time Entities, Items and Gallery: first screen, filters, scroll to the end, RSS")
    parser.add_argument("--lists-only", action="store_true", help="time only the lists")
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        if args.search_repeat:
            search_path(args.archive, args.search_repeat, data)
        if args.lists or args.lists_only:
            lists(args.archive, data)
        if args.search_only or args.lists_only:
            return 0
        starts, bares, bare_rss = [], [], []
        for _ in range(args.repeat):
            seconds, line = spawn("--child-start", str(args.archive), args.query, data_dir=data)
            starts.append(seconds)
            seconds, line = spawn("--child-bare", data_dir=data)
            bares.append(seconds)
            bare_rss.append(float(line.split()[2]))
        _, memory_line = spawn("--child-memory", str(args.archive), data_dir=data)
    ours, peer = thumbnails(args.archive)
    memory = float(memory_line.split()[2])
    print(f"archive: {args.archive} ({args.archive.stat().st_size / 1e6:,.0f} MB); best of {args.repeat}")
    start, bare = min(starts), min(bares)
    print(f"start to first results ({args.query!r}): {start:.2f} s   empty Qt window: {bare:.2f} s   "
          f"ratio {start / bare:.2f}x   (target <= 1.5 s)")
    print(f"memory after scrolling the gallery: {memory:.0f} MB ({memory_line})   empty Qt window: "
          f"{min(bare_rss):.0f} MB   ratio {memory / min(bare_rss):.2f}x   (target <= 300 MB)")
    print(f"thumbnail fetch+decode: p50 {pct(ours, .5):.3f} ms  p95 {pct(ours, .95):.3f} ms  max "
          f"{max(ours) * 1000:.2f} ms   raw SELECT: p50 {pct(peer, .5):.3f} ms  p95 {pct(peer, .95):.3f} ms   "
          f"p95 ratio {pct(ours, .95) / pct(peer, .95):.1f}x   (target <= 2 ms)   n={len(ours)}, "
          f"mean {statistics.mean(ours) * 1000:.3f} ms")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child-start":
        child_start(sys.argv[2], sys.argv[3])
    elif len(sys.argv) > 1 and sys.argv[1] == "--child-bare":
        child_bare()
    elif len(sys.argv) > 1 and sys.argv[1] == "--child-memory":
        child_memory(sys.argv[2])
    elif len(sys.argv) > 1 and sys.argv[1] == "--child-lists":
        child_lists(sys.argv[2])
    elif len(sys.argv) > 1 and sys.argv[1] == "--child-search":
        child_search(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(main())
