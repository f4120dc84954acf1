"""The signing subcommands of `casefile`: keygen, sign, verify, keys, prove, check-proof.

Kept apart from archive/cli.py so that file stays about reading archives; cli.py adds these to its
parser. Exit codes of `verify` and `check-proof` say the state, so scripts need not parse text.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from ..errors import KeyFileError, LegacySignature, SignatureInvalid
from ..reader import open_archive
from ..termprogress import TerminalProgress
from . import minisign
from ..files import first_line_secret, write_atomically
from .proofs import check_proof, load_proof, make_proof, write_proof
from .sign import detached_path, sign_archive
from .trust import TrustStore
from .verify import VerificationReport, VerificationState, verify_detached, verify_path

EXIT_OK, EXIT_ERROR = 0, 1
EXIT_CODES = {
    VerificationState.VERIFIED: 0,
    VerificationState.UNKNOWN_KEY: 2,
    VerificationState.UNSIGNED: 3,
    VerificationState.TAMPERED: 4,
    VerificationState.DAMAGED: 5,
    VerificationState.REVOKED_KEY: 6,
}


def add_commands(commands: argparse._SubParsersAction) -> None:
    keygen = commands.add_parser("keygen", help="make a minisign key pair for signing archives",
                                 description="Write PREFIX.pub and a password-protected PREFIX.key (scrypt).")
    keygen.add_argument("-o", "--output", required=True, metavar="PREFIX", help="writes PREFIX.pub and PREFIX.key")
    keygen.add_argument("--password-file", type=Path, metavar="FILE", help="read the password from FILE's first line")
    keygen.add_argument("--unencrypted", action="store_true", help="no password (keep the key somewhere safe)")
    keygen.add_argument("--comment", default=None, help="text stored in both key files, e.g. the publisher's name")
    keygen.add_argument("--force", action="store_true", help="replace existing key files")
    keygen.set_defaults(handler=cmd_keygen)

    sign = commands.add_parser("sign", help="sign an archive (manifest inside, ARCHIVE.minisig beside it)")
    sign.add_argument("archive", type=Path, metavar="ARCHIVE")
    sign.add_argument("--key", type=Path, required=True, metavar="KEY", help="secret key (.key), ours or minisign's")
    sign.add_argument("--password-file", type=Path, metavar="FILE", help="read the key's password from FILE")
    sign.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    sign.set_defaults(handler=cmd_sign)

    verify = commands.add_parser("verify", help="check that an archive is exactly what its publisher signed")
    verify.add_argument("archive", type=Path, metavar="ARCHIVE")
    verify.add_argument("--pubkey", type=Path, metavar="PUB", help="also accept this public key (.pub)")
    verify.add_argument("--minisig", type=Path, metavar="FILE", help="detached signature (default: ARCHIVE.minisig)")
    verify.add_argument("--json", action="store_true", help="print one JSON object")
    verify.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    verify.set_defaults(handler=cmd_verify)

    keys = commands.add_parser("keys", help="the keys you trust: add, list, revoke")
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="trust a publisher's public key")
    add.add_argument("pubfile", type=Path, metavar="PUBFILE")
    add.add_argument("--label", default=None, help="name to show for this key (default: its comment)")
    add.set_defaults(handler=cmd_keys_add)
    actions.add_parser("list", help="list trusted and revoked keys").set_defaults(handler=cmd_keys_list)
    revoke = actions.add_parser("revoke", help="stop trusting a key, even one shipped with the app")
    # nargs="+": the fingerprint's 10 groups may be typed without quotes.
    revoke.add_argument("fingerprint", nargs="+", metavar="FINGERPRINT",
                        help="the key's fingerprint as 'casefile keys list' shows it (spaces optional)")
    revoke.set_defaults(handler=cmd_keys_revoke)

    prove = commands.add_parser("prove", help="write an inclusion proof for one item")
    prove.add_argument("archive", type=Path, metavar="ARCHIVE")
    prove.add_argument("item_id", metavar="ITEM_ID")
    prove.add_argument("-o", "--output", type=Path, required=True, metavar="PROOF.json", help="proof file to write")
    prove.set_defaults(handler=cmd_prove)

    check = commands.add_parser("check-proof", help="check an inclusion proof against the original file")
    check.add_argument("proof", type=Path, metavar="PROOF.json")
    check.add_argument("item_file", type=Path, metavar="ITEM_FILE")
    check.set_defaults(handler=cmd_check_proof)


# -- keys and signing ----------------------------------------------------------------------------------
def _new_password(args: argparse.Namespace) -> str | None:
    if args.unencrypted:
        return None
    if args.password_file:
        return first_line_secret(args.password_file, "password", KeyFileError)
    first = getpass.getpass("Password for the new key: ")
    if not first:
        raise KeyFileError("An empty password protects nothing; use --unencrypted to mean it.")
    if getpass.getpass("Same password again: ") != first:
        raise KeyFileError("The two passwords differ; nothing was written.")
    return first


def cmd_keygen(args: argparse.Namespace) -> int:
    if args.unencrypted and args.password_file:
        raise KeyFileError("Give --unencrypted or --password-file, not both.")
    pub, key = Path(f"{args.output}.pub"), Path(f"{args.output}.key")
    for path in (pub, key):
        if path.exists() and not args.force:
            raise KeyFileError(f"{path} exists; use --force to replace it (the old key is then lost).")
    password = _new_password(args)
    secret = minisign.SecretKey.generate(args.comment or minisign.DEFAULT_SECRET_KEY_COMMENT)
    public = secret.public_key
    if args.comment:
        public = minisign.PublicKey(public.key_id, public.key, args.comment)
    write_atomically(key, secret.to_file_text(password).encode("utf-8"), mode=0o600)
    write_atomically(pub, public.to_file_text().encode("utf-8"))
    print(f"Wrote {pub} (share it) and {key} (keep it secret{'' if password else '; NOT password-protected'}).")
    print(f"Key fingerprint: {public.fingerprint}")
    return EXIT_OK


def load_secret_key(path: Path, password_file: Path | None) -> minisign.SecretKey:
    """A secret key, asking for its password on the terminal if it has one and no file gives it."""
    if not minisign.SecretKey.file_is_encrypted(path):
        return minisign.SecretKey.load(path)
    if password_file:
        password = first_line_secret(password_file, "password", KeyFileError)
    else:
        password = getpass.getpass(f"Password for {path}: ")
    return minisign.SecretKey.load(path, password)


def _bar(quiet: bool):
    if quiet:
        return None, None
    bar = TerminalProgress()
    # Two passes: the indexes checked table by table (verification), then every row hashed.
    return bar, (lambda stage, done, total: bar("indexes" if stage == "indexes" else "hashing", done, total))


def cmd_sign(args: argparse.Namespace) -> int:
    key = load_secret_key(args.key, args.password_file)
    bar, progress = _bar(args.quiet)
    try:
        root = sign_archive(args.archive, key, progress=progress)
    finally:
        if bar:
            bar.finish()
    print(f"Signed {args.archive} ({root.leaf_count:,} items hashed) with key {key.public_key.fingerprint}.")
    print(f"  root:      {root.root}")
    print(f"  signature: {detached_path(args.archive)} (check with: minisign -Vm {args.archive} -p KEY.pub)")
    return EXIT_OK


# -- verification --------------------------------------------------------------------------------------
def cmd_verify(args: argparse.Namespace) -> int:
    pubkey = minisign.PublicKey.load(args.pubkey) if args.pubkey else None
    trust = TrustStore.default()
    bar, progress = _bar(args.quiet or args.json)
    try:
        report = verify_path(args.archive, trust, pubkey=pubkey, detached=args.minisig, progress=progress)
    finally:
        if bar:
            bar.finish()
    detached = _check_detached(args, report, trust, pubkey)
    state = report.state
    if detached.startswith("INVALID") and state is not VerificationState.DAMAGED:
        state = VerificationState.TAMPERED
    if args.json:
        print(json.dumps({"state": state.name.lower(), "message": report.message, "reason": report.reason,
                          "failing": report.failing,
                          "failing_items": report.failing_items, "fingerprint": report.fingerprint,
                          "key_id": report.key_id,
                          "signer": report.signer, "signed_at": report.signed_at, "root": report.root,
                          "checked": report.method, "detached_signature": detached}, ensure_ascii=False, indent=2))
        return EXIT_CODES[state]
    print(f"{args.archive}: {state.value.upper()}")
    print(f"  {report.message}")
    for label, value in (("Fingerprint", report.fingerprint), ("Key id", report.key_id), ("Signer", report.signer),
                         ("Signed at", report.signed_at), ("Root", report.root), ("Checked", report.method),
                         ("Detached", detached)):
        if value:
            print(f"  {label + ':':<13}{value}")
    for name in report.failing:
        print(f"  FAILS: {name}")
    if report.failing_items:
        print(f"  Items affected: {', '.join(report.failing_items)}")
    return EXIT_CODES[state]


def _check_detached(args: argparse.Namespace, report: VerificationReport, trust: TrustStore,
                    pubkey: minisign.PublicKey | None) -> str:
    """Check ARCHIVE.minisig when there is one, with the key that made the archive's own signature."""
    sig_file = args.minisig or detached_path(args.archive)
    if not sig_file.exists():
        return "INVALID: the signature file given with --minisig does not exist" if args.minisig else ""
    if report.state is VerificationState.DAMAGED:
        return ""
    keys = [pubkey] if pubkey else []
    keys += [entry.key for entry in trust.with_fingerprint(report.fingerprint or "")]
    keys += [minisign.PublicKey.parse(report.public_key)] if report.public_key else []
    try:
        signature = minisign.Signature.load(sig_file)
    except LegacySignature as exc:  # refused, but no sign of tampering (see verify.legacy_report)
        return f"not accepted: {exc}"
    except SignatureInvalid as exc:
        return f"INVALID: {exc}"
    candidates = [key for key in keys if key.key_id == signature.key_id] or keys[:1]
    if not candidates:
        return f"not checked: no key for {sig_file.name} (key id {signature.key_id_hex}); give --pubkey"
    try:
        comment = verify_detached(args.archive, candidates[0], sig_file)
    except SignatureInvalid as exc:
        return f"INVALID: {exc}"
    return f"{sig_file.name} valid (trusted comment: {comment})"


