"""Entry point: ``frontdesk`` opens the desk; ``frontdesk COMMAND`` runs an administration command."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli import build_parser, run_command
    args = build_parser().parse_args(argv)
    if args.command:
        return run_command(args)
    from app.ui.application import run_gui  # Qt only for the GUI
    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
