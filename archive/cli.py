"""The `casefile` command line, every subcommand declared here: each opens an archive, calls one library
function, and turns a `CasefileError` into a one-line message and exit code 1.

`build_parser` lists them all: build, sample, info, show, search, entities, export-entities (here); the
signing commands (archive/signing/commands.py); the reader's-store commands (archive/store/commands.py);
export and check-bundle (archive/export/commands.py); view and smoke-test (here). Three parts need Qt,
which this package never imports: the viewer window (`view`), the installed-app check (`smoke-test`)
and the exhibit list's PDF printer (`export`). The console script, `viewer.cli:main`, hands them in as
a `Desktop`; without one, those commands say so and exit 1.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import __version__, open_archive, paths, terminal
from .errors import CasefileError
from .export.bundle import PdfRenderer
from .export.commands import add_check_command, add_export_command
from .signing.commands import add_commands
from .signing.sign import sign_sample
from .store.commands import add_commands as add_store_commands
from .termprogress import TerminalProgress

EXIT_OK, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 130
EXIT_WARNINGS = 3  # `build`: the archive was written, but some source files need the publisher's attention
MAX_WARNINGS_SHOWN = 200

Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Desktop:
    """The parts of `casefile` that need Qt, handed in by viewer/cli.py."""

    view: Handler  # `casefile view`: open the viewer window
    smoke_test: Handler  # `casefile smoke-test`: exercise the installed app
    pdf_renderer: Callable[[], PdfRenderer]  # `casefile export`: start Qt, return the exhibit-list printer


def _needs_desktop(*_) -> None:
    raise CasefileError("this command needs the desktop app (Qt), which was not loaded: run it with the "
                        "`casefile` command (viewer.cli), not through archive.cli.")


HEADLESS = Desktop(view=_needs_desktop, smoke_test=_needs_desktop, pdf_renderer=_needs_desktop)


def build_parser(desktop: Desktop = HEADLESS) -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    """The parser with every subcommand; `desktop` supplies the parts that need Qt."""
    parser = argparse.ArgumentParser(
        prog="casefile",
        description="Casefile: build, inspect and view signed evidence archives, offline.",
        epilog="Run 'casefile COMMAND --help' for a command's options. Documentation: README.md.",
    )
    parser.add_argument("--version", action="version", version=f"casefile {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = commands.add_parser("build", help="build an archive from a source folder",
                                description="Build an archive from a source folder (see docs/source-format.md): "
                                            "every file in it and its sub-folders becomes an item, read by its "
                                            "format or kept as given with the reason. Exit status: 0 built, 3 built "
                                            "with warnings to check, 1 not built.")
    build.add_argument("source", type=Path, metavar="SOURCE_DIR", help="folder holding archive.toml and the files")
    build.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.casefile", help="archive to write")
    build.add_argument("--strict", action="store_true",
                       help="fail at the first warning (a file whose content cannot be used as given, a bad sidecar, "
                            "an entity problem) instead of finishing with exit status 3")
    build.add_argument("--report", type=Path, metavar="FILE.json",
                       help="write what became of every source file (item, kind, text, warnings) as JSON")
    build.add_argument("--ocr", nargs="?", const="", default=None, metavar="LANGS",
                       help="read scanned PDF pages and pictures with Tesseract OCR, in LANGS (e.g. en,zh,ug or "
                            "eng+chi_sim; default: archive.toml's languages)")
    build.add_argument("--ocr-cache", type=Path, default=None, metavar="DIR",
                       help="where OCR results are kept between builds (default: ocr-cache in Casefile's data "
                            "folder); 'none' keeps nothing")
    build.add_argument("--workers", type=int, default=None, metavar="N", help="worker processes (default: one per core)")
    build.add_argument("--cluster", default=None, metavar="tcp://HOST:8786",
                       help="send the per-file work to this Dask scheduler's workers instead (needs "
                            "'pip install casefile[cluster]' here and on every worker; the files travel over "
                            "the network: use it only on a network you trust, or with Dask's TLS)")
    build.add_argument("--shared-source", action="store_true",
                       help="with --cluster: the workers read the files from SOURCE_DIR themselves (the same "
                            "folder mounted at the same path), instead of receiving them")
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    build.set_defaults(handler=cmd_build)

    sample = commands.add_parser("sample", help="build the bundled Xinjiang sample archive",
                                 description="Build the bundled sample archive from resources/sample.")
    sample.add_argument("-o", "--output", type=Path, default=None, metavar="PATH",
                        help=f"where to write it (default: {paths.default_sample_archive()})")
    sample.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    sample.set_defaults(handler=cmd_sample)

    info = commands.add_parser("info", help="show an archive's metadata, counts and sizes")
    info.add_argument("archive", type=Path, metavar="ARCHIVE")
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(handler=cmd_info)

    show = commands.add_parser("show", help="show one item: metadata, text and mentions")
    show.add_argument("archive", type=Path, metavar="ARCHIVE")
    show.add_argument("item_id", metavar="ITEM_ID", help="e.g. reports/ohchr-assessment (see 'casefile info')")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.set_defaults(handler=cmd_show)

    cite = commands.add_parser(
        "cite", help="a citation of an item or a passage, with its hash and the signature check",
        description="Print a citation of one item: archive title, edition and publisher, item id and title, "
                    "page, the item's SHA-256, and the publisher key's fingerprint when the archive verifies "
                    "against a key you trust (the whole archive is checked first; --no-verify skips that, and "
                    "the citation then says it is not backed by a verified signature).")
    cite.add_argument("archive", type=Path, metavar="ARCHIVE")
    cite.add_argument("item_id", metavar="ITEM_ID")
    cite.add_argument("--page", type=int, metavar="N", help="the page cited (from 1)")
    cite.add_argument("--quote", default="", metavar="TEXT", help="the passage quoted")
    cite.add_argument("--format", choices=("text", "footnote", "html", "json"), default="text",
                      help="several lines (default), one footnote sentence, that sentence as HTML, or JSON")
    cite.add_argument("--no-verify", action="store_true", help="do not check the signature (faster; says so)")
    cite.set_defaults(handler=cmd_cite)

    search = commands.add_parser(
        "search", help="full-text search (Whoosh query syntax)",
        description="Search an archive. Query syntax: words (all must match), \"a phrase\", OR, NOT or -word, "
                    "prefix*, fuzzy~ or fuzzy~2, field:value for title, body, name, caption, kind, lang, source, "
                    "entity, and date:2019 or date:[2017 TO 2019].")
    search.add_argument("archive", type=Path, metavar="ARCHIVE")
    search.add_argument("query", metavar="QUERY", help='e.g. "Chen Quanguo" or 新疆 kind:report date:[2020 TO 2022]')
    search.add_argument("--limit", type=int, default=10, metavar="N", help="hits per page (default 10)")
    search.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N hits (paging)")
    search.add_argument("--sort", choices=("relevance", "date"), default="relevance", help="order of hits")
    search.add_argument("--facets", action="store_true", help="also count hits by kind, year (of items), language, source, folder, "
                                                                   "file type and mentioned entity")
    search.add_argument("--json", action="store_true", help="print one JSON object: total, hits, facets, suggestions, dropped words")
    search.set_defaults(handler=cmd_search)

    entities = commands.add_parser("entities", help="list entity records")
    entities.add_argument("archive", type=Path, metavar="ARCHIVE")
    entities.add_argument("--schema", default=None, help="only this FtM schema, e.g. Person, Sanction")
    entities.add_argument("--limit", type=int, default=None, metavar="N", help="at most N records")
    entities.add_argument("--json", action="store_true", help="one FtM JSON object per line")
    entities.set_defaults(handler=cmd_entities)

    export = commands.add_parser("export-entities", help="write every entity as FtM JSON lines")
    export.add_argument("archive", type=Path, metavar="ARCHIVE")
    export.add_argument("-o", "--output", type=Path, default=None, metavar="FILE", help="file to write (default: stdout)")
    export.set_defaults(handler=cmd_export_entities)
    add_commands(commands)
    add_store_commands(commands)
    add_check_command(commands)
    _add_desktop_commands(commands, desktop)
    return parser, commands


def _add_desktop_commands(commands: argparse._SubParsersAction, desktop: Desktop) -> None:
    view = commands.add_parser(
        "view", help="open archives in the desktop viewer (default: the sample archive)",
        description="Open archives in the Casefile viewer. With no ARCHIVE, opens the bundled sample "
                    "(building it on first use).")
    view.add_argument("archives", type=Path, nargs="*", metavar="ARCHIVE")
    view.add_argument("--screenshot", type=Path, metavar="PATH",
                      help="render the main window once the archives are loaded and verified, save it as PNG, "
                           "and exit")
    view.add_argument("--search", metavar="QUERY", help="start with this search (Whoosh syntax)")
    view.add_argument("--open", metavar="ITEM_ID", dest="open_item",
                      help="open this item of the (first) archive, with the search's hits highlighted")
    view.set_defaults(handler=desktop.view)
    add_export_command(commands, desktop.pdf_renderer)
    smoke = commands.add_parser(
        "smoke-test", help="check that this installation works: open, search, verify and read the sample",
        description="Start the viewer on the bundled sample archive (building it on first use), search it, "
                    "verify it, open one item of every kind, check the libraries the app needs, and print one "
                    "JSON line. Exit status 0 if everything worked.")
    smoke.set_defaults(handler=desktop.smoke_test)


def main(argv: Sequence[str] | None = None, desktop: Desktop = HEADLESS) -> int:
    """Parse arguments and run one subcommand; returns the exit code. `desktop`: see `build_parser`."""
    utf8_output()
    args = build_parser(desktop)[0].parse_args(argv)
    # SIGTERM should clean up like Ctrl+C does (temporary build files are removed on the way out).
    signal.signal(signal.SIGTERM, _raise_interrupt)
    with terminal.filtered_output():  # archive text never sends the terminal an escape sequence
        return _run(args)


def utf8_output() -> None:
    """Write UTF-8 wherever output goes. Redirected or piped, Windows gives a program its ANSI code
    page (cp1252, cp936), which cannot write Uyghur (nor, in cp1252, Chinese): a search printed into
    a file raised UnicodeEncodeError. A console keeps its own Unicode channel; `help` too is printed
    after this, so argparse's messages are covered."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding not in ("utf8", "utf16", "utf32") and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def _run(args: argparse.Namespace) -> int:
    try:
        return args.handler(args)
    except CasefileError as exc:
        print(f"casefile: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("\ncasefile: interrupted; nothing was written.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        sys.stderr.close()  # output piped into `head`: not an error worth a traceback
        return EXIT_OK


def _raise_interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


# -- build ---------------------------------------------------------------------------------------------
def cmd_build(args: argparse.Namespace) -> int:
    if args.shared_source and not args.cluster:
        print("error: --shared-source goes with --cluster tcp://HOST:PORT", file=sys.stderr)
        return 2
    return _build(args.source, args.output, strict=args.strict, quiet=args.quiet, workers=args.workers,
                  report_path=args.report, ocr=_ocr_job(args), cluster=args.cluster,
                  shared_source=args.shared_source)


def _ocr_job(args: argparse.Namespace):
    """The OCR job `--ocr` asks for, or None."""
    if args.ocr is None:
        return None
    from .publish import ocrstep
    from .publish.sources import read_archive_toml

    cache = args.ocr_cache if args.ocr_cache is not None else paths.data_dir() / "ocr-cache"
    languages = read_archive_toml(args.source).languages if args.source.is_dir() else ()
    return ocrstep.make_job(languages, args.ocr, None if str(cache) == "none" else cache)


def cmd_sample(args: argparse.Namespace) -> int:
    output = args.output or paths.default_sample_archive()
    code = _build(paths.sample_source_dir(), output, strict=True, quiet=args.quiet, workers=None)
    root = sign_sample(output)
    print(f"Signed it with the Casefile DEMO key (sample only, not for real evidence); root {root.root[:16]}…")
    return code


def _build(source: Path, output: Path, *, strict: bool, quiet: bool, workers: int | None,
           report_path: Path | None = None, ocr=None, cluster: str | None = None, shared_source: bool = False) -> int:
    from .publish import build_archive  # imported here: PDF/Markdown libraries are only needed to build
    from .publish.buildreport import summary_lines, write_report

    progress = None if quiet else TerminalProgress()
    try:
        report = build_archive(source, output, strict=strict, progress=progress, workers=workers, ocr=ocr,
                               cluster=cluster, shared_source=shared_source)
    finally:
        if progress:
            progress.finish()
    if report_path is not None:
        write_report(report, report_path)
    for line in summary_lines(report):
        print(line)
    warnings = report.warnings
    for warning in warnings[:MAX_WARNINGS_SHOWN]:
        print(f"warning: {warning}", file=sys.stderr)
    if len(warnings) > MAX_WARNINGS_SHOWN:
        print(f"... and {len(warnings) - MAX_WARNINGS_SHOWN:,} more warnings"
              f"{f' (all in {report_path})' if report_path else ' (--report FILE lists them all)'}.", file=sys.stderr)
    if warnings:
        print(f"{len(warnings):,} warning(s): the archive was written; check them, or use --strict to fail on them "
              f"(exit status {EXIT_WARNINGS}).", file=sys.stderr)
        return EXIT_WARNINGS
    return EXIT_OK


# -- inspect -------------------------------------------------------------------------------------------
def cmd_info(args: argparse.Namespace) -> int:
    with open_archive(args.archive) as archive:
        meta, stats = archive.metadata, archive.stats()
    if args.json:
        payload = {"path": str(archive.path), "metadata": {**vars(meta), "languages": list(meta.languages)},
                   "format_version": _format_version(), "counts": stats}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    line = terminal.one_line
    print(f"{line(meta.title)}  (edition {line(meta.edition)})")
    for label, value in (("Publisher", meta.publisher), ("Archive id", meta.archive_id), ("Created", meta.created),
                         ("Languages", ", ".join(meta.languages)), ("Licence", meta.licence),
                         ("Built by", meta.generator)):
        print(f"  {label + ':':<12}{line(value)}")
    if meta.description:
        print(f"  {'About:':<12}{line(meta.description)}")
    ocr = archive_ocr_engine(args.archive)
    if ocr:
        print(f"  {'OCR:':<12}{line(ocr)}")
    print("Contents:")
    for key in ("reports", "pdf_pages", "images", "thumbnails", "tables", "emails", "files", "entities", "relations",
                "mentions"):
        print(f"  {key.replace('_', ' '):<12}{stats[key]:>10,}")
    print("Size:")
    print(f"  {'originals':<12}{_size(stats['original_bytes']):>10}  in {stats['blobs']:,} files")
    print(f"  {'archive':<12}{_size(stats['file_bytes']):>10}")
    return EXIT_OK


def archive_ocr_engine(path: Path) -> str | None:
    """The OCR engine and languages the archive's machine-read text came from (meta.ocr_engine), if any."""
    with open_archive(path) as archive:
        row = archive.query_one("SELECT value FROM meta WHERE key = 'ocr_engine'")
    return row[0] if row and isinstance(row[0], str) else None


def _format_version() -> int:
    from .schema import FORMAT_VERSION

    return FORMAT_VERSION


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


def cmd_cite(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from .citation import cite
    from .signing.trust import TrustStore
    from .signing.verify import verify_path

    report = None if args.no_verify else verify_path(args.archive, TrustStore.default())
    with open_archive(args.archive) as archive:
        citation = cite(archive, args.item_id, report=report, page=args.page, quote=args.quote)
    if args.format == "json":
        print(json.dumps(asdict(citation), ensure_ascii=False, indent=2))
    else:
        print({"text": citation.plain().rstrip("\n"), "footnote": citation.footnote(),
               "html": citation.html()}[args.format])
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with open_archive(args.archive) as archive:
        item = archive.items.get(args.item_id)
        text = archive.items.text(item.id)
        pages = archive.items.pages(item.id)
        image = archive.items.image_info(item.id)
        mentions = archive.items.mentions(item.id)
        names = {m.entity_id: archive.entities.get(m.entity_id).caption for m in mentions}
    if args.json:
        payload = {**vars(item), "languages": list(item.languages), "authors": list(item.authors), "text": text,
                   "pages": len(pages), "image": vars(image) if image else None,
                   "mentions": [{**vars(m), "name": names[m.entity_id]} for m in mentions]}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    line = terminal.one_line
    print(f"{line(item.title)}\n  {line(item.id)}  ({line(item.kind)}, {line(item.media_type)}, "
          f"{line(item.file_name)})")
    for label, value in (("Date", item.date), ("Source", item.source), ("Language", item.language),
                         ("Authors", ", ".join(item.authors)), ("Place", item.place), ("Caption", item.caption),
                         ("SHA-256", item.sha256)):
        if value:
            print(f"  {label + ':':<10}{line(value)}")
    if item.synthetic:
        print("  SYNTHETIC: invented for demonstration, not a real record.")
    if image:
        print(f"  {'Image:':<10}{image.width} x {image.height} {image.format}")
        for key, value in sorted(image.exif.items()):
            print(f"    {line(key)}: {line(value)}")
    _print_mentions(mentions, names)
    _print_text(text, pages)
    return EXIT_OK


def _print_mentions(mentions, names: dict[str, str]) -> None:
    if not mentions:
        return
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.entity_id] = counts.get(mention.entity_id, 0) + 1
    line = terminal.one_line
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    listing = "; ".join(f"{line(names[e])} [{line(e)}] x{n}" for e, n in ranked)
    print(f"  {'Mentions:':<10}{listing}")


def _print_text(text: str, pages) -> None:
    if not text:
        return
    print()
    if pages:
        for page in pages:
            print(f"--- page {page.number} ---\n{page.text.strip()}\n")
    else:
        print(text.strip())


def cmd_search(args: argparse.Namespace) -> int:
    with open_archive(args.archive) as archive:
        result = archive.search.find(args.query, limit=args.limit, offset=args.offset, sort=args.sort,
                                     facets=args.facets or args.json)
    if args.json:
        payload = {"query": result.query, "total": result.total,
                   "hits": [{"id": h.id, "kind": h.kind, "title": h.title, "snippet": h.snippet,
                             "highlights": [list(span) for span in h.highlights], "score": round(h.score, 4),
                             "date": h.date, "page": h.page, "language": h.language,
                             "row": h.row and {"sheet_no": h.row.sheet_no, "row_no": h.row.row_no,
                                               "sheet": h.row.sheet, "shown_row": h.row.shown_row}}
                            for h in result.hits],
                   "facets": {name: [{"value": v, "label": label, "count": n} for v, label, n in values]
                              for name, values in result.facets.items()},
                   # Facets over their budget are left out and named here; the hits are still complete.
                   "facets_complete": not result.facets_uncounted,
                   "facets_uncounted": list(result.facets_uncounted),
                   "suggestions": result.suggestions, "dropped": list(result.dropped),
                   "elapsed_ms": round(result.elapsed_ms, 1)}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    mark = _highlighter(terminal.unfiltered(sys.stdout))
    shown = f"{args.offset + 1}-{args.offset + len(result.hits)} of " if result.hits else ""
    hits = "1 hit" if result.total == 1 else f"{result.total:,} hits"
    print(f"{shown}{hits} for {result.query!r} ({result.elapsed_ms:.0f} ms)")
    line = terminal.one_line
    if result.dropped:
        words = ", ".join(repr(line(word)) for word in result.dropped)
        print(f"Searched without {words}: no document has {'it' if len(result.dropped) == 1 else 'them'}."
              ' (Put a word in quotes to require it: "word".)')
    for suggestion in result.suggestions:
        print(f"Did you mean: {line(suggestion)}")
    for hit in result.hits:
        where = f", page {hit.page}" if hit.page else ""
        if hit.row is not None:
            where = f", {line(hit.row.sheet)}, row {hit.row.shown_row:,}"
        print(f"\n[{line(hit.kind)}] {line(hit.title)}\n  {line(hit.id)}{where}"
              f"{'  ' + line(hit.date) if hit.date else ''}")
        if hit.snippet:
            print("  " + mark(hit.snippet, hit.highlights), file=terminal.unfiltered(sys.stdout))
    for name, values in result.facets.items():
        if values:
            print(f"\n{name}: " + ", ".join(f"{line(label)} ({n})" for _, label, n in values))
    for name in result.facets_uncounted:
        print(f"\n{name}: not counted (it would take too long for this query)")
    return EXIT_OK


def _highlighter(stream):
    """Bold on a terminal, [brackets] when piped. The marked text is for `stream` unfiltered: the
    archive's parts are cleaned here, around the escapes that are Casefile's own."""
    opening, closing = ("\033[1m", "\033[0m") if stream.isatty() else ("[", "]")

    def mark(text: str, spans) -> str:
        parts, done = [], 0
        for start, end in sorted(spans):
            parts += [_shown(text[done:start]), opening, _shown(text[start:end]), closing]
            done = end
        return "".join(parts) + _shown(text[done:])

    return mark


def _shown(text: str) -> str:
    return terminal.clean(terminal.one_line(text))


def cmd_entities(args: argparse.Namespace) -> int:
    with open_archive(args.archive) as archive:
        for count, entity in enumerate(archive.entities.iter_all(args.schema)):
            if args.limit is not None and count >= args.limit:
                break
            if args.json:
                print(json.dumps(entity.to_ftm(), ensure_ascii=False))
            else:
                marker = "  (synthetic)" if entity.synthetic else ""
                line = terminal.one_line
                print(f"{line(entity.id):<40} {line(entity.schema):<12} {line(entity.caption)}{marker}")
    return EXIT_OK


def cmd_export_entities(args: argparse.Namespace) -> int:
    with open_archive(args.archive) as archive:
        out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
        try:
            for entity in archive.entities.iter_all():
                out.write(json.dumps(entity.to_ftm(), ensure_ascii=False, sort_keys=True) + "\n")
        finally:
            if args.output:
                out.close()
    return EXIT_OK
