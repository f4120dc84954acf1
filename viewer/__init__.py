"""Casefile's Qt desktop viewer. Built on the `archive` library only; Qt is imported lazily so the
headless `casefile` subcommands never load it."""
