"""Re-finding highlights: positions that still hold, quotes that moved, quotes that are gone."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from archive.store.anchoring import anchor, quote_context
from archive.store.model import Target

from .conftest import TEXT, quote_target


def _target(text: str, start: int, end: int) -> Target:
    exact, prefix, suffix = quote_context(text, start, end)
    return Target("a", "i", item_sha256="ab" * 32, exact=exact, prefix=prefix, suffix=suffix, start=start, end=end)


def test_quote_context_takes_32_characters_each_side():
    start = TEXT.index("Chen")
    exact, prefix, suffix = quote_context(TEXT, start, start + 12)
    assert exact == "Chen Quanguo" and prefix == TEXT[start - 32:start] and suffix == TEXT[start + 12:start + 44]
    assert quote_context("abc", 0, 1) == ("a", "", "bc")


def test_an_unchanged_text_anchors_at_the_stored_position():
    target = quote_target()
    assert anchor(TEXT, target) == (target.start, target.end)


def test_a_quote_moved_by_an_edit_is_found_again():
    target = quote_target()
    edited = "A new first paragraph was added. " + TEXT.replace("include", "name, among others,")
    start, end = anchor(edited, target)
    assert edited[start:end] == "Chen Quanguo" and start != target.start


def test_the_occurrence_with_the_matching_context_wins():
    text = "the guard said no. " * 3 + "Later the guard said yes. " + "the guard said no. " * 3
    start = text.index("said yes") - 6
    target = _target(text, start, start + 5)  # the "guard" before "said yes"
    shifted = "Preface. " + text
    assert anchor(shifted, target) == (start + 9, start + 14)


def test_a_quote_that_is_gone_is_orphaned():
    assert anchor(TEXT.replace("Chen Quanguo", "someone"), quote_target()) is None
    assert anchor("", quote_target()) is None


def test_positions_that_no_longer_hold_the_quote_fall_back_to_it():
    target = quote_target()
    assert anchor(TEXT[:5] + TEXT[9:], target) == (target.start - 4, target.end - 4)


@given(text=st.text(alphabet="ab .", min_size=1, max_size=200), data=st.data())
def test_anchor_finds_the_original_span_after_text_is_inserted(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    before = data.draw(st.text(alphabet="ab .x", max_size=50))
    after = data.draw(st.text(alphabet="ab .x", max_size=50))
    target = _target(text, start, end)
    edited = before + text + after
    found = anchor(edited, target)
    assert found is not None and edited[found[0]:found[1]] == target.exact
    whole = target.prefix + target.exact + target.suffix
    # Unambiguous only if quote and context occur once (overlaps counted: str.count skips them).
    assume(sum(edited.startswith(whole, i) for i in range(len(edited))) == 1)
    assert found == (start + len(before), end + len(before))


@given(text=st.text(max_size=100), exact=st.text(min_size=1, max_size=5), start=st.integers(-5, 200))
def test_anchor_returns_the_quote_or_none_for_any_input(text, exact, start):
    target = Target("a", "i", item_sha256="ab" * 32, exact=exact, prefix="zz", suffix="yy", start=start,
                    end=start + len(exact))
    found = anchor(text, target)
    assert found is None or text[found[0]:found[1]] == exact
    assert (found is None) == (exact not in text)
