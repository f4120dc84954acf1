"""Fuzz the archive loader: random damage to a small valid archive's bytes, then open it and read as a
reader would. Only CasefileErrors may come out (never sqlite3, Unicode, JSON or index errors), and
never slowly, whatever the damage."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PIL import Image

from archive import CasefileError, Limits, open_archive
from archive.publish import build_archive

HEADER = 100


class Original:
    """The valid archive's bytes and a file to write damaged copies to."""

    def __init__(self, data: bytes, scratch: Path):
        self.data, self.scratch = data, scratch

    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example: not 600 KB of bytes
        return f"Original({len(self.data)} bytes)"


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Original:
    """An archive of one report, one image and two entities: about 100 KB, so most damage hits structure."""
    root = tmp_path_factory.mktemp("small")
    source = root / "source"
    (source / "reports").mkdir(parents=True)
    (source / "images").mkdir()
    (source / "entities").mkdir()
    (source / "archive.toml").write_text('id = "fuzz"\ntitle = "Fuzz"\npublisher = "P"\nedition = "1"\n'
                                         'languages = ["en"]\ncreated = "2026-01-01T00:00:00Z"\n')
    (source / "reports" / "note.md").write_text("# Note\n\nChen Quanguo visited Kashgar in 2017.\n")
    Image.new("RGB", (16, 16), "red").save(source / "images" / "dot.png")
    (source / "entities" / "people.jsonl").write_text(
        '{"id": "p1", "schema": "Person", "properties": {"name": ["Chen Quanguo"]}}\n'
        '{"id": "a1", "schema": "Address", "properties": {"name": ["Kashgar"]}}\n')
    build_archive(source, root / "small.casefile", strict=True)
    return Original((root / "small.casefile").read_bytes(), root / "damaged.casefile")


def read_like_a_reader(path: Path) -> None:
    with open_archive(path, limits=Limits(query_seconds=1)) as archive:
        archive.stats()
        for item in archive.items.list():
            archive.items.original(item.id)
            archive.items.text(item.id)
            archive.items.html(item.id)
            archive.items.mentions(item.id)
            archive.items.image_info(item.id)
            archive.items.thumbnail(item.id)
        archive.search.find("chen OR kashgar~1", facets=True)
        for entity in archive.entities.list():
            archive.entities.get(entity.id)
        archive.verify()


# An edit: (where, as a fraction of the file or of the header; how; the new bytes).
EDITS = st.lists(st.tuples(st.booleans(), st.floats(0, 1, exclude_max=True),
                           st.sampled_from(["xor", "set", "zero-run", "cut"]), st.binary(min_size=1, max_size=8)),
                 min_size=1, max_size=6)


def apply(data: bytes, edits) -> bytes:
    out = bytearray(data)
    for in_header, where, how, value in edits:
        if not out:
            break
        at = min(int(where * (HEADER if in_header else len(out))), len(out) - 1)
        if how == "xor":
            out[at] ^= value[0] or 1
        elif how == "set":
            out[at:at + len(value)] = value
        elif how == "zero-run":
            out[at:at + 512] = bytes(len(out[at:at + 512]))
        elif not in_header:  # cut: truncate the file here
            del out[at:]
    return bytes(out)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_damaged_archive_gives_only_casefile_errors_quickly(small, edits):
    scratch = small.scratch
    scratch.write_bytes(apply(small.data, edits))
    started = time.monotonic()
    try:
        read_like_a_reader(scratch)
        event("read")
    except CasefileError as exc:
        event(type(exc).__name__)  # --hypothesis-show-statistics: how far the damage got
        assert str(exc) and "\n" not in str(exc)
    assert time.monotonic() - started < 10


def test_the_undamaged_archive_reads(small):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "small.casefile"
        path.write_bytes(small.data)
        read_like_a_reader(path)
