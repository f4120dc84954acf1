"""Compile a user's Whoosh-syntax query into an SQLite FTS5 MATCH expression plus SQL filters.

Readers know the Whoosh query language (words, "phrases", AND/OR/NOT, prefix*, fuzzy~, field:value,
date ranges), but the index is an FTS5 table inside an archive that may have been forged, and FTS5 has
a query syntax of its own. Passing typed text to MATCH would let a stray `"`, `*`, `:`, `^` or
`NEAR(` change the meaning of a search or fail with an SQLite syntax error, so the text is parsed by
whoosh.qparser and every word is re-emitted by this module: folded and split by `term_groups` (the
same function that built the index) and always double-quoted. Filters on plain columns (kind, lang,
date, ...) become a parameterised SQL condition; nothing the user typed ever reaches SQL as text.

Hostile or clumsy input gets a `QueryError` that says what to change, quickly: length, word count,
word length and nesting are capped before Whoosh sees the text, the two Whoosh parts that blow up
(ranges: quadratic; ANDNOT: exponential) are replaced, any exception from Whoosh becomes a
QueryError, and unbalanced quotes and parentheses are reported with their position because Whoosh
would silently guess.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from whoosh import analysis, fields, qparser, query
from whoosh.qparser import syntax
from whoosh.qparser.common import attach

from ..errors import QueryError
from .analysis import term_groups

__all__ = ["QUERY_ERROR_CODES", "CompiledQuery", "compile_query"]

# Which problem a QueryError reports, as a stable code: the viewer words each in the reader's language
# from the error's `details` (named after each code), while the CLI prints the English message.
QUERY_ERROR_CODES = (
    "too-long",              # more characters than max_length (length, limit)
    "word-too-long",         # one word longer than _MAX_WORD characters (length, limit, word)
    "too-many-words",        # more words than max_terms, before parsing (count, limit)
    "parentheses-too-deep",  # parentheses nested more than max_depth deep (limit, snippet)
    "unmatched-close",       # a ) with no ( before it (snippet: the text up to it)
    "unclosed-quote",        # a " with no closing " (snippet: the text from it)
    "unclosed-paren",        # a ( with no closing ) (snippet: the text from it)
    "and-only-filters",      # a filter OR'ed or negated together with words (fields, such as "kind")
    "excluded-or",           # an excluded word as one side of OR
    "not-a-date",            # a date: value that is not YYYY, YYYY-MM or YYYY-MM-DD (value)
    "plain-value-only",      # a filter given a pattern or range instead of a value (field, without ":")
    "unknown-kind",          # kind: other than report, image, table, row, email, file or entity (value)
    "nested-too-deep",       # operators nested deeper than the parentheses allow (ANDNOT chains)
    "unknown-field",         # field: that is not one of the known fields (field, known; without ":")
    "empty-date-range",      # date:[TO], a range with neither end
    "match-everything",      # a * on its own
    "inner-wildcard",        # ? or * inside a word (word)
    "range-not-date",        # [a TO b] on something other than date:
    "unsupported",           # a Whoosh query part this compiler has no translation for (part)
    "prefix-too-broad",      # word* with fewer than 2 letters before the * (word)
    "fuzzy-distance",        # word~N with N above 2 (word, distance)
    "not-understood",        # Whoosh's parser failed on the operators
    "only-excluded",         # only NOT words, nothing to find
    "nothing-to-search",     # no words at all (empty, or punctuation only)
    "too-many-terms",        # more search terms than max_terms after parsing (count, limit, expanded)
)


@dataclass(frozen=True)
class CompiledQuery:
    """A query ready for `search_docs_fts MATCH :match` joined to `search_docs AS d WHERE :where`."""

    match: str | None          # FTS5 MATCH expression; None when the query is only filters
    where: str                 # SQL condition over search_docs aliased as d; "1" if none
    params: tuple              # parameters of `where`, in order
    highlight: tuple[tuple[str, ...], ...]  # positive term groups to mark in snippets (fuzzy-expanded;
    #                                         a prefix query's last term ends with "*")
    terms: tuple[str, ...]     # the plain positive words typed, folded, for "did you mean"
    needs_tag_filter: tuple[str, ...] = ()  # tag:... values, for the user store to resolve
    dropped: tuple[str, ...] = ()  # words left out because the archive has none of them
    kinds: tuple[str, ...] = ()    # the kinds of document the query's kind: filters ask for


_FTS_COLUMNS = {"title": "title", "body": "body", "name": "names", "caption": "body"}
_SQL_FIELDS = ("kind", "lang", "source", "entity", "date", "tag", "folder", "path")
_KNOWN_FIELDS = (*_FTS_COLUMNS, *_SQL_FIELDS)
# "row" is a table's row document (the facets list it); kind:table finds the table and its rows.
_KINDS = ("report", "image", "table", "row", "email", "file", "entity")
# Where folder: and path: look: item_files (format 2 on), or for a format 1 archive the same columns
# derived from the item id (folder/stem) and file name. Chosen by code, never from the query text.
FILES_FORMAT_2 = "item_files"
FILES_FORMAT_1 = ("(SELECT id AS item_id, rtrim(id, replace(id, '/', '')) || file_name AS path, "
                  "rtrim(rtrim(id, replace(id, '/', '')), '/') AS folder FROM items)")
_SQL_CONDITIONS = {
    "lang": "d.lang = ? COLLATE NOCASE",
    "source": "d.source = ? COLLATE NOCASE",
    "entity": "(d.entity_id = ? OR d.item_id IN (SELECT item_id FROM mentions WHERE entity_id = ?))",
}
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
# Whitespace-separated chunks other than these count towards max_terms before parsing, which bounds
# the number of tokens Whoosh handles (~15 µs each).
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "TO"})
# Whoosh's field tagger rescans a run of word characters from every position in it, so parsing a
# word costs O(length²): 1,000 characters take ~10 ms, 40,000 take seconds.
_MAX_WORD = 200
# Whoosh's own range pattern scans from every [ or { to the end of the text looking for TO (O(n²) on
# "[ [ [ ..."); this one only looks at short bounds, which is all a date needs.
_RANGE = (r"(?P<open>[\[{])\s*(?:(?P<start>[^\s\]}]{1,30})\s+)?[Tt][Oo]"
          r"(?:\s+(?P<end>[^\s\]}]{1,30}))?\s*(?P<close>[\]}])")
# A name no user can type as `name:` (FieldsPlugin only sees \w+), so bare words stay unfielded.
_ANY = "$any"


class _AndNotGroup(syntax.AndNotGroup):
    """a ANDNOT b. Whoosh's BinaryGroup.query builds each side twice, so n chained ANDNOTs took 2^n
    steps (25 of them: minutes); this builds each side once and is otherwise the same."""

    def query(self, parser: qparser.QueryParser) -> query.Query:
        left, right = (node.query(parser) for node in self.nodes)
        if left is None or right is None:
            return query.NullQuery if left is None and right is None else left or right
        return attach(query.AndNot(left, right), self)


def _parser() -> qparser.QueryParser:
    """Whoosh's default syntax plus fuzzy~, with NOT also spelt as a leading `-`.

    Every field keeps its text as typed (no lower-casing, no splitting on punctuation): this module
    folds words with term_groups itself, and entity ids must stay exact. Unknown field names are kept
    (remove_unknown=False) so they can be refused by name instead of silently searched as text."""
    verbatim = analysis.SpaceSeparatedTokenizer()
    schema = fields.Schema(**{name: fields.TEXT(analyzer=verbatim) for name in (_ANY, *_KNOWN_FIELDS)})
    parser = qparser.QueryParser(_ANY, schema)  # default group: AND between words
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.replace_plugin(qparser.FieldsPlugin(remove_unknown=False))
    parser.replace_plugin(qparser.RangePlugin(re.compile(_RANGE)))
    # Whoosh's operators and precedence (earlier binds tighter), without ANDMAYBE and REQUIRE. NOT is
    # also a `-` at the start of a word: PlusMinusPlugin would split a-b and 2019-03-05 as well.
    tagger = qparser.OperatorsPlugin.OpTagger
    parser.replace_plugin(qparser.OperatorsPlugin([
        (tagger(r"(^|(?<=[\s()]))(NOT(?=\s)|-(?=[^\s-]))", syntax.NotGroup, syntax.PrefixOperator), 0),
        (tagger(r"(?<=\s)AND(?=\s)", syntax.AndGroup), 0),
        (tagger(r"(?<=\s)OR(?=\s)", syntax.OrGroup), 0),
        (tagger(r"(?<=\s)ANDNOT(?=\s)", _AndNotGroup), -5),
    ], clean=True))
    return parser


_PARSER = _parser()


def _show(text: str) -> str:
    """`text` cut short and made one printable line, to quote it in an error message."""
    shown = "".join(ch if ch.isprintable() else " " for ch in text[:30])
    return shown + ("…" if len(text) > 30 else "")


def _check_text(text: str, max_length: int, max_terms: int, max_depth: int) -> None:
    """Refuse, before Whoosh parses anything, text that is too big or whose brackets do not pair up."""
    if len(text) > max_length:
        raise QueryError(f"The query is {len(text)} characters long; the limit is {max_length}.",
                         code="too-long", details={"length": len(text), "limit": max_length})
    _check_brackets(text, max_depth)
    chunks = text.split()
    long_word = next((chunk for chunk in chunks if len(chunk) > _MAX_WORD), None)
    if long_word is not None:
        raise QueryError(f"A word of {len(long_word)} characters is too long to search for "
                         f"(the limit is {_MAX_WORD}): {_show(long_word)}", text.find(long_word),
                         code="word-too-long",
                         details={"length": len(long_word), "limit": _MAX_WORD, "word": _show(long_word)})
    words = sum(1 for chunk in chunks if chunk not in _OPERATORS)
    if words > max_terms:
        raise QueryError(f"The query has {words} words; the limit is {max_terms}.",
                         code="too-many-words", details={"count": words, "limit": max_terms})


def _check_brackets(text: str, max_depth: int) -> None:
    """Report the first unbalanced quote or parenthesis, or nesting deeper than max_depth, by position.

    Quotes pair up left to right as in Whoosh's phrase pattern; parentheses inside a phrase are text."""
    quote = None
    opened: list[int] = []
    for found in re.finditer(r'["()]', text):
        pos, char = found.start(), found.group()
        if char == '"':
            quote = pos if quote is None else None
        elif quote is not None:
            continue
        elif char == "(":
            opened.append(pos)
            if len(opened) > max_depth:
                raise QueryError(f"Parentheses are nested more than {max_depth} deep at position {pos}: "
                                 f"{_show(text[pos:])}", pos, code="parentheses-too-deep",
                                 details={"limit": max_depth, "snippet": _show(text[pos:])})
        elif not opened:
            before = _show(text[max(0, pos - 29):pos + 1])
            raise QueryError(f"Unmatched ) at position {pos}: {before}", pos, code="unmatched-close",
                             details={"snippet": before})
        else:
            opened.pop()
    if quote is not None:
        raise QueryError(f"Unclosed quote at position {quote}: {_show(text[quote:])}", quote,
                         code="unclosed-quote", details={"snippet": _show(text[quote:])})
    if opened:
        raise QueryError(f"Unclosed ( at position {opened[-1]}: {_show(text[opened[-1]:])}", opened[-1],
                         code="unclosed-paren", details={"snippet": _show(text[opened[-1]:])})


