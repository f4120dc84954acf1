"""A whole-file digest that both cores can compute: SHA-256 over 16 MiB chunks, then over their list.

Why: minisign's own file hash (BLAKE2b-512) runs on one core and, on a CPU with SHA extensions, at
about half the speed of SHA-256. The publisher's detached signature therefore also names this digest
in its trusted comment (which the signature's second, "global" Ed25519 signature covers), so a reader
can prove that every byte of the file is what was signed by hashing chunks in parallel and checking one
Ed25519 signature; the file's item-by-item manifest only has to be re-read when that check fails (to
name what changed). `minisign -V` still checks the same .minisig the standard way.

    digest = SHA-256( "casefile-file-sha256-tree-v1\\n" ‖ file size (8 bytes, big-endian)
                      ‖ SHA-256(chunk 0) ‖ SHA-256(chunk 1) ‖ ... )      chunks of 16 MiB, the last shorter

hashlib and os.pread release the GIL, so threads give real parallelism here (Windows has no pread:
there the reads take turns, see _positional_reader).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from ..errors import QueryCancelled, SignatureInvalid

SCHEME = "casefile-file-sha256-tree-v1"
CHUNK_BYTES = 16 * 1024 * 1024
READ_BYTES = 1024 * 1024  # each chunk is read in slices, so a cancel is noticed within a millisecond
COMMENT_FIELD = "file_sha256_tree"

Progress = Callable[[str, int, int], None]


def file_tree_digest(path: str | os.PathLike, *, threads: int | None = None, progress: Progress | None = None,
                     cancel: threading.Event | Callable[[], bool] | None = None) -> str:
    """The hex digest above; `progress("file", bytes_done, bytes_total)`; QueryCancelled on cancel."""
    is_cancelled = _cancel_check(cancel)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise SignatureInvalid(f"cannot read {os.fspath(path)}: {exc.strerror or exc}") from None
    try:
        size = os.fstat(fd).st_size
        starts = range(0, size, CHUNK_BYTES)
        read_at = _positional_reader()
        done = [0]
        lock = threading.Lock()

        def hash_chunk(start: int) -> bytes:
            digest = hashlib.sha256()
            end = min(start + CHUNK_BYTES, size)
            position = start
            while position < end:
                if is_cancelled():
                    raise QueryCancelled("verification cancelled")
                data = read_at(fd, min(READ_BYTES, end - position), position)
                if not data:
                    raise SignatureInvalid("the file became shorter while it was being checked")
                digest.update(data)
                position += len(data)
            with lock:
                done[0] += end - start
                if progress:
                    progress("file", done[0], size)
            return digest.digest()

        workers = threads or min(4, os.cpu_count() or 1)
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="casefile-hash") as pool:
            chunk_digests = list(pool.map(hash_chunk, starts))
    except OSError as exc:
        raise SignatureInvalid(f"cannot read {os.fspath(path)}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    tree = hashlib.sha256(f"{SCHEME}\n".encode() + size.to_bytes(8, "big"))
    for chunk_digest in chunk_digests:
        tree.update(chunk_digest)
    return tree.hexdigest()


def _positional_reader() -> Callable[[int, int, int], bytes]:
    """os.pread, or where it does not exist (Windows) a seek and a read under a lock: the threads
    then take turns reading, and still hash in parallel."""
    pread = getattr(os, "pread", None)
    if pread is not None:
        return pread
    lock = threading.Lock()

    def seek_and_read(fd: int, count: int, position: int) -> bytes:
        with lock:
            os.lseek(fd, position, os.SEEK_SET)
            return os.read(fd, count)

    return seek_and_read


def comment_value(trusted_comment: str) -> str | None:
    """The digest named in a detached signature's trusted comment (None if it names none, or twice).

    Casefile escapes every other value (sign.comment_escape), so a second field of this name can only
    come from a comment Casefile did not write: it is ambiguous, and trusted for nothing.
    """
    values = [word.partition("=")[2] for word in trusted_comment.split(" ")
              if word.partition("=")[:2] == (COMMENT_FIELD, "=")]
    if len(values) != 1:
        return None
    value = values[0]
    return value if len(value) == 64 and all(c in "0123456789abcdef" for c in value) else None


def _cancel_check(cancel) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel
