"""Store encryption: round trips, wrong passphrases, tampering, the drop box, locking, hostile key records."""

from __future__ import annotations

import json
import time

import nacl.exceptions
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nacl.pwhash import argon2id

from archive.errors import CasefileError
from archive.store import crypto
from archive.store.crypto import (
    MAX_MEMLIMIT, MAX_OPSLIMIT, EmptyPassphrase, FieldCipher, KeyEnvelope, KeyEnvelopeDamaged, StoreLocked,
    TamperedValue, WrongPassphrase, drop,
)

# The cheapest Argon2id costs: every test but the one of the defaults would otherwise spend half a second.
FAST = {"opslimit": argon2id.OPSLIMIT_MIN, "memlimit": argon2id.MEMLIMIT_MIN}
AAD = b"annotation:urn:uuid:1:note"


@pytest.fixture
def store():
    cipher, envelope = FieldCipher.create("correct horse battery staple", **FAST)
    yield cipher, envelope
    cipher.lock()


def test_errors_belong_to_the_one_hierarchy():
    for error in (WrongPassphrase, TamperedValue, KeyEnvelopeDamaged, StoreLocked, EmptyPassphrase):
        assert issubclass(error, CasefileError)


TEXTS = ["", "a note", "Zeugin: «Ça ne va pas» 陈全国 🙂", "x" * 100_000, "lone \ud800"]


@pytest.mark.parametrize("text", TEXTS)
def test_round_trip(store, text):
    cipher, envelope = store
    sealed = cipher.seal(text, AAD)
    assert sealed.startswith(b"cf1") and len(sealed) == 3 + 24 + len(text.encode("utf-8", "surrogatepass")) + 16
    assert cipher.open(sealed, AAD) == text
    assert FieldCipher.unlock("correct horse battery staple", envelope).open(sealed, AAD) == text


def test_same_text_seals_differently_each_time(store):
    cipher, _ = store
    assert cipher.seal("tag", AAD) != cipher.seal("tag", AAD)


def test_envelope_json_round_trip(store):
    _, envelope = store
    text = envelope.to_json()
    assert KeyEnvelope.from_json(text) == envelope
    assert json.loads(text)["kdf"] == "argon2id"


def test_passphrase_is_compared_after_unicode_normalisation():
    composed, decomposed = "caf\u00e9 au lait", "cafe\u0301 au lait"
    cipher, envelope = FieldCipher.create(composed, **FAST)
    sealed = cipher.seal("note", AAD)
    assert FieldCipher.unlock(decomposed, envelope).open(sealed, AAD) == "note"


@pytest.mark.parametrize("guess", ["correct horse battery stapler", "", "Correct horse battery staple"])
def test_wrong_passphrase(store, guess):
    _, envelope = store
    with pytest.raises(WrongPassphrase, match="not the one this store was locked with"):
        FieldCipher.unlock(guess, envelope)


def test_damaged_wrapped_key_is_not_reported_as_a_wrong_passphrase(store):
    _, envelope = store
    flipped = bytearray(envelope.wrapped_key)
    flipped[30] ^= 1
    damaged = KeyEnvelope.from_json(envelope.to_json().replace(
        crypto._b64(envelope.wrapped_key), crypto._b64(bytes(flipped))))
    with pytest.raises(KeyEnvelopeDamaged, match="passphrase is right"):
        FieldCipher.unlock("correct horse battery staple", damaged)


