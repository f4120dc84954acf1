"""Exporting exhibits: the dialog that makes a verifiable bundle, and the exhibit PDF it renders with Qt.

`dialog` collects the selection and runs the export in a worker; `pdf` renders the exhibit list to PDF
(also used by the `casefile export` command line, which loads Qt only for that).
"""
