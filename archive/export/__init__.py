"""Evidence bundles: export chosen items with proofs, annotations and an exhibit list, and check a bundle.

Public API: `export_bundle` (bundle.py), `select_items` (select.py), `check_bundle` (check.py),
`suggested_file_name` (names.py: a safe name for a Save dialog) and the errors
`BundleInvalid` and `ExportCancelled`; the `casefile export` and `check-bundle` subcommands are in
commands.py, registered by archive/cli.py. Qt-free: the PDF exhibit list is rendered by a function
the caller passes in (viewer/export/pdf.py).
"""

from .bundle import ExportCancelled, ExportResult, export_bundle
from .check import BundleReport, ExhibitCheck, check_bundle
from .document import BundleInvalid
from .names import suggested_file_name
from .select import select_items

__all__ = ["BundleInvalid", "BundleReport", "ExhibitCheck", "ExportCancelled", "ExportResult", "check_bundle",
           "export_bundle", "select_items", "suggested_file_name"]
