"""The build report: what became of every source file, as JSON (`casefile build --report FILE`) and as
the summary the CLI prints.

Every file of the source folder is in it: an item (id, kind, media type, characters of text), a file
kept as given (and why its content was not read), or a file left out (and why). Warnings are what a
publisher must look at before publishing: problems with file and line, files left out, content that
could not be used as given. The CLI's exit status says whether there were any.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..files import write_atomically
from .builder import BuildReport
from .writer import _umask

FORMAT = "casefile-build-report/1"
LISTED_KEPT = 20  # files kept as given listed in the summary; the JSON report has them all


def report_json(report: BuildReport) -> dict:
    """The whole report as a JSON-able object."""
    return {
        "format": FORMAT,
        "archive": str(report.out_path),
        "seconds": round(report.seconds, 3),
        "counts": report.counts,
        "files": [
            {"path": o.path, "item_id": o.item_id, "kind": o.kind, "media_type": o.media_type, "bytes": o.size,
             "characters": o.characters, "ocr_pages": o.ocr_pages, "outcome": "kept" if o.reason else "read",
             **({"reason": o.reason} if o.reason else {}), "warnings": list(o.warnings)}
            for o in report.outcomes
        ],
        "left_out": [{"path": s.rel_path, "reason": s.reason} for s in report.skipped],
        "problems": [str(p) for p in report.problems],
        "warnings": report.warnings,
    }


def write_report(report: BuildReport, path: Path) -> None:
    """Write the JSON report to `path` (atomically: a half-written report is never left behind)."""
    data = json.dumps(report_json(report), ensure_ascii=False, indent=2).encode() + b"\n"
    write_atomically(Path(path), data, 0o666 & ~_umask())


def summary_lines(report: BuildReport) -> list[str]:
    """What a publisher reads after a build: counts, files kept as given, files left out on request."""
    counts = ", ".join(f"{value:,} {key}" for key, value in report.counts.items() if value or key in
                       ("reports", "images", "entities"))
    lines = [f"Built {report.out_path} in {report.seconds:.1f} s: {counts}."]
    read_by_ocr = sum(o.ocr_pages for o in report.outcomes)
    if read_by_ocr:
        read_now = sum(o.ocr_pages_read for o in report.outcomes)
        lines.append(f"OCR: text found on {read_by_ocr:,} page(s) or picture(s); "
                     + (f"{read_now:,} page(s) or picture(s) read in this build, any others from the cache."
                        if read_now else "all from the cache (nothing read again)."))
    kept = [o for o in report.outcomes if o.reason and not o.warnings]
    if kept:
        lines.append(f"{len(kept):,} file(s) kept as given (stored, signed and findable by name; content not read):")
        lines += [f"  {o.path}: {o.reason}" for o in kept[:LISTED_KEPT]]
        if len(kept) > LISTED_KEPT:
            lines.append(f"  ... and {len(kept) - LISTED_KEPT:,} more (--report FILE lists them all)")
    listed = [s for s in report.skipped if s.listed]
    if listed:
        lines.append(f"{len(listed):,} file(s) left out as archive.toml's 'exclude' asks.")
    return lines
