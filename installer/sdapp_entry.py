"""PyInstaller entry script: the frozen app runs ``sdapp.__main__:main``."""

import sys

from sdapp.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
