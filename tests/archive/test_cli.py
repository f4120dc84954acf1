"""The headless subcommands, run as a user would: output, JSON shape, exit codes, one-line errors."""

from __future__ import annotations

import json

from archive.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_build_then_info(source_dir, tmp_path, capsys):
    out_path = tmp_path / "a.casefile"
    code, out, err = run(capsys, "build", str(source_dir), "-o", str(out_path), "--quiet")
    assert code == 0 and f"Built {out_path}" in out and "4 reports, 4 images, 9 entities" in out
    code, out, _ = run(capsys, "info", str(out_path))
    assert code == 0
    assert "Test archive  (edition 1)" in out and "Publisher:  Test publisher" in out
    assert "reports              4" in out and "images               4" in out


def test_build_keeps_and_reports_unreadable_files(source_dir, tmp_path, capsys):
    (source_dir / "reports" / "bad.pdf").write_bytes(b"garbage")
    report = tmp_path / "build.json"
    code, out, err = run(capsys, "build", str(source_dir), "-o", str(tmp_path / "a.casefile"), "-q",
                         "--report", str(report))
    assert code == 3
    assert "warning: reports/bad.pdf: kept as given, its content not read: not a readable PDF" in err
    assert "use --strict" in err and "skipped" not in err
    files = {entry["path"]: entry for entry in json.loads(report.read_text(encoding="utf-8"))["files"]}
    assert files["reports/bad.pdf"]["kind"] == "file" and files["reports/bad.pdf"]["outcome"] == "kept"
    assert files["reports/chinese-note.txt"]["kind"] == "report" and files["reports/chinese-note.txt"]["characters"] > 0
    code, _, err = run(capsys, "build", str(source_dir), "-o", str(tmp_path / "b.casefile"), "-q", "--strict")
    assert code == 1 and err.startswith("casefile: error: --strict: 1 warning")
    assert not (tmp_path / "b.casefile").exists()


def test_info_json(built, capsys):
    code, out, _ = run(capsys, "info", str(built), "--json")
    data = json.loads(out)
    assert code == 0 and data["format_version"] == 2
    assert data["metadata"]["languages"] == ["en", "zh", "ug"]
    assert data["counts"]["reports"] == 4 and data["counts"]["file_bytes"] == built.stat().st_size


def test_show_report_with_mentions(built, capsys):
    code, out, _ = run(capsys, "show", str(built), "reports/chinese-note")
    assert code == 0
    assert "Chen Quanguo [person-chen-quanguo] x1" in out and "新疆党委书记陈全国" in out
    assert "SHA-256:" in out


def test_show_pdf_pages_and_image(built, capsys):
    _, out, _ = run(capsys, "show", str(built), "reports/sanctions")
    assert "--- page 1 ---" in out and "--- page 2 ---" in out
    _, out, _ = run(capsys, "show", str(built), "images/map", "--json")
    data = json.loads(out)
    assert data["image"]["width"] == 640 and data["caption"] == "Schematic map of Kashgar (喀什)"
    assert {m["name"] for m in data["mentions"]} == {"Kashgar"}


def test_entities_listing_and_filter(built, capsys):
    _, out, _ = run(capsys, "entities", str(built), "--schema", "Person")
    lines = out.strip().splitlines()
    assert len(lines) == 3 and any("Synthetic Official 001  (synthetic)" in line for line in lines)
    _, out, _ = run(capsys, "entities", str(built), "--json", "--limit", "2")
    assert [json.loads(line)["schema"] for line in out.strip().splitlines()] == ["Address", "Occupancy"]


def test_export_entities_round_trip(built, tmp_path, capsys):
    from tests.sources import ENTITIES

    target = tmp_path / "out.jsonl"
    assert run(capsys, "export-entities", str(built), "-o", str(target))[0] == 0
    exported = {r["id"]: r for r in map(json.loads, target.read_text(encoding="utf-8").splitlines())}
    for record in ENTITIES:
        assert exported[record["id"]] == record
    assert exported["syn-001"]["synthetic"] is True


def test_errors_are_one_line(tmp_path, built, capsys):
    bogus = tmp_path / "bogus.casefile"
    bogus.write_text("hello")
    code, out, err = run(capsys, "info", str(bogus))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("casefile: error: bogus.casefile is not a Casefile archive")
    code, _, err = run(capsys, "show", str(built), "reports/none")
    assert code == 1 and err == "casefile: error: No item 'reports/none' in test.casefile.\n"


def test_every_command_is_declared_here_and_the_qt_ones_need_the_desktop(built, tmp_path, capsys):
    from archive.cli import build_parser

    _, commands = build_parser()
    assert {"view", "export", "smoke-test", "check-bundle", "verify", "annotations"} <= set(commands.choices)
    for argv in (["view"], ["smoke-test"], ["export", str(built), "--items", "x", "-o", str(tmp_path / "b")]):
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == "" and err.startswith("casefile: error: this command needs the desktop app")
    assert not (tmp_path / "b").exists()


def test_a_desktop_plugs_in_the_qt_parts(built, tmp_path, capsys):
    from archive import CasefileError
    from archive.cli import Desktop

    seen = []

    def no_printer():
        raise CasefileError("no printer in this test")

    desktop = Desktop(view=lambda args: seen.append(args.archives) or 0,
                      smoke_test=lambda args: seen.append("smoke") or 3, pdf_renderer=no_printer)
    assert main(["view", str(built), "--search", "Kashgar"], desktop) == 0 and seen == [[built]]
    assert main(["smoke-test"], desktop) == 3 and seen[-1] == "smoke"
    assert main(["export", str(built), "--items", "x", "-o", str(tmp_path / "b")], desktop) == 1
    assert capsys.readouterr().err == "casefile: error: no printer in this test\n"
