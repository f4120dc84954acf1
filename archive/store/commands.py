"""`casefile annotations add|list|export|import|protect|change-passphrase`: the reader's store from scripts.

Each action opens the archive read-only (for its id, and an item's SHA-256 and text), opens the store
($CASEFILE_DATA_DIR or the usual data folder), calls one library function, and leaves errors to
archive/cli.py, which prints them on one line with exit code 1. `protect` and `change-passphrase` take
no archive: they concern the whole store.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import asdict
from pathlib import Path

from ..errors import ItemNotFound
from ..files import first_line_secret
from ..reader import Archive, open_archive
from . import importing, w3c
from .anchoring import quote_context
from .db import UserStore
from .errors import StoreError
from .model import COLOURS, Annotation, Target

EXIT_OK = 0
EXIT_SOME_REFUSED = 2  # `import`: the file was read, but some of its annotations were refused


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Add the `annotations` subcommand and its actions to the `casefile` parser."""
    parser = commands.add_parser("annotations", help="add, list, export and import your annotations",
                                 description="Your annotations of an archive, kept in your own store "
                                             "(never in the archive). CASEFILE_DATA_DIR sets where it lives.")
    actions = parser.add_subparsers(dest="annotations_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="annotate an item (highlight, region, note, bookmark) or an entity")
    _common(add)
    add.add_argument("item_id", metavar="ITEM_ID", help="an item id (or an entity id, for a note)")
    where = add.add_mutually_exclusive_group()
    where.add_argument("--quote", metavar="TEXT", help="highlight this text (its first occurrence in the item)")
    where.add_argument("--region", metavar="x,y,w,h", help="an image region in pixels")
    add.add_argument("--note", metavar="TEXT", default="", help="a note (alone: a note on the whole item)")
    add.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeat for more)")
    add.add_argument("--colour", choices=COLOURS, default="yellow", help="highlight colour (default yellow)")
    add.set_defaults(handler=cmd_add)

    listing = actions.add_parser("list", help="list the annotations of an archive")
    _common(listing)
    listing.add_argument("--tag", metavar="T", default=None, help="only annotations with this tag")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=cmd_list)

    export = actions.add_parser("export", help="write the archive's annotations as W3C JSON-LD")
    _common(export)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.jsonld", help="file to write")
    export.set_defaults(handler=cmd_export)

    imports = actions.add_parser("import", help="add annotations from a W3C JSON-LD or Hypothesis file "
                                                "(merged by id; a line per annotation)")
    _common(imports)
    imports.add_argument("file", type=Path, metavar="FILE.jsonld")
    imports.set_defaults(handler=cmd_import)
    _passphrase_commands(actions)


def _passphrase_commands(actions: argparse._SubParsersAction) -> None:
    protect = actions.add_parser("protect", help="encrypt your notes, tags, quotes, authors and audit details "
                                                 "with a passphrase, and replace the unprotected backups")
    _new_passphrase_option(protect)
    protect.set_defaults(handler=cmd_protect)
    change = actions.add_parser("change-passphrase", help="re-encrypt the store under a new passphrase and key; "
                                                          "the old passphrase and old backups open nothing")
    change.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help="read the current passphrase from FILE's first line (default: ask)")
    _new_passphrase_option(change)
    change.set_defaults(handler=cmd_change_passphrase)


def _new_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                        help="read the new passphrase from FILE's first line (default: ask twice)")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("archive", type=Path, metavar="ARCHIVE")
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help="read an encrypted store's passphrase from FILE's first line (default: ask)")


def _open_store(args: argparse.Namespace) -> UserStore:
    store = UserStore.open()
    _warn(store.notices)
    try:
        if store.encrypted:
            _warn(store.unlock(_passphrase(args.passphrase_file)))
    except BaseException:
        store.close()
        raise
    return store


def _warn(notices: list[str]) -> None:
    for notice in notices:
        print(f"casefile: {notice}", file=sys.stderr)


def _passphrase(path: Path | None) -> str:
    if path is None:
        return getpass.getpass("Passphrase of your annotation store: ")
    return first_line_secret(path, "passphrase", StoreError)


def cmd_add(args: argparse.Namespace) -> int:
    with open_archive(args.archive) as archive:
        annotation = _new_annotation(archive, args)
    with _open_store(args) as store:
        saved = store.annotations.add(annotation)
    print(saved.id)
    return EXIT_OK


