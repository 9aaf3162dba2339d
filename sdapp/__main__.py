"""Entry point: ``sdapp`` and ``python -m sdapp``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from sdapp.cli import run

    return run(sys.argv[1:] if argv is None else argv, launch_gui=_launch_gui)


def _launch_gui(argv: list[str]) -> int:
    from sdapp.gui.main import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
