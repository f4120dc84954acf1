"""HTML sanitiser for reports: forged archives may carry hostile markup.

Report HTML reaches the reader twice: the builder stores sanitised markup, and the viewer sanitises
again at display time because a forged archive can contain anything. Nothing is echoed from the input:
markup is rebuilt from tokens through an allowlist, so whatever is not understood is dropped or shown as
escaped text. No URL that could load a resource survives (images only from `archive:`), links are kept
only for http, https and mailto (the viewer asks before following them), nesting is capped so the
layout engine cannot be exhausted, and text is extracted the way a browser would lay it out.

The tokenizer is a small regex lexer rather than `html.parser`: on CPython 3.11 `HTMLParser` is
quadratic on unterminated constructs (40 KB of "<a b='" takes seconds, 5 MB takes hours), which a
forged report could use to hang the viewer. Every pattern here consumes what it scans, with possessive
loops, so the run time is linear in the input. Entities are decoded by the standard `html.unescape`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.entities import html5

_ALLOWED = frozenset(
    "p br hr h1 h2 h3 h4 h5 h6 b strong i em u s sub sup small blockquote pre code ul ol li dl dt dd "
    "table thead tbody tr th td caption a img span div figure figcaption abbr cite q mark".split()
)
# Common tags outside the allowlist that carry layout or meaning (a deletion must still look deleted).
_RENAMED = dict.fromkeys(
    "section article header footer nav aside main address center details summary fieldset form".split(), "div"
) | {"tfoot": "tbody", "del": "s", "strike": "s", "ins": "u", "kbd": "code", "samp": "code", "tt": "code",
     "image": "img"}
_VOID = frozenset("area base br col embed hr img input keygen link meta param source track wbr frame".split())
# Raw text: the content is not markup and is consumed up to the end tag (title is kept as the title).
_RAW_TEXT = frozenset("script style iframe noembed noframes noscript textarea title".split())
_RAW_END = {name: re.compile(rf"</{name}[\s/>]", re.I) for name in _RAW_TEXT}
# Parsed as markup but everything inside is dropped, because it is code, a plug-in or a form control.
_DROP_CONTENT = frozenset("template object applet svg math select button datalist option optgroup frameset".split())
_NOTED_TAGS = (_RAW_TEXT - {"title"}) | _DROP_CONTENT | {"embed", "input", "link", "meta", "base", "frame"}
_NOTED_ATTRS = frozenset("style srcset action formaction background poster xlink:href ping lowsrc dynsrc".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_BLOCK = frozenset("p div blockquote pre ul ol li dl dt dd table thead tbody tr caption figure figcaption hr".split()
                   ) | _HEADINGS
_TABLE_PARTS = frozenset("table thead tbody tr td th caption".split())
_CELL_SCOPE = frozenset("td th caption table".split())
_LIST_SCOPE = frozenset("ul ol dl blockquote".split()) | _CELL_SCOPE
# A stray end tag inside a table cell must not tear down the table around it.
_END_SCOPES = dict.fromkeys(_TABLE_PARTS, frozenset({"table"})) | {"table": frozenset()}
# Start tags that close open elements, as browsers do for "<p>a<p>b" or "<li>a<li>b", so that sloppy
# real-world HTML does not nest ever deeper: tag -> (elements it closes, elements that stop the search).
_IMPLIES = (
    dict.fromkeys(_BLOCK - _TABLE_PARTS | {"table"}, ({"p"}, _CELL_SCOPE))
    | dict.fromkeys(_HEADINGS, ({"p"} | _HEADINGS, _CELL_SCOPE))
    | dict.fromkeys(("li",), ({"li", "p"}, _LIST_SCOPE))
    | dict.fromkeys(("dt", "dd"), ({"dt", "dd", "p"}, _LIST_SCOPE))
    | dict.fromkeys(("td", "th"), ({"td", "th"}, {"tr", "table"}))
    | dict.fromkeys(("thead", "tbody"), ({"thead", "tbody"}, {"table"}))
    | {"tr": ({"tr"}, {"table", "thead", "tbody"}), "a": ({"a"}, _CELL_SCOPE)}
)

_TOKEN = re.compile(r"""
    (?P<text>(?:[^<]+|<(?![A-Za-z!?/]))++)            # a "<" that opens nothing is text
  | <!--(?:-?>|.*?(?:--!?>|\Z))                       # comment, also the abrupt <!--> and <!--->
  | <(?P<end>/?)(?P<name>[A-Za-z][^\s/>]*)
     (?P<attrs>(?:[^>"'=]+|=\s*"[^"]*(?:"|\Z)|=\s*'[^']*(?:'|\Z)|["'=])*+)(?P<gt>>?)
  | <[!?/][^>]*>?                                     # doctype, processing instruction, bogus comment
