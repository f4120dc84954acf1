"""Regenerate the translation sources from the viewer's code and compile them.

    .venv/bin/python resources/translations/update.py

For each language, `pyside6-lupdate` scans every `viewer/**/*.py` for `self.tr(...)` and
`QCoreApplication.translate(...)` and merges the strings into `casefile_<lang>.ts`: new strings arrive
unfinished, changed ones are marked for review, and every existing translation is kept (a string no
longer in the code is kept as "vanished", so its translation is still there if the string comes back).
`pyside6-lrelease` then compiles each .ts into the `.qm` the app loads; unfinished strings stay English.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("zh_CN", "ug")


def tool(name: str) -> str:
    """A Qt tool from the running Python's environment (the virtualenv), else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"update.py: {name} not found; install PySide6 in this environment")
    return found


def sources(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in (root / "viewer").rglob("*.py"))


def update(root: Path = ROOT, folder: Path = HERE) -> None:
    """Merge the strings of `root`'s viewer into the .ts files in `folder` and compile them."""
    files = sources(root)
    for language in LANGUAGES:
        ts = folder / f"casefile_{language}.ts"
        subprocess.run([tool("pyside6-lupdate"), *files, "-source-language", "en", "-target-language", language,
                        "-locations", "relative", "-ts", str(ts)], cwd=root, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=root, check=True)


if __name__ == "__main__":
    update()
