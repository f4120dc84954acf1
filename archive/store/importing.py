"""Importing annotations from a file: one outcome per annotation, nothing silently taken as anchored.

Each annotation in the file is added, added as an orphan (it names an item of this archive but does
not fit it; the reason is stored with it), already present (same id, or for an id-less one the same
content), left for another archive, or refused with the reason. One bad annotation no longer refuses
the file; a file that is not annotations at all (not JSON, too large, too deeply nested) still is.
Everything added is added in one transaction and the import is recorded in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import w3c
from .errors import StoreError
from .fitting import Fitter, OtherArchive
from .model import Annotation, validate

if TYPE_CHECKING:
    from ..reader import Archive
    from .db import UserStore

# What became of one annotation of the file.
ADDED, ORPHAN, PRESENT, REFUSED, ELSEWHERE = "added", "orphan", "present", "refused", "other archive"
STATUSES = (ADDED, ORPHAN, PRESENT, REFUSED, ELSEWHERE)


@dataclass(frozen=True)
class Outcome:
    """What became of the file's `number`th annotation (its id in the file is `label`), and why."""

    number: int
    label: str
    status: str
    reason: str = ""
    ids: tuple[str, ...] = ()  # the store's annotations it became (several for several targets)


@dataclass(frozen=True)
class ImportReport:
    """Every annotation's outcome, in file order."""

    path: Path
    outcomes: tuple[Outcome, ...]

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def added(self) -> int:
        """Annotations of the file now in the store that were not before (orphans included)."""
        return self.count(ADDED) + self.count(ORPHAN)

    def lines(self) -> list[str]:
        """One line per annotation: number, id, outcome and reason (the CLI prints them)."""
        return [f"{o.number:>4}  {o.label or '(no id)'}  {o.status}{': ' + o.reason if o.reason else ''}"
                for o in self.outcomes]

    def summary(self) -> str:
        """The totals in one paragraph."""
        return (f"Imported {self.added} annotation(s); {self.count(PRESENT)} were already in your store. "
                f"{self.count(ORPHAN)} imported as orphans (they do not fit their item), {self.count(REFUSED)} "
                f"refused, {self.count(ELSEWHERE)} of another archive.")


def import_(store: UserStore, archive_id: str | None, path: Path, archive: Archive | None = None) -> ImportReport:
    """Add the file's annotations of `archive` (or `archive_id`; None: of every archive) that are new.

    With the archive open, each target is matched to its item and checked (see `fitting`); without it,
    only Casefile URNs are taken, unchecked. StoreError if the file is unusable as a whole or holds
    annotations of other archives only.
    """
    path = Path(path)
    outcomes, new = outcomes_of(w3c.entries(w3c.read_file(path)), Fitter(archive, archive_id), store)
    if outcomes and all(o.status == ELSEWHERE for o in outcomes):
        wanted = archive.metadata.archive_id if archive is not None else archive_id
        raise StoreError(f"{path} holds annotations of another archive, not of {wanted}: "
                         f"{outcomes[0].reason}; open that archive to import them.")
    store.annotations.add_many(new)
    report = ImportReport(path, tuple(outcomes))
    store.audit.record("import", f"{report.added} annotation(s) from {path} ({report.count(PRESENT)} already "
                                 f"present, {report.count(ORPHAN)} orphans, {report.count(REFUSED)} refused)",
                       {"archive_id": archive_id, "path": str(path), "added": report.added,
                        "present": report.count(PRESENT), "orphans": report.count(ORPHAN),
                        "refused": report.count(REFUSED)})
    return report


def outcomes_of(entries: list, fitter: Fitter, store: UserStore | None = None) -> tuple[list[Outcome],
                                                                                       list[Annotation]]:
    """Each entry's outcome, and the annotations to add (those `store` lacks; all if no store)."""
    outcomes: list[Outcome] = []
    new: list[Annotation] = []
    seen: set[str] = set()
    for number, (label, found) in enumerate(entries, 1):
        try:
            if isinstance(found, str):
                raise StoreError(found)
            made, left_out = fitter.fit(found)
            made = [validate(a) for a in made]
        except OtherArchive as exc:
            outcomes.append(Outcome(number, label, ELSEWHERE, str(exc)))
            continue
        except StoreError as exc:
            outcomes.append(Outcome(number, label, REFUSED, _sentence(exc)))
            continue
        fresh = [a for a in made if a.id not in seen and not (store and store.annotations.contains(a.id))]
        seen.update(a.id for a in made)
        new.extend(fresh)
        reasons = [a.orphan for a in fresh if a.orphan] + [f"one target left out: {why}" for why in left_out]
        status = ORPHAN if any(a.orphan for a in fresh) else ADDED if fresh else PRESENT
        outcomes.append(Outcome(number, label, status, "; ".join(reasons) if fresh else "", tuple(a.id for a in made)))
    return outcomes, new


def _sentence(exc: StoreError) -> str:
    """A refusal reason without the final full stop, as it ends a line of the summary."""
    return str(exc).rstrip(".")
