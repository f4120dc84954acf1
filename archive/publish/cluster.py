"""Build on a Dask cluster: `casefile build SRC -o OUT --cluster tcp://HOST:8786` (issue 22).

The only module of Casefile that opens a network connection, and only when a publisher asks for it:
the reader's app, its commands and the frozen bundle never import it (`pip install casefile[cluster]`
brings Dask in). It talks to the one scheduler it is given.

The per-file work (format detection, text extraction, sanitising, thumbnails, EXIF, OCR) is
`extract_item`, a pure function of the file's bytes and the build's settings; it runs on the
cluster's workers, through Dask distributed's futures. Everything else stays on this machine: the
files are read here (or, with `shared_source`, by the workers from the same path), and the single
writer (SQLite, index, manifest) takes the results in source order, so the archive is the one a
local build makes, byte for byte (with the same `created`: archive.toml's, or SOURCE_DATE_EPOCH).

- The mention finder (every entity name, large) is scattered once to every worker, not sent with
  each file.
- At most IN_FLIGHT_PER_THREAD tasks per worker thread are out at a time: files wait on disk, not in
  this process's memory or the scheduler's.
- A worker that dies mid-build: Dask runs its tasks again elsewhere (they are pure), and the build
  completes the same.
- The scheduler gone: the build stops with a BuildError saying so, and no partial archive is left.
- A worker running another Casefile version refuses the work; the build stops and names it.
"""

from __future__ import annotations

import collections
import dataclasses
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import __version__
from ..errors import BuildError, SourceError
from . import sources
from .extract import ProcessedItem, extract_item
from .mentions import MentionFinder
from .ocrstep import OcrJob

CONNECT_SECONDS = 10
IN_FLIGHT_PER_THREAD = 4
RESULT_SECONDS = 3600  # one file's work: a long scan read by OCR takes minutes, never an hour


class VersionMismatch(RuntimeError):
    """A worker runs another Casefile version than the build: its extraction could differ."""


def process_on_cluster(files: list[sources.SourceFile], finder: MentionFinder, ocr: OcrJob | None, address: str,
                       *, shared_source: bool = False) -> Iterator[ProcessedItem | SourceError]:
    """The processed files (or why each was not added), in source order, from the Dask scheduler at
    `address`. Raises BuildError when the cluster cannot be used or stops being usable."""
    try:
        from distributed import Client
    except ImportError:
        raise BuildError("--cluster needs Dask: pip install 'casefile[cluster]' (on this machine and on "
                         "every worker).") from None
    # Dask logs every failed reconnection with its traceback; the publisher gets one clear BuildError
    # instead (the scheduler gone, a worker refused), so its own logging stays quiet but for the worst.
    # (Dask gives its loggers levels of their own, so each is set, not only the parent.)
    loggers = [logging.getLogger(name) for name in ["distributed", *logging.root.manager.loggerDict]
               if name == "distributed" or name.startswith("distributed.")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield from _on_cluster(Client, files, finder, ocr, address, shared_source)
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


def _on_cluster(Client, files, finder, ocr, address: str, shared_source: bool):  # noqa: N803 - the class
    try:
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise BuildError(f"Could not reach the Dask scheduler at {address}: {exc}. Start it with "
                         "'dask scheduler' and its workers with 'dask worker ADDRESS'.") from None
    try:
        _check_versions(client, address)
        threads = sum(client.nthreads().values())
        finder_future = client.scatter(finder, broadcast=True, hash=False)
        yield from _results(client, files, finder_future, ocr, shared_source, max(2, threads * IN_FLIGHT_PER_THREAD),
                            address)
    finally:
        client.close()


def _check_versions(client, address: str) -> None:
    """Refuse workers that run another Casefile (their extraction could differ), naming them."""
    try:
        versions = client.run(_worker_version)
    except Exception as exc:  # noqa: BLE001 - a worker without Casefile raises ImportError remotely
        raise BuildError(f"The workers of {address} cannot run Casefile: {exc}") from None
    if not versions:
        raise BuildError(f"The Dask scheduler at {address} has no workers; start some with "
                         f"'dask worker {address}'.")
    other = {worker: version for worker, version in versions.items() if version != __version__}
    if other:
        listing = ", ".join(f"{worker} (Casefile {version})" for worker, version in sorted(other.items()))
        raise BuildError(f"Refused: these workers run another Casefile version than this build's "
                         f"{__version__}: {listing}. Install the same version on every worker.")


def _worker_version() -> str:
    from archive import __version__ as version

    return version


def _results(client, files: Iterable[sources.SourceFile], finder_future, ocr: OcrJob | None, shared_source: bool,
             window: int, address: str) -> Iterator[ProcessedItem | SourceError]:
    """Submit the files, at most `window` at a time, and yield their results in order."""
    from .builder import read_source

    pending: collections.deque = collections.deque()  # futures, or a SourceError for a file not sent
    queue = iter(files)

    def top_up() -> None:
        while len(pending) < window:
            source = next(queue, None)
            if source is None:
                return
            if shared_source:  # the workers see the folder at the same path: give it whole
                source = dataclasses.replace(source, path=Path(source.path).absolute())
                pending.append(client.submit(_extract_shared, source, finder_future, ocr, __version__, pure=False))
                continue
            data = read_source(source)
            pending.append(data if isinstance(data, SourceError) else
                           client.submit(_extract_bytes, source, data, finder_future, ocr, __version__, pure=False))

    top_up()
    while pending:
        head = pending.popleft()
        yield head if isinstance(head, SourceError) else _result_of(head, address)
        top_up()


def _result_of(future, address: str) -> ProcessedItem | SourceError:
    try:
        return future.result(timeout=RESULT_SECONDS)
    except VersionMismatch as exc:
        raise BuildError(f"Refused: {exc}. Install the same Casefile version on every worker.") from None
    except (OSError, TimeoutError) as exc:
        raise BuildError(f"The Dask scheduler at {address} stopped answering ({exc.__class__.__name__}); "
                         "the build stopped and no archive was written.") from None
    except Exception as exc:  # noqa: BLE001 - CancelledError when the scheduler is lost, or a worker's own failure
        if exc.__class__.__name__ in ("CancelledError", "FutureCancelledError", "CommClosedError"):
            raise BuildError(f"The Dask scheduler at {address} went away mid-build; the build stopped and no "
                             "archive was written.") from None
        raise BuildError(f"A worker of {address} failed on a file: {exc.__class__.__name__}: {exc}") from None


# -- on the workers ----------------------------------------------------------------------------------
def _extract_bytes(source: sources.SourceFile, data: bytes, finder: MentionFinder, ocr: OcrJob | None,
                   version: str) -> ProcessedItem | SourceError:
    _same_version(version)
    return extract_item(source, data, finder, ocr=ocr)


def _extract_shared(source: sources.SourceFile, finder: MentionFinder, ocr: OcrJob | None,
                    version: str) -> ProcessedItem | SourceError:
    """`--shared-source`: the worker reads the file from the same path (a shared folder)."""
    from .builder import read_and_extract

    _same_version(version)
    return read_and_extract(source, finder, ocr)


def _same_version(version: str) -> None:
    if version != __version__:
        from distributed import get_worker

        raise VersionMismatch(f"worker {get_worker().address} runs Casefile {__version__}, the build {version}")
