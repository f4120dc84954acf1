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
# Encodings by how common they are in the documents investigators hold, for breaking ties.
COMMON = ("cp1252", "gb18030", "big5", "shift_jis", "euc_kr", "cp1251", "cp1256", "cp1250", "iso8859_1")
CHAOS_TIE = 0.01


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
    matches = list(from_bytes(data))
    if not matches:
        return None
    # A short text often reads equally cleanly in several code pages (French in cp1252, cp1250,
    # cp1257 and cp775 alike): among the cleanest, take the one most documents are written in.
    cleanest = min(match.chaos for match in matches)
    tied = {_known(match.encoding) for match in matches if match.chaos <= cleanest + CHAOS_TIE}
    preferred = next((name for name in map(_known, COMMON) if name in tied), None)
    return preferred or _known(matches[0].encoding)


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
