"""Romanised forms of Chinese and Uyghur names, so a search for one script finds the others.

The archive's documents name the same people and places in Hanzi, in Uyghur Arabic script and in Latin
letters (陈全国 / چېن چۈەنگو / Chen Quanguo; 乌鲁木齐 / ئۈرۈمچى / Urumqi / Ürümchi). The Latin spellings
readers meet are mechanical: Hanyu Pinyin for Chinese (without tones, spaced by the conventions for
names) and Uyghur Latin Yéziqi (ULY) for Uyghur, often typed without its accents. Generating those
forms lets a query in one script also look for the others, and lets a reader type the name the way it
is spelt in an English report.

Only romanisation is done here: the forms are search variants, not authoritative spellings, and the
caller decides how to use them (as alternative phrases, in the index's folded form).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PHRASES_DICT

from ..text import fold

__all__ = ["pinyin_forms", "transliterations", "uly_forms"]


# --- Chinese: Hanyu Pinyin --------------------------------------------------------------------------

# Han ideographs: the same ranges archive.text tokenises one character at a time.
_HAN_RUN = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")

# Middle dots join the parts of a foreign name written in Hanzi (艾尔肯·吐尼亚孜, Erkin Tuniyaz).
_NAME_DOTS = "·・•‧"

# Surnames pypinyin would read with their common-word pronunciation (单 dan, 曾 ceng, 解 jie): as a
# surname they are read differently. pypinyin has no surname mode, so the usual readings are listed.
_SURNAME_READINGS = {
    "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao", "查": "zha", "曾": "zeng",
    "乐": "yue", "覃": "qin", "盖": "ge", "缪": "miao", "种": "chong", "员": "yun", "召": "shao",
    "黑": "he", "秘": "bi", "句": "gou", "尉迟": "yuchi", "万俟": "moqi", "长孙": "zhangsun",
    "单于": "chanyu", "令狐": "linghu", "澹台": "tantai",
    # The same in traditional characters.
    "單": "shan", "區": "ou", "樂": "yue", "蓋": "ge", "繆": "miao", "員": "yun", "尉遲": "yuchi",
    "長孫": "zhangsun", "單于": "chanyu", "澹臺": "tantai",
}

# Compound (two-character) surnames, tried before the single-character ones.
_COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙", "宇文",
    "夏侯", "公孙", "轩辕", "独孤", "南宫", "万俟", "单于", "澹台", "呼延", "端木", "西门",
    "歐陽", "司馬", "諸葛", "東方", "尉遲", "長孫", "夏侯", "公孫", "軒轅", "獨孤", "南宮", "萬俟",
    "單于", "澹臺", "西門",
})

# The common single-character surnames (about the hundred most frequent, plus the readings above), in
# simplified then traditional characters. A short Han name starting with one is taken for a person's.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单解仇区朴查乐盖缪种员召黑秘句艾"
    "張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇魏呂盧鍾譚陸賈韋鄒閆龍陶賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯"
    "歐關蘭紀畢單區樂蓋繆員"
) | _COMPOUND_SURNAMES

# Last characters of place and organisation names (city, county, road, bureau...) that given names
# practically never end with: 张家口 and 石河子市 are places, although they start with a surname.
_PLACE_SUFFIXES = "市县区省州镇乡村路街局厅委所处厂站司校院口"

# "And" in names of organisations (人力资源和社会保障局): a word of its own in pinyin.
_CONJUNCTIONS = "和与及"

# Longest place name still romanised as one word (Xinjiang, Wulumuqi, Shihezi).
_MAX_ONE_WORD = 4


@functools.lru_cache(maxsize=65_536)
def _syllables(han: str) -> tuple[str, ...]:
    """Toneless pinyin of a Han run, one lowercase syllable per character (ü written u, as folded).

    Cached: names reuse a small set of surnames, given names and place words, and pypinyin costs
    most of the build's entity-indexing time without the cache."""
    # errors: a character pypinyin does not know stays as itself, one item per character, so the
    # syllables stay aligned with the characters.
    out = lazy_pinyin(han, style=Style.NORMAL, v_to_u=True, errors=list)
    return tuple(syllable.replace("ü", "u") for syllable in out)


