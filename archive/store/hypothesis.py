"""Hypothesis's own JSON, read as the W3C annotations it stands for.

Hypothesis (hypothes.is) hands out annotations in two shapes. Its JSON-LD (`Accept: application/ld+json`)
is W3C already and needs nothing here: creator `acct:NAME@hypothes.is`, a Markdown TextualBody, tag
bodies, and targets whose selectors always include a RangeSelector (XPaths into the web page) next to
TextPositionSelector and TextQuoteSelector. Its API JSON, which the client's "Export annotations" file
(`{"export_date", "export_userid", "client_version", "annotations": [...]}`) and a search result
(`{"total", "rows": [...]}`) hold, has no `type`: `id` (a bare token), `user`, `user_info.display_name`,
`uri`, `text` (Markdown), `tags`, `target[].selector[]`, `created`/`updated`, `references` for a reply.
`as_w3c` turns such an annotation into the W3C form, with the id Hypothesis's JSON-LD gives it, so the
same annotation exported either way is imported once.
"""

from __future__ import annotations

import re

WEB = "https://hypothes.is/a/"
_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}\Z")


def items(data) -> list | None:
    """The annotations of a Hypothesis export or search result; None if `data` is neither."""
    if isinstance(data, dict) and "@context" not in data:
        for key in ("annotations", "rows"):
            if isinstance(data.get(key), list):
                return data[key]
        if _is_api_annotation(data):
            return [data]
    return None


def as_w3c(item):
    """A Hypothesis API annotation as a W3C Annotation object; anything else as it is."""
    if not _is_api_annotation(item):
        return item
    out = {"type": "Annotation", "target": _targets(item)}
    ident = item.get("id")
    if isinstance(ident, str) and _TOKEN.match(ident):
        out["id"] = WEB + ident
    elif ident is not None:
        out["id"] = ident  # the W3C reader refuses what is not a URI, naming it
    for w3c, api in (("created", "created"), ("modified", "updated")):
        if api in item:
            out[w3c] = item[api]
    out["creator"] = _creator(item)
    out["body"] = _bodies(item)
    if item.get("references"):
        out["motivation"] = "replying"
    return out


def _is_api_annotation(item) -> bool:
    """An object in Hypothesis's API shape: no W3C type, but a target list and a user or uri."""
    return (isinstance(item, dict) and "type" not in item and "@type" not in item
            and isinstance(item.get("target"), list) and ("user" in item or "uri" in item))


def _targets(item: dict) -> list:
    targets = []
    for target in item["target"]:
        if isinstance(target, dict):
            # A reply's or page note's target is only {"source": uri}; older ones lack even that.
            target = {"source": target.get("source", item.get("uri")), **{k: v for k, v in target.items()
                                                                          if k != "source"}}
        targets.append(target)
    return targets


def _creator(item: dict):
    name = item.get("user_info", {}).get("display_name") if isinstance(item.get("user_info"), dict) else None
    creator: dict = {"type": "Person"}
    if item.get("user") is not None:
        creator["id"] = item["user"]
    if isinstance(name, str) and name.strip():
        creator["name"] = name
    return creator


def _bodies(item: dict) -> list:
    text, tags = item.get("text", ""), item.get("tags", [])
    bodies = [{"type": "TextualBody", "value": text, "format": "text/markdown", "purpose": "commenting"}]
    for tag in tags if isinstance(tags, list) else [tags]:
        bodies.append({"type": "TextualBody", "value": tag, "purpose": "tagging"})
    return bodies
