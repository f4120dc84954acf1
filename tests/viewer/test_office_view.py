"""An office document with a PDF page view opens in the PDF reader, on the view's bytes."""

from __future__ import annotations

import shutil

import pytest

from archive import open_archive
from archive.publish import build_archive

from tests.archive.publish.test_office import make_docx

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="LibreOffice (soffice) is not installed: no page views to show")


@pytest.fixture
def office_session(tmp_path):
    from viewer.library.sessions import ArchiveSession
    source = tmp_path / "source"
    source.mkdir()
    (source / "archive.toml").write_text('id = "office-view"\ntitle = "Office"\npublisher = "Test"\nedition = "1"\n'
                                         'created = "2026-01-01T00:00:00Z"\n', encoding="utf-8")
    make_docx(source / "order.docx")
    build_archive(source, tmp_path / "office.casefile")
    opened = ArchiveSession(open_archive(tmp_path / "office.casefile"))
    yield opened
    opened.close()


def test_docx_opens_in_the_pdf_reader(qtbot, office_session):
    from viewer.readers.pdf import PdfView
    from viewer.tabs import _reader_for
    item = office_session.archive.items.list()[0]
    reader = _reader_for(item, office_session)
    qtbot.addWidget(reader)
    assert isinstance(reader, PdfView)
    reader.show_item(office_session, item.id, "Kashgar")
    assert reader.document.pageCount() == 2
    qtbot.waitUntil(lambda: reader.hit_count() > 0)
    assert reader.hit_anchor(0)[0] == 1
