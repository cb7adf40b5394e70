"""The program's entry point: a Ctrl-C while it starts (its imports take a moment on a
busy machine) ends it quietly, as one later does (:func:`explorer.cli.run`)."""

from __future__ import annotations

import signal
import sys
from types import FrameType
from typing import NoReturn


def _interrupted_at_start(signum: int, frame: FrameType | None) -> NoReturn:
    sys.stderr.write("explorer: interrupted\n")
    raise SystemExit(130)


def run() -> None:
    """Import the command line (quiet on Ctrl-C meanwhile), then run it."""
    # (only where Ctrl-C raises KeyboardInterrupt: a shell's background job ignores it)
    quiet = signal.getsignal(signal.SIGINT) is signal.default_int_handler
    if quiet:
        signal.signal(signal.SIGINT, _interrupted_at_start)
    from explorer.cli import run as run_cli

    if quiet:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    run_cli()