@dataclass(frozen=True)
class _Part:
    """What a query node compiles to, before it is combined with its siblings."""

    fts: str | None = None          # FTS5 expression that must match
    atomic: bool = True             # `fts` can be an operand without parentheses
    excluded: tuple[str, ...] = ()  # FTS5 operands that must not match
    where: tuple[str, ...] = ()     # SQL conditions over d, all required
    params: tuple = ()
    tags: tuple[str, ...] = ()
    filters: tuple[str, ...] = ()   # the fields behind `where` and `tags`, to name in errors
    kinds: tuple[str, ...] = ()     # the kinds a kind: filter asks for (not those it excludes)

    @property
    def empty(self) -> bool:
        """True for a node that asks nothing: a word of punctuation only, or `()`."""
        return self.fts is None and not (self.excluded or self.where or self.tags)


def _operand(expr: str, atomic: bool) -> str:
    """`expr` ready to sit next to an FTS5 operator: parenthesised unless it is a single phrase."""
    return expr if atomic else f"({expr})"


def _closed(part: _Part) -> tuple[str, bool]:
    """The FTS5 expression of a part with a positive side, exclusions included, and its atomicity."""
    if not part.excluded:
        return part.fts, part.atomic
    # FTS5's NOT is binary and needs a positive left side: (a AND b) NOT c NOT d.
    return " NOT ".join([_operand(part.fts, part.atomic), *part.excluded]), False


