"""Signing primitives: minisign-compatible keys and signatures, and RFC 6962 Merkle trees.

Casefile signs archives in minisign's format so that a lawyer can check a signature with the stock
`minisign` tool, without trusting Casefile's own code; the Merkle tree lets one item be proven to
belong to a signed archive without shipping the whole archive.
"""