def test_every_single_bit_flip_is_flagged(store):
    cipher, _ = store
    sealed = cipher.seal("meeting moved to Thursday", AAD)
    for bit in range(len(sealed) * 8):
        flipped = bytearray(sealed)
        flipped[bit // 8] ^= 1 << (bit % 8)
        with pytest.raises(TamperedValue, match="not shown"):
            cipher.open(bytes(flipped), AAD)


@pytest.mark.parametrize("other", [b"annotation:urn:uuid:2:note", b"annotation:urn:uuid:1:tags"])
def test_value_moved_to_another_row_or_column_is_flagged(store, other):
    cipher, _ = store
    with pytest.raises(TamperedValue, match="moved from another row"):
        cipher.open(cipher.seal("secret", AAD), other)


@pytest.mark.parametrize("stored", [b"", b"cf1", b"cf1" + bytes(39), b"plain text", "a str", None, 42])
def test_values_not_sealed_by_casefile_are_flagged(store, stored):
    cipher, _ = store
    with pytest.raises(TamperedValue):
        cipher.open(stored, AAD)


def test_value_sealed_by_another_store_is_flagged(store):
    cipher, _ = store
    other, _ = FieldCipher.create("correct horse battery staple", **FAST)
    with pytest.raises(TamperedValue):
        cipher.open(other.seal("secret", AAD), AAD)


@pytest.mark.parametrize("aad", [b"", "annotation:1:note", None])
def test_a_missing_aad_is_a_caller_bug(store, aad):
    cipher, _ = store
    with pytest.raises(TypeError, match="row and column"):
        cipher.seal("x", aad)


def test_the_drop_box_takes_text_without_the_key_and_gives_it_back_only_with_it(store):
    cipher, _ = store
    public, sealed_secret = cipher.new_drop_box()
    assert len(public) == 32 and public not in sealed_secret
    dropped = drop(public, "exported to /media/USB-AYGUL/notes.jsonld")
    assert dropped.startswith(b"cb1") and b"AYGUL" not in dropped
    assert cipher.open_dropped(sealed_secret, dropped) == "exported to /media/USB-AYGUL/notes.jsonld"
    other, _ = FieldCipher.create("another", **FAST)
    with pytest.raises(TamperedValue, match="audit log is damaged"):
        other.open_dropped(sealed_secret, dropped)  # another store's key cannot open this one's secret
    flipped = dropped[:-1] + bytes([dropped[-1] ^ 1])
    for bad in (flipped, b"plain text", "a str"):
        with pytest.raises(TamperedValue):
            cipher.open_dropped(sealed_secret, bad)
    with pytest.raises(KeyEnvelopeDamaged, match="public key"):
        drop(b"short", "x")


def test_an_empty_passphrase_protects_nothing():
    with pytest.raises(EmptyPassphrase, match="choose a passphrase"):
        FieldCipher.create("", **FAST)


def test_lock_zeroes_the_key_and_blocks_use(store):
    cipher, _ = store
    sealed = cipher.seal("note", AAD)
    key = cipher._key
    assert any(key)
    cipher.lock()
    assert cipher.locked and key == bytearray(32)
    for use in (lambda: cipher.seal("x", AAD), lambda: cipher.open(sealed, AAD), cipher.new_drop_box):
        with pytest.raises(StoreLocked, match="The store is locked: unlock it with your passphrase."):
            use()
    cipher.lock()  # "Lock now" twice is harmless
    assert cipher.locked


def test_dropping_a_cipher_zeroes_its_key():
    cipher, _ = FieldCipher.create("p", **FAST)
    key = cipher._key
    del cipher
    assert key == bytearray(32)


def test_defaults_are_moderate_and_cost_under_two_seconds():
    start = time.perf_counter()
    cipher, envelope = FieldCipher.create("correct horse battery staple")
    assert (envelope.opslimit, envelope.memlimit) == (argon2id.OPSLIMIT_MODERATE, argon2id.MEMLIMIT_MODERATE)
    sealed = cipher.seal("note", AAD)
    assert FieldCipher.unlock("correct horse battery staple", envelope).open(sealed, AAD) == "note"
    assert time.perf_counter() - start < 4  # create + unlock: two derivations of ~0.5-1 s each


def envelope_fields(envelope: KeyEnvelope, **changes) -> str:
    data = json.loads(envelope.to_json())
    data.update(changes)
    return json.dumps(data)


@pytest.mark.parametrize("changes, problem", [
    ({"memlimit": 64 * 2**30}, "65536.0 MiB of memory"),
    ({"memlimit": MAX_MEMLIMIT + 1}, "MiB of memory"),
    ({"opslimit": 10**9}, "1000000000 passes"),
    ({"opslimit": MAX_OPSLIMIT + 1}, "passes"),
    ({"opslimit": 0}, "0 passes"),
    ({"memlimit": 10**400}, "an impossible memlimit"),
    ({"opslimit": -(10**400)}, "an impossible opslimit"),
    ({"memlimit": 1024}, "MiB of memory"),
    ({"opslimit": True}, "opslimit is not a whole number"),
    ({"memlimit": 2.5e8}, "memlimit is not a whole number"),
])
def test_oversized_or_odd_kdf_costs_are_refused_before_any_work(store, monkeypatch, changes, problem):
    _, envelope = store
    monkeypatch.setattr(argon2id, "kdf", lambda *args, **kwargs: pytest.fail("Argon2id ran"))
    with pytest.raises(KeyEnvelopeDamaged, match=problem):
        KeyEnvelope.from_json(envelope_fields(envelope, **changes))


@pytest.mark.parametrize("costs", [{"opslimit": MAX_OPSLIMIT + 1}, {"memlimit": MAX_MEMLIMIT * 2}])
def test_create_refuses_costs_beyond_the_caps(costs):
    with pytest.raises(ValueError, match="Argon2id costs"):
        FieldCipher.create("p", **{**FAST, **costs})


@pytest.mark.parametrize("text, problem", [
    ("", "not valid JSON"),
    ("[" * 3000, "not valid JSON"),
    ("[]", "not a JSON object"),
    (b"{}", "not text"),
    ("{" + " " * 5000 + "}", "characters long"),
    ('{"kdf": "argon2id"}', "fields are wrong"),
])
def test_malformed_envelopes_name_the_problem(text, problem):
    with pytest.raises(KeyEnvelopeDamaged, match=problem):
        KeyEnvelope.from_json(text)


@pytest.mark.parametrize("changes, problem", [
    ({"version": 2}, "version 2"),
    ({"version": "1"}, "version 1"),
    ({"kdf": "scrypt"}, "'scrypt'"),
    ({"salt": "AAAA"}, "salt is not 16 bytes"),
    ({"wrapped_key": "not base64!"}, "wrapped_key is not valid base64"),
    ({"check": "ëë=="}, "check is not valid base64"),
    ({"check": 5}, "check is not a base64 string"),
    ({"extra": 1}, "fields are wrong"),
])
def test_wrong_envelope_fields_name_the_problem(store, changes, problem):
    _, envelope = store
    with pytest.raises(KeyEnvelopeDamaged, match=problem):
        KeyEnvelope.from_json(envelope_fields(envelope, **changes))


SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
CONTAINERS = lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)  # noqa: E731
JSON = st.recursive(SCALARS, CONTAINERS, max_leaves=12)
FIELD_VALUES = {"version": st.just(1) | JSON, "kdf": st.just("argon2id") | JSON,
                "opslimit": st.integers(-2**70, 2**70) | st.integers(-10**500, 10**500) | JSON,
                "memlimit": st.integers(-2**70, 2**70) | st.integers(-10**500, 10**500) | JSON,
                "salt": st.binary(max_size=40).map(crypto._b64) | JSON,
                "wrapped_key": st.binary(max_size=100).map(crypto._b64) | JSON,
                "check": st.binary(max_size=20).map(crypto._b64) | JSON}


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200) | JSON.map(json.dumps) | st.fixed_dictionaries(FIELD_VALUES).map(json.dumps))
def test_hostile_envelopes_raise_only_key_envelope_damaged(text):
    try:
        envelope = KeyEnvelope.from_json(text)
    except KeyEnvelopeDamaged as exc:
        assert "damaged" in str(exc) and "backups" in str(exc)
    else:
        # Only a well-formed envelope with costs inside the caps gets through, and it cannot be unlocked.
        assert argon2id.MEMLIMIT_MIN <= envelope.memlimit <= MAX_MEMLIMIT
        assert argon2id.OPSLIMIT_MIN <= envelope.opslimit <= MAX_OPSLIMIT


@settings(max_examples=200)
@given(st.binary(max_size=120))
def test_arbitrary_bytes_never_open(data):
    cipher = FieldCipher(bytearray(range(32)))
    with pytest.raises(TamperedValue):
        cipher.open(data, AAD)


def test_no_memory_for_argon2id_is_a_clear_error(store, monkeypatch):
    _, envelope = store

    def out_of_memory(*args, **kwargs):
        raise nacl.exceptions.RuntimeError("Unexpected failure in key derivation")

    monkeypatch.setattr(argon2id, "kdf", out_of_memory)
    with pytest.raises(CasefileError, match="memory were not available"):
        FieldCipher.unlock("correct horse battery staple", envelope)
