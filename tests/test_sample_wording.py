"""The sample archive is written in its own words (issue 23, review row E1).

Every report text, title, source line and caption, and every entity property of the built sample is compared
with long phrases from the public documents the sample summarises. Sharing a run of eight or more words with
one of them fails, apart from official names and titles (OFFICIAL_NAMES), which may be repeated exactly.

Words are compared case-insensitively with punctuation ignored (apostrophes dropped, hyphens and quotes read
as spaces). In Chinese, where words are not spaced, each Han character counts as two thirds of a word, so a
run of 12 characters counts as eight words.

The phrases below were written down from the public record, offline, as the editors know it; they may
differ in small details from the published texts, which is enough to catch a near-verbatim restatement.
Keep each under about 40 words: this is a tripwire, not a copy of the documents.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

import pytest

RUN = 8  # words in common that count as copying
_LATIN, _HAN = 3, 2  # weights in thirds of a word
_THRESHOLD = RUN * 3

PUBLIC_PHRASES: dict[str, list[str]] = {
    "OHCHR assessment of 31 August 2022, conclusions": [
        "Serious human rights violations have been committed in XUAR in the context of the Government's "
        "application of counter-terrorism and counter-\"extremism\" strategies.",
        "The implementation of these strategies, and associated policies in XUAR has led to interlocking "
        "patterns of severe and undue restrictions on a wide range of human rights.",
        "These patterns of restrictions are characterized by a discriminatory component, as the underlying "
        "acts often directly or indirectly affect Uyghur and other predominantly Muslim communities.",
        "The extent of arbitrary and discriminatory detention of members of Uyghur and other predominantly "
        "Muslim groups, pursuant to law and policy,",
        "in context of restrictions and deprivation more generally of fundamental rights enjoyed individually "
        "and collectively, may constitute international crimes, in particular crimes against humanity.",
        "Allegations of patterns of torture or ill-treatment, including forced medical treatment and adverse "
        "conditions of detention, are credible, as are allegations of individual incidents of sexual and "
        "gender-based violence.",
        "The human rights situation in XUAR also requires urgent attention by the Government, the United "
        "Nations intergovernmental bodies and the human rights system, as well as the international community "
        "more broadly.",
    ],
    "OHCHR assessment of 31 August 2022, recommendations": [
        "Take prompt steps to release all individuals arbitrarily deprived of their liberty in XUAR, whether "
        "in VETCs, prisons or other detention facilities;",
        "Urgently clarify the whereabouts of individuals whose families have been seeking information about "
        "their loved ones in XUAR,",
        "Undertake a full review of the legal framework governing national security, counter-terrorism and "
        "minority rights in XUAR,",
    ],
    # The assessment was published in English. These are literal Chinese renderings of the same conclusion
    # sentences, so that a sentence-for-sentence translation is caught as well.
    "OHCHR assessment, conclusions rendered literally in Chinese": [
        "在政府适用反恐和反“极端主义”战略的背景下，新疆维吾尔自治区发生了严重侵犯人权的行为。",
        "对维吾尔族和其他以穆斯林为主的群体成员的任意和歧视性拘留的程度，在基本权利受到限制和剥夺的背景下，"
        "可能构成国际罪行，特别是危害人类罪。",
        "有关酷刑或虐待模式的指控是可信的，有关个别性暴力和基于性别的暴力事件的指控也是可信的。",
    ],
    "US Treasury press release of 9 July 2020": [
        "Reports of egregious abuses in Xinjiang include, but are not limited to, mass arbitrary detention "
        "and severe physical abuse, among other serious human rights abuses targeting Uyghurs,",
        "The United States is committed to using the full breadth of its financial powers to hold human "
        "rights abusers accountable in Xinjiang and across the world.",
        "Wang Mingshan is the current Director and Communist Party Secretary of the XPSB.",
    ],
    "US State Department statement of 9 July 2020": [
        "The United States will not stand idly by as the CCP carries out human rights abuses targeting "
        "Uyghurs, ethnic Kazakhs, and members of other minority groups in Xinjiang,",
        "to include forced labor, arbitrary mass detention, and forced population control, and attempts to "
        "erase their culture and Muslim faith.",
    ],
    "US Treasury press release of 31 July 2020": [
        "The XPCC is a paramilitary organization in the XUAR that is subordinate to the Chinese Communist Party.",
    ],
    "EU, UK and Canadian listings and statements of 22 March 2021": [
        "responsible for serious human rights violations in China, in particular large-scale arbitrary "
        "detentions and degrading treatment inflicted upon Uyghurs and people from other Muslim ethnic "
        "minorities,",
        "as well as systematic violations of their freedom of religion or belief.",
        "The evidence, including from the Chinese Government's own documents, satellite imagery, and "
        "eyewitness testimony is overwhelming.",
        "China's extensive program of repression includes severe restrictions on religious freedoms, the use "
        "of forced labour, mass detention in internment camps, forced sterilisations, and the concerted "
        "destruction of Uyghur heritage.",
        "Mounting evidence points to systemic, state-led human rights violations by Chinese authorities.",
    ],
    "PRC Ministry of Foreign Affairs announcement of 22 March 2021": [
        "the Chinese side decides to sanction 10 individuals and 4 entities on the EU side that severely harm "
        "China's sovereignty and interests and maliciously spread lies and disinformation.",
        "The individuals concerned and their families are prohibited from entering the mainland, Hong Kong "
        "and Macao of China.",
        "They and companies and institutions associated with them are also restricted from doing business "
        "with China.",
        "This move, based on nothing but lies and disinformation, disregards and distorts facts, grossly "
        "interferes in China's internal affairs, flagrantly breaches international law",
        "中方决定对欧方严重损害中方主权和利益、恶意传播谎言和虚假信息的10名人员和4个实体实施制裁。",
        "有关人员及其家属被禁止入境中国内地和香港、澳门，他们及其关联企业、机构也已被限制同中国进行交往。",
        "该措施以谎言和虚假信息为依据，罔顾和歪曲事实，粗暴干涉中国内政，严重违反国际法和国际关系基本准则，"
        "严重损害中欧关系。",
    ],
    "Xinjiang Police Files release of 24 May 2022": [
        "Thousands of photos from the heart of China's highly secretive system of mass incarceration in "
        "Xinjiang, as well as a shoot-to-kill policy for those who try to escape,",
        "are among a huge cache of data hacked from police computer servers in the region.",
    ],
}

# Official names and titles of people, bodies, posts, laws, programmes and documents. They may appear
# word for word; a run of common words is broken where one of them stands.
OFFICIAL_NAMES: list[str] = [
    # bodies
    "Office of the United Nations High Commissioner for Human Rights", "United Nations High Commissioner for "
    "Human Rights", "UN High Commissioner for Human Rights", "High Commissioner for Human Rights",
    "United Nations Human Rights Council", "Xinjiang Uyghur Autonomous Region", "Xinjiang Public Security Bureau",
    "Xinjiang Production and Construction Corps", "XPCC Public Security Bureau", "Chinese Communist Party",
    "Ministry of Foreign Affairs of the People's Republic of China", "People's Republic of China",
    "Council of the European Union", "Political and Security Committee", "European Parliament Subcommittee on "
    "Human Rights", "Mercator Institute for China Studies", "Alliance of Democracies Foundation",
    "Political and Legal Affairs Commission", "Office of Foreign Assets Control", "Department of the Treasury",
    "Department of State", "Customs and Border Protection", "Victims of Communism Memorial Foundation",
    "Helena Kennedy Centre for International Justice",
    # posts
    "Deputy Party Secretary and Commander", "Deputy Party Secretary", "Party Secretary",
    "Vocational Skills Education and Training Centres", "Vocational Skills Education and Training Centre",
    # laws, programmes and documents
    "Global Magnitsky Human Rights Accountability Act", "EU Global Human Rights Sanctions Regime",
    "Global Human Rights Sanctions Regulations 2020", "Special Economic Measures Act",
    "Uyghur Forced Labor Prevention Act", "Comprehensive Agreement on Investment",
    "assessment of human rights concerns in the Xinjiang Uyghur Autonomous Region",
    # Chinese
    "联合国人权事务高级专员办事处", "联合国人权事务高级专员", "联合国人权理事会", "新疆维吾尔自治区公安厅",
    "新疆维吾尔自治区", "新疆生产建设兵团公安局", "新疆生产建设兵团", "中华人民共和国外交部", "职业技能教育培训中心",
]

_HAN_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W_]+")
_APOSTROPHES = re.compile(r"['’‘ʼ`]")


def tokens(text: str) -> list[str]:
    """Lower-cased words (each Han character on its own), punctuation ignored."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _APOSTROPHES.sub("", text)
    return _TOKEN.findall(text)


