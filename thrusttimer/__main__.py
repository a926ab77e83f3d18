"""`python -m thrusttimer`: the same entry point as the `thrusttimer` command."""

import sys

from thrusttimer.cli import main

sys.exit(main())
