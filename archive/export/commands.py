"""The evidence-export subcommands, `casefile export` and `casefile check-bundle`, which archive/cli.py
registers. The exhibit list's PDF needs Qt, so `export` is handed the function that makes its printer.

Like every subcommand, each calls one library function and lets `CasefileError`s become a one-line
message with exit code 1. `check-bundle` exits 0 only when everything passes, 2 when every file
matches but the publisher's key is not one the reader trusts, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from ..errors import CasefileError
from ..reader import open_archive
from ..signing import minisign
from ..signing.commands import load_secret_key
from ..store import UserStore
from ..termprogress import TerminalProgress
from .bundle import PdfRenderer, export_bundle
from .check import BundleReport, check_bundle
from .select import select_items

EXIT_OK, EXIT_FAILED, EXIT_UNTRUSTED = 0, 1, 2


def add_check_command(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser(
        "check-bundle", help="check an evidence bundle: every file, proof and signature",
        description="Re-hash every exhibit of an evidence bundle (folder or ZIP), check each inclusion proof "
                    "against the signed root, the publisher's signature and exhibits.json.minisig.")
    check.add_argument("bundle", type=Path, metavar="DIR|ZIP")
    check.add_argument("--pubkey", type=Path, metavar="PUB",
                       help="the publisher's public key as you received it (default: your trusted keys)")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(handler=cmd_check_bundle)


def cmd_check_bundle(args: argparse.Namespace) -> int:
    pubkey = minisign.PublicKey.load(args.pubkey) if args.pubkey else None
    report = check_bundle(args.bundle, pubkey=pubkey)
    if args.json:
        print(json.dumps(_report_json(report), ensure_ascii=False, indent=2))
    else:
        _print_report(report)
    return EXIT_OK if report.ok else EXIT_UNTRUSTED if report.intact else EXIT_FAILED


def _report_json(report: BundleReport) -> dict:
    return {"bundle": str(report.path), "ok": report.ok, "verdict": report.verdict,
            "archive": {key: report.archive.get(key) for key in ("id", "title", "edition", "publisher")},
            "root": report.root, "key_fingerprint": report.key_fingerprint, "key": report.key_status,
            "trusted": report.trusted, "signature": report.signature, "thumbnails": report.thumbnails,
            "problems": report.problems,
            "exhibits": [{"number": c.number, "file": c.file, "hash_ok": c.hash_ok, "proof_ok": c.proof_ok,
                          "problem": c.problem} for c in report.exhibits]}


def _print_report(report: BundleReport) -> None:
    archive = report.archive
    print(f"Bundle:        {report.path}")
    print(f"Archive:       {archive.get('title')} (edition {archive.get('edition')}, id {archive.get('id')})")
    print(f"Signed root:   {report.root}")
    print(f"Publisher key: {report.key_fingerprint}, {report.key_status}")
    print(f"{'exhibits.json.minisig:'} {report.signature}")
    print(f"Thumbnails:    {report.thumbnails}")
    width = min(60, max([len(c.file) for c in report.exhibits] + [4]))
    print(f"\n{'EXHIBIT':<9} {'FILE':<{width}} {'HASH':<5} PROOF")
    for check in report.exhibits:
        name = check.file if len(check.file) <= width else check.file[:width - 1] + "…"
        print(f"{check.number:<9} {name:<{width}} {'ok' if check.hash_ok else 'FAIL':<5} "
              f"{'ok' if check.proof_ok else 'FAIL'}" + (f"  {check.problem}" if check.problem else ""))
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    print(f"\n{report.verdict}")


def add_export_command(commands: argparse._SubParsersAction, pdf_renderer: Callable[[], PdfRenderer]) -> None:
    """`casefile export`; `pdf_renderer` is called when the command runs (it starts Qt) for the exhibit
    list's PDF printer."""
    export = commands.add_parser(
        "export", help="export chosen items as an evidence bundle anyone can check",
        description="Write an evidence bundle (folder or .zip): the original files named EX-0001 ..., "
                    "exhibits.json with inclusion proofs and your annotations, an exhibit list as HTML and PDF, "
                    "the publisher's key and VERIFY.txt.")
    _add_export_arguments(export)
    export.set_defaults(handler=lambda args: run_export(args, pdf_renderer()))


def _add_export_arguments(export: argparse.ArgumentParser) -> None:
    export.add_argument("archive", type=Path, metavar="ARCHIVE")
    chosen = export.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--query", metavar="Q", help="every item a search finds (Whoosh query syntax)")
    chosen.add_argument("--tag", metavar="T", help="every item you tagged T in your annotations")
    chosen.add_argument("--items", nargs="+", metavar="ID", help="these item ids, in this order")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="DIR|ZIP",
                        help="new folder to create, or a file ending in .zip")
    export.add_argument("--no-notes", action="store_true",
                        help="export highlights but not the text of your notes and tags (redaction)")
    export.add_argument("--sign-with", type=Path, metavar="KEY",
                        help="your own secret key (.key): writes exhibits.json.minisig")
    export.add_argument("--password-file", type=Path, metavar="F", help="read the key's password from F")
    export.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def run_export(args: argparse.Namespace, render_pdf: PdfRenderer) -> int:
    """`casefile export`: choose items, export with the reader's annotations, record it in the audit log.

    Ctrl+C interrupts it like any subcommand; the temporary bundle is removed on the way out.
    """
    if args.password_file and not args.sign_with:
        raise CasefileError("--password-file goes with --sign-with KEY.")
    key = load_secret_key(args.sign_with, args.password_file) if args.sign_with else None
    with UserStore.open() as store:
        with open_archive(args.archive) as archive:
            archive_id = archive.metadata.archive_id
            ids = select_items(archive, query=args.query, tag=args.tag, item_ids=args.items,
                               tagged=lambda tag: store.annotations.item_ids_with_tag(archive_id, tag))
        bar = None if args.quiet else TerminalProgress()
        try:
            result = export_bundle(args.archive, ids, args.output, notes=not args.no_notes, signing_key=key,
                                   render_pdf=render_pdf, annotations=store.annotations.for_item,
                                   audit=store.audit.record,
                                   progress=(lambda done, total: bar("exporting", done, total)) if bar else None)
        finally:
            if bar:
                bar.finish()
    for warning in result.warnings:
        print(f"warning: {warning}")
    signed = f", exhibits.json signed with {result.signed_by}" if result.signed_by else ""
    exhibits = "1 exhibit" if result.exhibits == 1 else f"{result.exhibits:,} exhibits"
    print(f"Exported {exhibits} ({result.bytes_written / 1e6:,.1f} MB) to {result.target} in "
          f"{result.seconds:.1f} s{signed}.")
    print(f"Archive at export: {result.verification.state.value}. Check it with: casefile check-bundle "
          f"\"{result.target}\"")
    return EXIT_OK
