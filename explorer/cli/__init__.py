"""Command line: `explorer [PATH...]` opens the app; `parse`, `actors`, `eval`, `cache`."""

from __future__ import annotations

import contextlib
import errno
import os
import sys

import click

from explorer.cli import commands, parse_command  # noqa: F401  (they register the commands)
from explorer.cli.base import main

__all__ = ["main", "run"]


def run() -> None:
    """Console entry point: quiet on a closed pipe and on Ctrl-C."""
    try:
        main(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("explorer: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(0)
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            _silence_stdout()
            sys.exit(0)
        raise


def _silence_stdout() -> None:
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
