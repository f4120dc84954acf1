"""The frozen app's entry point (PyInstaller starts here): `casefile` with the same commands as the
console script, and with no command (a double-click, or files dropped on the icon) the viewer."""

import sys

from viewer.cli import launch

if __name__ == "__main__":
    sys.exit(launch())
