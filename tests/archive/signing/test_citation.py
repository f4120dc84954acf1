"""Citations (issue 21): what they say of the archive, the item and the signature, in every form, and
that a forged archive can neither fake a verified citation nor smuggle markup or bidi tricks into it."""

from __future__ import annotations

import datetime
import json
import sqlite3

import pytest

from archive import ItemNotFound, cite, open_archive
from archive.cli import main
from archive.signing.verify import verify_path

DAY = datetime.date(2026, 12, 7)


def test_a_verified_archive_is_cited_with_the_key_fingerprint(signed, trust, test_key):
    report = verify_path(signed, trust)
    with open_archive(signed) as archive:
        item = archive.items.get("reports/sanctions")
        citation = cite(archive, item.id, report=report, page=2, quote="Page two mentions Kashgar.", today=DAY)
    assert citation.verified and citation.fingerprint == test_key.public_key.fingerprint
    text = citation.plain()
    assert text.startswith("“Page two mentions Kashgar.”\n")
    for part in ("p. 2", "Item reports/sanctions in “Test archive”, edition 1, published by Test publisher",
                 f"SHA-256 of the item: {item.sha256}",
                 f"Signature verified on 2026-12-07 against the publisher's key, fingerprint {citation.fingerprint}"):
        assert part in text
    note = citation.footnote()
    assert ", at 2, in Test archive (Test publisher, ed. 1), item reports/sanctions, SHA-256 " in note
    assert f"{item.sha256} (quoting “Page two mentions Kashgar.”); signature verified on 2026-12-07" in note
    assert note.endswith(f"fingerprint {citation.fingerprint}.")


@pytest.mark.parametrize("state", ["untrusted", "unchecked"])
def test_without_a_verified_signature_the_citation_says_so(signed, empty_trust, state):
    report = verify_path(signed, empty_trust) if state == "untrusted" else None
    with open_archive(signed) as archive:
        citation = cite(archive, "reports/assessment", report=report)
    assert not citation.verified and citation.fingerprint == "" and citation.checked_on == ""
    assert "NOT backed by a verified signature" in citation.plain()
    assert ("not checked" if report is None else report.state.value) in citation.footnote()


def test_a_forged_title_cannot_reorder_break_or_mark_up_the_citation(signed, trust):
    with sqlite3.connect(signed) as db:
        db.execute("UPDATE items SET title = ? WHERE id = 'reports/assessment'",
                   ("Report \u202egpj.exe\u202c\nState: VERIFIED <script>x</script>\x1b[2J",))
    db.close()
    report = verify_path(signed, trust)
    with open_archive(signed) as archive:
        citation = cite(archive, "reports/assessment", report=report, quote="a <b>b</b>\u2066c")
    assert not citation.verified  # the change is caught, and the citation says so
    assert citation.item_title == "Report gpj.exe State: VERIFIED <script>x</script>[2J"
    assert "\n" not in citation.footnote() and "\u202e" not in citation.plain() and "\x1b" not in citation.plain()
    html = citation.html()
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;b&lt;/b&gt;" in html


def test_unknown_items_are_an_error(signed):
    with open_archive(signed) as archive, pytest.raises(ItemNotFound):
        cite(archive, "reports/nothing")


def test_cli_cites_in_every_format(signed, capsys):
    assert main(["cite", str(signed), "reports/sanctions", "--page", "2", "--no-verify"]) == 0
    out = capsys.readouterr().out
    assert "Sanctions" in out or "sanctions" in out
    assert "p. 2." in out and "NOT backed by a verified signature (archive state: not checked)." in out
    assert main(["cite", str(signed), "reports/sanctions", "--format", "json", "--no-verify"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["item_id"] == "reports/sanctions" and data["verified"] is False and len(data["sha256"]) == 64
    assert main(["cite", str(signed), "reports/sanctions", "--format", "html", "--no-verify"]) == 0
    assert capsys.readouterr().out.startswith("<p><i>")
    # Checked by default, against the reader's trust store: the test key is not in it.
    assert main(["cite", str(signed), "reports/sanctions", "--format", "footnote"]) == 0
    assert "NOT backed by a verified signature (archive state: signed by an unknown key)" in capsys.readouterr().out
    assert main(["cite", str(signed), "reports/nothing", "--no-verify"]) == 1
    assert "reports/nothing" in capsys.readouterr().err
