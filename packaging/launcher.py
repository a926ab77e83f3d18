"""The frozen app's entry point: PyInstaller runs this file (see thrusttimer.spec).

The speech worker is a `multiprocessing` process started with "spawn", which in a frozen app
re-runs this executable. freeze_support() turns that run into the worker instead of a second
copy of the app; outside a frozen app it does nothing.
"""

import multiprocessing
import sys

from thrusttimer.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