def _conjunction(conditions: tuple[str, ...] | list[str]) -> str:
    """SQL conditions ANDed into one operand."""
    return conditions[0] if len(conditions) == 1 else "(" + " AND ".join(conditions) + ")"


def _and_only(parts: list[_Part]) -> QueryError:
    """The error for a filter that would have to be OR'ed or negated together with words."""
    names = tuple(sorted({name for part in parts for name in part.filters}))
    return QueryError(f"{', '.join(names)} filters can be combined with words by AND only, not by OR or NOT.",
                      code="and-only-filters", details={"fields": tuple(name.rstrip(":") for name in names)})


def _all_of(parts: list[_Part]) -> _Part:
    """AND: every part must hold."""
    positive = [part for part in parts if part.fts is not None]
    if len(positive) == 1:
        fts, atomic = positive[0].fts, positive[0].atomic
    else:
        fts, atomic = " AND ".join(_operand(part.fts, part.atomic) for part in positive) or None, False
    return _Part(
        fts=fts, atomic=atomic,
        excluded=tuple(expr for part in parts for expr in part.excluded),
        where=tuple(cond for part in parts for cond in part.where),
        params=tuple(param for part in parts for param in part.params),
        tags=tuple(tag for part in parts for tag in part.tags),
        filters=tuple(name for part in parts for name in part.filters),
        kinds=tuple(kind for part in parts for kind in part.kinds))


