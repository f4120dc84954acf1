"""Synthetic FtM entity records for the scale corpus: names in three scripts, references that resolve."""

import csv
import datetime
import hashlib
import json
import random

import lexicon as lx
from archive import ftm

SYNTHETIC_NOTE = "Synthetic benchmark record"

# Share of each schema among the entity records; Person takes whatever the others leave.
ENTITY_SHARES = {
    "Address": 0.08, "Organization": 0.05, "PublicBody": 0.04, "Position": 0.05,
    "Occupancy": 0.08, "Membership": 0.05, "Sanction": 0.03,
}
# Generation order: a schema's records may refer only to schemata generated before it.
ENTITY_ORDER = ["Address", "Person", "Organization", "PublicBody", "Position", "Occupancy",
                "Membership", "Sanction"]
MENTIONABLE = ("Person", "Organization", "PublicBody")
CSV_SCHEMAS = ("Person", "Organization", "PublicBody", "Position")
CSV_SHARE = 0.10
JSONL_PART_SIZE = 10_000

# Reports and images are dated across these years.
FIRST_DAY, LAST_DAY = datetime.date(2014, 1, 1), datetime.date(2024, 12, 31)


def random_date(rng, first, last, precision=(0.8, 0.15)):
    """An ISO date between first and last, sometimes only to the month or year as sources give it."""
    day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    roll = rng.random()
    if roll < precision[0]:
        return day.isoformat()
    return day.isoformat()[:7] if roll < sum(precision) else str(day.year)


# ---------------------------------------------------------------- names

def han_name(rng):
    """A 2–3 character Chinese name and its pinyin, e.g. ("陈全国", "Chen Quanguo")."""
    surname, surname_py = rng.choice(lx.HAN_SURNAMES)
    given = [rng.choice(lx.HAN_GIVEN) for _ in range(rng.choice((1, 2, 2, 2)))]
    syllables = [py for _, py in given]
    # Pinyin marks a syllable boundary before a vowel-initial syllable: Jun'an, not Junan.
    given_py = syllables[0] + "".join(("'" if s[0] in "aeo" else "") + s for s in syllables[1:])
    return surname + "".join(ch for ch, _ in given), f"{surname_py} {given_py.capitalize()}"


def uyghur_given_name(rng):
    """One Uyghur given name in Arabic script, ULY Latin and Chinese transliteration."""
    head, tail = rng.choice(lx.UYGHUR_HEADS), rng.choice(lx.UYGHUR_TAILS)
    return tuple(head[i] + tail[i] for i in range(3))


def uyghur_name(rng):
    """A Uyghur name (own name + father's name) as (Arabic script, Latin, Hanzi)."""
    own, father = uyghur_given_name(rng), uyghur_given_name(rng)
    return f"{own[0]} {father[0]}", f"{own[1]} {father[1]}", f"{own[2]}·{father[2]}"


def latin_name(rng):
    """A Latin-script name for authors and the minority of non-Chinese people."""
    return f"{rng.choice(lx.LATIN_FIRST)} {rng.choice(lx.LATIN_LAST)}"


def person_names(rng):
    """(name, aliases, ethnicity): the primary name's script varies, aliases give the other scripts."""
    roll = rng.random()
    if roll < 0.5:
        hanzi, pinyin = han_name(rng)
        forms = [hanzi, pinyin] if rng.random() < 0.5 else [pinyin, hanzi]
        return forms[0], forms[1:], "Han"
    if roll < 0.9:
        arabic, latin, hanzi = uyghur_name(rng)
        forms = [arabic, latin, hanzi] if rng.random() < 0.5 else [latin, arabic, hanzi]
        return forms[0], forms[1:], "Uyghur"
    return latin_name(rng), [], None


# ---------------------------------------------------------------- entities

def entity_id(seed, schema, index):
    """A stable id; hashed so ids arrive in random order, as real FtM ids (SHA-1 hex) do."""
    digest = hashlib.sha1(f"{seed}:{schema}:{index}".encode()).hexdigest()[:16]
    return f"syn-{schema.lower()}-{digest}"


