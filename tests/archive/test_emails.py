"""archive.emails: headers, threads and attachments of email items, safe on forged values."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from archive import open_archive
from archive.publish import build_archive
from tests.helpers.mail import ORIGINAL_ID, write_mail_source

EMAIL = "mail/camp report"


@pytest.fixture(scope="module")
def mail_path(tmp_path_factory):
    root = tmp_path_factory.mktemp("emails")
    build_archive(write_mail_source(root / "source"), root / "mail.casefile")
    return root / "mail.casefile"


def test_headers_and_thread(mail_path):
    with open_archive(mail_path) as archive:
        info = archive.emails.headers("mail/reply")
        assert (info.in_reply_to, info.refs, info.thread_id) == (ORIGINAL_ID, (ORIGINAL_ID,), ORIGINAL_ID)
        thread = archive.emails.thread("mail/reply")
        assert [(m.item_id, m.sender, m.sent) for m in thread] == [
            (EMAIL, "陈全国 <chen@example.org>", "2022-05-24T10:11:12+08:00")]


def test_not_an_email(mail_path):
    with open_archive(mail_path) as archive:
        pdf = archive.emails.attachments(EMAIL)[0].item.id
        assert archive.emails.headers(pdf) is None
        assert archive.emails.thread(pdf) == [] and archive.emails.attachments(pdf) == []


def test_forged_values_are_dropped_or_capped(mail_path, tmp_path):
    forged = tmp_path / "forged.casefile"
    shutil.copyfile(mail_path, forged)
    with sqlite3.connect(forged) as db:
        db.execute("UPDATE emails SET recipients = '{\"to\": [1, null, \"x@example.org\"], \"cc\": \"c\"}', "
                   "refs = 'not json', subject = ?, sender = x'00ff' WHERE item_id = ?", ("S" * 10_000, EMAIL))
    db.close()
    with open_archive(forged) as archive:
        info = archive.emails.headers(EMAIL)
    assert (info.to, info.cc, info.refs, info.sender) == (("x@example.org",), (), (), None)
    assert len(info.subject) == 2_000


def test_format_1_archive_has_no_emails(mail_path, monkeypatch):
    with open_archive(mail_path) as archive:
        # What a format 1 file answers: it has no emails or item_files table.
        monkeypatch.setattr(archive, "has_table", lambda name: False)
        assert archive.emails.headers(EMAIL) is None
        assert archive.emails.thread(EMAIL) == [] and archive.emails.attachments(EMAIL) == []
