"""The start page's example searches, made from the open archive (issue 21): each finds something in
it; an archive naming nobody gets none; forged names cannot break a query or the page."""

from __future__ import annotations

import sqlite3

from archive import open_archive
from viewer.search.examples import examples_for
from viewer.search.help import EmptyStateWidget


def test_examples_from_the_test_archive_all_find_something(built):
    with open_archive(built) as archive:
        examples = examples_for(archive)
        assert examples and all(archive.search.find(example.query).total > 0 for example in examples)
    assert examples[0].query == "Chen Quanguo"


def test_an_archive_that_names_nobody_gets_no_examples(archive_copy):
    with sqlite3.connect(archive_copy) as db:
        db.execute("DELETE FROM mentions")
    db.close()
    with open_archive(archive_copy) as archive:
        assert [e.query for e in examples_for(archive)] in ([], ["kind:image"])


def test_forged_names_make_no_broken_query_and_show_as_text(archive_copy, qtbot):
    with sqlite3.connect(archive_copy) as db:
        db.execute("UPDATE entities SET caption = 'A \"quoted\" name' WHERE id = 'person-chen-quanguo'")
        db.execute("UPDATE entities SET caption = '<b>Bold</b> <img src=x>' WHERE id = 'org-xpcc'")
    db.close()
    with open_archive(archive_copy) as archive:
        examples = examples_for(archive)
        assert all('"quoted"' not in example.query for example in examples)  # a quote would end the phrase
    widget = EmptyStateWidget()
    qtbot.addWidget(widget)
    widget.set_has_archives(True)
    widget.set_examples(examples)
    assert len(widget.examples) == len(examples)
