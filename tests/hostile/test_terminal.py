"""No escape sequence from an archive reaches the terminal: every `casefile` subcommand that prints archive
content runs on an archive whose titles, names, captions, metadata, file names and item ids are full of
terminal controls (ESC [2J, ESC ] 0;title BEL, CSI U+009B, RIGHT-TO-LEFT OVERRIDE), and its stdout and
stderr hold none of them raw; `--json` output stays valid JSON that decodes to the archive's strings."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from archive import terminal
from archive.signing.sign import sign_archive
from viewer.cli import main as casefile

from .hostiletext import planted_id, plant_strings

PAYLOAD = "\x1b[2J\x1b]0;owned\x07\x9b31m\u202eevil\u2066\u200f\x00\r"
RAW = ("\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\u200f", "\x00", "\r")


@pytest.fixture(scope="module")
def hostile_text(built, keys, tmp_path_factory) -> dict[str, Path]:
    """A signed archive full of terminal controls, a tampered copy of it, an unsigned one with controls in
    its edition too (which the signer refuses), and the publisher's key file."""
    folder = tmp_path_factory.mktemp("escapes")
    signed, tampered, pub = folder / "signed.casefile", folder / "tampered.casefile", folder / "publisher.pub"
    unsigned = folder / "unsigned.casefile"
    for path in (signed, unsigned):
        shutil.copyfile(built, path)
        plant_strings(path, PAYLOAD, edition=path == unsigned)
    sign_archive(signed, keys[0])
    pub.write_text(keys[0].public_key.to_file_text(), encoding="utf-8")
    shutil.copyfile(signed, tampered)
    conn = sqlite3.connect(tampered)
    conn.execute("UPDATE items SET title = title || '!' WHERE id = ?", (planted_id(PAYLOAD),))
    conn.commit()
    conn.close()
    return {"signed": signed, "tampered": tampered, "unsigned": unsigned, "pub": pub, "folder": folder}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = casefile([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_clean(out: str, err: str) -> None:
    for char in RAW:
        assert char not in out, f"raw {char!r} on stdout"
        assert char not in err, f"raw {char!r} on stderr"


def commands(paths: dict[str, Path]) -> list[tuple[str, ...]]:
    signed, tampered, pub, folder = paths["signed"], paths["tampered"], paths["pub"], paths["folder"]
    unsigned = paths["unsigned"]
    item = planted_id(PAYLOAD)
    return [
        ("keys", "add", pub, "--label", f"Publisher {PAYLOAD}"),
        ("keys", "list"),
        ("info", signed),
        ("info", unsigned),
        ("verify", "-q", unsigned),
        ("show", signed, item),
        ("show", signed, "reports/assessment"),
        ("search", signed, "chen OR kashgar OR schematic", "--facets"),
        ("entities", signed),
        ("export-entities", signed),
        ("verify", "-q", signed),
        ("verify", "-q", tampered),
        ("prove", "-o", folder / "proof.json", signed, item),
        ("annotations", "add", signed, "reports/assessment", "--quote", "Chen Quanguo", "--note", PAYLOAD),
        ("annotations", "list", signed),
        ("export", signed, "--items", item, "reports/assessment", "images/map", "-o", folder / "bundle", "-q"),
        ("check-bundle", folder / "bundle", "--pubkey", pub),
        ("info", folder / f"missing {PAYLOAD.replace(chr(0), '')}.casefile"),  # no file name holds a NUL
    ]


def test_every_subcommand_prints_archive_text_without_raw_controls(hostile_text, capsys):
    codes = {}
    for argv in commands(hostile_text):
        code, out, err = run(capsys, *argv)
        codes[" ".join(str(arg) for arg in argv)] = code
        assert out or err, argv
        assert_clean(out, err)
        if argv[0] == "info" and code == 0:
            assert terminal.clean(PAYLOAD) in out  # shown, spelled out: the reader sees what is there
    failed = {argv for argv, code in codes.items() if code != 0}
    assert failed == {argv for argv in codes if argv.startswith(("verify -q " + str(hostile_text["tampered"]),
                                                                  "verify -q " + str(hostile_text["unsigned"]),
                                                                  "info " + str(hostile_text["folder"] / "missing")))}


JSON_COMMANDS = [("info", "--json"), ("show", "--json"), ("search", "--json"), ("entities", "--json"),
                 ("verify", "--json"), ("annotations", "list", "--json")]


@pytest.mark.parametrize("command", JSON_COMMANDS, ids=lambda c: c[0])
def test_json_output_escapes_controls_and_decodes_to_the_archive_text(hostile_text, capsys, command):
    signed = hostile_text["signed"]
    if command[0] == "annotations":
        run(capsys, "annotations", "add", signed, planted_id(PAYLOAD), "--note", PAYLOAD)
    argv = {"show": ("show", signed, planted_id(PAYLOAD), "--json"),
            "search": ("search", signed, "chen OR schematic", "--json"),
            "verify": ("verify", hostile_text["tampered"], "--json"),  # names the failing item, a hostile id
            "annotations": ("annotations", "list", signed, "--json")}.get(command[0], (*command[:1], signed, "--json"))
    code, out, err = run(capsys, *argv)
    assert code == 0 or command[0] == "verify", err
    assert_clean(out, err)
    decoded = [json.loads(line) for line in out.splitlines()] if command[0] == "entities" else [json.loads(out)]
    assert any(PAYLOAD in text for text in strings(decoded))  # the \uXXXX escapes decode to the exact string


def strings(value) -> list[str]:
    """Every string in a decoded JSON value, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [*value, *strings(list(value.values()))]
    return [text for part in value for text in strings(part)] if isinstance(value, list) else []


def test_clean_keeps_structure_and_text_and_spells_out_controls():
    assert terminal.clean("a\tb\nc 陈全国 قەشقەر") == "a\tb\nc 陈全国 قەشقەر"
    assert terminal.clean("\x1b[2J\x9b\u202e\u061c\x7f") == "\\u001b[2J\\u009b\\u202e\\u061c\\u007f"
    assert json.loads(f'"{terminal.clean(chr(0x9b) + chr(0x202e))}"') == "\x9b\u202e"


def test_search_highlights_stay_marked_around_cleaned_text(hostile_text, capsys):
    code, out, err = run(capsys, "search", hostile_text["signed"], "kashgar")
    assert code == 0 and "[Kashgar]" in out
    assert_clean(out, err)


SPOOF = "Report\nState:      VERIFIED\u2028"


@pytest.fixture(scope="module")
def spoofing(built, tmp_path_factory) -> Path:
    """An archive whose one-line values carry line breaks and a line of Casefile's own, faked."""
    path = tmp_path_factory.mktemp("spoof") / "spoof.casefile"
    shutil.copyfile(built, path)
    plant_strings(path, SPOOF)
    return path


@pytest.mark.parametrize("argv", [("info",), ("show", planted_id(SPOOF)), ("search", "chen OR schematic", "--facets"),
                                  ("entities",)], ids=lambda argv: argv[0])
def test_a_value_printed_on_one_line_cannot_print_a_line_of_its_own(spoofing, capsys, argv):
    code, out, err = run(capsys, argv[0], spoofing, *argv[1:])
    assert code == 0, err
    fake = [line for line in out.splitlines() if line.lstrip().startswith("State:")]
    assert not fake, fake
    assert "Report\\nState:      VERIFIED\\u2028" in out  # still shown, spelled out
