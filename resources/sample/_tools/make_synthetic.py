"""Write entities/synthetic.csv: invented entity records for demonstration and testing.

Every record is synthetic. The names are deliberately artificial ("Synthetic Official 017",
"Synthetic County Bureau 12") and none is modelled on a real person, detainee, organisation or
place. Each row carries synthetic=true and a note saying so.

The CSV uses the simple form from docs/source-format.md (header id,schema,name,aliases,properties)
with the properties column as a JSON object, so values may contain ';'.

Deterministic: a fixed random seed, a fixed order and no timestamps.
Run:  python resources/sample/_tools/make_synthetic.py
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "entities" / "synthetic.csv"
SEED = 20261101

NOTE = "Synthetic record for demonstration; not a real {what}."

COUNTIES = "ABCDEFGH"
N_TOWNSHIPS = 32
N_BUREAUS = 30
N_COMPANIES = 15
N_FACILITIES = 15
N_OFFICIALS = 160

BUREAU_KINDS = ["Records", "Logistics", "Planning", "Administration", "Inspection", "Procurement"]
TITLES = ["Director", "Deputy Director"]
TITLES_ZH = {"Director": "局长", "Deputy Director": "副局长"}
STAFF_ROLES = ["Clerk", "Inspector", "Records Officer", "Logistics Officer", "Planning Officer",
               "Procurement Officer", "Liaison Officer", "Archivist"]

FIRST_YEAR = 2029  # synthetic tenures start in invented years, never in the real years the sample covers

# Start of tenure of the officials the synthetic documents name (none of them has ended by the end of
# the invented year 2031). Keep these in step with reports/synthetic-*.txt, make_pdfs.py (audit note)
# and make_images.py (facsimiles); tests/archive/test_sample.py checks the procurement register against them.
DOCUMENTED = {
    1: "2030-03",   # Director, Bureau 01: register P-001 (2031-01-14), memo of 2031-05-27, inventory
    2: "2030-07",   # Deputy Director, Bureau 01: register P-002 (2031-01-29)
    7: "2029-10",   # Director, Bureau 04: inventory (hands Facility 05 over in 2031-06)
    8: "2030-05",   # Deputy Director, Bureau 04: inventory (takes Facility 05 over in 2031-06)
    9: "2030-11",   # Director, Bureau 05: inspection of 2031-03, minutes of 2031-06, inventory
    13: "2031-02",  # Director, Bureau 07: personnel form (start 2031-02), audit note, register P-011
    14: "2031-01",  # Deputy Director, Bureau 07: personnel form (start 2031-01), register P-003 to P-005
    15: "2029-06",  # Director, Bureau 08: register P-006, vehicle log of 2031-03, minutes, inventory
    16: "2030-12",  # Deputy Director, Bureau 08: register P-007 (2031-03-30)
    23: "2030-08",  # Director, Bureau 12: register P-008 and P-012, budget summary
    24: "2030-02",  # Deputy Director, Bureau 12: register P-009 (2031-05-02)
}


def county_id(letter: str) -> str:
    return f"synth-addr-county-{letter.lower()}"


def township_id(n: int) -> str:
    return f"synth-addr-township-{n:02d}"


def bureau_id(n: int) -> str:
    return f"synth-org-bureau-{n:02d}"


def company_id(n: int) -> str:
    return f"synth-org-company-{n:02d}"


def facility_id(n: int) -> str:
    return f"synth-org-facility-{n:02d}"


def position_id(n: int, title: str) -> str:
    return f"synth-pos-bureau-{n:02d}-{'director' if title == 'Director' else 'deputy'}"


def official_id(n: int) -> str:
    return f"synth-person-{n:03d}"


def township_county(n: int) -> str:
    return COUNTIES[(n - 1) % len(COUNTIES)]


def bureau_county(n: int) -> str:
    return COUNTIES[(n - 1) % len(COUNTIES)]


def build() -> list[tuple[str, str, str, list[str], dict]]:
    rng = random.Random(SEED)
    rows: list[tuple[str, str, str, list[str], dict]] = []

    def row(id_, schema, name, aliases, what, **props):
        # FtM's Occupancy has no `notes`; `description` is its free-text property.
        note_prop = "description" if schema == "Occupancy" else "notes"
        properties = {"synthetic": ["true"], note_prop: [NOTE.format(what=what)]}
        for key, value in props.items():
            properties[key] = value if isinstance(value, list) else [value]
        rows.append((id_, schema, name, aliases, properties))

    # Places
    for i, letter in enumerate(COUNTIES):
        region = "Synthetic Prefecture North" if i < 4 else "Synthetic Prefecture South"
        row(county_id(letter), "Address", f"Synthetic County {letter}", [f"合成县{letter}"], "place",
            full=f"Synthetic County {letter}, {region}", region=region,
            remarks="Invented place; no real location is meant.")
    for n in range(1, N_TOWNSHIPS + 1):
        letter = township_county(n)
        row(township_id(n), "Address", f"Synthetic Township {n:02d}", [f"合成乡{n:02d}"], "place",
            full=f"Synthetic Township {n:02d}, Synthetic County {letter}",
            city=f"Synthetic Township {n:02d}", region=f"Synthetic County {letter}",
            remarks="Invented place; no real location is meant.")

    # Organisations
    for n in range(1, N_BUREAUS + 1):
        letter = bureau_county(n)
        kind = BUREAU_KINDS[(n - 1) % len(BUREAU_KINDS)]
        row(bureau_id(n), "Organization", f"Synthetic County Bureau {n:02d}", [f"合成县局{n:02d}"],
            "organisation", addressEntity=county_id(letter),
            description=f"Invented county-level {kind.lower()} bureau in Synthetic County {letter}.")
    for n in range(1, N_COMPANIES + 1):
        town = rng.randint(1, N_TOWNSHIPS)
        row(company_id(n), "Organization", f"Synthetic Trading Company {n:02d}", [f"合成贸易公司{n:02d}"],
            "organisation", addressEntity=township_id(town),
            sector=rng.choice(["Textiles (synthetic)", "Building materials (synthetic)",
                               "Food processing (synthetic)", "Office supplies (synthetic)"]),
            description="Invented supplier used in the synthetic procurement register.")
    for n in range(1, N_FACILITIES + 1):
        town = ((n * 7) % N_TOWNSHIPS) + 1
        row(facility_id(n), "Organization", f"Synthetic Facility {n:02d}", [f"合成设施{n:02d}"],
            "organisation", addressEntity=township_id(town),
            description=("Invented facility used in the synthetic facility inventory; "
                         "it does not correspond to any real site."))

    # Posts
    for n in range(1, N_BUREAUS + 1):
        for title in TITLES:
            row(position_id(n, title), "Position", f"{title}, Synthetic County Bureau {n:02d}",
                [f"合成县局{n:02d}{TITLES_ZH[title]}"], "post", organization=bureau_id(n))

    # People: synthetic officials only. Never modelled on real people, victims or detainees.
    holders: list[tuple[int, int, str]] = []
    for n in range(1, N_OFFICIALS + 1):
        aliases = [f"合成官员{n:03d}"]
        if n % 4 == 1:
            aliases.append(f"سىنتېتىك خادىم {n:03d}")
        if n <= 2 * N_BUREAUS:
            bureau = (n + 1) // 2
            title = TITLES[(n + 1) % 2]
            holders.append((n, bureau, title))
            position = f"{title}, Synthetic County Bureau {bureau:02d}"
            home = bureau_county(bureau)
            address = county_id(home)
        else:
            role = STAFF_ROLES[rng.randrange(len(STAFF_ROLES))]
            bureau = rng.randint(1, N_BUREAUS)
            position = f"{role}, Synthetic County Bureau {bureau:02d}"
            address = township_id(rng.randint(1, N_TOWNSHIPS))
        row(official_id(n), "Person", f"Synthetic Official {n:03d}", aliases, "person",
            position=position, addressEntity=address)

    # Tenures linking the first 60 officials to the 60 posts. Every date is in an invented year
    # (FIRST_YEAR or later), well apart from the real events of 2014-2022 that the sample covers.
    # Officials named in the synthetic documents (all set in the invented year 2031) hold the tenure
    # those documents imply; the others get invented dates.
    for n, bureau, title in holders:
        if n in DOCUMENTED:
            props = {"holder": official_id(n), "post": position_id(bureau, title),
                     "startDate": DOCUMENTED[n]}
        else:
            start = FIRST_YEAR + rng.randint(0, 1)
            props = {"holder": official_id(n), "post": position_id(bureau, title),
                     "startDate": f"{start}-{rng.randint(1, 12):02d}"}
            if rng.random() < 0.4:
                props["endDate"] = f"{2032 + rng.randint(0, 2)}"
        row(f"synth-occ-{n:03d}", "Occupancy", "", [], "appointment", **props)
    return rows


def main() -> None:
    rows = build()
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["id", "schema", "name", "aliases", "properties"])
        for id_, schema, name, aliases, props in rows:
            writer.writerow([id_, schema, name, "|".join(aliases),
                             json.dumps(props, ensure_ascii=False, sort_keys=True)])
    print(f"wrote {len(rows)} records to {OUT}")


if __name__ == "__main__":
    main()
