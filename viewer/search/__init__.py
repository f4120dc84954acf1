"""Search across every open archive: `SearchPanel` (search bar, results, facets).

Modules: `runner` (the Qt-free worker function that searches and merges archives), `filters` (facet
filters as query text), `models` (result and facet item models), `delegate` and `icons` (painting a
result), `help` (syntax help and the empty-state hint), `messages` (what the labels say), `panel`.
"""

from .panel import SearchPanel

__all__ = ["SearchPanel"]