# -- trust store ---------------------------------------------------------------------------------------
def cmd_keys_add(args: argparse.Namespace) -> int:
    key = minisign.PublicKey.load(args.pubfile)
    entry = TrustStore.default().add(key, args.label)
    print(f"Trusted {entry.label!r}: fingerprint {entry.fingerprint}.")
    print("Check this fingerprint with the publisher through a channel you trust (read it aloud in person or "
          "on the phone).")
    return EXIT_OK


def cmd_keys_list(args: argparse.Namespace) -> int:
    store = TrustStore.default()
    entries = store.keys()
    for problem in store.problems:
        print(f"skipped {problem}", file=sys.stderr)
    if not entries:
        print("No trusted keys. Add one with 'casefile keys add PUBFILE'.")
    for entry in entries:
        status = f"REVOKED {entry.revoked}" if entry.revoked else "trusted"
        scope = f", only for the archive with root {entry.scope[:16]}…" if entry.scope else ""
        print(f"{entry.fingerprint}  {status:<28} {entry.label}  ({entry.source}, key id {entry.key.key_id_hex}"
              f"{scope})")
    return EXIT_OK


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    for entry in TrustStore.default().revoke(" ".join(args.fingerprint)):
        print(f"Revoked {entry.fingerprint} ({entry.label}): archives it signed now show as signed by a revoked key.")
    return EXIT_OK