_NAMES = sorted({tuple(tokens(n)) for n in OFFICIAL_NAMES}, key=len, reverse=True)


def segments(text: str) -> list[list[str]]:
    """The text's words, cut wherever an official name or title stands (the name itself is left out)."""
    words = tokens(text)
    out: list[list[str]] = [[]]
    i = 0
    while i < len(words):
        for name in _NAMES:
            if tuple(words[i:i + len(name)]) == name:
                out.append([])
                i += len(name)
                break
        else:
            out[-1].append(words[i])
            i += 1
    return [s for s in out if s]


def _weight(word: str) -> int:
    return _HAN if _HAN_CHAR.fullmatch(word) else _LATIN


def _windows(text: str) -> Iterator[tuple[list[str], int, int]]:
    """(segment, start, end) for the shortest run of words at each position that weighs eight words."""
    for seg in segments(text):
        weights = [_weight(w) for w in seg]
        end, total = 0, 0
        for start in range(len(seg)):
            while end < len(seg) and total < _THRESHOLD:
                total += weights[end]
                end += 1
            if total < _THRESHOLD:
                break
            yield seg, start, end
            total -= weights[start]


def runs(text: str) -> Iterator[tuple[str, ...]]:
    """Every shortest run of eight words' weight in the text (one per starting word)."""
    for seg, start, end in _windows(text):
        yield tuple(seg[start:end])


