"""Leak-scale additions to the scale corpus: a synthetic detainee register and the lists that name them.

The Xinjiang Police Files hold records of more than 100,000 detainees, and their documents are lists:
rosters, transfer lists and release lists that name hundreds of people each. This module generates
that shape and nothing real: every name is drawn from the generators in corpus_entities, every ID
number starts with "SYN" (so it can never be a real resident ID), and every record and list says it
is synthetic. A register of 100,000 people and 10,000 lists of 100–500 names gives about 3 million
mention rows, the figure issue 20 measures against.
"""

import datetime
import random

import lexicon as lx
from corpus_entities import SYNTHETIC_NOTE, entity_id, person_names, random_date

LIST_NAMES = (100, 500)  # names per list, uniform: a mean of 300
LIST_FORMATS = ("txt", "md")
STATUSES = ("detained", "transferred", "sentenced", "released", "under review", "vocational training")
# Tries to give a detainee a name no other detainee has before accepting a shared one: collisions
# multiply mention rows (one per entity sharing the name), which would make the total depend on luck.
NAME_TRIES = 20
FIRST_LIST_DAY, LAST_LIST_DAY = datetime.date(2017, 1, 1), datetime.date(2019, 12, 31)


def unique_names(rng, taken):
    """person_names() whose forms are not yet taken, if that can be had in NAME_TRIES tries."""
    for _ in range(NAME_TRIES):
        name, aliases, ethnicity = person_names(rng)
        if not taken.intersection([name, *aliases]):
            break
    taken.update([name, *aliases])
    return name, aliases, ethnicity


def id_number(rng, county, birth):
    """A resident-ID-shaped number that is visibly synthetic: SYN, county code, birth date, serial."""
    return f"SYN65{county:02d}{birth.replace('-', '')[:8]:0<8}{rng.randrange(10_000):04d}"


def make_detainee(rng, eid, taken):
    """One detainee record: names in two or three scripts, birth date, ID number and county."""
    name, aliases, ethnicity = unique_names(rng, taken)
    county = rng.randrange(len(lx.PLACES))
    birth = random_date(rng, datetime.date(1940, 1, 1), datetime.date(2002, 12, 31), precision=(0.9, 0.05))
    props = {"name": [name], "gender": [rng.choice(("male", "female"))], "birthDate": [birth],
             "idNumber": [id_number(rng, county, birth)], "address": [f"{lx.PLACES[county][0]} County"],
             "nationality": ["cn"], "notes": [SYNTHETIC_NOTE]}
    if aliases:
        props["alias"] = aliases
    if ethnicity:
        props["ethnicity"] = [ethnicity]
    return {"id": eid, "schema": "Person", "properties": props, "synthetic": True}


def make_detainees(count, seed):
    """`count` synthetic detainee records (schema Person), the same for the same arguments."""
    rng, taken = random.Random(f"{seed}:detainees"), set()
    return [make_detainee(rng, entity_id(seed, "Detainee", index), taken) for index in range(count)]


def detainee_pool(records):
    """What a list row shows of each detainee: (names, ID number, birth date, county)."""
    return [(tuple(r["properties"]["name"] + r["properties"].get("alias", [])),
             r["properties"]["idNumber"][0], r["properties"]["birthDate"][0],
             r["properties"]["address"][0]) for r in records]


def list_rows(rng, pool):
    """The list's rows: each names a distinct detainee, in one of their name forms."""
    chosen = rng.sample(range(len(pool)), min(len(pool), rng.randint(*LIST_NAMES)))
    rows = []
    for number, index in enumerate(chosen, 1):
        names, id_no, birth, county = pool[index]
        rows.append((str(number), rng.choice(names), id_no, birth, county, rng.choice(STATUSES)))
    return rows


def render_list(fmt, title, rows):
    """The list as plain text or as a Markdown table, with its synthetic notice first."""
    notice = "Synthetic benchmark document: every name, ID number and date in it is generated."
    header = ("No.", "Name", "ID number", "Born", "County", "Status")
    if fmt == "md":
        lines = [f"| {' | '.join(row)} |" for row in [header, ("---",) * len(header), *rows]]
        return f"# {title}\n\n{notice}\n\n" + "\n".join(lines) + "\n"
    lines = [" | ".join(row) for row in [header, *rows]]
    return f"{title}\n{'=' * len(title)}\n\n{notice}\n\n" + "\n".join(lines) + "\n"


def make_list_report(index, seed, pool):
    """(file name, text, sidecar) of list `index`: a roster naming 100–500 detainees."""
    rng = random.Random(f"{seed}:list:{index}")
    fmt = LIST_FORMATS[index % len(LIST_FORMATS)]
    place = rng.choice(lx.PLACES)[0]
    date = random_date(rng, FIRST_LIST_DAY, LAST_LIST_DAY, precision=(0.7, 0.3))
    title = f"Synthetic {rng.choice(('roster', 'transfer list', 'release list'))}: {place} {date} no. {index}"
    sidecar = {"title": title, "date": date, "source": rng.choice(lx.REPORT_SOURCES), "language": "en",
               "languages": ["en", "zh", "ug"], "synthetic": True}
    return f"list-{index:06d}.{fmt}", render_list(fmt, title, list_rows(rng, pool)), sidecar
