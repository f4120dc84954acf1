"""Check the sample source folder: metadata, sidecars, entity files, references, sizes, scripts.

Independent of the Casefile builder, so it can be run while the builder changes:
    python resources/sample/_tools/validate.py
Exits non-zero and lists the problems if anything is wrong; prints a short inventory otherwise.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT_EXT = {".pdf", ".html", ".htm", ".md", ".markdown", ".txt"}
IMAGE_EXT = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ENTITY_ID = re.compile(r"^[A-Za-z0-9._:-]{1,200}$")
ENTITY_PROPS = {
    "holder", "post", "member", "organization", "director", "owner", "asset", "person", "relative",
    "associate", "employee", "employer", "agent", "client", "subject", "object", "payer",
    "beneficiary", "predecessor", "successor", "entity", "addressEntity", "proof", "parent",
    "ancestors", "pictured", "organizer", "involved", "document", "resolved",
}
UNNAMED = {"Occupancy", "Membership", "Employment", "UnknownLink", "Sanction"}
# Standard Uyghur Arabic-script letters, plus the punctuation used with them.
UYGHUR_LETTERS = set("ئاەبپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىي")
UYGHUR_PUNCT = set("،؛؟«»")
# Synthetic tenures are dated in invented years, well apart from the real events the sample covers.
SYNTHETIC_FIRST_YEAR = 2029
CJK = re.compile(r"[\u4e00-\u9fff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")

problems: list[str] = []


def problem(msg: str) -> None:
    problems.append(msg)


def load_entities() -> dict[str, dict]:
    ents: dict[str, dict] = {}
    for path in sorted((ROOT / "entities").iterdir()):
        if path.suffix == ".jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except ValueError as exc:
                    problem(f"{path.name}:{n}: bad JSON ({exc})")
                    continue
                props = rec.get("properties", {})
                for k, v in props.items():
                    if not (isinstance(v, list) and all(isinstance(x, str) for x in v)):
                        problem(f"{path.name}:{n}: {rec.get('id')}.{k} is not a list of strings")
                add(ents, rec["id"], rec["schema"], props, f"{path.name}:{n}", False)
        elif path.suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as fh:
                reader = csv.DictReader(fh)
                if reader.fieldnames != ["id", "schema", "name", "aliases", "properties"]:
                    problem(f"{path.name}: header is {reader.fieldnames}")
                for row in reader:
                    origin = f"{path.name}:{reader.line_num}"
                    props = json.loads(row["properties"])
                    synthetic = props.get("synthetic") == ["true"]
                    note = " ".join(props.get("notes", []) + props.get("description", []))
                    if not synthetic or "Synthetic record for demonstration; not a real" not in note:
                        problem(f"{origin}: missing synthetic=true or the synthetic note")
                    for k, v in props.items():
                        if not (isinstance(v, list) and all(isinstance(x, str) for x in v)):
                            problem(f"{origin}: {row['id']}.{k} is not a list of strings")
                    if row["name"]:
                        props = dict(props, name=[row["name"]] + props.get("name", []))
                    if row["aliases"]:
                        props["alias"] = row["aliases"].split("|") + props.get("alias", [])
                    add(ents, row["id"], row["schema"], props, origin, synthetic)
        else:
            problem(f"entities/{path.name}: not an entity file")
    return ents


def add(ents, id_, schema, props, origin, synthetic):
    if not ENTITY_ID.match(id_):
        problem(f"{origin}: bad entity id {id_!r}")
    if id_ in ents:
        problem(f"{origin}: duplicate entity id {id_!r}")
    ents[id_] = {"schema": schema, "properties": props, "origin": origin, "synthetic": synthetic}


def check_entities(ents):
    for id_, e in ents.items():
        for prop in ENTITY_PROPS & set(e["properties"]):
            for target in e["properties"][prop]:
                if target not in ents:
                    problem(f"{e['origin']}: {id_}.{prop} -> unknown {target!r}")
        if e["schema"] not in UNNAMED and e["schema"] != "Address" and not e["properties"].get("name"):
            problem(f"{e['origin']}: {id_} has no name")
        if e["synthetic"] and e["schema"] == "Occupancy":
            for key in ("startDate", "endDate"):
                for value in e["properties"].get(key, []):
                    if int(value[:4]) < SYNTHETIC_FIRST_YEAR:
                        problem(f"{e['origin']}: synthetic tenure {id_} has {key} {value}, "
                                f"before the invented years ({SYNTHETIC_FIRST_YEAR} on)")
        if e["schema"] == "Sanction":
            p = e["properties"]
            for key in ("entity", "authority", "program", "startDate"):
                if not p.get(key):
                    problem(f"{e['origin']}: sanction {id_} lacks {key}")


def names_by_entity(ents):
    out = {}
    for id_, e in ents.items():
        if e["schema"] in UNNAMED:
            continue
        out[id_] = [n for k in ("name", "alias") for n in e["properties"].get(k, []) if len(n) >= 3]
    return out


def check_script(text: str, where: str) -> None:
    for ch in set(ARABIC.findall(text)):
        if ch not in UYGHUR_LETTERS and ch not in UYGHUR_PUNCT:
            problem(f"{where}: non-standard Arabic-script character {ch!r} (U+{ord(ch):04X})")


def report_text(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        reader = PdfReader(path)
        if not 2 <= len(reader.pages) <= 4:
            problem(f"{path.name}: {len(reader.pages)} pages")
        return "\n".join(p.extract_text() for p in reader.pages)
    return path.read_text(encoding="utf-8")


def sidecar(path: Path, kind: str, ents) -> dict:
    side_path = path.with_name(path.stem + ".meta.json")
    if not side_path.exists():
        problem(f"{path.name}: no sidecar")
        return {}
    try:
        side = json.loads(side_path.read_text(encoding="utf-8"))
    except ValueError as exc:
        problem(f"{side_path.name}: bad JSON ({exc})")
        return {}
    for key in ("title", "date", "source", "language", "caption", "place"):
        if key in side and not isinstance(side[key], str):
            problem(f"{side_path.name}: {key} must be a string")
    for key in ("languages", "authors", "entities"):
        if key in side and not (isinstance(side[key], list) and all(isinstance(v, str) for v in side[key])):
            problem(f"{side_path.name}: {key} must be a list of strings")
    if "date" in side and not DATE.match(side["date"]):
        problem(f"{side_path.name}: bad date {side['date']!r}")
    if not isinstance(side.get("synthetic", False), bool):
        problem(f"{side_path.name}: synthetic must be a bool")
    for id_ in side.get("entities", []):
        if id_ not in ents:
            problem(f"{side_path.name}: unknown entity {id_!r}")
    required = ("title", "date", "source", "authors") if kind == "report" else (
        "title", "caption", "date", "source", "entities")
    for key in required:
        if key not in side:
            problem(f"{side_path.name}: missing {key}")
    check_script(json.dumps(side, ensure_ascii=False), side_path.name)
    return side


def main() -> int:
    info = tomllib.loads((ROOT / "archive.toml").read_text(encoding="utf-8"))
    for key in ("title", "publisher", "edition"):
        if not isinstance(info.get(key), str):
            problem(f"archive.toml: missing {key}")

    ents = load_entities()
    check_entities(ents)
    names = names_by_entity(ents)
    real = [i for i, e in ents.items() if not e["synthetic"]]
    synth = [i for i, e in ents.items() if e["synthetic"]]

    print("Reports:")
    stems: set[str] = set()
    for path in sorted((ROOT / "reports").iterdir()):
        if path.name.endswith(".meta.json"):
            if not any(path.with_name(path.name[:-10] + ext).exists() for ext in REPORT_EXT):
                problem(f"{path.name}: sidecar without a report")
            continue
        if path.suffix not in REPORT_EXT:
            problem(f"reports/{path.name}: unsupported type")
            continue
        if path.stem in stems:
            problem(f"reports/{path.name}: duplicate item id")
        stems.add(path.stem)
        side = sidecar(path, "report", ents)
        size = path.stat().st_size
        if not 2000 <= size <= 8192:
            problem(f"{path.name}: {size} bytes, outside 2-8 KB")
        text = report_text(path)
        check_script(text, path.name)
        head = text[:900]
        if "Casefile sample" not in head and "Casefile 示例" not in head:
            problem(f"{path.name}: does not say near the top that it was written for the Casefile sample")
        found = sorted(i for i, ns in names.items() if any(n in text for n in ns))
        if len(found) < 3:
            problem(f"{path.name}: mentions only {found}")
        zh = len(CJK.findall(text))
        ug = len(ARABIC.findall(text))
        print(f"  {path.name:45s} {size:5d} B  zh={zh:5d}  ug={ug:5d}  entities={len(found):3d}"
              f"{'  SYNTHETIC' if side.get('synthetic') else ''}")
        if path.suffix == ".html" and "example.org/x.png" in text:
            for marker in ("<script", "javascript:"):
                if marker not in text:
                    problem(f"{path.name}: sanitiser test lacks {marker}")

    print("Images:")
    fmt = Counter()
    for path in sorted((ROOT / "images").iterdir()):
        if path.name.endswith(".meta.json"):
            continue
        if path.suffix not in IMAGE_EXT:
            problem(f"images/{path.name}: unsupported type")
            continue
        from PIL import Image

        with Image.open(path) as im:
            w, h = im.size
            if not 600 <= w <= 1200:
                problem(f"{path.name}: width {w}")
            exif = im.getexif() if path.suffix == ".jpg" else {}
        side = sidecar(path, "image", ents)
        fmt[path.suffix] += 1
        if path.stem.startswith(("facsimile-", "notice-")) and not side.get("synthetic"):
            problem(f"{path.name}: facsimile/mock-up not marked synthetic")
        print(f"  {path.name:48s} {w}x{h} {path.stat().st_size:7d} B"
              f"{'  EXIF' if exif else ''}{'  SYNTHETIC' if side.get('synthetic') else ''}")

    def folder_size(p: Path) -> int:
        return sum(f.stat().st_size for f in p.rglob("*") if f.is_file() and "__pycache__" not in f.parts)

    total = folder_size(ROOT)
    img_total = folder_size(ROOT / "images")
    print(f"Entities: {len(real)} real, {len(synth)} synthetic; "
          f"schemas {dict(Counter(ents[i]['schema'] for i in real))}")
    print(f"Image formats: {dict(fmt)}")
    print(f"Sizes: images/ {img_total / 1e6:.2f} MB, whole sample {total / 1e6:.2f} MB")
    if img_total > 4_000_000:
        problem("images/ is larger than 4 MB")
    if total > 6_000_000:
        problem("resources/sample is larger than 6 MB")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
