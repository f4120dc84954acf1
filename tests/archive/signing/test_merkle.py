"""Tests for archive.signing.merkle: RFC 6962 trees, checked against CT's published vectors."""

from __future__ import annotations

import hashlib
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.signing.merkle import inclusion_proof, leaf_hash, merkle_root, verify_inclusion

# The Certificate Transparency reference inputs and tree heads (certificate-transparency's
# merkle_tree_test), used by every RFC 6962 implementation: agreeing with them is agreeing with all.
CT_LEAVES = [bytes.fromhex(h) for h in (
    "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f")]
CT_ROOTS = [bytes.fromhex(h) for h in (
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
)]
# (leaf index, tree size, audit path)
CT_PROOFS = [
    (0, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (5, 8, ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (1, 5, ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
]
CT_LEAF_HASHES = [leaf_hash(data) for data in CT_LEAVES]


def reference_root(leaves: list[bytes]) -> bytes:
    """RFC 6962 section 2.1 MTH, written recursively exactly as the RFC states it."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    return hashlib.sha256(b"\x01" + reference_root(leaves[:k]) + reference_root(leaves[k:])).digest()


def reference_path(index: int, leaves: list[bytes]) -> list[bytes]:
    """RFC 6962 section 2.1.1 PATH, recursively."""
    if len(leaves) <= 1:
        return []
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    if index < k:
        return reference_path(index, leaves[:k]) + [reference_root(leaves[k:])]
    return reference_path(index - k, leaves[k:]) + [reference_root(leaves[:k])]


def leaves_for(size: int, salt: int = 0) -> list[bytes]:
    return [leaf_hash(f"item {salt}/{i}".encode()) for i in range(size)]


def flip(value: bytes, position: int = 0) -> bytes:
    return value[:position] + bytes([value[position] ^ 1]) + value[position + 1:]


def test_ct_reference_roots():
    for size, root in enumerate(CT_ROOTS):
        assert merkle_root(CT_LEAF_HASHES[:size]) == root, size


def test_empty_tree_root_is_sha256_of_nothing():
    assert merkle_root([]) == hashlib.sha256(b"").digest()


def test_leaf_hash_is_domain_separated():
    assert leaf_hash(b"") == hashlib.sha256(b"\x00").digest()


@pytest.mark.parametrize(("index", "size", "path"), CT_PROOFS)
def test_ct_reference_inclusion_proofs(index, size, path):
    proof = inclusion_proof(CT_LEAF_HASHES[:size], index)
    assert [p.hex() for p in proof] == path
    assert verify_inclusion(CT_LEAF_HASHES[index], index, size, proof, CT_ROOTS[size])


def test_matches_the_recursive_definition_for_every_small_size():
    for size in range(0, 70):
        leaves = leaves_for(size)
        root = merkle_root(leaves)
        assert root == reference_root(leaves), size
        for index in range(size):
            assert inclusion_proof(leaves, index) == reference_path(index, leaves), (size, index)


@settings(max_examples=60, deadline=None)
@given(size=st.integers(1, 300), salt=st.integers(0, 2**32))
def test_every_proof_verifies_and_every_change_fails(size, salt):
    leaves = leaves_for(size, salt)
    root = merkle_root(leaves)
    other = leaf_hash(b"not in the tree")
    for index, leaf in enumerate(leaves):
        proof = inclusion_proof(leaves, index)
        assert verify_inclusion(leaf, index, size, proof, root)
        assert not verify_inclusion(other, index, size, proof, root)
        assert not verify_inclusion(flip(leaf), index, size, proof, root)
        assert not verify_inclusion(leaf, index, size, proof, flip(root, 31))
        for position in range(len(proof)):
            broken = [*proof[:position], flip(proof[position], 7), *proof[position + 1:]]
            assert not verify_inclusion(leaf, index, size, broken, root)
        if proof:
            assert not verify_inclusion(leaf, index, size, proof[:-1], root)
        assert not verify_inclusion(leaf, index, size, [*proof, root], root)
        # Another position can only verify if that leaf really is there too (identical leaves).
        for wrong in {index - 1, index + 1, size - 1 - index} - {index}:
            if 0 <= wrong < size and leaves[wrong] != leaf:
                assert not verify_inclusion(leaf, wrong, size, proof, root)


@pytest.mark.parametrize(("index", "size", "proof", "root"), [
    (0, 0, [], CT_ROOTS[0]),
    (1, 1, [], CT_ROOTS[1]),
    (-1, 8, [], CT_ROOTS[8]),
    (0, 8, [b"short"] * 3, CT_ROOTS[8]),
    (0, 8, ["not bytes"] * 3, CT_ROOTS[8]),
    (0, 8, [CT_ROOTS[0]] * 100, CT_ROOTS[8]),
    (0, 8, [], b"short"),
    (0.0, 8, [], CT_ROOTS[8]),
    (0, 2**70, [CT_ROOTS[0]] * 3, CT_ROOTS[8]),
])
def test_malformed_proofs_are_false_not_errors(index, size, proof, root):
    assert verify_inclusion(CT_LEAF_HASHES[0], index, size, proof, root) is False


def test_single_leaf_tree():
    assert merkle_root([CT_LEAF_HASHES[3]]) == CT_LEAF_HASHES[3]
    assert inclusion_proof([CT_LEAF_HASHES[3]], 0) == []
    assert verify_inclusion(CT_LEAF_HASHES[3], 0, 1, [], CT_LEAF_HASHES[3])


def test_caller_mistakes_are_loud():
    with pytest.raises(ValueError, match="leaf hash 1 is not 32 bytes"):
        merkle_root([CT_ROOTS[0], b"raw data, not a leaf hash"])
    with pytest.raises(IndexError, match="outside a tree of 8 leaves"):
        inclusion_proof(CT_LEAF_HASHES, 8)


def test_a_million_leaves_in_seconds():
    leaves = [hashlib.sha256(i.to_bytes(4, "little")).digest() for i in range(1_000_000)]
    started = time.monotonic()
    root = merkle_root(leaves)
    proof = inclusion_proof(leaves, 765_432)
    elapsed = time.monotonic() - started
    assert len(proof) == 20
    assert verify_inclusion(leaves[765_432], 765_432, len(leaves), proof, root)
    assert not verify_inclusion(leaves[765_432], 765_431, len(leaves), proof, root)
    assert elapsed < 15, f"root and one proof over a million leaves took {elapsed:.1f} s"


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 13, 64, 100])
def test_kept_tree_gives_the_same_root_and_paths(size):
    from archive.signing.merkle import MerkleTree, inclusion_proof, leaf_hash, merkle_root

    leaves = [leaf_hash(bytes([i])) for i in range(size)]
    tree = MerkleTree(leaves)
    assert tree.root == merkle_root(leaves) and tree.size == size
    assert all(tree.proof(i) == inclusion_proof(leaves, i) for i in range(size))
    with pytest.raises(IndexError):
        tree.proof(size)
