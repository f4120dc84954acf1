"""The frozen app's entry point (PyInstaller starts here), for each of its executables:
- `Casefile` (Windows, macOS: windowed, so it has no console to print to): the viewer, with any
  arguments taken as archives to open;
- `casefile` (Linux) and `casefile-cli` (Windows, macOS): `casefile` with the same commands as the
  console script, and with no command (a double-click, or files dropped on the icon) the viewer."""

import sys

from viewer.cli import is_gui_executable, launch, launch_viewer

if __name__ == "__main__":
    sys.exit(launch_viewer() if is_gui_executable(sys.executable) else launch())
