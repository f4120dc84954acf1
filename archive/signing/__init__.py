"""Signing, verification, trust and inclusion proofs for archives.

Casefile signs archives in minisign's format so that a lawyer can check a signature with the stock
`minisign` tool, without trusting Casefile's own code; the Merkle tree lets one item be proven to
belong to a signed archive without shipping the whole archive.

    minisign   keys and signatures, byte-compatible with minisign 0.8+
    merkle     RFC 6962 Merkle trees and inclusion proofs
    manifest   which bytes are signed: the named leaves and their canonical encoding
    sign       `sign_archive`: manifest and signature into the archive, ARCHIVE.minisig beside it
    verify     full verification, the per-item check, the detached signature
    trust      the reader's trusted and revoked keys
    proofs     inclusion proofs for one item, checked without the archive
    commands   the `casefile` subcommands for all of the above
"""
