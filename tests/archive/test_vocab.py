"""Fuzzy expansion and "did you mean" over the archive's vocabulary."""

import itertools
import random

import pytest

from archive.search import vocab as vocab_module
from archive.search.vocab import Vocabulary

TERMS = [
    ("glucksmann", 40), ("glucksberg", 3), ("quanguo", 120), ("quanguos", 2), ("quangou", 1),
    ("xinjiang", 900), ("xinjian", 4), ("jiang", 300), ("records", 2000), ("record", 1500),
    ("recorde", 1), ("cat", 50), ("cap", 60), ("car", 70), ("ca", 5), ("bat", 10),
    ("新疆", 800), ("新华", 200), ("疆维", 10),
    ("ئۈرۈمچى", 300), ("ئۈرۈمچىدە", 30), ("ئۇرۇمچى", 2), ("قەشقەر", 400),
]


@pytest.fixture(scope="module")
def vocab():
    return Vocabulary(TERMS)


def _osa(a: str, b: str) -> int:
    """Restricted Damerau-Levenshtein distance (adjacent swaps count one edit), by its definition."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i, j in itertools.product(range(1, len(a) + 1), range(1, len(b) + 1)):
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
        if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
            d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def test_doc_count(vocab):
    assert vocab.doc_count("xinjiang") == 900
    assert vocab.doc_count("xinjaing") == 0


# --- expand -----------------------------------------------------------------------------------------

def test_distance_one_finds_a_missing_letter(vocab):
    assert "glucksmann" in vocab.expand("glucksman", 1)


def test_distance_two_finds_two_edits(vocab):
    assert vocab.expand("quangou", 2) == ["quangou", "quanguo", "quanguos"]
    assert "glucksberg" not in vocab.expand("glucksman", 2)  # three edits away


def test_a_swap_of_adjacent_letters_is_one_edit(vocab):
    assert vocab.expand("xinjaing", 1) == ["xinjiang"]


def test_term_itself_first_then_by_document_count(vocab):
    assert vocab.expand("record", 1) == ["record", "records", "recorde"]
    assert vocab.expand("quanguo", 1) == ["quanguo", "quanguos", "quangou"]


def test_absent_term_is_not_in_its_expansion(vocab):
    assert vocab.expand("xinjaing", 2) == ["xinjiang", "xinjian"]


def test_limit_is_respected(vocab):
    assert vocab.expand("record", 1, limit=2) == ["record", "records"]
    assert vocab.expand("record", 1, limit=1) == ["record"]


def test_uyghur_words_are_expanded(vocab):
    assert vocab.expand("ئۈرۈمچى", 1) == ["ئۈرۈمچى"]
    assert vocab.expand("ئۈرۈمچى", 2) == ["ئۈرۈمچى", "ئۈرۈمچىدە", "ئۇرۇمچى"]


def test_han_bigrams_are_not_expanded(vocab):
    assert vocab.expand("新疆", 1) == ["新疆"]
    assert vocab.expand("新疆", 2) == ["新疆"]
    assert vocab.expand("新华", 1) == ["新华"]


def test_short_words_are_not_expanded(vocab):
    assert vocab.expand("ca", 1) == ["ca"]
    assert vocab.expand("cat", 1) == ["cat", "car", "cap", "bat", "ca"]
    # Four letters are enough for one edit, not for two: distance 2 falls back to 1.
    assert vocab.expand("jiag", 2) == ["jiang"]


@pytest.mark.parametrize("scan_at_most", [0, 10**9], ids=["automaton", "rapidfuzz"])
def test_expansion_matches_the_edit_distance_definition(scan_at_most, monkeypatch):
    # Both ways of finding the terms near a word (vocab._near picks by how many terms it would compare).
    monkeypatch.setattr(vocab_module, "_SCAN_AT_MOST", {1: scan_at_most, 2: scan_at_most})
    rng = random.Random(7)
    words = sorted({"".join(rng.choice("abcde") for _ in range(rng.randint(3, 8))) for _ in range(1000)})
    vocab = Vocabulary((word, rng.randint(1, 100)) for word in words)
    for query in words[::50] + ["abcdeab", "eeaab"]:
        for distance in (1, 2):
            allowed = 2 if distance == 2 and len(query) >= 5 else 1
            expected = {word for word in words if _osa(query, word) <= allowed}
            assert set(vocab.expand(query, distance, limit=len(words))) == expected


# --- suggest ----------------------------------------------------------------------------------------

def test_suggest_corrects_a_typo(vocab):
    assert vocab.suggest("xinjaing") == ["xinjiang"]


def test_suggest_prefers_fewer_edits(vocab):
    # xinjian is commoner than the typo too, but two edits away where xinjiang is one.
    assert vocab.suggest("xinjaing") == ["xinjiang"]
    assert vocab.suggest("quangou") == ["quanguo"]


def test_no_suggestion_for_a_common_term(vocab):
    assert vocab.suggest("records") == []
    assert vocab.suggest("xinjiang") == []


def test_no_suggestion_for_a_slightly_rarer_spelling(vocab):
    # glucksmann is commoner, but not so much that glucksberg looks like its typo (and it is far).
    assert vocab.suggest("glucksberg") == []


def test_suggest_limit_and_order(vocab):
    assert vocab.suggest("xinjiangg") == ["xinjiang"]
    assert vocab.suggest("recordx", limit=1) == ["records"]
    assert vocab.suggest("recordx") == ["records", "record"]


def test_no_suggestion_without_close_terms(vocab):
    assert vocab.suggest("zzzzzz") == []
    assert vocab.suggest("新维") == []


def test_empty_vocabulary():
    vocab = Vocabulary([])
    assert vocab.expand("xinjiang", 2) == []
    assert vocab.suggest("xinjiang") == []
    assert vocab.doc_count("xinjiang") == 0