def _any_of(parts: list[_Part]) -> _Part:
    """OR: all alternatives must be words, or all plain-column filters; one MATCH cannot mix them."""
    parts = [part for part in parts if not part.empty]
    if len(parts) <= 1:
        return parts[0] if parts else _Part()
    if any(part.tags for part in parts) or (any(part.where for part in parts) and any(
            part.fts is not None or part.excluded for part in parts)):
        raise _and_only(parts)
    if all(part.where for part in parts):
        return _Part(where=("(" + " OR ".join(_conjunction(part.where) for part in parts) + ")",),
                     params=tuple(param for part in parts for param in part.params),
                     filters=tuple(name for part in parts for name in part.filters),
                     kinds=tuple(kind for part in parts for kind in part.kinds))
    if any(part.fts is None for part in parts):
        raise QueryError("An excluded word (NOT or -) cannot be one side of OR; "
                         "write the words to find on both sides.", code="excluded-or")
    return _Part(fts=" OR ".join(_operand(*_closed(part)) for part in parts), atomic=False)


def _negate(part: _Part) -> _Part:
    """NOT: words become exclusions, filters `NOT (...)`; a NOT of only exclusions finds them again."""
    if part.empty:
        return part
    if part.tags or (part.where and (part.fts is not None or part.excluded)):
        raise _and_only([part])
    if part.where:
        # A NULL column makes the condition NULL, which NOT leaves NULL (false): without COALESCE,
        # -lang:zh would also drop every document with no language.
        return replace(part, where=(f"NOT COALESCE({_conjunction(part.where)}, 0)",), kinds=())
    if part.fts is None:
        return _Part(fts=" OR ".join(part.excluded), atomic=len(part.excluded) == 1)
    return _Part(excluded=(_operand(*_closed(part)),))


def _phrase(terms: list[str], column: str | None) -> str:
    """One FTS5 string: FTS5 reads it as a phrase of its space-separated terms, and doubling `"`
    keeps any FTS5 syntax inside it literal."""
    quoted = '"' + " ".join(terms).replace('"', '""') + '"'
    return f"{column} : {quoted}" if column else quoted


def _date_prefix(text: str) -> str:
    """A valid YYYY, YYYY-MM or YYYY-MM-DD, or QueryError."""
    text = text.strip('"')
    found = _DATE.fullmatch(text)
    if found is not None:
        try:
            datetime.date(*(int(part or 1) for part in found.groups()))
            return text
        except ValueError:
            pass
    raise QueryError(f"Not a date: {_show(text)}. Write dates as YYYY, YYYY-MM or YYYY-MM-DD.",
                     code="not-a-date", details={"value": _show(text)})


