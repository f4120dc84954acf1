"""Synthetic reports for the scale corpus: English-like prose with Chinese and Uyghur paragraphs and
sentences naming entities, sized 3–10 KB, as plain text, Markdown or HTML."""

import dataclasses
import functools
import html
import itertools
import random

import lexicon as lx
from corpus_entities import FIRST_DAY, LAST_DAY, latin_name, random_date

REPORT_FORMATS = {"txt": 50, "md": 30, "html": 20}
# Target sizes in bytes. The filler stops at most one sentence short of the target, so every file
# lands between 3 KiB and 10 kB whichever way a kilobyte is counted.
REPORT_TARGET_MIN, REPORT_TARGET_MODE, REPORT_TARGET_MAX = 3_450, 5_000, 9_900
# Invented words give the prose the long tail of rare terms that real text has, so that index size
# and fuzzy matching see a realistic number of distinct terms; they make up PSEUDO_SHARE of running text.
PSEUDO_WORDS = 20_000
PSEUDO_SHARE = 0.12
ZIPF_EXPONENT = 0.9


def zipf_weights(count, total):
    """Zipf weights for ranks 1..count, scaled to sum to `total`."""
    weights = [rank ** -ZIPF_EXPONENT for rank in range(1, count + 1)]
    scale = total / sum(weights)
    return [w * scale for w in weights]


def pseudo_words(rng, count):
    """`count` distinct English-looking invented words."""
    words, seen = [], set(lx.ENGLISH_WORDS)
    while len(words) < count:
        word = "".join(rng.choice(lx.PSEUDO_ONSETS) + rng.choice(lx.PSEUDO_VOWELS)
                       for _ in range(rng.randint(1, 3))) + rng.choice(lx.PSEUDO_ENDINGS)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


@functools.lru_cache(maxsize=None)
def english_vocabulary(seed):
    """Real words, then invented ones, with cumulative weights (built once per process)."""
    invented = pseudo_words(random.Random(f"{seed}:vocabulary"), PSEUDO_WORDS)
    weights = (zipf_weights(len(lx.ENGLISH_WORDS), 1 - PSEUDO_SHARE)
               + zipf_weights(len(invented), PSEUDO_SHARE))
    return lx.ENGLISH_WORDS + invented, list(itertools.accumulate(weights))


def english_sentence(rng, seed):
    """6–22 Zipf-distributed words, capitalised, sometimes with a comma."""
    words, cum_weights = english_vocabulary(seed)
    picked = rng.choices(words, cum_weights=cum_weights, k=rng.randint(6, 22))
    if len(picked) > 8 and rng.random() < 0.4:
        picked[rng.randint(3, len(picked) - 4)] += ","
    return " ".join(picked).capitalize() + "."


