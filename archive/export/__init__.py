"""Evidence bundles: export chosen items with proofs, annotations and an exhibit list, and check a bundle.

Public API: `export_bundle` (bundle.py), `select_items` (select.py), `check_bundle` (check.py), the
`casefile export` arguments and runner (`add_export_arguments`, `run_export`) and the errors
`BundleInvalid` and `ExportCancelled`. Qt-free: the PDF exhibit list is rendered by a function
the caller passes in (viewer/exhibitpdf.py).
"""

from .bundle import ExportCancelled, ExportResult, export_bundle
from .check import BundleReport, ExhibitCheck, check_bundle
from .commands import add_export_arguments, run_export
from .document import BundleInvalid
from .select import select_items

__all__ = ["BundleInvalid", "BundleReport", "ExhibitCheck", "ExportCancelled", "ExportResult", "add_export_arguments",
           "check_bundle", "export_bundle", "run_export", "select_items"]
