"""`explorer` (open the app), `actors`, `eval` and `cache`."""

from __future__ import annotations

import io
import os
import sys
from datetime import date
from pathlib import Path

import click

from explorer.cli.base import (
    Problems,
    actors_file_option,
    bundled_seeds,
    cache_option,
    exit_code,
    jobs_option,
    load_dictionary,
    main,
    parsed_articles,
    published_option,
    undated_option,
)
from explorer.timeline import Undated


@main.command("open")
@click.argument("paths", nargs=-1)
@published_option
@undated_option
@actors_file_option
@jobs_option
@cache_option
@click.option("--no-group", is_flag=True, help="Do not group wire copy repeated across articles.")
def open_app(
    paths: tuple[str, ...],
    published: date | None,
    undated: str,
    actors_file: Path | None,
    jobs: int | None,
    no_cache: bool,
    no_group: bool,
) -> None:
    """Open the timeline app on PATHS (default: the bundled seeds)."""
    from explorer.app import run_app

    dictionary = load_dictionary(actors_file)
    chosen = list(paths) or bundled_seeds()
    missing = [p for p in chosen if p != "-" and not os.path.exists(p)]
    if missing and len(missing) == len(chosen):
        raise click.UsageError(f"no such file or directory: {missing[0]}")
    _take_terminal("-" in chosen)
    code = run_app(
        chosen,
        published=published,
        undated=Undated(undated),
        dictionary=dictionary,
        jobs=jobs,
        use_cache=not no_cache,
        group=not no_group,
    )
    sys.exit(code)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table")
@published_option
@actors_file_option
@jobs_option
@cache_option
def actors(
    paths: tuple[str, ...],
    fmt: str,
    published: date | None,
    actors_file: Path | None,
    jobs: int | None,
    no_cache: bool,
) -> None:
    """List the canonical actors: kind, aliases, affiliation, mentions, statements."""
    import json

    from explorer.export.actors import actor_rows, actors_table

    problems = Problems()
    dictionary = load_dictionary(actors_file)
    parsed = list(
        parsed_articles(
            paths,
            published=published,
            dictionary=dictionary,
            problems=problems,
            jobs=jobs,
            no_cache=no_cache,
        )
    )
    from explorer.corpus import build_timeline

    timeline = build_timeline(parsed, group=False)
    rows = actor_rows(timeline)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        from rich.console import Console

        console = Console()
        console.print(actors_table(rows, console.width))
    sys.exit(exit_code(problems, len(parsed)))


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--misses",
    type=click.IntRange(min=0),
    default=20,
    help="How many misses and wrong values to list.",
)
def eval_command(gold: tuple[Path, ...], misses: int) -> None:
    """Score time expressions against TimeML gold files (TempEval-3 measures)."""

    from explorer.evaluate import evaluate_paths, render_report

    report = evaluate_paths(list(gold))
    click.echo(render_report(report, details=misses))


@main.group()
def cache() -> None:
    """Inspect or clear the parse cache."""


@cache.command("info")
def cache_info() -> None:
    """Where the cache is and how big."""
    from explorer.store import STALE_AFTER_S, Cache

    store = Cache.open()
    if store is None:
        click.echo("cache: not available")
        return
    info = store.info()
    click.echo(f"path: {info.path}\nentries: {info.entries:,} (this parser version)")
    if info.older:
        days = round(STALE_AFTER_S / 86400)
        click.echo(
            f"older entries: {info.older:,} (other parser versions, dropped after {days} days)"
        )
    click.echo(f"size: {info.bytes / 1e6:.1f} MB")


@cache.command("clear")
def cache_clear() -> None:
    """Remove every cached article."""
    from explorer.store import Cache

    store = Cache.open()
    if store is None:
        click.echo("cache: not available")
        return
    store.clear()
    click.echo("cache cleared")


def _take_terminal(article_on_stdin: bool) -> None:
    """The app reads keys from the terminal and draws on it. An article piped in on stdin
    is read first, then the keyboard is taken from the terminal itself (/dev/tty), as
    pagers do; without a terminal the app cannot run: say so rather than draw into a pipe."""
    if not sys.stdout.isatty():
        raise click.UsageError(
            "the app needs a terminal to draw on; for a pipe or a file use `explorer parse`"
        )
    if not article_on_stdin and sys.stdin.isatty():
        return
    data = sys.stdin.buffer.read() if article_on_stdin else b""
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise click.UsageError(
            "the app needs a terminal for the keyboard; for piped input use `explorer parse -`"
        ) from None
    os.dup2(tty, sys.stdin.fileno())
    os.close(tty)
    # The sources read "-" from sys.stdin: hand them what was piped in.
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace")
