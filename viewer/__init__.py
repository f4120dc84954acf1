"""Casefile's Qt desktop viewer. Built on the `archive` library only; Qt is imported lazily so the
headless `casefile` subcommands never load it."""

from .qtfix import make_singletons_immortal

make_singletons_immortal()  # before any Qt call: see qtfix.py (PySide6 6.12 on Python 3.11)
