"""Fixtures for the reader's store: a fresh store, sample annotations of every kind, fast key derivation."""

from __future__ import annotations

import pytest

from archive.store import Annotation, Target, UserStore

ARCHIVE_ID = "test-archive"
SHA = "ab" * 32
TEXT = "The officials named in the report include Chen Quanguo, the former party secretary, and others."


@pytest.fixture
def store(tmp_path):
    opened = UserStore.open(tmp_path / "store" / "casefile-store.sqlite")
    yield opened
    opened.close()


def fast_cost() -> dict:
    """libsodium's minimum Argon2id cost: a key derivation in milliseconds, for tests only."""
    from nacl.pwhash import argon2id

    return {"opslimit": argon2id.OPSLIMIT_MIN, "memlimit": argon2id.MEMLIMIT_MIN}


def quote_target(exact: str = "Chen Quanguo", text: str = TEXT, **extra) -> Target:
    start = text.index(exact)
    return Target(ARCHIVE_ID, "reports/assessment", item_sha256=SHA, exact=exact,
                  prefix=text[max(0, start - 32):start], suffix=text[start + len(exact):start + len(exact) + 32],
                  start=start, end=start + len(exact), **extra)


def every_kind() -> list[Annotation]:
    """One annotation of each kind, with notes, tags, colours and authors that must survive a round trip."""
    return [
        Annotation("", "text", quote_target(), note="Named in the sanctions list.", tags=("sanctions", "XUAR"),
                   colour="green", author="Ana"),
        Annotation("", "pdf", quote_target("party secretary", page=2), tags=("官员",), colour="blue"),
        Annotation("", "region", Target(ARCHIVE_ID, "images/photo", item_sha256=SHA, region=(10, 20, 300, 200)),
                   note="Face of the guard", colour="pink", author="Bilal"),
        Annotation("", "note", Target(ARCHIVE_ID, entity_id="person-chen-quanguo"), note="Check the 2016 posting.\n"
                   "Second line, with ünïcode and \"quotes\"."),
        Annotation("", "note", Target(ARCHIVE_ID, "reports/assessment", item_sha256=SHA), note="Whole report note",
                   tags=("read-later",), colour="purple"),
        Annotation("", "bookmark", Target(ARCHIVE_ID, "images/photo", item_sha256=SHA)),
    ]


OHCHR = "https://www.ohchr.org/en/documents/country-reports/ohchr-assessment-human-rights-concerns-xinjiang"
TREASURY = "https://home.treasury.gov/news/press-releases/jy0070"


@pytest.fixture(scope="session")
def web_archive(tmp_path_factory):
    """The test archive with web sources recorded for two items (as another tool's annotations name them)."""
    from archive.publish import build_archive

    from ...sources import make_source, write_json

    root = tmp_path_factory.mktemp("web")
    source = make_source(root / "source")
    write_json(source / "reports" / "assessment.meta.json",
               {"title": "Assessment", "date": "2022-08-31", "language": "en",
                "source": f"Summary of the OHCHR assessment, {OHCHR} (31 August 2022)"})
    write_json(source / "reports" / "sanctions.meta.json", {"title": "Sanctions", "source": TREASURY + "/"})
    build_archive(source, root / "web.casefile", strict=True)
    return root / "web.casefile"
