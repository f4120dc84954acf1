"""Build an archive from a publisher's source folder (see docs/source-format.md)."""

from .builder import BuildReport, build_archive
from .reports import ExtractedReport, extract_report

__all__ = ["BuildReport", "ExtractedReport", "build_archive", "extract_report"]
