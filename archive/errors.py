"""The one error hierarchy of the archive library.

Every message says what is wrong and what the reader can do about it, because it is shown as-is by the
CLI (one line) and the viewer (a dialog or a banner). Callers catch `CasefileError`; anything else
escaping the library is a bug.
"""

from __future__ import annotations


class CasefileError(Exception):
    """Base class: a problem the user can understand and act on."""


class NotAnArchive(CasefileError):
    """The file is not a Casefile archive at all (not SQLite, or a foreign SQLite database)."""


class ArchiveDamaged(CasefileError):
    """The file claims to be an archive but is truncated, corrupt, or internally inconsistent."""


class UnsupportedVersion(CasefileError):
    """The archive uses a newer format than this version of Casefile can read."""


class UnsafeArchive(CasefileError):
    """The archive contains something the format does not allow (extra tables, views, triggers...)."""


class LimitExceeded(CasefileError):
    """A size or time cap was hit: a blob too large, a query that ran past its deadline."""


class QueryCancelled(CasefileError):
    """The caller cancelled a running query (search-as-you-type dropped a stale query)."""


class ItemNotFound(CasefileError):
    """No item or entity with the requested id."""


class SourceError(CasefileError):
    """A source file for `casefile build` could not be used; the message names the file."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):
        # Pickled back from a worker process or a cluster's worker: rebuilt from both parts (an
        # exception is otherwise rebuilt from its message alone, which this __init__ cannot take).
        return SourceError, (self.path, self.reason)


class BuildError(CasefileError):
    """The build could not produce an archive (bad archive.toml, strict mode, unwritable output)."""


class QueryError(CasefileError):
    """A search query cannot be run; `position` points at the problem in the query text, if known.

    The message is English (the CLI prints it). `code` names which problem it is, one of
    archive.search.query.QUERY_ERROR_CODES, and `details` holds the values its sentence quotes, so a UI
    can word it in its own language; both are empty for an error raised without them."""

    def __init__(self, message: str, position: int | None = None, *, code: str = "",
                 details: dict | None = None):
        super().__init__(message)
        self.position = position
        self.code = code
        # Not `args`: BaseException.args is the message tuple that str() and pickling rely on.
        self.details = dict(details or {})


class SignatureInvalid(CasefileError):
    """A signature does not verify, or a signature file cannot be parsed; the message says which."""


class LegacySignature(SignatureInvalid):
    """A minisign signature in the legacy, non-prehashed format ("Ed"): well formed, but not accepted."""


class UntrustedKey(CasefileError):
    """The archive is signed by a key the reader has not chosen to trust."""


class KeyFileError(CasefileError):
    """A key file cannot be read: damaged, wrong format, or the wrong password."""
