"""Is an entity record valid FollowTheMoney? Judged by the committed model snapshot.

A build judges schema names and property names exactly against the snapshot of the real model
(`archive.ftm_model`, made from the library by `archive.publish.ftm_snapshot`), and values with the
snapshot's code lists and simple rules. It never imports `followthemoney` itself: that package imports
`requests`, and urllib3 opens a socket as it is imported, which no command of Casefile may do. The
tests hold both verdicts equal (tests/archive/publish/test_entities_ftm.py runs every case through
the library too, `Checker(use_library=True)`). A value FtM would not accept is reported and KEPT as
given: the archive holds what the publisher supplied.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import ftm, ftm_model


# Simple stand-ins for FtM's cleaners, used only without the library.
_SIMPLE = {
    "date": re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$"),
    "email": re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
    "url": re.compile(r"^(https?://)?[^\s/]+\.[^\s]+$", re.IGNORECASE),
    "number": re.compile(r"^[-+]?(\d[\d,' ]*)?\.?\d+([eE][-+]?\d+)?(\s*\S+)?$"),
    "entity": re.compile(r"^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$"),
}


class Checker:
    """Judges records against the FtM model; `library` says whose verdict it is."""

    def __init__(self, use_library: bool = False):
        self._model = _library_model() if use_library else None
        self.library = self._model is not None

    def schema_problem(self, schema: object) -> str | None:
        """Why `schema` cannot be a record's schema, or None when FtM accepts it."""
        name = schema if isinstance(schema, str) else None
        if self._model is not None:
            found = self._model.get(name) if name else None
            known, abstract = found is not None, found is not None and found.abstract
        else:
            known, abstract = name in ftm.SCHEMATA or name in ftm.ABSTRACT, name in ftm.ABSTRACT
        if not known:
            return f"unknown FollowTheMoney schema {schema!r}"
        if abstract:
            concrete = ", ".join(_concrete_children(schema)) or "a concrete one"
            return f"{schema} is an abstract FollowTheMoney schema, only there to be extended: use {concrete}"
        return None

    def property_problems(self, schema: str, properties: dict[str, list[str]]) -> Iterator[str]:
        """Every property or value of a record (of a valid `schema`) that FtM would not accept."""
        for prop, values in properties.items():
            spec = self._spec(schema, prop)
            if spec is None:
                yield f"{schema} has no FtM property {prop!r}; its values are kept, FtM tools ignore them"
            elif spec[1]:
                yield (f"{schema}.{prop} is a reverse link FtM derives from the other side; its values are "
                       f"kept, FtM tools ignore them")
            else:
                for value in values:
                    if not self._valid(spec[0], value):
                        yield f"{schema}.{prop} value {value!r} is not a valid FtM {spec[0]}; kept as given"

    def _spec(self, schema: str, prop: str) -> tuple[object, bool] | None:
        if self._model is None:
            spec = ftm.property_spec(schema, prop)
            return None if spec is None else (spec[0], spec[2])
        found = self._model.get(schema).get(prop)
        return None if found is None else (found.type, found.stub)

    def _valid(self, kind: object, value: str) -> bool:
        if self._model is not None:
            return kind.validate(value)
        return _simple_valid(kind, value)


def _library_model():
    try:
        from followthemoney import model
    except ImportError:
        return None
    return model


def _simple_valid(kind: str, value: str) -> bool:
    text = value.strip()
    if not text or len(text) > ftm_model.LIMITS.get(kind, 65_000):
        return False
    if kind in ftm_model.CODES:
        return text.lower() in ftm_model.CODES[kind]
    pattern = _SIMPLE.get(kind)
    return pattern is None or pattern.match(text) is not None


def _concrete_children(schema: str) -> list[str]:
    return sorted(name for name in ftm.SCHEMATA if schema in ftm_model.SCHEMATA[name]["extends"])[:5]
