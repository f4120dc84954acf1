"""Annotations as Hypothesis writes them, for import tests.

Shapes follow hypothesis/h: the API JSON of `h/services/annotation_json.py` (what the client's "Export"
file and a search result hold) and the JSON-LD of `h/presenters/annotation_jsonld.py` (where the client's
RangeSelector becomes an XPathSelector refined by a TextPositionSelector relative to that element).
"""

from __future__ import annotations

from .conftest import OHCHR

USER, DISPLAY = "acct:jane_doe@hypothes.is", "Jane Doe"


def selectors(exact: str, prefix: str = "", suffix: str = "") -> list[dict]:
    """What the Hypothesis client records for a highlight in a web page: offsets into the page, not us."""
    return [{"type": "RangeSelector", "startContainer": "/main[1]/div[2]/p[3]", "startOffset": 40,
             "endContainer": "/main[1]/div[2]/p[3]", "endOffset": 40 + len(exact)},
            {"type": "TextPositionSelector", "start": 10432, "end": 10432 + len(exact)},
            {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix}]


def api_annotation(ident: str, exact: str | None, prefix: str = "", suffix: str = "", *, text: str = "",
                   tags: tuple[str, ...] = (), uri: str = OHCHR, **extra) -> dict:
    """One annotation in Hypothesis's API JSON; `exact` None gives a page note (no selectors)."""
    target = {"source": uri}
    if exact is not None:
        target["selector"] = selectors(exact, prefix, suffix)
    return {"id": ident, "created": "2022-09-02T10:11:12.345678+00:00",
            "updated": "2022-09-02T10:15:00.000000+00:00", "user": USER, "uri": uri, "text": text,
            "tags": list(tags), "group": "__world__",
            "permissions": {"read": ["group:__world__"], "admin": [USER], "update": [USER], "delete": [USER]},
            "target": [target], "document": {"title": ["OHCHR Assessment of human rights concerns in Xinjiang"]},
            "links": {"html": f"https://hypothes.is/a/{ident}", "incontext": f"https://hyp.is/{ident}/www.ohchr.org/",
                      "json": f"https://hypothes.is/api/annotations/{ident}"},
            "user_info": {"display_name": DISPLAY}, "flagged": False, "hidden": False,
            "moderation_status": "APPROVED", "actions": [], "mentions": [], **extra}


def client_export(*annotations: dict) -> dict:
    """The file the Hypothesis client's "Export annotations" (JSON) saves."""
    return {"export_date": "2022-09-03T08:00:00.000Z", "export_userid": USER, "client_version": "1.1500.0",
            "annotations": list(annotations)}


def jsonld_annotation(ident: str, exact: str, prefix: str = "", suffix: str = "", *, text: str = "",
                      tags: tuple[str, ...] = (), uri: str = OHCHR) -> dict:
    """The same annotation as Hypothesis's JSON-LD (application/ld+json) gives it."""
    xpath = {"type": "XPathSelector", "value": "/main[1]/div[2]/p[3]",
             "refinedBy": {"type": "TextPositionSelector", "start": 40, "end": 40 + len(exact)}}
    bodies = [{"type": "TextualBody", "value": text, "format": "text/markdown"}]
    bodies += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in tags]
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
            "id": f"https://hypothes.is/a/{ident}", "created": "2022-09-02T10:11:12.345678+00:00",
            "modified": "2022-09-02T10:15:00.000000+00:00", "creator": USER, "body": bodies,
            "target": [{"source": uri, "selector": [xpath, *selectors(exact, prefix, suffix)[1:]]}]}
