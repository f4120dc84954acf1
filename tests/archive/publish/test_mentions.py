"""MentionFinder: names found as whole words in any script, with spans exact in the original text."""

from hypothesis import given
from hypothesis import strategies as st

from archive.publish.mentions import Mention, MentionFinder, name_key
from archive.text import Tokenised

XINJIANG = "شىنجاڭ"
# The same word as presentation-form glyphs, as PDF text extraction often yields it.
XINJIANG_GLYPHS = "\ufeb7\ufbe9\ufee8\ufea0\ufe8e\ufbd3"


def _found(names, text):
    return [(m.entity_id, m.text) for m in MentionFinder(names).find(text)]


def test_latin_name_ignores_case_and_diacritics():
    finder = MentionFinder([("q1", "Raphael Glucksmann")])
    text = "MEP Raphaël Glucksmann said; RAPHAEL GLUCKSMANN agreed."
    assert finder.find(text) == [
        Mention("q1", 4, 22, "Raphaël Glucksmann"),
        Mention("q1", 29, 47, "RAPHAEL GLUCKSMANN"),
    ]


def test_han_name_inside_running_chinese():
    finder = MentionFinder([("q2", "陈全国")])
    assert finder.find("新疆党委书记陈全国表示") == [Mention("q2", 6, 9, "陈全国")]


def test_uyghur_name_in_presentation_forms_keeps_its_original_span():
    text = "ئاپتونوم رايونى " + XINJIANG_GLYPHS + " ۋە"
    assert MentionFinder([("x", XINJIANG)]).find(text) == [Mention("x", 16, 22, XINJIANG_GLYPHS)]
    # ... and the other way round: a name given in glyphs finds the plain spelling.
    assert _found([("x", XINJIANG_GLYPHS)], "بۇ " + XINJIANG) == [("x", XINJIANG)]


def test_uyghur_variants_match():
    text = "شـىنجاڭ، شی\u200cنجاڭ"  # tatweel; Farsi yeh and a ZWNJ
    assert _found([("x", XINJIANG)], text) == [("x", "شـىنجاڭ"), ("x", "شی\u200cنجاڭ")]


def test_whole_tokens_only():
    names = [("w", "Wang Fu"), ("t", "Tekes"), ("u", "تېكەس")]
    assert _found(names, "Wangfujing, Wang Fujing, Tekesi, تېكەسچى") == []  # چى is no case ending
    assert _found(names, "WANG FU in Tekes (تېكەس).") == [("w", "WANG FU"), ("t", "Tekes"), ("u", "تېكەس")]


def test_possessive_is_left_out_of_the_span():
    assert _found([("c", "Chen Quanguo")], "Chen Quanguo’s policies") == [("c", "Chen Quanguo")]


def test_longest_match_wins_at_a_position():
    names = [("short", "Chen Quanguo"), ("long", "Chen Quanguo Foundation")]
    assert _found(names, "the Chen Quanguo Foundation and Chen Quanguo") == [
        ("long", "Chen Quanguo Foundation"), ("short", "Chen Quanguo")]


def test_overlapping_matches_keep_the_longest_then_the_leftmost():
    names = [("county", "Tekes County"), ("bureau", "County Public Security Bureau")]
    assert _found(names, "Tekes County Public Security Bureau") == [
        ("bureau", "County Public Security Bureau")]
    names = [("a", "Tekes County"), ("b", "County Seat")]  # same length: leftmost
    assert _found(names, "Tekes County Seat") == [("a", "Tekes County")]


def test_shared_name_reports_every_entity():
    names = [("e1", "Wang Wei"), ("e2", "Wang Wei"), ("e1", "WANG Wéi")]
    found = MentionFinder(names).find("Wang Wei")
    assert found == [Mention("e1", 0, 8, "Wang Wei"), Mention("e2", 0, 8, "Wang Wei")]


def test_names_in_every_script_for_one_entity():
    names = [("c", "Chen Quanguo"), ("c", "陈全国"), ("c", "چېن چۈەنگو")]
    text = "Chen Quanguo (陈全国, چېن چۈەنگو)"
    assert _found(names, text) == [("c", "Chen Quanguo"), ("c", "陈全国"), ("c", "چېن چۈەنگو")]


