"""VERIFY.txt: what a third party can check in a bundle, with which command, and what each check proves.

Every command it gives is run by the tests with the real tools (casefile, minisign, python3, sha256sum).
It never lets a weaker check borrow the strength of a stronger one: `sha256sum -c` shows that files match
the list in exhibits.json, and only the publisher's signature over the root (minisign, then the
inclusion proofs) shows that the list is the publisher's. Unsigned parts are called unsigned.
"""

from __future__ import annotations

from .document import (DOCUMENT_NAME, EXPORTER_KEY_NAME, PROOF_SCRIPT_NAME, PUBLISHER_KEY_NAME, ROOT_STATEMENT_NAME,
                       SIGNATURE_NAME, VERIFY_NAME, Exhibit)
from .listing import plain


def verify_text(document: dict, exhibits: list[Exhibit]) -> str:
    """VERIFY.txt: how a third party checks the bundle, in plain words; ends with sha256sum lines."""
    lines = _heading(document, len(exhibits)) + _with_casefile() + _without_casefile(document["signed_root"])
    lines += _exporter(document.get("exporter")) + _by_hand()
    check = {key: plain(value) for key, value in document["verification"].items()}
    lines += [f"Verification of the archive at export time: {check['state'].upper()}: {check['message']}", "",
              "SHA-256 of every exhibit file:", ""]
    lines += [f"{exhibit.sha256}  {plain(exhibit.file)}" for exhibit in exhibits]
    return "\n".join(lines) + "\n"


def _heading(document: dict, count: int) -> list[str]:
    archive = {key: plain(value) for key, value in document["archive"].items()}
    root = {key: plain(value) for key, value in document["signed_root"].items()}
    return [
        "HOW TO CHECK THIS EVIDENCE BUNDLE", "",
        f"{count:,} exhibits from \"{archive['title']}\", edition {archive['edition']}, published by "
        f"{archive['publisher']}", f"(archive id {archive['id']}).",
        f"Exported {plain(document['exported_at'])} with {plain(document['exported_with'])}.", "",
        "What the publisher signed: the archive's Merkle root",
        f"   {root['root']}",
        f"({int(document['signed_root']['tree_size']):,} leaves, signed {root['signed_at']}) by the key with",
        f"fingerprint {root['key_fingerprint']}.",
        f"{ROOT_STATEMENT_NAME} is that signed statement and {ROOT_STATEMENT_NAME}.minisig the publisher's signature",
        f"over it. {DOCUMENT_NAME} lists each exhibit's SHA-256 and its inclusion proof: the few hashes that",
        "lead from the file's SHA-256 up to that root.", "",
        f"{PUBLISHER_KEY_NAME} in this bundle proves nothing by itself: anyone can put a key here. Get the",
        "publisher's public key from the publisher, check that it is the key named above, and use your copy",
        f"wherever a command below says {PUBLISHER_KEY_NAME}. If the bundle is a ZIP file, unzip it and run",
        "the commands in the unzipped folder.", ""]


def _with_casefile() -> list[str]:
    return [
        "1. With Casefile (checks everything below at once)", "",
        "   casefile check-bundle THIS_FOLDER_OR_ZIP --pubkey THE_PUBLISHERS_KEY.pub", "",
        "   It re-hashes every exhibit and thumbnail, checks each inclusion proof against the signed root and",
        f"   the publisher's signature over that root, checks {SIGNATURE_NAME} if there is one, and names every",
        f"   file in the bundle that {DOCUMENT_NAME} does not list.", ""]


def _without_casefile(root: dict) -> list[str]:
    return [
        "2. Without Casefile: minisign and Python 3", "",
        f"   minisign -Vm {ROOT_STATEMENT_NAME} -p {PUBLISHER_KEY_NAME}", "",
        "   checks the publisher's signature over the root statement. It must say the signature is verified,",
        f"   and the trusted comment it prints must name root={plain(root['root'])}.", "",
        f"   python3 {PROOF_SCRIPT_NAME}", "",
        f"   re-hashes every exhibit and follows its inclusion proof up to the root in {ROOT_STATEMENT_NAME}",
        f"   (the file minisign just checked); it names every exhibit that fails and every file {DOCUMENT_NAME}",
        "   does not list. It uses only Python's standard library and is short: read it before you run it.",
        "   ('casefile check-bundle' also checks that it is the script Casefile wrote.)", ""]


def _exporter(exporter: dict | None) -> list[str]:
    if exporter:
        return [
            f"3. The exporter's signature over {DOCUMENT_NAME}", "",
            f"   minisign -Vm {DOCUMENT_NAME} -p {EXPORTER_KEY_NAME}", "",
            f"   shows that {DOCUMENT_NAME} (titles, order, notes and hashes) is exactly what the person who exported",
            f"   it signed, with their key {plain(exporter['key_fingerprint'])}. {EXPORTER_KEY_NAME} is a convenience",
            "   copy: get their public key from them directly and use that with -p.", ""]
    return [
        f"3. {DOCUMENT_NAME} is NOT signed", "",
        "   Whoever exported this bundle did not sign it. Its hashes and proofs are still checked against the",
        "   publisher's signed root by steps 1 and 2; everything else in it (titles, the order of exhibits,",
        "   notes and highlights, thumbnail hashes) is the exporter's word only, and so is this file.", ""]


def _by_hand() -> list[str]:
    return [
        "4. By hand, with sha256sum", "",
        f"   sha256sum -c {VERIFY_NAME}", "",
        "   compares each exhibit with the SHA-256 listed at the end of this file (it warns that the other",
        "   lines are not hashes); on macOS use `shasum -a 256 -c VERIFY.txt`, on Windows",
        "   `certutil -hashfile FILE SHA256` per file. A match shows only that a file is the one listed HERE:",
        "   this list is not signed by the publisher, and anyone who changes a file can change its line. Only",
        "   steps 1 and 2 show that the files are the ones the publisher signed.", ""]
