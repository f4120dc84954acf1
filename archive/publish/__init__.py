"""The publisher's side: build an archive from a source folder (see docs/source-format.md).

    builder.py        build_archive(): the whole build, run in order, items in worker processes
    extract.py        extract_item(source, data, finder): the per-file extraction, a pure function of
                      the file's bytes, its sidecar and the entity-name finder; the builder maps it
                      over its process pool (builder.process_source only reads the file first)
    formats/          one module per input format (PDF, HTML, Markdown, text, images) and the registry
                      that maps a file to its format: a new format is one new module there
    sources.py        archive.toml, discovering the files and reading their sidecars
    entity_sources.py FtM JSON lines and CSV entity files
    mentions.py, index.py, writer.py  entity mentions, the search index, writing the SQLite file
"""

from .builder import BuildReport, build_archive
from .reports import ExtractedReport, extract_report

__all__ = ["BuildReport", "ExtractedReport", "build_archive", "extract_report"]