def _new_annotation(archive: Archive, args: argparse.Namespace) -> Annotation:
    archive_id = archive.metadata.archive_id
    extra = {"note": args.note, "tags": tuple(args.tag), "colour": args.colour}
    try:
        item = archive.items.get(args.item_id)
    except ItemNotFound:
        if args.quote is not None or args.region is not None or not args.note:
            raise
        archive.entities.get(args.item_id)  # ItemNotFound if it is no entity either
        return Annotation("", "note", Target(archive_id, entity_id=args.item_id), **extra)
    base = Target(archive_id, item.id, item_sha256=item.sha256)
    if args.quote is not None:
        return Annotation("", *_quote_target(archive, base, args.quote), **extra)
    if args.region is not None:
        return Annotation("", "region", _region_target(archive, base, args.region), **extra)
    return Annotation("", "note" if args.note else "bookmark", base, **extra)


def _quote_target(archive: Archive, base: Target, quote: str) -> tuple[str, Target]:
    text = archive.items.text(base.item_id)
    start = text.find(quote) if quote else -1
    if start < 0:
        raise StoreError(f"The text {quote[:60]!r} does not occur in {base.item_id}; copy it from "
                         f"'casefile show ARCHIVE {base.item_id}'.")
    exact, prefix, suffix = quote_context(text, start, start + len(quote))
    pages = archive.items.pages(base.item_id)
    page = max((p.number for p in pages if p.start <= start), default=None) if pages else None
    target = Target(base.archive_id, base.item_id, item_sha256=base.item_sha256, exact=exact, prefix=prefix,
                    suffix=suffix, start=start, end=start + len(quote), page=page)
    return ("pdf" if page is not None else "text"), target


def _region_target(archive: Archive, base: Target, spec: str) -> Target:
    try:
        x, y, w, h = (int(v) for v in spec.split(","))
    except ValueError:
        raise StoreError(f"--region {spec!r} is not x,y,w,h in whole pixels, e.g. 10,20,200,100.") from None
    image = archive.items.image_info(base.item_id)
    if image is None:
        raise StoreError(f"{base.item_id} is not an image; --region marks part of an image.")
    if min(x, y) < 0 or w <= 0 or h <= 0 or x + w > image.width or y + h > image.height:
        raise StoreError(f"--region {spec} is not inside the {image.width} x {image.height} image.")
    return Target(base.archive_id, base.item_id, item_sha256=base.item_sha256, region=(x, y, w, h))


def cmd_list(args: argparse.Namespace) -> int:
    with open_archive(args.archive) as archive:
        archive_id = archive.metadata.archive_id
    with _open_store(args) as store:
        found = store.annotations.list(archive_id, tag=args.tag)
    if args.json:
        print(json.dumps([asdict(a) for a in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    for a in found:
        where = a.target.item_id or f"entity {a.target.entity_id}"
        what = a.problem if a.unreadable else (a.target.exact or a.note).replace("\n", " ")
        tags = f"  [{', '.join(a.tags)}]" if a.tags else ""
        print(f"{a.id}  {a.kind:<8} {a.colour:<7} {where}{tags}\n    {what[:100]}")
        if a.orphan:
            print(f"    orphan: {a.orphan}")
    print(f"{len(found)} annotation(s).")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    with open_archive(args.archive) as archive:
        archive_id = archive.metadata.archive_id
    with _open_store(args) as store:
        count = w3c.export(store, archive_id, args.output)
    print(f"Exported {count} annotation(s) to {args.output}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """Import, printing one line per annotation and the totals; exit 2 if any was refused."""
    with open_archive(args.archive) as archive, _open_store(args) as store:
        report = importing.import_(store, archive.metadata.archive_id, args.file, archive)
    for line in report.lines():
        print(line)
    print(report.summary())
    return EXIT_SOME_REFUSED if report.count(importing.REFUSED) else EXIT_OK


def cmd_protect(args: argparse.Namespace) -> int:
    store = UserStore.open()
    with store:
        _warn(store.notices)
        if store.encrypted:
            raise StoreError("Your annotation store is already protected; use 'casefile annotations "
                             "change-passphrase' to choose another passphrase.")
        _warn(store.enable_encryption(_new_passphrase(args.new_passphrase_file)))
    print(f"Protected: notes, tags, quotes, places, authors and audit details in {store.path} are encrypted, "
          f"and its backups were replaced by a protected one.")
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    store = UserStore.open()
    with store:
        _warn(store.notices)
        if not store.encrypted:
            raise StoreError("Your annotation store is not protected yet; use 'casefile annotations protect'.")
        current = _passphrase(args.passphrase_file)
        _warn(store.change_passphrase(current, _new_passphrase(args.new_passphrase_file)))
    print(f"Passphrase changed: {store.path} and its backup are encrypted under a new key; the old passphrase "
          f"opens nothing.")
    return EXIT_OK


def _new_passphrase(path: Path | None) -> str:
    if path is not None:
        return first_line_secret(path, "new passphrase", StoreError)
    first = getpass.getpass("New passphrase: ")
    if first != getpass.getpass("New passphrase again: "):
        raise StoreError("The two passphrases differ; nothing was changed. Type the same one twice.")
    return first
