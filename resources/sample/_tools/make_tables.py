"""Write tables/sanctions-designations.csv from the sample's own Sanction records.

One row per designation: who (name in Latin, Chinese and Uyghur script), by whom, under which
programme, from when. The rows restate entities/officials.jsonl, so the table and the entity records
always agree; run it again after changing them:

    python resources/sample/_tools/make_tables.py
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1]
COLUMNS = ("Designated", "中文", "ئۇيغۇرچە", "Kind", "Authority", "Country", "Programme", "Listed on")


def main() -> None:
    records = [json.loads(line) for line in (SAMPLE / "entities" / "officials.jsonl").read_text("utf-8").splitlines()
               if line.strip()]
    by_id = {record["id"]: record for record in records}
    rows = []
    for record in records:
        if record["schema"] != "Sanction":
            continue
        props = record["properties"]
        target = by_id[props["entity"][0]]
        aliases = target["properties"].get("alias", [])
        rows.append((target["properties"]["name"][0], _script(aliases, "\u4e00", "\u9fff"),
                     _script(aliases, "\u0600", "\u06ff"), target["schema"], props["authority"][0],
                     props.get("country", [""])[0].upper(), props.get("program", [""])[0],
                     props.get("startDate", props.get("listingDate", [""]))[0]))
    rows.sort(key=lambda row: (row[7], row[4], row[0]))
    with (SAMPLE / "tables" / "sanctions-designations.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)


def _script(names: list[str], low: str, high: str) -> str:
    return next((name for name in names if any(low <= ch <= high for ch in name)), "")


if __name__ == "__main__":
    main()
