"""The reader's trust store: which publishers' keys this reader accepts, and which they revoked.

Three places, in this order of authority:

- the reader's own `trusted-keys.json` in the data folder (keys added with `casefile keys add`, and
  revocations, which also override the other two);
- `keys/` beside the app, or on the USB stick it runs from: public keys shipped with it by a trainer;
- the sample's demo key, trusted only for the sample archive: its secret half is public, so anyone can
  sign anything with it, and a "verified" from it must never reach other archives.

A key is matched by its full public key, never by key id alone: a minisign key id is 8 bytes that
anyone can copy into a key of their own. What the reader is shown and compares is the fingerprint
derived from the key material (`minisign.fingerprint_of`).

The demo key is pinned to the sample's content, not to its archive id: an archive id is a claim any
forger can copy, while the signed Merkle root covers every byte the viewer shows (metadata included),
so another archive signed with the public demo secret cannot have it. The sample is built
deterministically from resources/sample, and `SAMPLE_ROOT_NAME` there records its root (a test
rebuilds the sample and fails, naming the new root, when the sources or the manifest change). The
same sources built with other library versions (another Pillow encodes thumbnails differently) give
another root, so the demo key also vouches for the root of the sample this installation built and
signed itself (`casefile sample`, or the viewer's first start), read from where it put it: whoever
can replace that file can also edit trusted-keys.json beside it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from .. import paths
from ..reader import open_archive
from ..errors import CasefileError, KeyFileError
from . import minisign
from ..files import write_atomically
from .sign import DEMO_KEY_NAME, SignedRoot

STORE_VERSION = 1
MAX_STORE_BYTES = 4 * 1024 * 1024
SOURCE_USER, SOURCE_APP, SOURCE_STICK, SOURCE_DEMO = "user", "app", "stick", "demo"
DEMO_LABEL = "Casefile DEMO key (sample archive only, not for real evidence)"
SAMPLE_ROOT_NAME = "sample-root.txt"  # in the sample's keys/ folder: the one root the demo key vouches for
NO_SAMPLE_ROOT = "(unknown sample root)"  # an unreadable pin must not widen the demo key's scope


@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str  # always derived from `public_key` (older stores held the key id here)
    public_key: str  # the .pub file text
    label: str  # the reader's name for it (or the shipped .pub file's comment)
    added: str
    revoked: str | None = None  # when the reader revoked it (UTC ISO), or None
    source: str = SOURCE_USER
    scope: str | None = None  # the one signed Merkle root this key may vouch for (the demo key), or None

    @property
    def key(self) -> minisign.PublicKey:
        return minisign.PublicKey.parse(self.public_key)

    def vouches_for(self, signed: SignedRoot | None) -> bool:
        """May this key make `signed` Verified? Any root, except for a key pinned to some (the demo key:
        `scope` then lists the roots it vouches for, separated by spaces). None is a file signed as a
        whole, with no root: a pinned key never vouches for one."""
        return self.scope is None or (signed is not None and signed.root in self.scope.split())


def _demo_key_bytes() -> bytes | None:
    try:
        return minisign.PublicKey.load(paths.sample_keys_dir() / f"{DEMO_KEY_NAME}.pub").key
    except (KeyFileError, OSError):
        return None


def _demo_stays_demo(entry: TrustedKey, demo_key: bytes | None) -> TrustedKey:
    """The demo key's secret half ships with Casefile: wherever its public half turns up (a stick's
    keys/ folder, a reader's `keys add`), it vouches for the sample archive only."""
    if entry.source == SOURCE_DEMO or entry.key.key != demo_key:
        return entry
    return replace(entry, label=DEMO_LABEL, scope=sample_root())


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class TrustStore:
    """Keys from the JSON file at `path` (may not exist yet) plus read-only `folders` of .pub files."""

    def __init__(self, path: Path | None, folders: tuple[tuple[Path, str, str | None], ...] = ()):
        self.path = path
        self._folders = folders
        self.problems: list[str] = []  # unreadable .pub files in the folders, shown by `keys list`

    @classmethod
    def default(cls) -> TrustStore:
        """The reader's store, the app's keys/ folder, and the demo key scoped to the sample."""
        return cls(paths.trust_store_path(), (
            (paths.app_keys_dir(), SOURCE_STICK if paths.on_stick() else SOURCE_APP, None),
            (paths.sample_keys_dir(), SOURCE_DEMO, sample_root()),
        ))

    # -- reading ---------------------------------------------------------------------------------
    def _user_keys(self) -> list[TrustedKey]:
        if self.path is None or not self.path.exists():
            return []
        try:
            with self.path.open("rb") as handle:
                raw = handle.read(MAX_STORE_BYTES + 1)
        except OSError as exc:
            raise KeyFileError(f"Cannot read the trust store {self.path}: {exc.strerror or exc}.") from None
        if len(raw) > MAX_STORE_BYTES:
            raise KeyFileError(f"The trust store {self.path} is larger than {MAX_STORE_BYTES // 2**20} MB; "
                               f"it is not one Casefile wrote. Move it away and add your keys again.")
        try:
            data = json.loads(raw.decode("utf-8"))
            entries = [_entry(item) for item in data["keys"]]
        except (ValueError, KeyError, TypeError, CasefileError) as exc:
            raise KeyFileError(f"The trust store {self.path} is damaged ({exc}); move it away and add "
                               f"your keys again with 'casefile keys add'.") from None
        return entries

    def _folder_keys(self) -> list[TrustedKey]:
        found = []
        for folder, source, scope in self._folders:
            for pub in sorted(folder.glob("*.pub")) if folder.is_dir() else ():
                try:
                    key = minisign.PublicKey.load(pub)
                except KeyFileError as exc:
                    self.problems.append(str(exc))
                    continue
                label = DEMO_LABEL if source == SOURCE_DEMO else (key.comment or pub.stem)
                found.append(TrustedKey(key.fingerprint, key.to_file_text(), label, added="", source=source,
                                        scope=scope))
        return found

    def keys(self) -> list[TrustedKey]:
        """Every key, with revocations from the reader's file applied to folder keys too."""
        self.problems = []
        user = self._user_keys()
        revoked = {(k.fingerprint, k.key.key): k.revoked for k in user if k.revoked}
        folder = [replace(k, revoked=revoked.get((k.fingerprint, k.key.key))) for k in self._folder_keys()]
        user_keys = {(k.fingerprint, k.key.key) for k in user}
        entries = user + [k for k in folder if (k.fingerprint, k.key.key) not in user_keys]
        demo = _demo_key_bytes()  # read once per listing, not once per key
        return [_demo_stays_demo(entry, demo) for entry in entries]

    def lookup(self, public_key: minisign.PublicKey) -> TrustedKey | None:
        """The entry for exactly this key (key id and key bytes), revoked or not; None if unknown."""
        for entry in self.keys():
            if entry.key.key_id == public_key.key_id and entry.key.key == public_key.key:
                return entry
        return None

    def with_fingerprint(self, fingerprint: str) -> list[TrustedKey]:
        """The keys with this fingerprint, however it is spaced or cased (one key, or none)."""
        wanted = minisign.compact_fingerprint(fingerprint)
        return [entry for entry in self.keys() if minisign.compact_fingerprint(entry.fingerprint) == wanted]

    def with_key_id(self, key_id: bytes) -> list[TrustedKey]:
        """The keys a signature with this key id may be from: candidates only, as anyone can copy an id."""
        return [entry for entry in self.keys() if entry.key.key_id == key_id]

    # -- changing --------------------------------------------------------------------------------
    def add(self, public_key: minisign.PublicKey, label: str | None = None) -> TrustedKey:
        """Trust a key (again, if it was revoked); the label defaults to the key's comment."""
        user = self._user_keys()
        entry = TrustedKey(public_key.fingerprint, public_key.to_file_text(),
                           label or public_key.comment or public_key.fingerprint, added=_now())
        same = [k for k in user if k.fingerprint == entry.fingerprint and k.key.key == public_key.key]
        if same and not same[0].revoked and not label:
            return same[0]
        user = [k for k in user if k not in same] + [entry]
        self._save(user)
        return entry

    def revoke(self, fingerprint: str) -> list[TrustedKey]:
        """Mark every key with this fingerprint revoked, shipped ones included; returns them."""
        matches = self.with_fingerprint(fingerprint)
        if not matches:
            raise KeyFileError(f"No trusted key has the fingerprint {' '.join(fingerprint.split())!r}; "
                               f"'casefile keys list' shows them (10 groups of 4 digits).")
        user = self._user_keys()
        when = _now()
        revoked = [replace(k, revoked=k.revoked or when, source=SOURCE_USER, scope=k.scope) for k in matches]
        kept = [k for k in user if (k.fingerprint, k.key.key) not in {(r.fingerprint, r.key.key) for r in revoked}]
        self._save(kept + revoked)
        return revoked

    def _save(self, entries: list[TrustedKey]) -> None:
        if self.path is None:
            raise KeyFileError("This trust store has no file to save to.")
        data = {"version": STORE_VERSION, "keys": [asdict(entry) for entry in entries]}
        write_atomically(self.path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
                         mode=0o600)