def _surname_split(han: str) -> tuple[str, str] | None:
    """(surname, given name) if the run looks like a Chinese person's name, else None."""
    if han[-1] in _PLACE_SUFFIXES:
        return None
    for size in (2, 1):
        surname, given = han[:size], han[size:]
        if surname in _SURNAMES and 1 <= len(given) <= 2:
            return surname, given
    return None


def _person_forms(surname: str, given: str) -> list[str]:
    """Chen Quanguo and Chen Quan Guo: surname apart, given name joined, then every syllable apart."""
    family = [_SURNAME_READINGS[surname]] if surname in _SURNAME_READINGS else list(_syllables(surname))
    personal = list(_syllables(given))  # converted apart, so the surname cannot pull it into a phrase
    return ["".join(family) + " " + "".join(personal), " ".join(family + personal)]


def _words(han: str) -> list[str]:
    """A best-effort split of a long name into words, for Xinjiang Shengchan Jianshe Bingtuan.

    The words pypinyin's phrase dictionary knows (新疆, 自治区; at most _MAX_ONE_WORD characters, so
    that a whole name in it is still split) are taken longest first; it lists only words whose reading
    it needs, so the characters between them are grouped by _loose_words."""
    words: list[str] = []
    loose = ""
    i = 0
    while i < len(han):
        word = next((han[i:i + size] for size in range(_MAX_ONE_WORD, 1, -1)
                     if i + size <= len(han) and han[i:i + size] in PHRASES_DICT), None)
        if word:
            words += _loose_words(loose) + [word]
            loose = ""
            i += len(word)
        else:
            loose += han[i]
            i += 1
    return words + _loose_words(loose)


def _loose_words(chars: str) -> list[str]:
    """Characters no dictionary word covers, as words: a conjunction stands alone, a place or
    organisation suffix ends a word (市公安局 -> 市 公安局), and the rest is paired, two characters
    being the commonest word length; an odd character joins the word before it (维吾尔 -> weiwuer)."""
    chunks = re.findall(f"[{_CONJUNCTIONS}]|[^{_CONJUNCTIONS}]*?[{_PLACE_SUFFIXES}]|[^{_CONJUNCTIONS}]+",
                        chars)
    words: list[str] = []
    for chunk in chunks:
        pairs = [chunk[i:i + 2] for i in range(0, len(chunk), 2)]
        if len(pairs) > 1 and len(pairs[-1]) == 1:
            pairs[-2:] = [pairs[-2] + pairs[-1]]
        words += pairs
    return words


def _run_forms(han: str, in_foreign_name: bool) -> list[str]:
    """The romanised forms of one run of Han characters, the likeliest first."""
    han = unicodedata.normalize("NFKC", han)  # compatibility ideographs to the unified ones
    person = None if in_foreign_name else _surname_split(han)
    if person:
        return _person_forms(*person)
    syllables = _syllables(han)
    split = " ".join(syllables)
    if in_foreign_name or len(han) <= _MAX_ONE_WORD:
        return _unique(["".join(syllables), split])
    words = " ".join("".join(_syllables(word)) for word in _words(han))
    return _unique([words, split])


def pinyin_forms(name: str) -> list[str]:
    """Pinyin forms of a name containing Han characters, lowercase and toneless; [] if it has none.

    陈全国 -> ["chen quanguo", "chen quan guo"]; 新疆 -> ["xinjiang", "xin jiang"]. Text other than Han
    characters is kept as it is (a middle dot between name parts becomes a space)."""
    runs = list(_HAN_RUN.finditer(name))
    if not runs:
        return []
    foreign = any(dot in name for dot in _NAME_DOTS)
    pieces: list[list[str]] = []
    pos = 0
    for run in runs:
        pieces.append([name[pos:run.start()]])
        pieces.append(_run_forms(run.group(), foreign))
        pos = run.end()
    pieces.append([name[pos:]])
    # Form i takes every run's i-th form (or its last): the forms are alternative spellings of the
    # whole name, not every combination of the runs' spellings.
    count = max(len(forms) for forms in pieces)
    return _unique(_join([forms[min(i, len(forms) - 1)] for forms in pieces]) for i in range(count))


