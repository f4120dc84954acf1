"""Which character encoding a text file is in, and its text as Unicode.

Investigators' files come from Chinese government sites (GB18030/GBK, Big5), Windows tools (UTF-16
with a byte-order mark, cp1252) and everything else. A byte-order mark decides first; then UTF-8
(most files, and a strict decoder rarely accepts anything else by accident); then charset-normalizer
(of the `publish` extra, imported only here and only when needed); without it a plain ladder:
GB18030 if it decodes and reads as Chinese, else Latin-1, which decodes any bytes.
"""

from __future__ import annotations

import codecs
import re

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_HAN = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
# Of the visible characters: Latin text misread as GB18030 gains a Han character per accented letter
# or two, far fewer than this.
MIN_HAN_SHARE = 0.2


class Undecodable(ValueError):
    """The bytes are not text in any encoding tried."""


def detect_and_decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name) of `data`. `declared` (an HTML <meta> charset, say) is tried after a
    byte-order mark and UTF-8; raises Undecodable when nothing decodes it."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode(data, name, "utf-16" if name == "utf-16" else name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for name in filter(None, (_known(declared), _guess(data))):
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    return _ladder(data)


def _decode(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError as exc:
        raise Undecodable(f"it starts with a {name} byte-order mark but is not {name} "
                          f"(invalid bytes at offset {exc.start})") from None


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(data).best()
    return _known(best.encoding) if best is not None else None


def _ladder(data: bytes) -> tuple[str, str]:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        visible = sum(1 for c in text if not c.isspace())
        if visible and len(_HAN.findall(text)) >= MIN_HAN_SHARE * visible:
            return text, "gb18030"
    return data.decode("latin-1"), "latin-1"
