"""Relevance criteria of the judged queries over the 1x scale corpus (see make_judgements.py).

The corpus is made by `python benchmarks/make_corpus.py OUT --scale 1` (seeded, so the same on every
machine): 10,000 reports and 10,000 images of generated text, 100,000 entity records with names in
Latin, Chinese and Uyghur script. Its text is filler around the names and topics it plants, so a
document is relevant when it names the person or carries the topic, as the criteria below say.
"""

QUERIES = [
    ("name-latin", "abdudir aytulla"),
    ("name-latin", "abduhemit qaxan"),
    ("name-chinese", "阿卜杜别克·热合亚尔"),
    ("name-uyghur", "ئابدۇبەگ پازات"),
    ("topic", "detention facilities korla"),
    ("topic", "surveillance tekes"),
    ("phrase", '"family separation"'),
    ("forms", "surveillance system"),
]

PATTERNS = {
    "abdudir aytulla": [r"abdudir aytulla", "ئابدۇدىر ئايتۇللا", "阿卜杜迪尔·阿依吐拉"],
    "abduhemit qaxan": [r"abduhemit qaxan", "ئابدۇھېمىت قاخان", "阿卜杜海米提·卡汗"],
    "阿卜杜别克·热合亚尔": [r"abdubeg rahyar", "ئابدۇبەگ راھيار", "阿卜杜别克·热合亚尔"],
    "ئابدۇبەگ پازات": [r"abdubeg pazat", "ئابدۇبەگ پازات", "阿卜杜别克·帕扎提"],
    "detention facilities korla": [[r"detention facilit"], [r"korla"]],
    "surveillance tekes": [[r"surveillance"], [r"tekes"]],
    '"family separation"': [r"family separation"],
    "surveillance system": [[r"surveillance systems?\b"]],
}

DATES = {}
IN_PASSING = set()
OVERRIDES = {}
