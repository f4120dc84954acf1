"""Build the full-text index: search documents, the FTS5 table over them, and the vocabulary.

One search document per report, per image (title, caption, place, source and descriptive EXIF) and
per entity (caption, descriptive properties). A PDF is one document too, not one per page: results
are then ranked and counted by FTS5 alone, without grouping pages (measured: 3x faster for common
words); the page of a hit is found when its snippet is cut.
The `names` column carries, for every entity a document mentions, all its names and aliases and their
transliterations (pinyin for Hanzi, ULY Latin for Uyghur): that is how `Chen Quanguo` finds a Chinese
report that only says 陈全国, and 陈全国 finds an English report that says Chen Quanguo.

Text is stored as index terms (archive/search/analysis.py), never as display text; snippets are cut
from the original text at search time. The FTS5 table is created and filled with sqlite-utils once all
documents are in, then optimised into one segment, so the file is smaller and identical on rebuilds.
"""

from __future__ import annotations

import re

import sqlite_utils

from .. import ftm, schema
from ..search.analysis import index_text
from ..search.translit import transliterations
from .entity_sources import EntityRecord

DESCRIPTIVE_EXIF = ("ImageDescription", "Artist", "Copyright", "XPTitle", "XPComment", "XPSubject", "UserComment")
YEAR = re.compile(r"^(\d{4})")
ENTITY_DATE_PROPERTIES = ("date", "startDate", "listingDate", "incorporationDate", "birthDate")


def _year(date: str | None) -> int | None:
    match = YEAR.match(date or "")
    return int(match.group(1)) if match else None


def _doc(kind: str, *, title: str, body: str, item_id=None, entity_id=None, lang=None, date=None,
         source=None) -> dict:
    return dict(doc_kind=kind, item_id=item_id, entity_id=entity_id, title=index_text(title),
                body=index_text(body), names="", lang=lang, date=date, year=_year(date), source=source)


def report_doc(item: dict) -> dict:
    """The search document for one report row; run in a build worker."""
    return _doc("report", title=item["title"], body=item["text"] or "", item_id=item["id"],
                lang=item["language"], date=item["date"], source=item["source"])


def image_doc(item: dict, exif: dict[str, str]) -> dict:
    """The search document for one image row; run in a build worker."""
    described = [exif[key] for key in DESCRIPTIVE_EXIF if exif.get(key)]
    body = "\n".join(filter(None, [item["caption"], item["place"], item["source"], *described, item["text"]]))
    return _doc("image", title=item["title"], body=body, item_id=item["id"], lang=item["language"],
                date=item["date"], source=item["source"])


def row_doc(item: dict, cells) -> dict:
    """The search document for one row of a table item: its cells; the item's title is left out so a
    search for the title finds the table once, not once per row."""
    return _doc("row", title="", body="\n".join(cell for cell in cells if cell), item_id=item["id"],
                lang=item["language"], date=item["date"], source=item["source"])


def email_doc(item: dict, headers) -> dict:
    """The search document for one email: subject as title; correspondents and body as text."""
    people = "\n".join(filter(None, [headers.sender, *headers.to, *headers.cc, *headers.bcc]))
    return _doc("email", title=item["title"], body=f"{people}\n{item['text'] or ''}", item_id=item["id"],
                lang=item["language"], date=item["date"], source=item["source"])


def file_doc(item: dict, path: str) -> dict:
    """The search document for a file kept as given: found by its name, path, type and metadata."""
    body = "\n".join(filter(None, [path.replace("/", " / "), item["media_type"], item["caption"],
                                   item["place"], item["source"], item["text"]]))
    return _doc("file", title=item["title"], body=body, item_id=item["id"], lang=item["language"],
                date=item["date"], source=item["source"])


def entity_names(caption: str, properties: dict[str, list[str]]) -> list[str]:
    """Every name and alias of an entity, plus their transliterations into other scripts."""
    names = [name for prop in ftm.NAME_PROPERTIES for name in properties.get(prop, ())]
    if caption and caption not in names:
        names.insert(0, caption)
    extra = [form for name in names for form in transliterations(name)]
    return list(dict.fromkeys(names + extra))


def entity_doc(record: EntityRecord) -> dict:
    """The search document for one entity: caption, names in every script, and its descriptive
    property values."""
    properties = record.properties  # decoded once here: the record keeps them as JSON text
    skip = set(ftm.NAME_PROPERTIES) | ftm.entity_properties(record.schema)
    body = "\n".join(value for prop, values in sorted(properties.items()) if prop not in skip
                     for value in values)
    date = next((properties[p][0] for p in ENTITY_DATE_PROPERTIES if properties.get(p)), None)
    doc = _doc("entity", title=record.caption, body=body, entity_id=record.id, date=date)
    doc["names"] = index_text("\n".join(entity_names(record.caption, properties)))
    return doc


def finish_index(db: sqlite_utils.Database) -> None:
    """Create and fill the FTS5 table from search_docs, merge it into one segment, store the vocabulary."""
    db[schema.FTS_CONTENT].enable_fts(list(schema.FTS_COLUMNS), fts_version="FTS5",
                                      tokenize=schema.FTS_TOKENIZER, create_triggers=False)
    table = schema.FTS_TABLE
    with db.conn:
        db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        # fts5vocab cannot be created by a read-only reader, so the vocabulary is materialised here.
        db.execute(f"CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, '{table}', 'row')")
        db.execute("INSERT INTO search_terms (term, docs) SELECT term, doc FROM temp.vocabulary ORDER BY term")
        db.execute("DROP TABLE temp.vocabulary")
