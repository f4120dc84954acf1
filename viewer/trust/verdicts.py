"""Verification outcomes in the reader's language: what a report or an item's check says.

The verifier (archive/signing/verify.py, Qt-free, shared with the CLI) writes one English sentence per
outcome and names it with a `reason` code; these functions word each reason in the interface language
from the report's fields, isolating the archive's own strings (item ids, part names, key fingerprints).
A key is named by its fingerprint (derived from the key material), never by its key id, and the signer
by the reader's own name for the key, never by anything the archive says about itself.
Only an exception's text, which names what broke, is quoted in English, as a reason's details.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from archive import ItemCheck, VerificationReport

from ..i18n import isolate

SHOWN_PARTS = 5  # parts named in one sentence (the trust badge lists every failing item)


def describe_report(report: VerificationReport) -> str:
    """The report's sentence in the interface language, from its `reason` and fields.

    The verifier's English message is shown (isolated, so it cannot reorder a right-to-left line) only
    as the details of a reason whose cause is an exception's text, or for a reason this version does
    not know."""
    translate = QCoreApplication.translate
    key, signer = isolate(report.fingerprint or "?"), isolate(report.signer) if report.signer else None
    reason = report.reason
    if reason in ("trusted-key", "given-key"):
        text = translate("Badge", "Signed by {signer} (fingerprint {key}); every item matches.") if signer \
            else translate("Badge", "Signed by a key you trust (fingerprint {key}); every item matches.")
        return text.format(signer=signer, key=key)
    if reason == "unsigned":
        return translate("Badge", "Nothing vouches for this archive's contents: treat them as unverified.")
    if reason == "whole-file-key":
        text = translate("Badge", "Signed as a whole file by {signer} (fingerprint {key}); every byte matches. It has "
                                  "no item proofs: single items cannot be checked or proven on their own.") if signer \
            else translate("Badge", "Signed as a whole file by a key you trust (fingerprint {key}); every byte "
                                    "matches. It has no item proofs: single items cannot be checked or proven on "
                                    "their own.")
        return text.format(signer=signer, key=key)
    if reason == "legacy-signature":
        return translate("Badge", "Legacy signature format, not accepted: nothing Casefile accepts vouches for this "
                                  "archive's contents. Ask the publisher to sign it again with a current minisign or "
                                  "Casefile.")
    if reason == "detached-unknown-key":
        return translate("Badge", "Signed as a whole file by a key you do not have (key id {key_id}): nothing you "
                                  "trust vouches for this archive's contents. Get the publisher's key from them."
                         ).format(key_id=isolate(report.key_id or "?"))
    if reason == "revoked-key":
        return translate("Badge", "Signed by {signer} (fingerprint {key}), a key you revoked on {date}: it no longer "
                                  "vouches for anything.").format(signer=signer or key, key=key,
                                                                  date=isolate(report.revoked_on or "?"))
    if reason == "demo-key-elsewhere":
        return translate("Badge", "Signed with the public Casefile demo key (fingerprint {key}), which anyone can use: "
                                  "it vouches only for the sample archive's exact contents, not for this archive."
                         ).format(key=key)
    if reason == "untrusted-key":
        return translate("Badge", "Signed by a key you have not chosen to trust (fingerprint {key}). Trust it only if "
                                  "the publisher confirms this fingerprint.").format(key=key)
    if reason == "impersonation":
        return translate("Badge", "Signed by a key you have not chosen to trust (fingerprint {key}). A key you trust "
                                  "has the same key id but different key material: this may be an impersonation. Do "
                                  "not trust this key unless the publisher confirms this very fingerprint."
                         ).format(key=key)
    if reason == "parts-differ" and report.failing:
        return _parts_differ(report.failing)
    if reason == "structure-differs" and report.failing:
        return translate("Badge", "The archive's indexes do not agree with its signed records, so what it shows "
                                  "could differ from what was signed: {parts}.").format(
            parts=_named_parts(report.failing))
    details = {"bad-signature": translate("Badge", "The signature is invalid or is not this archive's. Details: "
                                                   "{detail}"),
               "other-archive": translate("Badge", "This is not the archive that was signed: its name or edition "
                                                   "was changed. Details: {detail}"),
               "damaged": translate("Badge", "The archive could not be read to the end: {detail}")}
    return details[reason].format(detail=isolate(report.message)) if reason in details else isolate(report.message)


def _parts_differ(failing: list[str]) -> str:
    """"3 parts of the archive differ from what was signed: item:a, blob:b, meta." (at most five named)."""
    translate = QCoreApplication.translate
    parts = _named_parts(failing)
    if len(failing) == 1:
        return translate("Badge", "1 part of the archive differs from what was signed: {parts}.").format(parts=parts)
    return translate("Badge", "{count} parts of the archive differ from what was signed: {parts}.").format(
        count=QLocale().toString(len(failing)), parts=parts)


def describe_check(check: ItemCheck) -> str:
    """One item's check, in the interface language (the verifier's sentence for a reason it does not know)."""
    translate = QCoreApplication.translate
    item = isolate(check.item_id)
    if check.reason == "matches":
        return translate("Badge", "{item} matches what was signed.").format(item=item)
    if check.reason == "differs" and check.failing:
        return translate("Badge", "{item} differs from what was signed: {parts}.").format(
            item=item, parts=_named_parts(check.failing))
    if check.reason == "manifest-unreliable":
        return translate("Badge", "{item} cannot be checked: the archive's signed list of contents cannot be relied "
                                  "on. Details: {detail}").format(item=item, detail=isolate(check.message))
    if check.reason == "unsigned":
        return translate("Badge", "The archive is not signed.")
    if check.reason == "no-item-proofs":
        return translate("Badge", "{item} cannot be checked on its own: the archive is signed only as a whole file, "
                                  "with no item proofs.").format(item=item)
    return isolate(check.message)


def _named_parts(failing: list[str]) -> str:
    """The first SHOWN_PARTS part names, isolated, and how many more."""
    parts = isolate(", ".join(failing[:SHOWN_PARTS]))
    if len(failing) <= SHOWN_PARTS:
        return parts
    return QCoreApplication.translate("Badge", "{parts} and {count} more").format(
        parts=parts, count=QLocale().toString(len(failing) - SHOWN_PARTS))