def _date_filter(q: query.Query) -> _Part:
    """date:2019 (any date starting with 2019) or date:[2017 TO 2019-06] with [ ] or { } bounds.

    Dates are ISO prefixes compared as text. PREFIX + ":" is the first string after every date that
    starts with PREFIX (":" sorts after the digits and "-": 2019 <= 2019-12-31 < 2019: < 2020), so
    bounds need no calendar arithmetic."""
    if not isinstance(q, query.TermRange):
        prefix = _date_prefix(_value("date", q))
        return _Part(where=("(d.date >= ? AND d.date < ?)",), params=(prefix, prefix + ":"),
                     filters=("date:",))
    where, params = [], []
    if q.start is not None:
        start = _date_prefix(q.start)
        where.append("d.date >= ?")
        params.append(start + ":" if q.startexcl else start)
    if q.end is not None:
        end = _date_prefix(q.end)
        where.append("d.date < ?")
        params.append(end if q.endexcl else end + ":")
    return _Part(where=(_conjunction(where),), params=tuple(params), filters=("date:",))


def _value(field: str, q: query.Query) -> str:
    """The text of field:value or field:"several words"."""
    if isinstance(q, query.Phrase):
        return " ".join(q.words)
    if type(q) is query.Term:
        return q.text
    raise QueryError(f"{field}: takes a plain value, such as {field}:something, not a pattern or range.",
                     code="plain-value-only", details={"field": field})


def _kind_filter(value: str) -> _Part:
    """kind:X. A table's rows are documents of their own (doc_kind "row"); kind:table asks the items
    table, so it finds the table and every row of it."""
    kind = value.lower()
    if kind not in _KINDS:
        raise QueryError(f"Unknown kind: {_show(value)}. Use kind:report, kind:image, kind:table, kind:email, "
                         f"kind:file or kind:entity.", code="unknown-kind", details={"value": _show(value)})
    if kind == "table":
        return _Part(where=("d.item_id IN (SELECT id FROM items WHERE kind = ?)",), params=(kind,),
                     filters=("kind:",), kinds=(kind,))
    return _Part(where=("d.doc_kind = ?",), params=(kind,), filters=("kind:",), kinds=(kind,))


def _folder_filter(value: str, files: str) -> _Part:
    """folder:"leak/疏附县": items in that folder or any folder below it (exact, case-sensitive
    comparisons: "/" + 1 is "0", so [F/, F0) holds exactly the paths below F)."""
    folder = value.strip("/")
    if not folder:
        return _Part(where=(f"d.item_id IN (SELECT item_id FROM {files})",), filters=("folder:",))
    return _Part(where=(f"d.item_id IN (SELECT item_id FROM {files} WHERE folder = ? OR "
                        "(folder >= ? AND folder < ?))",),
                 params=(folder, folder + "/", folder + "0"), filters=("folder:",))


def _path_filter(field: str, q: query.Query, files: str) -> _Part:
    """path:reports/ (paths starting with it) or path:*.xlsx (a glob: * and ? match any characters,
    "/" included; letters compared without case, so *.pdf also finds REPORT.PDF)."""
    if isinstance(q, query.Wildcard):
        pattern = q.text
    elif isinstance(q, query.Prefix):
        pattern = q.text + "*"
    else:
        pattern = _value(field, q)
    if "*" in pattern or "?" in pattern:
        return _Part(where=(f"d.item_id IN (SELECT item_id FROM {files} WHERE lower(path) GLOB lower(?))",),
                     params=(pattern,), filters=("path:",))
    return _Part(where=(f"d.item_id IN (SELECT item_id FROM {files} WHERE substr(path, 1, ?) = ?)",),
                 params=(len(pattern), pattern), filters=("path:",))


def _filter(field: str, q: query.Query, files: str = FILES_FORMAT_2) -> _Part:
    """A filter on a plain column of search_docs (or, for tag:, on the user store; for folder: and
    path:, on `files`, the item_files table or its format 1 stand-in)."""
    if field == "date":
        return _date_filter(q)
    if field == "path":
        return _path_filter(field, q, files)
    value = _value(field, q)
    if field == "tag":
        return _Part(tags=(value,), filters=("tag:",))
    if field == "kind":
        return _kind_filter(value)
    if field == "folder":
        return _folder_filter(value, files)
    condition = _SQL_CONDITIONS[field]
    return _Part(where=(condition,), params=(value,) * condition.count("?"), filters=(f"{field}:",))


