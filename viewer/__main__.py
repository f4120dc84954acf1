"""`python -m viewer [ARCHIVE...]`: open the viewer (the sample archive when no file is given);
`python -m viewer COMMAND ...` runs a `casefile` command, as the frozen app does."""

import sys

from viewer.cli import launch

sys.exit(launch())