def _index() -> dict[tuple[str, ...], str]:
    index: dict[tuple[str, ...], str] = {}
    for source, phrases in PUBLIC_PHRASES.items():
        for phrase in phrases:
            for run in runs(phrase):
                index.setdefault(run, source)
    return index


PUBLIC_RUNS = _index()


def _join(words: list[str]) -> str:
    return "".join(words) if all(_HAN_CHAR.fullmatch(w) for w in words) else " ".join(words)


def copied_runs(text: str) -> list[tuple[str, str]]:
    """(source document, words) for each longest run of eight or more words the text shares with a public
    phrase (overlapping hits in the text are reported as one run)."""
    found: list[tuple[str, str]] = []
    last: tuple[list[str], int, int, str] | None = None  # segment, start, end, source
    for seg, start, end in _windows(text):
        source = PUBLIC_RUNS.get(tuple(seg[start:end]))
        if source is None:
            continue
        if last is not None and last[0] is seg and start < last[2]:
            last = (seg, last[1], max(end, last[2]), last[3])
            found[-1] = (last[3], _join(seg[last[1]:last[2]]))
        else:
            last = (seg, start, end, source)
            found.append((source, _join(seg[start:end])))
    return found


def sample_texts(archive) -> Iterable[tuple[str, str]]:
    """(where, text) for every item's text, title, source and caption and every entity property value."""
    for item in archive.items.list(limit=100_000):
        yield f"{item.id} (text)", archive.items.text(item.id)
        for field in ("title", "source", "caption"):
            value = getattr(item, field)
            if value:
                yield f"{item.id} ({field})", value
    for entity in archive.entities.iter_all():
        for prop, values in entity.properties.items():
            for value in values:
                yield f"{entity.id}.{prop}", value


def test_the_phrase_list_is_long_enough_to_catch_something():
    assert all(sum(1 for _ in runs(p)) for phrases in PUBLIC_PHRASES.values() for p in phrases)
    assert all(sum(map(_weight, tokens(p))) <= 45 * 3 for phrases in PUBLIC_PHRASES.values() for p in phrases)


@pytest.mark.parametrize("text", [
    # Sentences the sample's OHCHR summaries used before issue 23: close restatements, caught.
    "OHCHR concluded that serious human rights violations had been committed in the region in the context of "
    "the government's application of its counter-terrorism and counter-\"extremism\" strategies.",
    "It found credible the allegations of patterns of torture or other ill-treatment, and of individual "
    "incidents of sexual and gender-based violence.",
    "评估认为，在基本权利受到限制的背景下，任意和歧视性拘留的规模可能构成国际罪行，特别是危害人类罪。",
])
def test_a_close_restatement_is_caught(text):
    assert copied_runs(text)


@pytest.mark.parametrize("text", [
    # Official names and titles may be repeated; seven words in common are not a copy.
    "the Office of the United Nations High Commissioner for Human Rights published its assessment of human "
    "rights concerns in the Xinjiang Uyghur Autonomous Region",
    "The Office said the detention may amount to crimes against humanity.",
    "serious human rights violations had been committed in the region",
])
def test_names_titles_and_short_runs_are_not_copying(text):
    assert copied_runs(text) == []


def test_an_official_name_or_title_breaks_a_run():
    assert segments("Wang Mingshan, the Party Secretary of the Xinjiang Public Security Bureau, in 2020") == [
        ["wang", "mingshan", "the"], ["of", "the"], ["in", "2020"]]
    assert segments("由新疆维吾尔自治区公安厅负责") == [["由"], ["负", "责"]]


def test_the_sample_shares_no_long_phrase_with_the_public_documents(sample):
    found = [f"{where}: {words!r} (from the {source})"
             for where, text in sample_texts(sample) for source, words in copied_runs(text)]
    assert not found, ("The sample restates public documents word for word; rewrite these passages in our own "
                       "words:\n  " + "\n  ".join(found))
