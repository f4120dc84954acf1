"""Text in other encodings is detected, stored as Unicode, and the encoding recorded."""

from __future__ import annotations

import sys

import pytest

from archive.publish.formats import encoding, html, text

CHINESE = "新疆维吾尔自治区喀什地区疏附县的名单。陈全国于2016年到任。"


@pytest.mark.parametrize(("data", "expected"), [
    ("plain ascii and 中文".encode("utf-8"), "utf-8"),
    ("\ufeffwith a BOM".encode("utf-8"), "utf-8-sig"),
    (("UTF-16 " + CHINESE).encode("utf-16"), "utf-16"),
    (CHINESE.encode("gb18030"), "gb18030"),
])
def test_detects(data, expected):
    decoded, found = encoding.detect_and_decode(data)
    assert found == expected and decoded.lstrip("\ufeff") == data.decode(expected).lstrip("\ufeff")


@pytest.mark.parametrize(("codec", "sample"), [("gb18030", CHINESE), ("gbk", CHINESE),
                                               ("big5", "新疆維吾爾自治區喀什地區疏附縣的名單，共有三百人被拘留。")])
def test_chinese_encodings_decode_to_the_same_text(codec, sample):
    decoded, found = encoding.detect_and_decode(sample.encode(codec))
    assert decoded == sample and found


def test_ladder_without_charset_normalizer(monkeypatch):
    monkeypatch.setitem(sys.modules, "charset_normalizer", None)
    assert encoding.detect_and_decode(CHINESE.encode("gb18030")) == (CHINESE, "gb18030")
    assert encoding.detect_and_decode("Déclaration".encode("latin-1")) == ("Déclaration", "latin-1")


def test_text_and_html_record_the_encoding():
    report = text.extract(CHINESE.encode("gb18030"))
    assert report.text == CHINESE and report.details == {"encoding": "gb18030"}
    assert text.extract(b"plain").details == {}
    page = ('<html><head><meta charset="gbk"><title>名单</title></head><body><p>' + CHINESE
            + "</p></body></html>").encode("gbk")
    result = html.extract(page)
    assert CHINESE in result.text and result.details == {"encoding": "gbk"}


def test_a_short_western_text_reads_as_cp1252_not_a_baltic_code_page():
    # charset-normalizer finds cp775, cp1250, cp1252 and cp1257 equally clean for this line.
    data = "Résumé synthétique: données de test, Kashgar, été 2018. Naïveté.\n".encode("latin-1")
    decoded, name = encoding.detect_and_decode(data)
    assert name == "cp1252" and decoded.startswith("Résumé synthétique")
