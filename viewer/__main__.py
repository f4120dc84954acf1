"""`python -m viewer [ARCHIVE...]`: open the viewer (the sample archive when no file is given)."""

import sys

from viewer.cli import main

sys.exit(main(["view", *sys.argv[1:]]))
