"""The reader's trust store: which publishers' keys this reader accepts, and which they revoked.

Three places, in this order of authority:

- the reader's own `trusted-keys.json` in the data folder (keys added with `casefile keys add`, and
  revocations, which also override the other two);
- `keys/` beside the app, or on the USB stick it runs from: public keys shipped with it by a trainer;
- the sample's demo key, trusted only for the sample archive: its secret half is public, so anyone can
  sign anything with it, and a "verified" from it must never reach other archives.

A key is matched by its full public key, never by fingerprint alone: a minisign key id is 8 random
bytes that anyone can copy into a key of their own.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from .. import paths
from ..errors import CasefileError, KeyFileError
from . import minisign
from ..files import write_atomically
from .sign import DEMO_KEY_NAME

STORE_VERSION = 1
MAX_STORE_BYTES = 4 * 1024 * 1024
SOURCE_USER, SOURCE_APP, SOURCE_STICK, SOURCE_DEMO = "user", "app", "stick", "demo"
DEMO_LABEL = "Casefile DEMO key (sample archive only, not for real evidence)"


@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str
    public_key: str  # the .pub file text
    label: str
    added: str
    revoked: str | None = None  # when the reader revoked it (UTC ISO), or None
    source: str = SOURCE_USER
    scope: str | None = None  # the one archive id this key may vouch for (the demo key), or None

    @property
    def key(self) -> minisign.PublicKey:
        return minisign.PublicKey.parse(self.public_key)

    def vouches_for(self, archive_id: str) -> bool:
        return self.scope is None or self.scope == archive_id


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
    return replace(entry, label=DEMO_LABEL, scope=sample_archive_id() or "(unknown sample id)")


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
            # An unreadable sample id must not widen the demo key's scope to every archive.
            (paths.sample_keys_dir(), SOURCE_DEMO, sample_archive_id() or "(unknown sample id)"),
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
            if entry.fingerprint == public_key.fingerprint and entry.key.key == public_key.key:
                return entry
        return None

    def with_fingerprint(self, fingerprint: str) -> list[TrustedKey]:
        return [entry for entry in self.keys() if entry.fingerprint == fingerprint.upper()]

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
        fingerprint = fingerprint.strip().upper()
        matches = self.with_fingerprint(fingerprint)
        if not matches:
            raise KeyFileError(f"No trusted key has the fingerprint {fingerprint}; "
                               f"'casefile keys list' shows them.")
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
    """One stored entry, checked: the key must parse and carry the fingerprint it is listed under."""
    fields = {name: item.get(name) for name in ("fingerprint", "public_key", "label", "added", "revoked",
                                                 "source", "scope")}
    for name in ("fingerprint", "public_key", "label", "added"):
        if not isinstance(fields[name], str):
            raise TypeError(f"entry field {name!r} is not text")
    for name in ("revoked", "scope"):
        if fields[name] is not None and not isinstance(fields[name], str):
            raise TypeError(f"entry field {name!r} is not text")
    entry = TrustedKey(**{**fields, "source": fields["source"] if isinstance(fields["source"], str) else SOURCE_USER})
    if entry.key.fingerprint != entry.fingerprint:
        raise ValueError(f"the key listed as {entry.fingerprint} has the fingerprint {entry.key.fingerprint}")
    return entry


def sample_archive_id() -> str | None:
    """The sample archive's id, from its archive.toml (the demo key vouches for nothing else)."""
    try:
        with (paths.sample_source_dir() / "archive.toml").open("rb") as handle:
            value = tomllib.load(handle).get("id")
    except (OSError, tomllib.TOMLDecodeError):
        return None
    return value if isinstance(value, str) else None
