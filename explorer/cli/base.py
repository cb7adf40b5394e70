"""What the commands share: the group, common options, problem reporting, loading."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import click

from explorer.timeline import Undated

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"


def bundled_seeds() -> list[str]:
    if SEEDS_DIR.is_dir():
        return [str(SEEDS_DIR)]
    packaged = Path(__file__).resolve().parents[1] / "seeds"
    return [str(packaged)]


class DefaultGroup(click.Group):
    """A group whose default command is `open`: `explorer PATH...` opens the app."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (
            args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")
        ):
            args = ["open", *args]
        return super().parse_args(ctx, args)


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def warn(origin: str, message: str) -> None:
    from explorer.sanitize import display_text

    click.echo(f"explorer: {display_text(origin)}: {display_text(message)}", err=True)


published_option = click.option(
    "--published",
    callback=parse_date,
    metavar="YYYY-MM-DD",
    help="Publication date for every article (overrides metadata).",
)
undated_option = click.option(
    "--undated",
    type=click.Choice([u.value for u in Undated]),
    default=Undated.CONTEXT.value,
    show_default=True,
    help="Sentences without a time expression: dated by context, by publication, or hidden.",
)
actors_file_option = click.option(
    "--actors",
    "actors_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Your own actor dictionary (TOML: name, kind, aliases, affiliation).",
)
jobs_option = click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None, help="Parser processes [cores]."
)
cache_option = click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")


class Problems:
    """Counts input problems while printing each as one line on stderr."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, origin: str, message: str) -> None:
        self.count += 1
        warn(origin, message)


def load_dictionary(path: Path | None) -> Any:
    if path is None:
        return None
    from explorer.parse.actors import load_actor_dictionary

    try:
        return load_actor_dictionary(path)
    except (OSError, ValueError) as exc:
        raise click.UsageError(f"cannot read actor dictionary {path}: {exc}") from None


@contextlib.contextmanager
def progress_bar(enabled: bool) -> Iterator[Any]:
    """A rich progress bar on stderr (only when stderr is a terminal)."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    with Progress(
        TextColumn("parsing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("parse", total=None, rate="")

        def update(done: int, total: int) -> None:
            speed = progress.tasks[0].speed
            rate = f"{speed:.0f} articles/s" if speed else ""
            progress.update(task, completed=done, total=total, rate=rate)

        yield update


def parsed_articles(
    paths: Sequence[str],
    *,
    published: date | None,
    dictionary: Any,
    problems: Problems,
    jobs: int | None,
    no_cache: bool,
    progress: Any = None,
    dask: str | None = None,
) -> Iterator[Any]:
    if dask:
        from explorer.distributed import parse_with_dask

        yield from parse_with_dask(
            list(paths), dask, published=published, dictionary=dictionary, on_problem=problems
        )
        return
    from explorer.corpus import iter_parsed

    yield from with_warnings(
        problems,
        iter_parsed(
            list(paths),
            published=published,
            dictionary=dictionary,
            on_problem=problems,
            jobs=jobs,
            use_cache=not no_cache,
            on_progress=progress,
            on_warning=cache_warning,
        ),
    )


MAX_WARNING_LINES = 20


def cache_warning(message: str) -> None:
    from explorer.sanitize import display_text

    click.echo(f"explorer: {display_text(message)}", err=True)


class ArticleWarnings:
    """Prints articles' warnings: the first few, then how many more were left out."""

    def __init__(self) -> None:
        self.shown = self.hidden = 0

    def __call__(self, origin: str, message: str) -> None:
        if self.shown < MAX_WARNING_LINES:
            warn(origin, message)
            self.shown += 1
        else:
            self.hidden += 1

    def finish(self) -> None:
        if self.hidden:
            click.echo(f"explorer: {self.hidden} more warnings not shown", err=True)


def with_warnings(problems: Problems, parsed_iter: Iterator[Any]) -> Iterator[Any]:
    """Pass articles through, printing their warnings."""
    warn = ArticleWarnings()
    for parsed in parsed_iter:
        for warning in parsed.article.warnings:
            warn(parsed.article.origin, warning)
        yield parsed
    warn.finish()


def exit_code(problems: Problems, articles: int) -> int:
    if articles == 0:
        return 2
    return 1 if problems.count else 0


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="explorer")
def main() -> None:
    """Turn news articles into a keyboard-driven timeline.

    `explorer [PATH...]` opens the timeline app (the bundled seed article when no path
    is given). PATH may be a file (.txt, .md, .html, .tml, .json, .jsonl), a directory, or -
    for stdin.
    """
