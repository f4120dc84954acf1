"""Build an archive from a publisher's source folder (see docs/source-format.md)."""

from .builder import BuildReport, build_archive

__all__ = ["BuildReport", "build_archive"]