""", re.S | re.X)
_ATTR = re.compile(r"""([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?""")
_BARE_REF = re.compile(r"&([A-Za-z][A-Za-z0-9]*+)(?!;)")
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_WS = " \t\n"
_WS_RUN = re.compile(r"(?: [ \t\n]|[\t\n])[ \t\n]*")  # any whitespace run except an already single space
# East Asian wide characters (Hangul excepted): a line break between two of them is not a space (CSS Text 3).
_WIDE = "\u2e80-\u3129\u3190-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uf900-\ufaff\ufe30-\ufe4f" \
        "\uff00-\uff9f\uffe0-\uffe6\U00020000-\U0003fffd"
_WIDE_CHAR = re.compile(f"[{_WIDE}]")
_CJK_BREAK = re.compile(f"(?<=[{_WIDE}])[ \t]*\n[ \t\n]*(?=[{_WIDE}])")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_ARCHIVE_SRC = re.compile(r"archive:([A-Za-z0-9._/-]{1,500})", re.I)
_LANG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")
_ID_JUNK = re.compile(r"[^A-Za-z0-9_-]")
_MAX_NOTES = 100
# Qt's table layout takes about twice as long for every further table nested inside a cell: 10 deep
# lays out in 20 ms, 21 deep in 20 s. Deeper tables are flattened to their text.
_MAX_TABLE_NESTING = 8


@dataclass(frozen=True)
class SanitizedHtml:
    html: str  # safe markup, rebuilt from tokens; always well-formed
    text: str  # plain text as laid out: blocks and <br> end lines, whitespace collapsed
    title: str | None  # <title>, else the first <h1>
    links: tuple[str, ...]  # http, https and mailto hrefs kept, for the viewer's confirm dialog
    removed: tuple[str, ...]  # what was removed, deduplicated, at most 100 notes


def sanitize_html(raw: str, *, max_depth: int = 64, max_chars: int = 5_000_000) -> SanitizedHtml:
    """Rebuild `raw` from allowed tokens only; see the module docstring for the policy."""
    return _Sanitizer(max_depth).run(raw, max_chars)


def plain_text_to_html(text: str) -> str:
    """Markup for a .txt report: paragraphs at blank lines, <br> at single newlines, canonical output."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = (p.strip("\n") for p in re.split(r"\n(?:[ \t]*\n)+", text) if p.strip(_WS))
    markup = "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs)
    # Through the sanitiser, so the result is exactly what re-sanitising at display time would produce.
    return sanitize_html(markup, max_chars=len(markup)).html


def _unescape_attr(value: str) -> str:
    # In attributes a reference without ";" followed by "=" or more letters is literal ("?a=1&copy=2").
    def protect(m: re.Match) -> str:
        literal = value.startswith("=", m.end()) or m[1] not in html5
        return "&amp;" + m[1] if literal else m[0]
    return html.unescape(_BARE_REF.sub(protect, value))


def _clean_url(value: str) -> str:
    # Browsers strip surrounding spaces and drop tabs and newlines anywhere: "java\tscript:" is javascript:.
    return value.strip(_WS).replace("\t", "").replace("\n", "")


def _scheme(url: str) -> str | None:
    m = _SCHEME.match(url)
    return m[1].lower() if m else None


def _short(url: str) -> str:
    return url if len(url) <= 120 else url[:119] + "…"


def _image_kind(src: str) -> str:
    scheme = _scheme(src)
    if src.startswith("//") or scheme in ("http", "https"):
        return "remote"
    if scheme:
        return {"file": "local file", "data": "embedded data", "archive": "invalid archive"}.get(scheme, "unsupported")
    return "relative" if src else "missing"


def _bounded_int(value: str, top: int) -> str | None:
    value = value.strip(_WS)
    return str(int(value)) if re.fullmatch(r"[0-9]{1,5}", value) and 1 <= int(value) <= top else None


def _tag(name: str, attrs: list[tuple[str, str]]) -> str:
    return "<" + name + "".join(f' {k}="{html.escape(v)}"' for k, v in attrs) + ">" if attrs else f"<{name}>"


class _Sanitizer:
    def __init__(self, max_depth: int):
        self._max_depth = max_depth
        self._html: list[str] = []  # markup fragments
        self._text: list[str] = []  # plain text fragments
        self._stack: list[str] = []  # emitted open elements, never more than max_depth
        self._overflow: dict[str, int] = {}  # flattened elements still open, by name
        self._skip: list | None = None  # [name, nesting] while inside a drop-content element
        self._pending: str | None = None  # collapsed whitespace not yet written: " ", or "\n" if it had a break
        self._slot = 0  # index in _html reserved for the pending whitespace
        self._line_start, self._last = True, ""  # _last is the last character written, for the CJK rule
        self._pre, self._row_has_cell = 0, False
        self._title: str | None = None
        self._h1_from: int | None = None  # index into _text while the first <h1> is open
        self._h1_title: str | None = None
        self._links: dict[str, None] = {}  # dicts as ordered sets
        self._notes: dict[str, None] = {}

    def run(self, raw: str, max_chars: int) -> SanitizedHtml:
        if len(raw) > max_chars:
            raw = raw[:max_chars]
            self._note(f"input truncated to {max_chars:,} characters")
        # Controls and bidi overrides go from markup as well as text; entities are cleaned once decoded.
        source = self._clean(raw.replace("\r\n", "\n").replace("\r", "\n"))
        pos, end, match, token, text_node = 0, len(source), _TOKEN.match, self._token, self._text_node
        while pos < end:  # the hot loop: locals, and text handled inline
            m = match(source, pos)
            if m.lastgroup != "text":
                pos = token(m, source)
                continue
            if not self._skip:
                text = m["text"]
                text_node(self._decode(text) if "&" in text else text)
            pos = m.end()
        while self._stack:
            self._pop()
        return SanitizedHtml("".join(self._html), "".join(self._text).strip("\n"),
                             self._title or self._h1_title, tuple(self._links), tuple(self._notes))

    def _note(self, message: str) -> None:
        if len(self._notes) < _MAX_NOTES:
            self._notes[message] = None

    def _clean(self, value: str) -> str:
        cleaned = _UNSAFE_CHARS.sub("", value)
        if len(cleaned) != len(value) and _BIDI.search(value):
            self._note("bidi control characters (they can disguise text)")
        return cleaned

    def _decode(self, text: str, attribute: bool = False) -> str:
        return self._clean(_unescape_attr(text) if attribute else html.unescape(text))

    def _token(self, m: re.Match, source: str) -> int:
        if m.lastgroup == "gt" and m["gt"]:  # comments, doctypes and tags cut off by the end of input are dropped
            name = m["name"].lower()
            if m["end"]:
                self._end(name)
            else:
                self._start(name, m["attrs"])
                if name in _RAW_TEXT or name == "pre":
                    return self._after_start(name, source, m.end())
        return m.end()

    def _after_start(self, name: str, source: str, pos: int) -> int:
        if name in _RAW_TEXT:
            end = _RAW_END[name].search(source, pos)
            stop = end.start() if end else len(source)
            if name == "title" and not self._skip and not self._title:
                self._title = _collapse(self._decode(source[pos:stop]))
            return stop
        # As in browsers, a newline right after <pre> is not content.
        return pos + 1 if name == "pre" and source.startswith("\n", pos) else pos

    def _attrs(self, source: str) -> dict[str, str]:
        attrs: dict[str, str] = {}
        for m in _ATTR.finditer(source):
            value = m[2] if m[2] is not None else m[3] if m[3] is not None else m[4] or ""
            value = self._decode(value, attribute=True) if "&" in value else value
            attrs.setdefault(m[1].lower(), value)  # the first of a repeated attribute wins, as in browsers
        return attrs

    def _start(self, name: str, attr_source: str) -> None:
        if self._skip:
            if name == self._skip[0]:
                self._skip[1] += 1
            return
        if name in _NOTED_TAGS:
            self._note(f"{name} element")
        if name in _DROP_CONTENT:
            self._skip = [name, 1]
            return
        attrs = self._attrs(attr_source) if attr_source else {}
        name = _RENAMED.get(name, name)
        if name == "img":
            self._image(attrs)
        elif name in _ALLOWED:
            self._element(name, self._allowed_attrs(name, attrs) if attrs else [])
        else:
            self._allowed_attrs("", attrs)  # nothing is kept, but dangerous attributes are noted

    def _end(self, name: str) -> None:
        if self._skip:
            if name == self._skip[0]:
                self._skip[1] -= 1
                self._skip = self._skip if self._skip[1] else None
            return
        if name == "br":  # browsers read </br> as <br>
            return self._element("br", [])
        name = _RENAMED.get(name, name)
        if self._overflow.get(name):
            self._overflow[name] -= 1
            return
        if name not in self._stack:
            return
        scope = _END_SCOPES.get(name, _CELL_SCOPE)
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i] == name:
                return self._pop_to(i)
            if self._stack[i] in scope:
                return

    def _allowed_attrs(self, tag: str, attrs: dict[str, str]) -> list[tuple[str, str]]:
        kept = []
        for key, value in attrs.items():
            value = self._attr_value(tag, key, value)
            if value is not None:
                kept.append((key, value))
            elif key.startswith("on") or key in _NOTED_ATTRS:
                self._note(f"{key} attribute")
        return kept

    def _attr_value(self, tag: str, key: str, value: str) -> str | None:
        if key == "dir":
            value = value.strip(_WS).lower()
            return value if value in ("ltr", "rtl", "auto") else None
        if key == "lang":
            return value if _LANG.fullmatch(value) else None
        if tag == "a" and key == "href":
            return self._href(_clean_url(value))
        if tag in ("td", "th") and key in ("colspan", "rowspan"):
            return _bounded_int(value, 100)
        if tag in _HEADINGS and key == "id":
            return _ID_JUNK.sub("", value)[:100] or None
        if tag == "img" and key in ("width", "height"):
            return _bounded_int(value, 4096)  # a huge size would make Qt allocate a huge pixmap
        return value if tag == "img" and key == "alt" else None

    def _href(self, url: str) -> str | None:
        scheme = _scheme(url)
        if url.startswith("#") or scheme in ("http", "https", "mailto"):
            if scheme:
                self._links[url] = None
            return url
        if url:
            self._note(f"{scheme}: link" if scheme else f"relative link {_short(url)}")
        return None

    def _image(self, attrs: dict[str, str]) -> None:
        src = _clean_url(attrs.get("src", ""))
        kept = self._allowed_attrs("img", attrs)
        m = _ARCHIVE_SRC.fullmatch(src)
        if m and not {"", ".", ".."} & set(m[1].split("/")):
            self._flush()
            self._html.append(_tag("img", [("src", "archive:" + m[1])] + kept))
            return
        kind = _image_kind(src)
        where = "" if kind in ("embedded data", "missing") else " " + _short(src)  # a data: URL is just noise
        self._note(f"{kind} image{where}")
        self._text_node(f"[image removed: {attrs.get('alt', '').strip(_WS) or kind + where}]")

    def _element(self, name: str, attrs: list[tuple[str, str]]) -> None:
        if name in _TABLE_PARTS and (self._overflow.get("table") or (
                name == "table" and self._stack.count("table") >= _MAX_TABLE_NESTING)):
            # Inside a flattened table every part is flattened too, cells kept apart by a space.
            self._overflow[name] = self._overflow.get(name, 0) + 1
            self._note(f"tables nested deeper than {_MAX_TABLE_NESTING} flattened")
            self._space(" ")
            return
        if name in _VOID:  # br, hr
            self._close_implied(name)
            self._html.append(_tag(name, attrs))
            if name == "br":
                self._text.append("\n")
            self._break()
            return
        self._close_implied(name)
        if len(self._stack) >= self._max_depth:
            self._overflow[name] = self._overflow.get(name, 0) + 1
            self._note(f"elements nested deeper than {self._max_depth} levels flattened")
            return
        if name in _BLOCK:
            self._break()
        if name in ("td", "th"):
            self._cell()
        elif name == "tr":
            self._row_has_cell = False
        elif name == "pre":
            self._pre += 1
        self._html.append(_tag(name, attrs) + ("\n" if name == "pre" else ""))  # "\n" is eaten on re-reading
        self._stack.append(name)
        if name == "h1" and self._h1_title is None:
            self._h1_from = len(self._text)

    def _close_implied(self, name: str) -> None:
        targets, boundary = _IMPLIES.get(name, (frozenset(), ()))
        if targets.isdisjoint(self._stack):
            return
        outermost = None
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i] in boundary:
                break
            if self._stack[i] in targets:
                outermost = i
        if outermost is not None:
            self._pop_to(outermost)

    def _pop_to(self, index: int) -> None:
        while len(self._stack) > index:
            self._pop()

    def _pop(self) -> None:
        name = self._stack.pop()
        self._html.append(f"</{name}>")
        if name == "pre":
            self._pre -= 1
        if name == "h1" and self._h1_from is not None:
            self._h1_title = _collapse("".join(self._text[self._h1_from:])) or None
            self._h1_from = None
        if name in _BLOCK:
            self._break()
        elif name in ("td", "th"):
            self._pending = None

    def _text_node(self, text: str) -> None:
        if self._pre:
            self._put(text)
            return
        core = text.strip(_WS)
        if not core:
            self._space(text)
            return
        if text[0] in _WS:
            self._space(text[: text.index(core[0])])
        trail = text[len(text.rstrip(_WS)):] if text[-1] in _WS else ""
        self._flush(core[0])
        self._put(_WS_RUN.sub(" ", _CJK_BREAK.sub("", core) if "\n" in core else core))
        self._space(trail)

    def _space(self, whitespace: str) -> None:
        if whitespace and not self._line_start:  # whitespace at the start of a line is never shown
            if self._pending is None:
                # Reserve the place where the space appeared, so it lands outside a link opened after it.
                self._slot = len(self._html)
                self._html.append("")
            self._pending = "\n" if "\n" in whitespace or self._pending == "\n" else " "

    def _flush(self, first: str = "") -> None:
        """Write pending whitespace before content, unless it is a line break between CJK characters."""
        if self._pending and not (self._pending == "\n" and _WIDE_CHAR.match(self._last) and _WIDE_CHAR.match(first)):
            self._html[self._slot] = " "
            self._text.append(" ")
        self._pending, self._line_start = None, False

    def _put(self, text: str) -> None:
        if text:
            self._html.append(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
            self._text.append(text)
            self._last, self._line_start = text[-1], False

    def _break(self) -> None:
        self._pending, self._line_start = None, True
        if self._text and not self._text[-1].endswith("\n"):
            self._text.append("\n")

    def _cell(self) -> None:
        # Cells on one row are separated by a tab in the text, as innerText does.
        if self._row_has_cell:
            self._text.append("\t")
        self._row_has_cell, self._pending, self._line_start = True, None, True


def _collapse(text: str) -> str:
    return _WS_RUN.sub(" ", _CJK_BREAK.sub("", text.strip(_WS)))