def schema_counts(total):
    """How many records of each schema make up `total`."""
    counts = {schema: max(1, round(total * share)) for schema, share in ENTITY_SHARES.items()}
    counts["Person"] = total - sum(counts.values())
    if counts["Person"] < 1:
        raise ValueError(f"need at least {total - counts['Person'] + 1} entities, got {total}")
    return counts


def make_address(rng, index, ctx):
    """Address properties; `full` rather than `name`, as real FtM addresses mostly are."""
    place_en, place_zh, _ = rng.choice(lx.PLACES)
    street_en, street_zh = rng.choice(lx.STREETS)
    number = rng.randint(1, 400)
    return {"full": [f"No. {number} {street_en}, {place_en}, Xinjiang, China"],
            "alias": [f"新疆{place_zh}{street_zh}{number}号"],
            "street": [f"{number} {street_en}"], "city": [place_en], "country": ["cn"]}


def make_person(rng, index, ctx):
    """Person properties with names in one script and aliases in the others."""
    name, aliases, ethnicity = person_names(rng)
    props = {"name": [name]}
    if aliases:
        props["alias"] = aliases
    props["gender"] = [rng.choice(("male", "female"))]
    props["birthDate"] = [random_date(rng, datetime.date(1950, 1, 1), datetime.date(1995, 12, 31),
                                      precision=(0.4, 0.3))]
    props["nationality"] = ["cn"] if ethnicity else [rng.choice(("gb", "de", "us", "fr", "ca"))]
    if ethnicity:
        props["ethnicity"] = [ethnicity]
    props["position"] = [rng.choice(lx.ROLES)[0]]
    if rng.random() < 0.6:
        props["addressEntity"] = [rng.choice(ctx["Address"])]
    return props


