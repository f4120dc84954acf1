"""Fuzz what readers type and what reports contain: queries through the real search of a forged archive,
and HTML built to smuggle a URL past the sanitiser.

tests/archive/test_query.py fuzzes the compiler against an in-memory index with made-up fuzzy
expansions; here the whole `archive.search.find` path runs on an archive whose vocabulary (the fuzzy
expansions' source, which a forger controls) holds FTS5 syntax, NULs and blanks. tests/archive/
test_htmlsafe.py checks that sanitising is safe and idempotent on random markup; here the markup is
generated from the tricks browsers fall for, and no URL that could load anything may survive.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive import LimitExceeded, QueryError, open_archive
from archive.htmlsafe import sanitize_html


HOSTILE_TERMS = ['chen"', "chen*", "NEAR(", "chen\x00x", "che n", "chen)", "chem OR 1", "{title}:", "chenn", "chan"]
SYNTAX = st.sampled_from(list('"*:^()-+~[]{}\\\' ') + [
    " AND ", " OR ", " NOT ", " ANDNOT ", " TO ", "title:", "name:", "caption:", "kind:image", "kind:report",
    "date:", "2019", "date:[2016 TO 2021]", "lang:zh", "source:", "entity:", "chen", "chen~", "chen~2", "quan*",
    "新疆", "喀什", "kashgar", "\x00", "\u202e", "NEAR(", "*:*"])


@pytest.fixture(scope="module")
def archive(built, tmp_path_factory):
    path = tmp_path_factory.mktemp("vocabulary") / "forged.casefile"
    shutil.copyfile(built, path)
    conn = sqlite3.connect(path)
    conn.executemany("INSERT OR REPLACE INTO search_terms (term, docs) VALUES (?, 3)", [(t,) for t in HOSTILE_TERMS])
    conn.commit()
    conn.close()
    with open_archive(path) as opened:
        yield opened


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.lists(SYNTAX, min_size=1, max_size=20).map("".join), st.text(max_size=60)))
def test_any_query_is_refused_or_searched_quickly(archive, text):
    started = time.monotonic()
    try:
        result = archive.search.find(text, facets=True, seconds=2)
    except (QueryError, LimitExceeded) as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert result.total >= len(result.hits)
    assert time.monotonic() - started < 2.5


SCHEMES = st.sampled_from(["javascript:", "JaVaScRiPt:", "java\tscript:", "java\nscript:", " javascript:",
                           "&#106;avascript:", "&#x6A;avascript:", "&#0000106avascript:", "jav&#x09;ascript:",
                           "vbscript:", "data:text/html,", "file:///", "//", "http://", "https://", "\\\\host\\",
                           "archive:../", "archive:", "mailto:", "#"])
ATTRIBUTES = st.sampled_from(["href", "src", "HREF", "SrC", "srcset", "style", "background", "poster", "action",
                              "formaction", "xlink:href", "onerror", "onclick"])
TAGS = st.sampled_from(["a", "img", "image", "iframe", "link", "base", "form", "svg", "math", "object", "embed",
                        "video", "table", "td", "div", "style", "script"])
QUOTES = st.sampled_from(['"', "'", ""])


@st.composite
def smuggling(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        tag, attribute, quote = draw(TAGS), draw(ATTRIBUTES), draw(QUOTES)
        url = draw(SCHEMES) + draw(st.sampled_from(["alert(1)", "x.example/p.png", "etc/passwd", "a b", ""]))
        parts.append(f"<{tag} {attribute}={quote}{url}{quote}>{draw(st.text(max_size=5))}"
                     + draw(st.sampled_from(["", f"</{tag}>", "<!--", "-->", "<![CDATA[", "]]>"])))
    return "".join(parts)


LOADS = re.compile(r"<(script|style|iframe|link|base|object|embed|svg|math|form|video)\b|\son\w+=|"
                   r"\s(style|srcset|background|poster|action|formaction|xlink:href)=|"
                   r"\ssrc=\"(?!archive:[A-Za-z0-9._/-]+\")|"
                   r"\shref=\"(?!https?://|mailto:|#)", re.I)


@settings(max_examples=400, deadline=None)
@given(smuggling())
def test_no_smuggled_url_survives_sanitising(markup):
    result = sanitize_html(markup)
    assert LOADS.search(result.html) is None, (markup, result.html)
    for href in re.findall(r'\shref="([^"]*)"', result.html):
        assert re.match(r"(https?://|mailto:|#)", href, re.I) and not re.search(r"[\t\n]", href)
    for src in re.findall(r'\ssrc="([^"]*)"', result.html):
        assert ".." not in src.split("/")
    assert all(re.match(r"(https?://|mailto:)", link, re.I) for link in result.links)
