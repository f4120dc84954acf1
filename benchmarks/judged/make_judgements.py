"""How benchmarks/judged/*.json were made: the relevance criteria, written by hand, applied to an archive.

    python benchmarks/judged/make_judgements.py ARCHIVE CRITERIA.py OUT.json

A query's criteria (CRITERIA.py: QUERIES, PATTERNS, DATES, IN_PASSING, OVERRIDES) say what a relevant
document must contain: the subject's name in any of its scripts, or the topic's words (a list of
alternatives, or a list of such lists that must all match), and for a query with a date filter, a
date in its range. Grades 3 and "names the subject" look at the first list. Every document of the archive (item, table row,
entity record) that meets them is graded by what it is, as a researcher or a lawyer reading the
results would rank it:

    3  the subject's own record or a document about it: a Person/Organization/PublicBody record
       whose name matches, an item whose title matches;
    2  a document that names the subject or treats the topic in its text or caption, an Event record;
    1  a relation, sanction, position or other record that involves it, a table row, and a document
       that names it only in a list of names or references (IN_PASSING);
    0  anything else (not listed).

When the criteria were written, the pools (every document that meets them, beside the hits of the
engine before and after issue 21) were read for about a third of the queries: the names, and the
topics whose criteria were narrowed after reading (detention facility, sanctioned officials). No
single grade was changed by hand; OVERRIDES is where such a correction goes, (query, key) -> grade.
The JSON written is what the benchmark reads: the queries and their graded documents, keyed as
benchmarks/bench_relevance.py keys hits (item id, entity id, or "TABLE#rowN").
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

from archive import open_archive

SUBJECT_SCHEMATA = {"Person", "Organization", "PublicBody", "Company", "LegalEntity"}


def documents(archive) -> dict[str, tuple[str, str, str, str | None]]:
    """key -> (kind, title, searchable display text, date) for every item, table row and entity."""
    dates = {}
    for kind, item_id, entity_id, doc_id, date in archive.query(
            "SELECT doc_kind, item_id, entity_id, id, date FROM search_docs"):
        key = entity_id if kind == "entity" else (doc_id if kind == "row" else item_id)
        dates[key] = date
    found = {}
    for key, kind, title, text, caption, place in archive.query(
            "SELECT id, kind, title, text, caption, place FROM items"):
        found[key] = (kind, title or "", "\n".join(filter(None, [title, text, caption, place])), dates.get(key))
    for table, row_no, doc_id, cells in archive.query("SELECT item_id, row_no, doc_id, cells FROM table_rows"):
        shown = " · ".join(c for c in json.loads(cells) if isinstance(c, str) and c)
        found[f"{table}#row{row_no}"] = ("row", shown, shown, dates.get(doc_id))
    for key, schema, caption, properties in archive.query("SELECT id, schema, caption, properties FROM entities"):
        values = [v for vs in json.loads(properties).values() for v in vs if isinstance(v, str)]
        found[key] = (f"entity:{schema}", caption, "\n".join([caption, *values]), dates.get(key))
    return found


def grade(kind: str, title: str, pattern: re.Pattern, key: str, in_passing: set[str]) -> int:
    if kind.startswith("entity:"):
        schema = kind.split(":", 1)[1]
        if schema in SUBJECT_SCHEMATA and pattern.search(title):
            return 3
        return 2 if schema == "Event" else 1
    if kind == "row" or key in in_passing:
        return 1
    return 3 if pattern.search(title) else 2


def in_range(date: str | None, bounds: tuple[str, str] | None) -> bool:
    if bounds is None:
        return True
    low, high = bounds
    return bool(date) and date >= low[: len(date)] and date[: len(high)] <= high


def main() -> None:
    archive_path, criteria_path, out = sys.argv[1:4]
    spec = importlib.util.spec_from_file_location("criteria", criteria_path)
    criteria = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(criteria)
    docs = documents(open_archive(archive_path))
    judged = []
    for query_type, query in criteria.QUERIES:
        groups = criteria.PATTERNS[query]
        groups = [groups] if isinstance(groups[0], str) else groups  # one any-of list, or all of several
        patterns = [re.compile("|".join(group), re.IGNORECASE) for group in groups]
        bounds = criteria.DATES.get(query)
        grades = {key: grade(kind, title, patterns[0], key, criteria.IN_PASSING)
                  for key, (kind, title, text, date) in docs.items()
                  if all(p.search(text) for p in patterns) and in_range(date, bounds)}
        for (overridden, key), value in criteria.OVERRIDES.items():
            if overridden == query:
                grades[key] = value
        judged.append({"type": query_type, "query": query,
                       "relevant": {key: value for key, value in sorted(grades.items()) if value > 0}})
    name = Path(criteria_path).stem.removesuffix("_criteria")
    Path(out).write_text(json.dumps({"archive": name, "queries": judged},
                                    ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(judged)} queries, {sum(len(q['relevant']) for q in judged)} graded documents -> {out}")


if __name__ == "__main__":
    main()