class _Compiler:
    """Walks Whoosh's query tree, collecting highlight groups, typed words and the term count."""

    def __init__(self, expand_fuzzy: Callable[[str, int], list[str]], max_expansions: int, max_depth: int,
                 files: str = FILES_FORMAT_2, *, text: str = "", forms: Callable[[str], list[str]] | None = None,
                 known: Callable[[str], bool] | None = None):
        self.expand_fuzzy = expand_fuzzy
        self.text = text
        self.forms = forms
        self.known = known  # None: every word is searched as typed, none is left out
        self.dropped: dict[str, None] = {}
        self.files = files
        self.max_expansions = max_expansions
        # Whoosh can nest deeper than the parentheses show (ANDNOT chains, brackets hidden in
        # quotes it reads differently): every level of parentheses may add an operator and a NOT.
        self.max_tree_depth = 2 * max_depth + 2
        self.highlight: dict[tuple[str, ...], None] = {}  # ordered sets
        self.terms: dict[str, None] = {}
        self.term_count = 0
        self.expanded = False

    def compile(self, q: query.Query, positive: bool = True, depth: int = 0) -> _Part:
        """The part for `q`; `positive` is False under an odd number of NOTs (nothing to highlight)."""
        if depth > self.max_tree_depth:
            raise QueryError("The query is nested too deeply; remove some parentheses or operators.",
                             code="nested-too-deep")
        kind = type(q)
        if kind is query.And:
            return _all_of([self.compile(sub, positive, depth + 1) for sub in q.subqueries])
        if kind is query.Or:
            return _any_of([self.compile(sub, positive, depth + 1) for sub in q.subqueries])
        if kind is query.Not:
            return _negate(self.compile(q.query, not positive, depth + 1))
        if kind is query.AndNot:
            return _all_of([self.compile(q.a, positive, depth + 1),
                            _negate(self.compile(q.b, not positive, depth + 1))])
        if q is query.NullQuery:
            return _Part()
        try:
            return self.leaf(q, positive)
        except QueryError as exc:  # point at the word, when Whoosh knows where it starts
            if exc.position is None:
                exc.position = getattr(q, "startchar", None)
            raise

    def leaf(self, q: query.Query, positive: bool) -> _Part:
        """A word, phrase, prefix, fuzzy word or filter."""
        name = getattr(q, "fieldname", None)
        field = name.lower() if name not in (None, _ANY) else None
        if field is not None and field not in _KNOWN_FIELDS:
            raise QueryError(f"Unknown field {_show(name)}:. Known fields: {', '.join(_KNOWN_FIELDS)}. "
                             'To search for text containing ":", put it in quotes.',
                             code="unknown-field", details={"field": _show(name), "known": _KNOWN_FIELDS})
        if isinstance(q, query.Every) and field == "date":
            raise QueryError("date:[TO] needs a first or a last date.", code="empty-date-range")
        if isinstance(q, query.Every):
            raise QueryError("* alone would match everything; type at least 2 characters before *.",
                             code="match-everything")
        if field == "path":  # a glob: its * and ? are the point
            return _filter(field, q, self.files)
        if isinstance(q, query.Wildcard):
            raise QueryError(f"Only a * at the end of a word is supported (chen*), not ? or * inside "
                             f"it: {_show(q.text)}", code="inner-wildcard", details={"word": _show(q.text)})
        if field in _SQL_FIELDS:
            return _filter(field, q, self.files)
        if isinstance(q, query.TermRange):
            raise QueryError("Ranges [a TO b] work with date: only, as in date:[2017 TO 2019].",
                             code="range-not-date")
        handler = {query.Term: self.word, query.Phrase: self.phrase, query.Prefix: self.prefix,
                   query.FuzzyTerm: self.fuzzy}.get(type(q))
        if handler is None:
            raise QueryError(f"Unsupported query part: {_show(str(q))}", code="unsupported",
                             details={"part": _show(str(q))})
        part = handler(q, _FTS_COLUMNS.get(field), positive)
        if field == "caption" and not part.empty:
            return _all_of([part, _Part(where=("d.doc_kind = ?",), params=("image",), filters=("caption:",))])
        return part

    def emit(self, groups: list[list[str]], column: str | None, positive: bool, prefix: bool = False
             ) -> _Part:
        """One FTS5 phrase of all the groups' terms (a word's groups and a phrase's words alike must
        appear in order, together), its last term a prefix if asked; punctuation alone gives nothing."""
        if not groups:
            return _Part()
        self.term_count += 1
        fts = _phrase([term for group in groups for term in group], column) + (" *" if prefix else "")
        if positive:
            if prefix:  # the snippet highlighter's convention: the group's last term ends with *
                groups = [*groups[:-1], [*groups[-1][:-1], groups[-1][-1] + "*"]]
            self.highlight.update((tuple(group), None) for group in groups)
        return _Part(fts=fts)

    def word(self, q: query.Term, column: str | None, positive: bool) -> _Part:
        """A bare word: also remembered for "did you mean" when it is a single term. Unless quoted, an
        English word also finds its other forms in the body text (forms()), and a word the archive
        does not have at all is left out of the search (known(); named in `dropped`)."""
        groups = term_groups(q.text)
        if len(groups) != 1 or len(groups[0]) != 1:
            return self.emit(groups, column, positive)
        term = groups[0][0]
        if positive:
            self.terms[term] = None
        quoted = self._quoted(q)
        forms = self._forms(term) if self.forms is not None and not quoted and column in (None, "body", "title") else []
        if positive and column is None and not quoted and not forms and self.known is not None \
                and not self.known(term):
            self.dropped[term] = None
            return _Part()
        if not forms:
            return self.emit(groups, column, positive)
        # The word as typed anywhere, its other forms in the body (or the field asked for): never in
        # the names column, where a name's spelling is the point (Adams is not Adam).
        self.term_count += 1 + len(forms)
        if positive:
            self.highlight.update(((form,), None) for form in (term, *forms))
        fts = " OR ".join([_phrase([term], column), *(_phrase([form], column or "body") for form in forms)])
        return _Part(fts=fts, atomic=False)

    def _quoted(self, q: query.Query) -> bool:
        """Whether the reader put this word in quotes ("uyghurs": exactly that form); Whoosh turns a
        quoted single word into a plain Term, but its start is just after the quote."""
        start = getattr(q, "startchar", None)
        return isinstance(start, int) and 0 < start <= len(self.text) and self.text[start - 1] == '"'

    def _forms(self, term: str) -> list[str]:
        """Other forms of `term` from the archive's vocabulary, kept only if they are printable single
        words (a forger writes the vocabulary, as for fuzzy expansions)."""
        return [form for form in self.forms(term)[: self.max_expansions]
                if form != term and form.isprintable() and form.split() == [form]]

    def phrase(self, q: query.Phrase, column: str | None, positive: bool) -> _Part:
        """A "quoted phrase": its words' terms in order (the ~slop of Whoosh phrases is not kept)."""
        return self.emit(term_groups(" ".join(q.words)), column, positive)

    def prefix(self, q: query.Prefix, column: str | None, positive: bool) -> _Part:
        """word*: FTS5 marks the last term of the string as a prefix."""
        groups = term_groups(q.text)
        if len("".join(term for group in groups for term in group)) < 2:
            raise QueryError(f"{_show(q.text)}* would match too many words; "
                             "type at least 2 letters before *.", code="prefix-too-broad",
                             details={"word": _show(q.text)})
        return self.emit(groups, column, positive, prefix=True)

    def fuzzy(self, q: query.FuzzyTerm, column: str | None, positive: bool) -> _Part:
        """word~ or word~2: the word OR the index terms within that many edits of it."""
        if q.maxdist > 2:
            raise QueryError(f"{_show(q.text)}~{q.maxdist}: fuzzy search allows 1 or 2 edits "
                             "(word~ or word~2).", code="fuzzy-distance",
                             details={"word": _show(q.text), "distance": q.maxdist})
        groups = term_groups(q.text)
        if q.maxdist == 0 or [len(group) for group in groups] != [1]:
            # Edits mean nothing inside a Chinese bigram phrase or a hyphenated pair: search the word.
            return self.emit(groups, column, positive)
        found = self.expansions(groups[0][0], q.maxdist, q.prefixlength)
        self.term_count += len(found)
        self.expanded |= len(found) > 1
        if positive:
            self.highlight.update(((term,), None) for term in found)
        return _Part(fts=" OR ".join(_phrase([term], column) for term in found), atomic=len(found) == 1)

    def expansions(self, term: str, distance: int, prefix_length: int) -> list[str]:
        """`term` and up to max_expansions - 1 of expand_fuzzy's suggestions that share its first
        `prefix_length` characters (word~1/2). The suggestions come from the archive's vocabulary,
        which a forger controls: quoting keeps them literal, but FTS5 reads a NUL as the end of the
        expression and a blank would make a phrase, so only printable single words are kept."""
        found = [term]
        for candidate in self.expand_fuzzy(term, distance):
            if len(found) >= self.max_expansions:
                break
            if (candidate not in found and candidate.startswith(term[:prefix_length])
                    and candidate.isprintable() and candidate.split() == [candidate]):
                found.append(candidate)
        return found


