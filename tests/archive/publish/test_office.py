"""Office documents (DOCX, ODT, RTF, DOC), other text encodings and empty-password PDFs, built into
an archive: text searchable, LibreOffice page view stored and deterministic, page texts."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader, PdfWriter

from archive import open_archive
from archive.publish import build_archive
from archive.publish.formats import libreoffice, office

from tests.sources import make_pdf

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None,
                                   reason="LibreOffice (soffice) is not installed: no page views to test")
CHINESE = "新疆维吾尔自治区喀什地区疏附县的名单。陈全国于2016年到任。"


def make_docx(path: Path) -> None:
    import docx
    document = docx.Document()
    document.core_properties.title = "Detention order"
    document.add_heading("Detention order", 1)
    document.add_paragraph("Chen Quanguo signed the order in Kashgar.")
    document.add_page_break()
    document.add_paragraph("Second page names the XPCC.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Tekes", "Konasheher"
    document.save(path)


def make_odt(path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P
    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text="Camp list"))
    document.text.addElement(P(text="Konasheher county camp roster."))
    document.save(str(path))


RTF = rb"{\rtf1\ansi\ansicpg1252 {\fonttbl\f0 Times;}\f0 Sanctions memo: Urumqi bureau\par second line caf\'e9\par}"


def encrypted_pdf(password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["Encrypted page about Hotan."]))))
    writer.encrypt(password, "owner-secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("office")
    source = root / "source"
    (source / "文件").mkdir(parents=True)
    (source / "archive.toml").write_text('id = "office"\ntitle = "Office"\npublisher = "Test"\nedition = "1"\n'
                                         'created = "2026-01-01T00:00:00Z"\n', encoding="utf-8")
    make_docx(source / "文件" / "order (final).docx")
    make_odt(source / "camps.odt")
    (source / "memo.rtf").write_bytes(RTF)
    (source / "gb.txt").write_bytes(CHINESE.encode("gb18030"))
    (source / "gbk.txt").write_bytes(("GBK 文本：" + CHINESE).encode("gbk"))
    (source / "utf16.txt").write_bytes(("UTF-16 text about Aksu 阿克苏").encode("utf-16"))
    (source / "open.pdf").write_bytes(encrypted_pdf(""))
    (source / "locked.pdf").write_bytes(encrypted_pdf("secret"))
    if shutil.which("soffice"):
        subprocess.run(["soffice", f"-env:UserInstallation={(root / 'profile').as_uri()}", "--headless",
                        "--norestore", "--convert-to", "doc", "--outdir", str(source), str(source / "camps.odt")],
                       check=True, capture_output=True, timeout=120)
        (source / "camps.doc").rename(source / "legacy.doc")
    build_archive(source, root / "office.casefile")
    return root / "office.casefile"


def ids(archive, query: str) -> set[str]:
    return {hit.id for hit in archive.search.find(query, limit=50).hits}


def item_id(archive, file_name: str) -> str:
    return next(item.id for item in archive.items.list(limit=100) if item.file_name == file_name)


@needs_soffice
def test_docx_has_text_pages_and_a_pdf_view(built):
    with open_archive(built) as archive:
        docx_id = item_id(archive, "order (final).docx")
        item = archive.items.get(docx_id)
        assert (item.kind, item.media_type, item.title) == ("report", office.DOCX, "Detention order")
        pages = archive.items.pages(docx_id)
        assert len(pages) == 2 and "Kashgar" in pages[0].text and "XPCC" in pages[1].text
        text = archive.items.text(docx_id)
        assert all(text[p.start:p.start + len(p.text)] == p.text for p in pages)
        view = archive.items.rendition_data(docx_id, 0)
        assert view.startswith(b"%PDF-") and len(PdfReader(io.BytesIO(view)).pages) == 2
        assert docx_id in ids(archive, "Kashgar") and docx_id in ids(archive, "Konasheher")


@needs_soffice
def test_odt_rtf_and_doc_are_searchable_reports_with_views(built):
    with open_archive(built) as archive:
        for name, word in (("camps.odt", "roster"), ("memo.rtf", "Urumqi"), ("legacy.doc", "roster")):
            found = item_id(archive, name)
            assert archive.items.get(found).kind == "report", name
            assert found in ids(archive, word), name
            assert [r.media_type for r in archive.items.renditions(found)] == ["application/pdf"], name


@needs_soffice
def test_conversion_is_deterministic(tmp_path):
    make_docx(tmp_path / "a.docx")
    data = (tmp_path / "a.docx").read_bytes()
    first, second = libreoffice.to_pdf(data, ".docx"), libreoffice.to_pdf(data, ".docx")
    assert first == second
    assert b"D:20000101000000" in first


def test_without_libreoffice_docx_and_odt_are_html_reports_and_doc_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(libreoffice, "soffice", lambda: None)
    make_docx(tmp_path / "a.docx")
    make_odt(tmp_path / "b.odt")
    result = office.extract((tmp_path / "a.docx").read_bytes())
    assert result.warnings == (office.NO_PAGE_VIEW,) and result.renditions == ()
    assert "<h1>Detention order</h1>" in result.html and "<td>Tekes</td>" in result.html
    assert "Chen Quanguo signed" in result.text and result.title == "Detention order"
    odt = office.extract((tmp_path / "b.odt").read_bytes())
    assert "<h1>Camp list</h1>" in odt.html and "roster" in odt.text
    rtf = office.extract(RTF)
    assert "Urumqi bureau" in rtf.text and "café" in rtf.text
    with pytest.raises(office.ExtractionError, match="DOC files needs LibreOffice"):
        office.extract(office.OLE2 + b"\0" * 100)


def test_conversion_timeout_is_a_failure(tmp_path):
    with pytest.raises(libreoffice.ConversionFailed, match="longer than"):
        libreoffice._run(["sleep", "30"], 0.5, tmp_path)


def test_a_timeout_on_windows_stops_the_process_tree(tmp_path, monkeypatch):
    """Windows has no process groups (no os.killpg) and its soffice.exe only launches soffice.bin:
    taskkill /T stops the tree, then the launcher is killed in any case. Emulated: Windows' sys.platform,
    no os.killpg, taskkill recorded rather than run."""
    taskkills = []
    monkeypatch.setattr(libreoffice, "sys", SimpleNamespace(platform="win32"))
    monkeypatch.delattr(libreoffice.os, "killpg")
    monkeypatch.setattr(libreoffice.subprocess, "run", lambda command, **kwargs: taskkills.append(command))
    with pytest.raises(libreoffice.ConversionFailed, match="longer than"):
        libreoffice._run(["sleep", "30"], 0.5, tmp_path)  # returns at once: the launcher was killed
    [[*taskkill, pid]] = taskkills
    assert taskkill == ["taskkill", "/F", "/T", "/PID"] and pid.isdigit()


def test_encrypted_pdfs(built):
    with open_archive(built) as archive:
        opened, locked = item_id(archive, "open.pdf"), item_id(archive, "locked.pdf")
        assert archive.items.get(opened).kind == "report" and opened in ids(archive, "Hotan")
        assert archive.items.file_info(opened).details.get("encrypted") is True
        info = archive.items.file_info(locked)
        assert archive.items.get(locked).kind == "file" and "protected by a password" in info.reason
