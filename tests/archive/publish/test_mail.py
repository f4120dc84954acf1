"""Email formats: EML, MBOX and MSG files made by third-party tools, read by the format and built
into an archive."""

from __future__ import annotations

import base64
import sys

import pytest

from archive import open_archive
from archive.publish import build_archive
from archive.publish.formats import ExtractedEmail, ExtractedFile, ExtractionError, format_for, mail
from tests.helpers.mail import (ORIGINAL_ID, mailbox_bytes, original_message, outlook_message, reply_message,
                               write_mail_source)

EMAIL = "mail/camp report"


@pytest.fixture(scope="module")
def mail_archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("mail")
    out = root / "mail.casefile"
    report = build_archive(write_mail_source(root / "source"), out, strict=True)
    assert not report.warnings
    with open_archive(out) as archive:
        yield archive


def test_suffixes_are_registered():
    assert all(format_for(suffix) is mail for suffix in (".eml", ".EML", ".mbox", ".msg"))


def test_eml_headers_are_decoded():
    result = mail.extract(bytes(original_message()))
    assert isinstance(result, ExtractedEmail)
    headers = result.headers
    assert headers.sender == "陈全国 <chen@example.org>"  # sent as an RFC 2047 encoded word
    assert headers.to == ("Desk A <a@example.org>", "b@example.org")
    assert headers.cc == ("Archivist <c@example.org>",)
    assert headers.sent == "2022-05-24T10:11:12+08:00"  # the sender's UTC offset kept
    assert (headers.subject, headers.message_id, headers.thread_id) == ("Camp report from Kashgar", ORIGINAL_ID,
                                                                        ORIGINAL_ID)


def test_eml_body_plain_for_text_and_sanitised_html():
    result = mail.extract(bytes(original_message()))
    assert result.text.startswith("The transfer list is attached.")
    assert "<b>attached</b>" in result.html
    assert "<img" not in result.html  # the remote image is never loaded: a placeholder text stands in
    assert result.details == {"attachments": 2, "body": "text/plain + text/html"}


def test_eml_attachments_with_safe_names():
    message = original_message()
    message.add_attachment(b"x", maintype="application", subtype="octet-stream", filename="../../etc/passwd")
    message.add_attachment(reply_message())
    names = [part.name for part in mail.extract(bytes(message)).attached]
    assert names[:3] == ["transfer list.pdf", "gate.jpg", "passwd"]
    assert names[3].endswith(".eml") and "Re_ Camp report" in names[3]


def test_nested_message_reads_as_an_email():
    message = original_message()
    message.add_attachment(reply_message())
    nested = mail.extract(bytes(message)).attached[-1]
    inner = mail.extract(nested.data)
    assert inner.headers.in_reply_to == ORIGINAL_ID


def test_unknown_charset_is_read_and_said():
    raw = (b"From: a@example.org\r\nSubject: x\r\nContent-Type: text/plain; charset=x-unheard-of\r\n\r\n"
           b"caf\xc3\xa9\r\n")
    result = mail.extract(raw)
    assert result.text.strip() == "café"
    assert any("x-unheard-of" in warning for warning in result.warnings)


def test_gb18030_body_is_decoded():
    raw = ("From: a@example.org\r\nSubject: =?gb18030?b?" + base64.b64encode(
        "喀什".encode("gb18030")).decode() + "?=\r\nContent-Type: text/plain; charset=gb18030\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n").encode() + "疏附县名单".encode("gb18030")
    result = mail.extract(raw)
    assert (result.headers.subject, result.text.strip()) == ("喀什", "疏附县名单")


def test_bad_date_is_a_warning_not_a_failure():
    raw = bytes(reply_message()).replace(b"Wed, 25 May 2022 09:00:00 +0200", b"sometime in May")
    result = mail.extract(raw)
    assert result.headers.sent is None and result.warnings


def test_not_an_email():
    with pytest.raises(ExtractionError):
        mail.extract(b"")


def test_mbox_messages_become_attached_emails():
    result = mail.extract(mailbox_bytes(3))
    assert isinstance(result, ExtractedFile) and result.reason is None
    assert [part.name for part in result.attached] == ["0001 Weekly note 1.eml", "0002 Weekly note 2.eml",
                                                        "0003 Weekly note 3.eml"]
    assert result.text.splitlines()[1] == "2022-08-02T08:00:00+00:00  Sender 2 <s2@example.org>  Weekly note 2"
    assert mail.extract(result.attached[2].data).text.strip() == "Weekly note number 3 mentions Konasheher."


