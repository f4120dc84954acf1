"""Check a Casefile evidence bundle's inclusion proofs without Casefile: Python 3.8+ standard library only.

Run it in the unpacked bundle folder, AFTER checking the publisher's signature over the root with the
standard minisign tool and the publisher's key obtained from the publisher:

    minisign -Vm root-statement.txt -p publisher.pub
    python3 check_proofs.py

For every exhibit listed in exhibits.json this script hashes the file (SHA-256), checks that the hash
is the one its proof is about, and follows the proof's Merkle path (RFC 6962 / RFC 9162 section 2.1) up
to the root named in root-statement.txt, the file minisign just checked. It also follows the path of
the item's record and checks that the record names this item and this file. Files in the folder that
exhibits.json does not list are named: nothing vouches for them. Exit status 0 only if every exhibit
checks out and nothing unlisted is present.

This script cannot check signatures (the standard library has no Ed25519): that is minisign's part.
It is short on purpose; read it before you run it.
"""

import base64
import hashlib
import json
import os
import sys

STATEMENT = "root-statement.txt"
KNOWN = {"exhibits.json", "exhibits.json.minisig", "publisher.pub", "exporter.pub", "exhibit-list.html",
         "exhibit-list.pdf", "VERIFY.txt", STATEMENT, STATEMENT + ".minisig", "check_proofs.py"}
ITEM_CELLS, ID_CELL, BLOB_CELL = 17, 0, 11  # the items row: 17 cells; id first, blob_sha256 twelfth


def sha256_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def leaf_hash(data):
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def path_leads_to_root(leaf, index, size, path, root):
    """RFC 9162 section 2.1.3.2: does the audit path take leaf `index` of a `size`-leaf tree to `root`?"""
    if not (isinstance(index, int) and 0 <= index < size) or len(path) > 64:
        return False
    fn, sn, running = index, size - 1, leaf
    for sibling in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            running = node_hash(sibling, running)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            running = node_hash(running, sibling)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and running == root


def decode_row(data):
    """The cells of a canonical row (N, I<n>;, R<x>;, T<len>:<utf-8>, B<len>:<bytes>); ValueError unless exact."""
    cells, at = [], 0
    while at < len(data):
        tag, at = data[at:at + 1], at + 1
        if tag == b"N":
            cells.append(None)
        elif tag in (b"I", b"R"):
            end = data.index(b";", at)
            cells.append(data[at:end].decode("ascii"))
            at = end + 1
        elif tag in (b"T", b"B"):
            colon = data.index(b":", at)
            end = colon + 1 + int(data[at:colon])
            if end > len(data):
                raise ValueError("a cell runs past the end")
            cell = data[colon + 1:end]
            cells.append(cell.decode("utf-8") if tag == b"T" else cell)
            at = end
        else:
            raise ValueError("unknown cell type")
    return cells


def read_statement(folder):
    """(root bytes, tree size) from the signed root statement; SystemExit if it is not one."""
    with open(os.path.join(folder, STATEMENT), "rb") as handle:
        lines = handle.read(64 * 1024).decode("utf-8").split("\n")
    if len(lines) != 7 or lines[0] != "casefile-root-v1" or lines[6] != "" or not lines[4].isdigit():
        sys.exit(f"FAIL: {STATEMENT} is not a Casefile root statement.")
    print(f"Root statement: archive {lines[1]!r}, edition {lines[2]!r}, root {lines[3]}, "
          f"{int(lines[4])} leaves, signed {lines[5]}")
    return bytes.fromhex(lines[3]), int(lines[4])


def check_leaf(entry, root, size):
    """The entry's digest bytes, if its Merkle path leads to the root; else None."""
    digest = bytes.fromhex(entry["sha256"])
    path = [bytes.fromhex(node) for node in entry["path"]]
    leaf = leaf_hash(entry["name"].encode("utf-8") + b"\x00" + digest)
    return digest if len(digest) == 32 and path_leads_to_root(leaf, entry["index"], size, path, root) else None


def check_exhibit(folder, exhibit, root, size):
    """'' if the exhibit checks out, else what is wrong."""
    name = exhibit["file"]
    if os.path.basename(name) != name or name.startswith(".") or "\\" in name:
        return "its file name is not a plain name in this folder"
    path = os.path.join(folder, name)
    if os.path.islink(path) or not os.path.isfile(path):
        return "the file is missing or not a regular file"
    actual = sha256_file(path)
    if actual != exhibit["sha256"]:
        return f"the file's SHA-256 is {actual}, exhibits.json lists {exhibit['sha256']}"
    leaves = {entry["name"]: entry for entry in exhibit["proof"]["leaves"]}
    blob, record = leaves.get("blob:" + actual), leaves.get("item:" + exhibit["item_id"])
    if blob is None or record is None or blob["sha256"] != actual or exhibit["proof"]["item_id"] != exhibit["item_id"]:
        return "its proof is not about this file and this item"
    if check_leaf(blob, root, size) is None:
        return "the file's Merkle path does not lead to the signed root"
    canonical = base64.b64decode(record["canonical"], validate=True)
    if check_leaf(record, root, size) != hashlib.sha256(canonical).digest():
        return "the item record's Merkle path does not lead to the signed root"
    cells = decode_row(canonical)
    if len(cells) != ITEM_CELLS or cells[ID_CELL] != exhibit["item_id"] or cells[BLOB_CELL] != actual:
        return "the signed item record names another item or another file"
    return ""


def unlisted(folder, document):
    """Every file or folder under `folder` that exhibits.json does not list (links are not followed)."""
    listed = set(KNOWN)
    for exhibit in document["exhibits"]:
        listed.add(exhibit["file"])
        if exhibit.get("thumbnail"):
            listed.update((exhibit["thumbnail"], exhibit["thumbnail"].split("/")[0] + "/"))
    found = []
    for top, folders, files in os.walk(folder):
        relative = os.path.relpath(top, folder).replace(os.sep, "/")
        prefix = "" if relative == "." else relative + "/"
        found += [prefix + name + "/" for name in folders] + [prefix + name for name in files]
    return sorted(name for name in found if name not in listed)


def main(folder):
    root, size = read_statement(folder)
    with open(os.path.join(folder, "exhibits.json"), "rb") as handle:
        document = json.loads(handle.read().decode("utf-8"))
    if not isinstance(document, dict) or not isinstance(document.get("exhibits"), list):
        sys.exit("FAIL: exhibits.json is not a Casefile evidence bundle's list of exhibits.")
    failures = 0
    for exhibit in document["exhibits"]:
        try:
            problem = check_exhibit(folder, exhibit, root, size)
        except (AttributeError, KeyError, TypeError, ValueError, OSError) as exc:
            problem = f"its entry or proof is malformed ({type(exc).__name__}: {exc})"
        failures += bool(problem)
        number, name = (exhibit.get("number"), exhibit.get("file")) if isinstance(exhibit, dict) else ("?", "?")
        print(f"{'FAIL' if problem else 'ok  '}  {number}  {name!r}" + (f": {problem}" if problem else ""))
    extra = unlisted(folder, document)
    for name in extra:
        print(f"NOT LISTED  {name!r}: exhibits.json does not list it; nothing vouches for it")
    total = len(document["exhibits"])
    if failures or extra:
        print(f"FAIL: {failures} of {total} exhibit(s) fail; {len(extra)} unlisted file(s).")
        return 1
    print(f"PASS: all {total} exhibits lead to the root in {STATEMENT}. They are the publisher's files only if "
          f"'minisign -Vm {STATEMENT} -p publisher.pub' verified, with the publisher's key from the publisher.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