def _entry(item: dict) -> TrustedKey:
    """One stored entry, checked: the key must parse and be listed under its fingerprint or, in a store
    written before fingerprints were derived from the key material, under its key id."""
    fields = {name: item.get(name) for name in ("fingerprint", "public_key", "label", "added", "revoked",
                                                 "source", "scope")}
    for name in ("fingerprint", "public_key", "label", "added"):
        if not isinstance(fields[name], str):
            raise TypeError(f"entry field {name!r} is not text")
    for name in ("revoked", "scope"):
        if fields[name] is not None and not isinstance(fields[name], str):
            raise TypeError(f"entry field {name!r} is not text")
    entry = TrustedKey(**{**fields, "source": fields["source"] if isinstance(fields["source"], str) else SOURCE_USER})
    key = entry.key
    if entry.fingerprint not in (key.fingerprint, key.key_id_hex):
        raise ValueError(f"the key listed as {entry.fingerprint} has the fingerprint {key.fingerprint}")
    return replace(entry, fingerprint=key.fingerprint)


def sample_root() -> str:
    """The signed Merkle roots of the sample archive, separated by spaces (see the module doc): the
    one pinned in the sample's keys folder and that of the sample this installation built."""
    roots = [root for root in (_pinned_sample_root(), _built_sample_root()) if root]
    return " ".join(dict.fromkeys(roots)) or NO_SAMPLE_ROOT


def _pinned_sample_root() -> str | None:
    try:
        text = (paths.sample_keys_dir() / SAMPLE_ROOT_NAME).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return None
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return lines[0].lower() if len(lines) == 1 and len(lines[0]) == 64 else None


def _built_sample_root() -> str | None:
    """The root of the sample at its default place, if the demo key validly signed it there."""
    from .verify import check_root_signature, read_stored  # verify imports this module

    sample = paths.default_sample_archive()
    try:
        if not sample.is_file():
            return None
        demo = minisign.PublicKey.load(paths.sample_keys_dir() / f"{DEMO_KEY_NAME}.pub")
        with open_archive(sample) as archive:
            stored = read_stored(archive)
        if stored is None or stored.public_key.key != demo.key:
            return None
        check_root_signature(stored.signed, stored.signature, demo)
        return stored.signed.root
    except (CasefileError, OSError):
        return None
