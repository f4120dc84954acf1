"""`build_archive(source_dir, out_path)`: the whole build, from a source folder to a finished archive.

Order of work: read archive.toml and the entity files (cheap, and mention-finding needs every name),
list every file of the folder, then extract text, thumbnails and mentions in worker processes (the
CPU-bound part, one worker per core) while the parent process writes rows in source order, so the
output is the same whichever worker finishes first.

The report says what became of every file (`outcomes`), which files were left out (`skipped`) and every
problem with file and line (`problems`); `warnings` counts what a publisher must look at.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .. import schema
from ..errors import BuildError, SourceError
from ..reader import Metadata
from . import entity_sources, index, sources
from .extract import Outcome, ProcessedItem, extract_item
from .ocrstep import OcrJob
from .mentions import MentionFinder
from .writer import ArchiveWriter

Progress = Callable[[str, int, int], None]
MAX_SOURCE_BYTES = 512 * 1024 * 1024
SERIAL_BELOW = 64  # starting worker processes costs more than it saves for small folders
RUN_AHEAD_PER_WORKER = 32


@dataclass
class BuildReport:
    out_path: Path
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[SourceError] = field(default_factory=list)
    seconds: float = 0.0
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: list[sources.Skipped] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        """Everything a publisher should look at: problems, files left out, and files (or parts of
        them) whose content could not be used as given."""
        return ([str(p) for p in self.problems] + [f"{s.rel_path}: not added: {s.reason}" for s in self.skipped if not s.listed]
                + [f"{o.path}: {w}" for o in self.outcomes for w in o.warnings])


def build_archive(
    source_dir: str | Path,
    out_path: str | Path,
    *,
    strict: bool = False,
    progress: Progress | None = None,
    workers: int | None = None,
    ocr: OcrJob | None = None,
    cluster: str | None = None,
    shared_source: bool = False,
) -> BuildReport:
    """Build `out_path` from `source_dir`. Files that cannot be read are kept as given and reported, or
    with `strict` fail the build. With `ocr`, scanned pages and pictures are read by OCR. With
    `cluster` (a Dask scheduler's address), the per-file work runs on that cluster's workers
    (archive/publish/cluster.py; `shared_source`: they read the files from the same path) and the
    archive is the same, byte for byte. Raises BuildError; never leaves a partial file at `out_path`."""
    started = time.monotonic()
    source_dir, out_path = Path(source_dir), Path(out_path)
    progress = progress or (lambda stage, done, total: None)
    if not source_dir.is_dir():
        raise BuildError(f"{source_dir} is not a folder; give the source folder that holds archive.toml.")
    info = sources.read_archive_toml(source_dir)
    report = BuildReport(out_path)

    files, file_problems, report.skipped = sources.discover(source_dir, exclude=(out_path,))

    with ArchiveWriter(out_path) as writer:
        writer.add("meta", _meta_rows(info))
        if ocr is not None:
            writer.add("meta", [{"key": "ocr_engine", "value": f"{ocr.engine} ({ocr.languages})"}])
        finder, index_names = _add_entities(writer, source_dir, report, progress)
        report.problems += file_problems
        _fail_if_strict(strict, report.warnings)
        position = 0
        pages = _PageMeter(progress)
        if cluster is not None:
            from .cluster import process_on_cluster  # the optional extra: Dask, and a network

            results = process_on_cluster(files, finder, ocr, cluster, shared_source=shared_source)
        else:
            results = _process_all(files, finder, workers, ocr)
        for done, result in enumerate(results, start=1):
            if isinstance(result, SourceError):
                report.problems.append(result)
                _fail_if_strict(strict, [str(result)])
            else:
                before = len(report.outcomes)
                position = _write_item(writer, result, position, index_names, report.outcomes)
                _fail_if_strict(strict, [f"{o.path}: {w}" for o in report.outcomes[before:] for w in o.warnings])
                pages.add(report.outcomes[before:])
            progress("items", done, len(files))
        writer.flush()
        progress("index", 0, 1)
        index.finish_index(writer.db)
        progress("index", 1, 1)
        report.counts = _counts(writer)
    report.seconds = time.monotonic() - started
    return report


def _add_entities(writer: ArchiveWriter, source_dir: Path, report: BuildReport,
                  progress: Progress) -> tuple[MentionFinder, dict[str, str]]:
    """Load, check and queue every entity record, relation and entity search document; return the
    finder for their names and, per entity, the index terms of its names in every script.

    The records themselves go out of scope here, before worker processes are started: at 100,000
    entities they are a few hundred MB that the workers do not need."""
    records, problems = entity_sources.load_entities(source_dir)
    entity_sources.assign_captions(records)
    edges, edge_problems = entity_sources.resolve_relations(records)
    report.problems += problems + edge_problems
    # Row by row, so the writer flushes every FLUSH_ROWS: queued in one list, the rows of all entities
    # and relations sat beside the records at the build's memory peak (20-45 MB more at 100,000
    # entities), and a process keeps what it has once held (benchmarks/bench_growth.py).
    for record in records.values():
        writer.add("entities", [_entity_row(record)])
    for source_id, prop, target_id in edges:
        writer.add("relations", [dict(source_id=source_id, prop=prop, target_id=target_id)])
    index_names = {}
    for done, record in enumerate(records.values()):
        doc = index.entity_doc(record)
        index_names[record.id] = doc["names"]
        writer.add("search_docs", [doc])
        if done % 1000 == 0:
            progress("entities", done, len(records))
    writer.flush()
    progress("entities", len(records), len(records))
    return MentionFinder(entity_sources.mention_names(records)), index_names


def _fail_if_strict(strict: bool, problems: list[str]) -> None:
    if strict and problems:
        listing = "\n  ".join(str(p) for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise BuildError(f"--strict: {len(problems)} warning(s):\n  {listing}{more}")


def _meta_rows(meta: Metadata) -> list[dict]:
    values = {**vars(meta), "languages": json.dumps(list(meta.languages))}
    return [{"key": key, "value": values[key]} for key in schema.META_KEYS]


def _entity_row(record: entity_sources.EntityRecord) -> dict:
    return {
        "id": record.id, "schema": record.schema, "caption": record.caption,
        "properties": entity_sources.stored_properties(record),
        "synthetic": int(record.synthetic),
    }


class _PageMeter:
    """Pages read by OCR so far and their rate, shown beside the progress bar (when it can show it)."""

    def __init__(self, progress: Progress):
        self.note = getattr(progress, "note", None)
        self.pages = 0
        self.started = time.monotonic()

    def add(self, outcomes: list[Outcome]) -> None:
        read = sum(o.ocr_pages_read for o in outcomes)
        if not read or self.note is None:
            return
        self.pages += read
        minutes = max(time.monotonic() - self.started, 1e-6) / 60
        self.note(f"OCR: {self.pages:,} pages, {self.pages / minutes:.0f} pages/min")


# -- processing (runs in worker processes) ---------------------------------------------------------
# The per-worker state: set once by _init_worker, because sending the (large) finder with every task
# would cost more than the extraction. extract_item itself takes both as arguments.
_finder: MentionFinder | None = None
_ocr: OcrJob | None = None


def _init_worker(finder: MentionFinder, ocr: OcrJob | None = None) -> None:
    global _finder, _ocr
    _finder, _ocr = finder, ocr
    # The parent owns Ctrl+C and SIGTERM (it removes the temporary file); a worker inherits the CLI's
    # handlers through fork and would print a traceback when the pool stops it.
    if multiprocessing.parent_process() is not None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _process_all(files: list[sources.SourceFile], finder: MentionFinder, workers: int | None,
                 ocr: OcrJob | None = None) -> Iterator[ProcessedItem | SourceError]:
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(files) < SERIAL_BELOW:
        # One process: its OCR reads `workers` pages at a time instead (Tesseract runs as a child
        # process, so threads are enough to use every core on a single long scan).
        _init_worker(finder, dataclasses.replace(ocr, threads=workers) if ocr is not None else None)
        yield from map(process_source, files)
        return
    # Freezing the heap first keeps the collector from touching (and so copying) every page a forked
    # worker inherits.
    method = start_method()
    gc.collect()
    gc.freeze()
    # Workers may run at most this many files ahead of the writer, or finished items (with their
    # original bytes) would pile up in the parent's memory whenever writing is the slower side.
    ahead = threading.BoundedSemaphore(workers * RUN_AHEAD_PER_WORKER)
    stopping = threading.Event()

    def paced() -> Iterator[sources.SourceFile]:
        # Runs in the pool's task-feeding thread, which terminate() waits for: never block for good.
        for source in files:
            while not ahead.acquire(timeout=0.1):
                if stopping.is_set():
                    return
            yield source

    pool = multiprocessing.get_context(method).Pool(workers, _init_worker, (finder, ocr))
    try:
        for result in pool.imap(process_source, paced(), chunksize=4):
            ahead.release()
            yield result
        pool.close()
    finally:
        stopping.set()
        pool.terminate()
        pool.join()
        gc.unfreeze()


def start_method() -> str:
    """How worker processes start: fork on Linux, where it shares the (large) mention finder with them
    for free; spawn elsewhere, which pickles it once per worker. Windows has only spawn; macOS has fork,
    but Python defaults to spawn there since 3.8 because system frameworks (and Qt, when the viewer
    builds the sample) are not safe to use in a forked child."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def process_source(source: sources.SourceFile) -> ProcessedItem | SourceError:
    """`read_and_extract` with this worker process's finder and OCR job."""
    return read_and_extract(source, _finder, _ocr)


def read_and_extract(source: sources.SourceFile, finder: MentionFinder | None,
                     ocr: OcrJob | None) -> ProcessedItem | SourceError:
    """Read one file and hand it to `extract_item`; a file that cannot be read at all comes back as a
    SourceError. What a worker does, in a local process or on a cluster (--shared-source)."""
    data = read_source(source)
    return data if isinstance(data, SourceError) else extract_item(source, data, finder, ocr=ocr)


def read_source(source: sources.SourceFile) -> bytes | SourceError:
    """The bytes of one source file, or why it is not added: too large, unreadable, or a secret key.
    Wherever the extraction runs (a worker process, a cluster), the file is read by this."""
    try:
        size = source.path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            return SourceError(source.rel_path, f"{size:,} bytes is over the {MAX_SOURCE_BYTES:,}-byte limit")
        data = source.path.read_bytes()
    except OSError as exc:
        return SourceError(source.rel_path, f"cannot be read ({exc.strerror or exc})")
    if data.startswith(b"untrusted comment:") and b"secret key" in data[:120]:
        return SourceError(source.rel_path, "is a secret signing key and was not added; keep secret keys "
                                            "out of the source folder")
    return data


# -- writing (parent process) ----------------------------------------------------------------------
def _write_item(writer: ArchiveWriter, item: ProcessedItem, position: int, index_names: dict[str, str],
                outcomes: list[Outcome]) -> int:
    """Write one item (at `position`) and then the items inside it; returns the next free position."""
    rows = item.rows
    rows["items"][0].update(position=position, blob_sha256=item.sha256)
    mentioned = dict.fromkeys(m["entity_id"] for m in rows.get("mentions", ()))
    names = " ".join(index_names[entity_id] for entity_id in mentioned)
    first_doc = writer.reserve_doc_ids(len(rows["search_docs"]))
    for number, doc in enumerate(rows["search_docs"]):
        doc.update(id=first_doc + number, names=names)
    for row in rows.get("table_rows", ()):
        row["doc_id"] += first_doc
    writer.add("blobs", [dict(sha256=item.sha256, size=len(item.data),
                              media_type=rows["items"][0]["media_type"], data=item.data)])
    writer.add("blobs", [dict(sha256=row["blob_sha256"], size=len(r.data), media_type=r.media_type, data=r.data)
                         for row, r in zip(rows.get("renditions", ()), item.renditions)])
    for table, table_rows in rows.items():
        writer.add(table, table_rows)
    outcomes.append(item.outcome)
    position += 1
    for child in item.children:
        position = _write_item(writer, child, position, index_names, outcomes)
    return position


def _counts(writer: ArchiveWriter) -> dict[str, int]:
    db = writer.db
    kinds = dict(db.execute("SELECT kind, count(*) FROM items GROUP BY kind").fetchall())
    count = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
             for table in ("entities", "relations", "mentions", "blobs")}
    return {"reports": kinds.get("report", 0), "images": kinds.get("image", 0), "tables": kinds.get("table", 0),
            "emails": kinds.get("email", 0), "files": kinds.get("file", 0), **count}