def _join(parts: list[str]) -> str:
    """Concatenate pinyin and kept text, with spaces where pinyin would touch other letters."""
    text = " ".join(parts)  # a space around every run of pinyin...
    for dot in _NAME_DOTS:
        text = text.replace(dot, " ")
    return " ".join(text.split())  # ...and spaces collapsed where there already was one


# --- Uyghur: Arabic script to Uyghur Latin Yéziqi ---------------------------------------------------

# The Uyghur Arabic-script alphabet (UEY) letter by letter, in folded form (archive.text.fold has
# already turned presentation forms into these letters and Farsi yeh into ى).
_ULY = str.maketrans({
    "ا": "a", "ە": "e", "ب": "b", "پ": "p", "ت": "t", "ج": "j", "چ": "ch", "خ": "x", "د": "d",
    "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
    "گ": "g", "ڭ": "ng", "ل": "l", "م": "m", "ن": "n", "ھ": "h", "و": "o", "ۇ": "u", "ۆ": "ö",
    "ۈ": "ü", "ۋ": "w", "ې": "é", "ى": "i", "ي": "y",
    # Keyboard look-alikes: Persian kaf, and Arabic heh typed for the Uyghur ە at a word's end.
    "ک": "k", "ه": "e",
    "،": ",", "؛": ";", "؟": "?",
})

# The hamza carrier: silent at the start of a word (a word cannot start with a vowel letter alone).
_HAMZA = "ئ"
_ARABIC_WORD = re.compile("[\u0620-\u06ff]+")
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5]")

# Two ULY letters that would read as one of the digraphs gh ng sh zh (ن+گ is n'g, not ng) are kept
# apart with an apostrophe, as ULY prescribes. (c only occurs in ch, so ch cannot arise by accident.)
_DIGRAPH_CLASHES = frozenset({"ng", "gh", "sh", "zh"})

# Letter and its ASCII stand-in, for the form typed without accents.
_ASCII = str.maketrans({"é": "e", "ö": "o", "ü": "u", "'": None})


def _uly_word(word: str) -> str:
    """ULY of one folded Uyghur word: a silent ئ at the start, an apostrophe where it falls inside."""
    if word.startswith(_HAMZA):
        word = word[1:]
    # Letter by letter, so that the apostrophe rule sees where one letter ends and the next begins.
    letters = [_HAMZA if ch == _HAMZA else ch.translate(_ULY) for ch in word]
    out = ""
    for letter in letters:
        if letter == _HAMZA:
            out += "'"  # a hamza inside a word marks a syllable break (sa'et, jem'iyet)
        elif out[-1:] + letter[:1] in _DIGRAPH_CLASHES:
            out += "'" + letter
        else:
            out += letter
    return unicodedata.normalize("NFC", out)


def uly_forms(name: str) -> list[str]:
    """Uyghur Arabic script to ULY, lowercase, then the same without accents; [] if not Arabic script.

    قەشقەر -> ["qeshqer"]; ئۈرۈمچى -> ["ürümchi", "urumchi"]. Presentation forms, harakat and other
    variants are folded first (archive.text.fold), so text extracted from PDFs gives the same result."""
    folded = fold(name)
    if not _ARABIC_LETTER.search(folded):
        return []
    uly = _ARABIC_WORD.sub(lambda m: _uly_word(m.group()), folded)
    return _unique([uly, uly.translate(_ASCII)])


# --- Both -------------------------------------------------------------------------------------------

def transliterations(name: str) -> list[str]:
    """Every romanised form of `name` (pinyin, then ULY), without repeats and without `name` itself."""
    return [form for form in _unique(pinyin_forms(name) + uly_forms(name)) if form != name]


def _unique(forms: Iterable[str]) -> list[str]:
    """The forms in order, each once, empty ones dropped."""
    return [form for form in dict.fromkeys(forms) if form]