def compile_query(text: str, *, expand_fuzzy: Callable[[str, int], list[str]] = lambda term, distance: [],
                  forms: Callable[[str], list[str]] | None = None, known: Callable[[str], bool] | None = None,
                  max_length: int = 1000, max_terms: int = 64, max_depth: int = 16,
                  max_expansions: int = 50, item_files: bool = True) -> CompiledQuery:
    """Compile Whoosh query syntax typed by a reader; QueryError (with `.position` when one character
    is to blame) says what to change. `expand_fuzzy(term, distance)` lists index terms near `term`;
    `forms(term)` the other forms of an English word (archive/search/english.py), searched in the body
    unless the word is quoted; `known(term)` whether the archive has a term at all: a plain word it
    has not is left out, and named in `dropped`, unless every word is. `item_files` is False for a
    format 1 archive, whose folder: and path: filters use item ids."""
    _check_text(text, max_length, max_terms, max_depth)
    try:
        parsed = _PARSER.parse(text)
    except Exception as exc:
        # Whoosh's parser is not hardened against odd input ("NOT NOT a" raises IndexError).
        raise QueryError("Could not understand the query; check how AND, OR and NOT are used.",
                         code="not-understood") from exc
    files = FILES_FORMAT_2 if item_files else FILES_FORMAT_1
    compiler = _Compiler(expand_fuzzy, max_expansions, max_depth, files, text=text, forms=forms, known=known)
    part = compiler.compile(parsed)
    if compiler.dropped and part.fts is None:
        # Nothing the archive has is left to search for: search every word as typed (no hits, and
        # "did you mean" for them) rather than only the filters or nothing.
        compiler = _Compiler(expand_fuzzy, max_expansions, max_depth, files, text=text, forms=forms)
        part = compiler.compile(parsed)
    if part.fts is None and part.excluded:
        raise QueryError("The query only excludes words: add at least one word to search for.",
                         code="only-excluded")
    if part.empty:
        raise QueryError("Nothing to search for: the query has no words (punctuation is not indexed).",
                         code="nothing-to-search")
    if compiler.term_count > max_terms:
        expanded = " after fuzzy expansion" if compiler.expanded else ""
        raise QueryError(f"The query has {compiler.term_count} search terms{expanded}; "
                         f"the limit is {max_terms}.", code="too-many-terms",
                         details={"count": compiler.term_count, "limit": max_terms, "expanded": compiler.expanded})
    return CompiledQuery(
        match=_closed(part)[0] if part.fts is not None else None,
        where=" AND ".join(part.where) or "1",
        params=part.params,
        highlight=tuple(compiler.highlight),
        terms=tuple(compiler.terms),
        needs_tag_filter=part.tags,
        dropped=tuple(compiler.dropped),
        kinds=part.kinds)


def tags_in(text: str) -> tuple[str, ...]:
    """The `tag:` values a query filters on, for the reader's store to resolve before the search runs.

    Raises QueryError as `compile_query` does: a query that cannot be compiled cannot be searched either.
    """
    return compile_query(text).needs_tag_filter