def test_weak_names_are_ignored():
    assert [name_key(n) for n in ["Xi", "A.", "陈", "10", "ئۇ", " - "]] == [None] * 6
    assert name_key("Xi Jinping") == ("xi", "jinping")
    assert name_key("新疆") == ("新", "疆")
    assert name_key("Zenz") == ("zenz",)
    assert _found([("x", "Xi"), ("h", "陈")], "Xi met 陈 in 陈家") == []


def test_no_text_no_names():
    assert MentionFinder([]).find("Chen Quanguo") == []
    assert MentionFinder([("c", "Chen Quanguo")]).find("") == []


# --- property: spans are exact whatever surrounds the names ----------------------------------------

# (entity id, registered name, spellings that may appear in text)
NAMES = [
    ("p1", "Raphael Glucksmann", ["Raphaël Glucksmann", "RAPHAEL GLUCKSMANN", "Rapha\u0308el glucksmann"]),
    ("p2", "陈全国", ["陈全国"]),
    ("p3", XINJIANG, [XINJIANG, XINJIANG_GLYPHS, "شى\u200cنجاڭ", "شـىنجاڭ"]),
    ("p4", "Adrian Zenz", ["Adrian Zenz", "ADRIAN ZENZ"]),
    ("p5", "Adrian Zenz", ["adrian zenz"]),
    ("p6", "ئابدۇرېھىم ھېيت", ["ئابدۇرېھىم ھېيت", "ئابدۇرېھی\u200cم ھېيت"]),
    ("p7", "Xinjiang Public Security Bureau",
     ["XINJIANG PUBLIC SECURITY BUREAU", "Xinjiang Public-Security Bureau"]),
]
FILLERS = ["said", "the", "report", "表示", "的", "في", "بىلەن", "2017", "—", "(", ")", "’s", "\u200f"]
SEPARATORS = [" ", ", ", "\n", "。", " (", "ـ "]

_PIECE = st.one_of(
    st.tuples(st.just("name"), st.integers(0, len(NAMES) - 1), st.integers(0, 3)),
    st.tuples(st.just("filler"), st.sampled_from(FILLERS), st.just(0)),
)


@given(st.lists(st.tuples(_PIECE, st.sampled_from(SEPARATORS)), max_size=12))
def test_mentions_are_exact_spans_of_registered_names(pieces):
    text, inserted = "", []
    for (kind, what, variant), separator in pieces:
        if kind == "name":
            spellings = NAMES[what][2]
            piece = spellings[variant % len(spellings)]
            inserted.append((len(text), len(text) + len(piece)))
        else:
            piece = what
        text += piece + separator

    mentions = MentionFinder((entity_id, name) for entity_id, name, _ in NAMES).find(text)

    keys = {}
    for entity_id, name, _ in NAMES:
        keys.setdefault(entity_id, set()).add(name_key(name))
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert tuple(Tokenised(m.text).words) in keys[m.entity_id]
    spans = sorted({(m.start, m.end) for m in mentions})
    assert [(m.start, m.end) for m in mentions] == sorted((m.start, m.end) for m in mentions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # no overlaps
    for start, end in inserted:  # nothing inserted goes unnoticed
        assert any(s < end and start < e for s, e in spans)


def test_uyghur_case_endings_are_matched():
    finder = MentionFinder([("tekes", "تېكەس"), ("kashgar", "قەشقەر"),
                            ("konasheher", "كوناشەھەر ناھىيىسى"), ("chen", "چېن چۈەنگو")])
    text = "تېكەستە ۋە قەشقەردىكى ئورۇنلار. كوناشەھەر ناھىيىسىدە چېن چۈەنگونىڭ نۇتۇقى."
    found = {(m.entity_id, m.text) for m in finder.find(text)}
    assert found == {("tekes", "تېكەستە"), ("kashgar", "قەشقەردىكى"),
                     ("konasheher", "كوناشەھەر ناھىيىسىدە"), ("chen", "چېن چۈەنگونىڭ")}


def test_uyghur_suffix_rule_does_not_overmatch():
    finder = MentionFinder([("ili", "ئىلى")])
    assert [m.text for m in finder.find("ئىلىدا ئىلىم بار")] == ["ئىلىدا"]  # not ئىلىم, "science"
    assert MentionFinder([("x", "Tekes")]).find("Tekesta Tekes") == [Mention("x", 8, 13, "Tekes")]