# -- proofs --------------------------------------------------------------------------------------------
def cmd_prove(args: argparse.Namespace) -> int:
    with open_archive(args.archive) as archive:
        proof = make_proof(archive, args.item_id)
    write_proof(proof, args.output)
    print(f"Wrote {args.output}: {args.item_id} in {proof['archive_id']} edition {proof['edition']}, "
          f"root {proof['root'][:16]}…, key fingerprint {minisign.PublicKey.parse(proof['public_key']).fingerprint}.")
    return EXIT_OK


def cmd_check_proof(args: argparse.Namespace) -> int:
    result = check_proof(load_proof(args.proof), args.item_file)
    print(f"VALID: {args.item_file} is the original of {result.item_id!r} ({result.title}) in archive "
          f"{result.archive_id} edition {result.edition}, signed at {result.signed_at}.")
    print(f"  SHA-256: {result.file_sha256}")
    if result.trusted:
        print(f"  Signed by {result.signer} (fingerprint {result.fingerprint}), a key you trust.")
        return EXIT_OK
    if result.revoked:
        print(f"  But the signing key (fingerprint {result.fingerprint}, {result.signer}) is one you revoked.")
        return EXIT_CODES[VerificationState.REVOKED_KEY]
    print(f"  But the signing key (fingerprint {result.fingerprint}) is not one you trust; confirm the fingerprint "
          f"with the publisher.")
    return EXIT_CODES[VerificationState.UNKNOWN_KEY]
