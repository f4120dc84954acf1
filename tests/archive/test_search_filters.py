"""folder:, path: and the kinds of format 2 (table, email, file) as search filters: parameterised SQL,
the right items from a folder of nested Chinese and Uyghur folders, and format 1 archives."""

from __future__ import annotations

import pytest

from archive import QueryError, open_archive
from archive.publish import build_archive
from archive.search.query import FILES_FORMAT_1, compile_query

from tests.helpers.foldercorpus import LEAK, UYGHUR, make_folder_source

ALL = {"notes/top", f"{LEAK}/名单 2018", f"{LEAK}/2019/photo", f"{UYGHUR}/bundle", f"{UYGHUR}/README",
       f"{UYGHUR}/data"}


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    root = tmp_path_factory.mktemp("folders")
    out = root / "folders.casefile"
    build_archive(make_folder_source(root), out)
    with open_archive(out) as archive:
        yield archive


def ids(archive, query: str) -> set[str]:
    result = archive.search.find(query, limit=100, facets=True)
    assert result.total == len(result.hits)  # counts agree with hits under every filter
    return {hit.id for hit in result.hits}


@pytest.mark.parametrize(("query", "expected"), [
    (f'folder:"{LEAK}"', {f"{LEAK}/名单 2018", f"{LEAK}/2019/photo"}),   # sub-folders included
    (f'folder:"{LEAK}/2019"', {f"{LEAK}/2019/photo"}),
    (f"folder:{UYGHUR}/", {f"{UYGHUR}/bundle", f"{UYGHUR}/README", f"{UYGHUR}/data"}),
    ("folder:leak", ALL - {"notes/top"}),
    ("folder:lea", set()),                                               # a folder, not a prefix
    ("folder:Leak", set()),                                              # names are exact
    ("path:*.zip", {f"{UYGHUR}/bundle"}),
    ("path:*.ZIP", {f"{UYGHUR}/bundle"}),
    ("path:notes/", {"notes/top"}),
    (f'path:"{LEAK}/名单 2018.txt"', {f"{LEAK}/名单 2018"}),
    ("path:leak/*/photo.png", {f"{LEAK}/2019/photo"}),
    ("kind:file", {f"{UYGHUR}/bundle", f"{UYGHUR}/README", f"{UYGHUR}/data"}),
    ("kind:file folder:leak -path:*.zip", {f"{UYGHUR}/README", f"{UYGHUR}/data"}),
    ("kind:report OR kind:image", {"notes/top", f"{LEAK}/名单 2018", f"{LEAK}/2019/photo"}),
    ("kashgar folder:notes", {"notes/top"}),
    ("kashgar folder:leak", set()),
])
def test_folder_path_and_kind_filters(folders, query, expected):
    assert ids(folders, query) == expected


def test_file_items_are_found_by_name(folders):
    assert ids(folders, "bundle") == {f"{UYGHUR}/bundle"}


def test_kind_facet_counts_follow_the_filters(folders):
    facets = folders.search.facet_counts(f'folder:"{UYGHUR}"')
    assert facets["kind"] == [("file", "file", 3)]


@pytest.mark.parametrize(("text", "where", "params"), [
    ('folder:"leak/疏附县"', "d.item_id IN (SELECT item_id FROM item_files WHERE folder = ? OR "
     "(folder >= ? AND folder < ?))", ("leak/疏附县", "leak/疏附县/", "leak/疏附县0")),
    ("path:reports/", "d.item_id IN (SELECT item_id FROM item_files WHERE substr(path, 1, ?) = ?)",
     (8, "reports/")),
    ("path:*.xlsx", "d.item_id IN (SELECT item_id FROM item_files WHERE lower(path) GLOB lower(?))", ("*.xlsx",)),
    ("path:report*", "d.item_id IN (SELECT item_id FROM item_files WHERE lower(path) GLOB lower(?))",
     ("report*",)),
    ("kind:table", "d.item_id IN (SELECT id FROM items WHERE kind = ?)", ("table",)),
    ("kind:Email", "d.doc_kind = ?", ("email",)),
    ("kind:row", "d.doc_kind = ?", ("row",)),
])
def test_filters_compile_to_parameterised_sql(text, where, params):
    compiled = compile_query(text)
    assert (compiled.match, compiled.where, compiled.params) == (None, where, params)


def test_quotes_and_sql_in_a_folder_stay_parameters():
    compiled = compile_query("""folder:"x') OR 1=1 --" """)
    assert "OR 1=1" not in compiled.where and compiled.params[0] == "x') OR 1=1 --"


def test_format_1_archives_derive_folders_and_paths_from_ids(built, monkeypatch):
    compiled = compile_query("folder:reports", item_files=False)
    assert FILES_FORMAT_1 in compiled.where
    with open_archive(built) as archive:
        monkeypatch.setattr(archive, "has_table", lambda name: False)  # what a format 1 file answers
        rows = archive.query(f"SELECT item_id, path, folder FROM {FILES_FORMAT_1} WHERE item_id = ?",
                             ("reports/sanctions",))
        assert rows == [("reports/sanctions", "reports/sanctions.pdf", "reports")]
        by_folder = {hit.id for hit in archive.search.find("folder:images", limit=100).hits}
        assert by_folder == set(archive.items.ids("image"))
        assert {hit.id for hit in archive.search.find("path:*.pdf", limit=100).hits} == {"reports/sanctions"}
        assert archive.items.count(folder="images") == len(by_folder)


def test_unknown_kind_names_the_new_kinds():
    with pytest.raises(QueryError, match="kind:table, kind:email, kind:file") as caught:
        compile_query("kind:spreadsheet")
    assert caught.value.code == "unknown-kind"