def test_one_message_with_an_envelope_line_is_an_email():
    result = mail.extract(b"From x@example.org Mon Aug  1 08:00:00 2022\n" + bytes(reply_message()))
    assert isinstance(result, ExtractedEmail) and result.headers.message_id == "<reply-1@example.org>"


def test_msg_from_its_properties():
    result = mail.extract(outlook_message({"0037": "Transfer of detainees", "1000": "Body text about Kashgar.",
                                           "0C1A": "Chen Quanguo", "1035": "<msg-1@example.org>"}))
    assert isinstance(result, ExtractedEmail) and result.media_type == "application/vnd.ms-outlook"
    headers = result.headers
    assert (headers.subject, headers.sender, headers.message_id) == ("Transfer of detainees", "Chen Quanguo",
                                                                     "<msg-1@example.org>")
    assert result.text == "Body text about Kashgar."


def test_msg_transport_headers_win_and_thread():
    transport = (f"From: Desk A <a@example.org>\r\nTo: chen@example.org\r\nSubject: Re: Camp report\r\n"
                 f"Date: Wed, 25 May 2022 09:00:00 +0200\r\nMessage-ID: <r2@example.org>\r\n"
                 f"References: {ORIGINAL_ID}\r\n\r\n")
    result = mail.extract(outlook_message({"007D": transport, "0037": "ignored", "1000": "Noted."}))
    headers = result.headers
    assert (headers.sender, headers.to, headers.sent) == ("Desk A <a@example.org>", ("chen@example.org",),
                                                          "2022-05-25T09:00:00+02:00")
    assert headers.thread_id == ORIGINAL_ID and result.text == "Noted."


def test_damaged_msg_is_kept_with_a_reason():
    with pytest.raises(ExtractionError, match="Outlook"):
        mail.extract(mail.OLE_MAGIC + b"\x00" * 600)


# -- built into an archive -------------------------------------------------------------------------------
def test_headers_are_stored(mail_archive):
    info = mail_archive.emails.headers(EMAIL)
    assert (info.sender, info.subject, info.sent) == ("陈全国 <chen@example.org>", "Camp report from Kashgar",
                                                      "2022-05-24T10:11:12+08:00")
    assert info.to == ("Desk A <a@example.org>", "b@example.org") and info.cc == ("Archivist <c@example.org>",)
    assert mail_archive.items.get(EMAIL).kind == "email"


def test_attachments_are_child_items_of_their_own_kinds(mail_archive):
    attachments = mail_archive.emails.attachments(EMAIL)
    assert all(part.size == len(mail_archive.items.original(part.item.id)) for part in attachments)
    children = {part.item.file_name: part.item for part in attachments}
    assert set(children) == {"transfer list.pdf", "gate.jpg"}
    pdf, jpeg = children["transfer list.pdf"], children["gate.jpg"]
    assert (pdf.kind, pdf.media_type, jpeg.kind) == ("report", "application/pdf", "image")
    assert "Attached transfer list page" in mail_archive.items.text(pdf.id)
    assert mail_archive.items.file_info(pdf.id).parent_id == EMAIL


def test_reply_is_in_the_same_thread(mail_archive):
    original, reply = mail_archive.emails.headers(EMAIL), mail_archive.emails.headers("mail/reply")
    assert original.thread_id == reply.thread_id == ORIGINAL_ID
    assert [m.item_id for m in mail_archive.emails.thread(EMAIL)] == ["mail/reply"]
    assert [m.item_id for m in mail_archive.emails.thread("mail/reply")] == [EMAIL]


def test_mailbox_messages_are_child_emails(mail_archive):
    assert mail_archive.items.get("mail/weekly").kind == "file"
    children = mail_archive.items.children("mail/weekly")
    assert [c.kind for c in children] == ["email"] * 3
    assert mail_archive.emails.headers(children[0].id).subject == "Weekly note 1"


@pytest.mark.parametrize("query, expected", [("Tekes", {EMAIL, "mail/reply"}), ("chen@example.org", {EMAIL}),
                                             ("Konasheher", None)])
def test_search_finds_body_and_sender(mail_archive, query, expected):
    found = {hit.id for hit in mail_archive.search.find(query, limit=20).hits}
    if expected is None:
        assert len([i for i in found if i.startswith("mail/weekly/")]) == 3
    else:
        assert expected <= found


def test_msg_without_the_publish_extra_says_what_to_install(monkeypatch):
    data = outlook_message({"0037": "x"})
    monkeypatch.setitem(sys.modules, "extract_msg", None)  # as if not installed
    with pytest.raises(ExtractionError, match=r"casefile\[publish\]"):
        mail.extract(data)
