"""RFC 6962 Merkle trees over SHA-256: one signed root vouches for every item in an archive.

Why RFC 6962 (Certificate Transparency, restated in RFC 9162 section 2.1): its hashing is
domain-separated and its shape for any number of leaves is fixed by the standard, so a proof made
here can be checked by any CT library, and a reader can prove one item belongs to a signed archive
with about log2(n) hashes instead of the whole archive.

    leaf hash  = SHA-256(0x00 | data)
    node hash  = SHA-256(0x01 | left | right)
    MTH([])    = SHA-256("")
    MTH(D[n])  = node(MTH(D[0:k]), MTH(D[k:n])), k the largest power of two below n

The 0x00/0x01 prefixes stop a leaf from posing as an inner node (second-preimage attacks).

Building level by level, pairing neighbours left to right and carrying an unpaired last node up
unchanged, gives exactly the tree that the recursive definition above describes, without
recursion: a million leaves take about a million hashes and a list of the current level.
"""

from __future__ import annotations

import hashlib

HASH_BYTES = 32
_LEAF_PREFIX = b"\x00"
_NODE_PREFIX = b"\x01"


def leaf_hash(data: bytes) -> bytes:
    """The RFC 6962 hash of one leaf's data."""
    return hashlib.sha256(_LEAF_PREFIX + data).digest()


def _node_hash(left: bytes, right: bytes) -> bytes:
    """The RFC 6962 hash of an inner node."""
    return hashlib.sha256(_NODE_PREFIX + left + right).digest()


def _next_level(level: list[bytes]) -> list[bytes]:
    """Hash neighbours pairwise; an odd last node moves up as it is."""
    parents = [_node_hash(left, right) for left, right in zip(level[0::2], level[1::2])]
    if len(level) % 2:
        parents.append(level[-1])
    return parents


def _check_leaves(leaf_hashes: list[bytes]) -> None:
    """Leaf hashes come from the caller's own hashing: a wrong size is a bug, said loudly."""
    for index, value in enumerate(leaf_hashes):
        if not isinstance(value, bytes) or len(value) != HASH_BYTES:
            raise ValueError(f"leaf hash {index} is not {HASH_BYTES} bytes")


def merkle_root(leaf_hashes: list[bytes]) -> bytes:
    """The tree head over `leaf_hashes` (already hashed with `leaf_hash`)."""
    _check_leaves(leaf_hashes)
    if not leaf_hashes:
        return hashlib.sha256(b"").digest()
    level = list(leaf_hashes)
    while len(level) > 1:
        level = _next_level(level)
    return level[0]


def inclusion_proof(leaf_hashes: list[bytes], index: int) -> list[bytes]:
    """The audit path for leaf `index`: sibling hashes from the leaf up to the root (RFC 6962 PATH)."""
    _check_leaves(leaf_hashes)
    if not 0 <= index < len(leaf_hashes):
        raise IndexError(f"leaf index {index} is outside a tree of {len(leaf_hashes)} leaves")
    proof = []
    level = list(leaf_hashes)
    while len(level) > 1:
        sibling = index ^ 1
        # The last node of an odd level has no sibling at this height: it moves up unpaired.
        if sibling < len(level):
            proof.append(level[sibling])
        index //= 2
        level = _next_level(level)
    return proof


class MerkleTree:
    """Every level of one tree, kept so that many audit paths cost log2(n) lookups each.

    `inclusion_proof` rebuilds the levels for every call (about n hashes); exporting a thousand
    items' proofs from a 250,000-leaf archive would hash a quarter of a billion nodes that way.
    """

    def __init__(self, leaf_hashes: list[bytes]):
        _check_leaves(leaf_hashes)
        self.size = len(leaf_hashes)
        self._levels = [list(leaf_hashes)]
        while len(self._levels[-1]) > 1:
            self._levels.append(_next_level(self._levels[-1]))

    @property
    def root(self) -> bytes:
        return self._levels[-1][0] if self.size else hashlib.sha256(b"").digest()

    def proof(self, index: int) -> list[bytes]:
        """The same audit path as `inclusion_proof(leaf_hashes, index)`."""
        if not 0 <= index < self.size:
            raise IndexError(f"leaf index {index} is outside a tree of {self.size} leaves")
        path = []
        for level in self._levels[:-1]:
            sibling = index ^ 1
            if sibling < len(level):
                path.append(level[sibling])
            index //= 2
        return path


def verify_inclusion(leaf_hash: bytes, index: int, tree_size: int, proof: list[bytes], root: bytes) -> bool:
    """True if `proof` shows leaf `index` of a `tree_size`-leaf tree hashes up to `root`.

    RFC 9162 section 2.1.3.2, step for step. Every input may come from a hostile file: anything
    malformed is simply False.
    """
    if not (isinstance(index, int) and isinstance(tree_size, int) and 0 <= index < tree_size):
        return False
    values = [leaf_hash, root, *proof]
    if not all(isinstance(value, bytes) and len(value) == HASH_BYTES for value in values):
        return False
    fn, sn, running = index, tree_size - 1, leaf_hash
    for sibling in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            running = _node_hash(sibling, running)
            # A right-edge node with no sibling at some heights: skip those levels.
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            running = _node_hash(running, sibling)
        fn >>= 1
        sn >>= 1
    return sn == 0 and running == root
