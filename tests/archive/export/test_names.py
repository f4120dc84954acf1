"""Exhibit file names are safe on every OS, whatever the archive's titles say."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archive.export.names import (MAX_NAME_BYTES, exhibit_file_name, exhibit_number, extension_for, is_safe_name,
                                  is_safe_path, suggested_file_name)


@pytest.mark.parametrize("title, expected", [
    ("OHCHR assessment", "EX-0001 OHCHR assessment.pdf"),
    ("../../etc/passwd", "EX-0001 etc passwd.pdf"),
    ('a<b>c:d"e|f?g*h\\i', "EX-0001 a b c d e f g h i.pdf"),
    ("line\nbreak\ttab\x00nul", "EX-0001 line break tab nul.pdf"),
    ("evil\u202etxt.exe", "EX-0001 evil txt.exe.pdf"),
    ("trailing dots...  ", "EX-0001 trailing dots.pdf"),
    ("", "EX-0001.pdf"),
    ("CON", "EX-0001 CON.pdf"),
])
def test_hostile_titles_become_plain_names(title, expected):
    assert exhibit_file_name(exhibit_number(1), title, "pdf") == expected


def test_long_titles_are_cut_at_a_character_boundary():
    name = exhibit_file_name("EX-0001", "新疆" * 200, "html")
    assert len(name.encode()) <= MAX_NAME_BYTES and name.endswith(".html") and "\ufffd" not in name


@pytest.mark.parametrize("media_type, ext", [
    ("application/pdf", "pdf"), ("image/jpeg", "jpg"), ("Image/PNG", "png"), ("text/html; charset=utf-8", "html"),
    ("text/markdown", "md"), ("", "bin"), ("application/x-thing+xml", "bin"), ("application/x-msdownload", "bin"),
])
def test_extensions_come_from_the_media_type_allowlist(media_type, ext):
    assert extension_for(media_type) == ext


@given(st.text(max_size=300), st.sampled_from(["pdf", "jpg", "md"]))
def test_every_generated_name_is_safe(title, ext):
    name = exhibit_file_name("EX-0042", title, ext)
    assert is_safe_name(name) and name.startswith("EX-0042") and name.endswith("." + ext)


@pytest.mark.parametrize("name", ["..", ".", "", "a/b", "a\\b", "con.txt", "LPT1", "x\u202e", "ok ", "ok.",
                                  "x" * 200])
def test_unsafe_names_are_recognised(name):
    assert not is_safe_name(name)


def test_paths():
    assert is_safe_path("thumbnails/EX-0001.jpg")
    assert not is_safe_path("../EX-0001.jpg") and not is_safe_path("/etc/passwd") and not is_safe_path("a/b/c")


@pytest.mark.parametrize("title, expected", [
    ("Chen Quanguo (陈全国): career outline", "Chen Quanguo (陈全国) career outline.pdf"),
    ("../../etc/passwd", "etc passwd.pdf"),
    ("a\u202etxt.exe", "a txt.exe.pdf"),  # the override goes, the real extension stays last
    ("CON", "item.pdf"), ("", "item.pdf"), (" ... ", "item.pdf"),
])
def test_a_save_dialog_is_offered_a_safe_name(title, expected):
    name = suggested_file_name(title, "pdf", "item")
    assert name == expected and is_safe_name(name)


def test_a_long_title_is_cut_to_fit():
    name = suggested_file_name("名" * 500, "pdf", "item")
    assert name.endswith(".pdf") and is_safe_name(name)
