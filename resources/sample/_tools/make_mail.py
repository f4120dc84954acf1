"""Write the sample's synthetic email: mail/synthetic-reading-notes.eml (with an attached note) and
mail/synthetic-mailbox.mbox (two messages of one thread). Every address is at example.org, every
person invented, and each message says it is synthetic. Deterministic (fixed dates and boundaries):

    python resources/sample/_tools/make_mail.py
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

MAIL = Path(__file__).resolve().parents[1] / "mail"
FIRST_ID = "<synthetic-reading-notes-1@example.org>"

NOTES = """SYNTHETIC EXAMPLE - reading notes for a training exercise, not evidence.

1. The OHCHR assessment of 31 August 2022 is the primary source: cite its paragraphs, not summaries.
2. Check each official's position and dates against the sanctions notices of 22 March 2021.
3. The Xinjiang Police Files were published in May 2022; compare dates in them with the chronology.
"""


def _message(subject: str, sender: str, to: str, date: str, message_id: str, body: str,
             reply_to: str | None = None) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Date"], message["Message-ID"] = date, message_id
    if reply_to:
        message["In-Reply-To"] = message["References"] = reply_to
    message.set_content(body)
    return message


def main() -> None:
    MAIL.mkdir(exist_ok=True)
    first = _message("[SYNTHETIC] Reading notes on the OHCHR assessment", "Trainer (synthetic) <trainer@example.org>",
                     "Workshop participants (synthetic) <participants@example.org>",
                     "Tue, 06 Sep 2022 09:30:00 +0200", FIRST_ID,
                     "This is a synthetic message made for the Casefile sample; the people in it are invented.\n\n"
                     "Attached are my reading notes on the OHCHR assessment of 31 August 2022 and the sanctions\n"
                     "of 22 March 2021 (Chen Quanguo, Zhu Hailun, Wang Junzheng). Please read them before Thursday.\n")
    first.add_attachment(NOTES.encode(), maintype="text", subtype="plain", filename="reading-notes.txt")
    first.set_boundary("casefile-sample-boundary-1")
    (MAIL / "synthetic-reading-notes.eml").write_bytes(first.as_bytes())
    reply = _message("Re: [SYNTHETIC] Reading notes on the OHCHR assessment",
                     "Participant (synthetic) <participant@example.org>", "Trainer (synthetic) <trainer@example.org>",
                     "Wed, 07 Sep 2022 18:05:00 +0200", "<synthetic-reading-notes-2@example.org>",
                     "Synthetic reply for the Casefile sample.\n\nThank you. Should we also read the XPCC report?\n",
                     reply_to=FIRST_ID)
    answer = _message("Re: [SYNTHETIC] Reading notes on the OHCHR assessment", "Trainer (synthetic) <trainer@example.org>",
                      "Participant (synthetic) <participant@example.org>", "Thu, 08 Sep 2022 08:00:00 +0200",
                      "<synthetic-reading-notes-3@example.org>",
                      "Synthetic reply for the Casefile sample.\n\nYes: the Xinjiang Production and Construction Corps\n"
                      "summary in reports/ is enough for Thursday.\n", reply_to=FIRST_ID)
    with (MAIL / "synthetic-mailbox.mbox").open("wb") as mbox:
        for number, message in enumerate((reply, answer)):
            mbox.write(b"From participant@example.org Wed Sep  7 18:05:00 2022\n" if number == 0
                       else b"From trainer@example.org Thu Sep  8 08:00:00 2022\n")
            mbox.write(message.as_bytes().replace(b"\r\n", b"\n") + b"\n")


if __name__ == "__main__":
    main()