def body_names(index, kinds, branch_zh):
    """English, Chinese and Uyghur names of the index-th body; a branch number keeps names distinct."""
    place, kind = lx.PLACES[index % len(lx.PLACES)], kinds[(index // len(lx.PLACES)) % len(kinds)]
    branch = index // (len(lx.PLACES) * len(kinds))
    en, zh, ug = f"{place[0]} {kind[0]}", f"{place[1]}{kind[1]}", f"{place[2]} {kind[2]}"
    if branch:
        en, zh, ug = f"{en}, Branch {branch}", f"{zh}第{branch}{branch_zh}", f"{ug} {branch}-شۆبە"
    return en, zh, ug


def make_body(rng, index, ctx, kinds, branch_zh):
    """Organization or PublicBody properties: English name, Chinese and Uyghur aliases."""
    en, zh, ug = body_names(index, kinds, branch_zh)
    props = {"name": [en], "alias": [zh, ug], "country": ["cn"]}
    if rng.random() < 0.7:
        props["addressEntity"] = [rng.choice(ctx["Address"])]
    return props


def make_organization(rng, index, ctx):
    """Organization properties (companies, cooperatives)."""
    return make_body(rng, index, ctx, lx.ORGANIZATION_TYPES, "分公司")


def make_public_body(rng, index, ctx):
    """PublicBody properties (bureaus, committees, centres)."""
    return make_body(rng, index, ctx, lx.PUBLIC_BODY_TYPES, "分局")


def make_position(rng, index, ctx):
    """A post in an organisation or public body, named in English with a Chinese alias."""
    org_id = rng.choice(ctx["bodies"])
    org_en, org_zh = ctx["names"][org_id]
    role_en, role_zh = rng.choice(lx.ROLES)
    return {"name": [f"{role_en}, {org_en}"], "alias": [f"{org_zh}{role_zh}"],
            "organization": [org_id], "country": ["cn"]}


def make_occupancy(rng, index, ctx):
    """A person's tenure of a position."""
    start = rng.randint(2010, 2022)
    props = {"holder": [rng.choice(ctx["Person"])], "post": [rng.choice(ctx["Position"])],
             "startDate": [f"{start}-{rng.randint(1, 12):02d}"]}
    if rng.random() < 0.5:
        props["endDate"] = [str(start + rng.randint(1, 6))]
    return props


def make_membership(rng, index, ctx):
    """A person's (or, less often, an organisation's) membership of an organisation."""
    member = rng.choice(ctx["Person"] if rng.random() < 0.9 else ctx["Organization"])
    return {"member": [member], "organization": [rng.choice(ctx["bodies"])],
            "role": [rng.choice(("member", "Party member", "committee member"))],
            "startDate": [str(rng.randint(1990, 2022))]}


def make_sanction(rng, index, ctx):
    """A sanction designation pointing at a person or a body."""
    authority, program, country = rng.choice(lx.SANCTION_AUTHORITIES)
    target = rng.choice(ctx["Person"] if rng.random() < 0.8 else ctx["bodies"])
    return {"entity": [target], "authority": [authority], "program": [program], "country": [country],
            "startDate": [random_date(rng, datetime.date(2018, 1, 1), datetime.date(2024, 12, 31))],
            "reason": ["Synthetic designation generated for benchmarking."]}


ENTITY_MAKERS = {
    "Address": make_address, "Person": make_person, "Organization": make_organization,
    "PublicBody": make_public_body, "Position": make_position, "Occupancy": make_occupancy,
    "Membership": make_membership, "Sanction": make_sanction,
}


def make_entities(total, seed):
    """`total` FtM records whose entity references all point at records in the same list."""
    rng = random.Random(f"{seed}:entities")
    counts = schema_counts(total)
    ctx = {schema: [entity_id(seed, schema, i) for i in range(n)] for schema, n in counts.items()}
    ctx["bodies"] = ctx["Organization"] + ctx["PublicBody"]
    ctx["names"] = {}
    records = []
    for schema in ENTITY_ORDER:
        for index, eid in enumerate(ctx[schema]):
            props = ENTITY_MAKERS[schema](rng, index, ctx)
            if schema in ("Organization", "PublicBody"):
                ctx["names"][eid] = (props["name"][0], props["alias"][0])
            # FtM's Interval schemata (Occupancy, Membership...) have no `notes`: a description instead.
            props["notes" if ftm.property_spec(schema, "notes") else "description"] = [SYNTHETIC_NOTE]
            records.append({"id": eid, "schema": schema, "properties": props, "synthetic": True})
    return records


def mention_pool(records):
    """(id, names) for every record a report or caption may mention: people and bodies."""
    return [(r["id"], tuple(r["properties"]["name"] + r["properties"].get("alias", [])))
            for r in records if r["schema"] in MENTIONABLE]


def csv_properties(props, rng):
    """Half the rows use the `prop=value; ...` form where the values allow it, the others JSON."""
    pairs = [(key, value) for key, values in props.items() for value in values]
    if rng.random() < 0.5 and not any(c in value for _, value in pairs for c in ";=|\n"):
        return "; ".join(f"{key}={value}" for key, value in pairs)
    return json.dumps(props, ensure_ascii=False)


def csv_row(record, rng):
    """A record in the CSV simple form: id, schema, name, aliases, properties."""
    props = dict(record["properties"])
    name = props.pop("name")[0]
    aliases = "|".join(props.pop("alias", []))
    props["synthetic"] = ["true"]
    return [record["id"], record["schema"], name, aliases, csv_properties(props, rng)]


def write_entities(records, entities_dir, seed):
    """Write ~10% of the named records to a CSV file and the rest to JSON-lines parts."""
    rng = random.Random(f"{seed}:csv")
    named = [r["id"] for r in records if r["schema"] in CSV_SCHEMAS]
    in_csv = set(rng.sample(named, min(len(named), round(len(records) * CSV_SHARE))))
    entities_dir.mkdir()
    with open(entities_dir / "registry.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "schema", "name", "aliases", "properties"])
        writer.writerows(csv_row(r, rng) for r in records if r["id"] in in_csv)
    rest = [r for r in records if r["id"] not in in_csv]
    for part, start in enumerate(range(0, len(rest), JSONL_PART_SIZE)):
        lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in rest[start:start + JSONL_PART_SIZE])
        (entities_dir / f"part-{part:02d}.jsonl").write_text("".join(lines), encoding="utf-8")