def chinese_sentence(rng, seed):
    """Chinese words and particles without spaces, with a comma and a full stop."""
    parts = []
    for _ in range(rng.randint(6, 16)):
        parts.append(rng.choice(lx.CHINESE_WORDS))
        if rng.random() < 0.3:
            parts.append(rng.choice(lx.CHINESE_PARTICLES))
    parts.insert(len(parts) // 2, "，")
    return "".join(parts) + "。"


def uyghur_sentence(rng, seed):
    """Uyghur Arabic-script words with an Arabic comma."""
    words = [rng.choice(lx.UYGHUR_WORDS) for _ in range(rng.randint(5, 14))]
    words[len(words) // 2] += "،"
    return " ".join(words) + "."


SENTENCE_MAKERS = {"en": english_sentence, "zh": chinese_sentence, "ug": uyghur_sentence}


@dataclasses.dataclass
class Block:
    """A heading or paragraph of one language, kept as sentences until rendered."""
    kind: str
    lang: str
    sentences: list

    def text(self):
        """The block's text; Chinese sentences join without spaces."""
        return ("" if self.lang == "zh" else " ").join(self.sentences)


HTML_OPEN = {"en": "<p>", "zh": '<p lang="zh">', "ug": '<p lang="ug" dir="rtl">'}


def render_block(fmt, block):
    """One block in the report's format, including the separator that follows it."""
    text = block.text()
    if fmt == "html":
        if block.kind == "h":
            return f"<h2>{html.escape(text, quote=False)}</h2>\n"
        return f"{HTML_OPEN[block.lang]}{html.escape(text, quote=False)}</p>\n"
    return f"## {text}\n\n" if block.kind == "h" else f"{text}\n\n"


def render_report(fmt, title, blocks):
    """The whole report file; its size is the wrapper's plus each rendered block's."""
    body = "".join(render_block(fmt, b) for b in blocks)
    if fmt == "html":
        head = (f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
                f"<title>{html.escape(title)}</title></head>\n<body>\n<h1>{html.escape(title)}</h1>\n")
        return head + body + "</body>\n</html>\n"
    if fmt == "md":
        return f"# {title}\n\n{body}"
    return f"{title}\n{'=' * len(title)}\n\n{body}"


def utf8_len(text):
    """Size of text in bytes once written."""
    return len(text.encode("utf-8"))


def paragraph_language(rng, index, languages):
    """English first; each other language present gets an early paragraph, then random ones."""
    others = [lang for lang in languages if lang != "en"]
    if index == 0 or not others:
        return "en"
    if index <= len(others):
        return others[index - 1]
    return rng.choice(others) if rng.random() < 0.3 else "en"


def fill_blocks(rng, seed, fmt, languages, budget):
    """Paragraphs (and, outside plain text, section headings) until `budget` bytes are used."""
    blocks, used = [], 0
    for index in itertools.count():
        if fmt != "txt" and index and index % 4 == 0:
            heading = Block("h", "en", [english_sentence(rng, seed).rstrip(".")])
            used += utf8_len(render_block(fmt, heading))
            blocks.append(heading)
        block = Block("p", paragraph_language(rng, index, languages), [])
        make_sentence, paragraph_target = SENTENCE_MAKERS[block.lang], rng.randint(300, 1000)
        while True:
            block.sentences.append(make_sentence(rng, seed))
            cost = utf8_len(render_block(fmt, block))
            if used + cost > budget:
                block.sentences.pop()
                if block.sentences:
                    blocks.append(block)
                # An empty heading left behind would render as "##"; drop it.
                return blocks if blocks[-1].kind == "p" else blocks[:-1]
            if cost >= paragraph_target:
                break
        blocks.append(block)
        used += cost


def mention_sentences(rng, pool):
    """Sentences naming 2–10 distinct entities, each once or twice, in any of its name forms."""
    sentences = []
    for entity_index in rng.sample(range(len(pool)), min(len(pool), rng.randint(2, 10))):
        names = pool[entity_index][1]
        for _ in range(rng.choice((1, 1, 2))):
            name = rng.choice(names)
            if len(names) > 1 and rng.random() < 0.3:
                name = f"{name} ({rng.choice([n for n in names if n != name])})"
            template = rng.choice(lx.MENTION_TEMPLATES)
            sentences.append(template.format(name=name, a=rng.choice(lx.ENGLISH_WORDS),
                                             b=rng.choice(lx.ENGLISH_WORDS)))
    return sentences


def insertion_cost(fmt, sentence):
    """Bytes that inserting `sentence` into an English paragraph adds: exactly " " + sentence as
    rendered, wherever it goes, since HTML escaping works character by character."""
    before = utf8_len(render_block(fmt, Block("p", "en", [""])))
    return utf8_len(render_block(fmt, Block("p", "en", ["", sentence]))) - before


def report_languages(index):
    """Exactly 20% of reports carry Chinese paragraphs and 10% Uyghur ones (by index, so that even
    a corpus of 30 reports has some of each)."""
    slot = index % 10
    return ["en", "zh"] if slot in (1, 6) else ["en", "ug"] if slot == 3 else ["en"]


def report_title(rng):
    """A title such as "Surveillance systems in Aksu: findings 2019-417"."""
    return (f"{rng.choice(lx.REPORT_TOPICS)} in {rng.choice(lx.PLACES)[0]}: "
            f"{rng.choice(('findings', 'testimony', 'records', 'field notes'))} "
            f"{rng.randint(2014, 2024)}-{rng.randint(1, 999)}")


def make_report(index, seed, pool):
    """(file name, text, sidecar) of report `index`, 3–10 KB, mentioning 2–10 entities."""
    rng = random.Random(f"{seed}:report:{index}")
    fmt = rng.choices(list(REPORT_FORMATS), weights=list(REPORT_FORMATS.values()))[0]
    languages = report_languages(index)
    title = report_title(rng)
    mentions = mention_sentences(rng, pool)
    target = round(rng.triangular(REPORT_TARGET_MIN, REPORT_TARGET_MAX, REPORT_TARGET_MODE))
    # Mentions go in after the filler, so their bytes are set aside first.
    reserved = sum(insertion_cost(fmt, sentence) for sentence in mentions)
    budget = target - utf8_len(render_report(fmt, title, [])) - reserved
    blocks = fill_blocks(rng, seed, fmt, languages, budget)
    english = [b for b in blocks if b.kind == "p" and b.lang == "en"]
    for sentence in mentions:
        paragraph = rng.choice(english)
        paragraph.sentences.insert(rng.randint(0, len(paragraph.sentences)), sentence)
    sidecar = {"title": title, "date": random_date(rng, FIRST_DAY, LAST_DAY),
               "source": rng.choice(lx.REPORT_SOURCES), "language": "en",
               "authors": [latin_name(rng) for _ in range(rng.randint(1, 3))], "synthetic": True}
    if len(languages) > 1:
        sidecar["languages"] = languages
    return f"report-{index:06d}.{fmt}", render_report(fmt, title, blocks), sidecar
