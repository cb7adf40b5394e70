"""Command line: `explorer [PATH...]` opens the app; `parse`, `actors`, `eval`, `cache`."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import click

from explorer.export import FORMATS
from explorer.export.writers import OutputError
from explorer.timeline import EventFilter, Timeline, Undated

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def _bundled_seeds() -> list[str]:
    if SEEDS_DIR.is_dir():
        return [str(SEEDS_DIR)]
    packaged = Path(__file__).resolve().parent / "seeds"
    return [str(packaged)]


class DefaultGroup(click.Group):
    """A group whose default command is `open`: `explorer PATH...` opens the app."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (
            args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")
        ):
            args = ["open", *args]
        return super().parse_args(ctx, args)


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _warn(origin: str, message: str) -> None:
    from explorer.sanitize import display_text

    click.echo(f"explorer: {display_text(origin)}: {display_text(message)}", err=True)


published_option = click.option(
    "--published",
    callback=_parse_date,
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
        _warn(origin, message)


def _load_dictionary(path: Path | None) -> Any:
    if path is None:
        return None
    from explorer.parse.actors import load_actor_dictionary

    try:
        return load_actor_dictionary(path)
    except (OSError, ValueError) as exc:
        raise click.UsageError(f"cannot read actor dictionary {path}: {exc}") from None


@contextlib.contextmanager
def _progress(enabled: bool) -> Iterator[Any]:
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


def _parsed(
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

    yield from _with_warnings(
        problems,
        iter_parsed(
            list(paths),
            published=published,
            dictionary=dictionary,
            on_problem=problems,
            jobs=jobs,
            use_cache=not no_cache,
            on_progress=progress,
            on_warning=_cache_warning,
        ),
    )


MAX_WARNING_LINES = 20


def _cache_warning(message: str) -> None:
    from explorer.sanitize import display_text

    click.echo(f"explorer: {display_text(message)}", err=True)


class _ArticleWarnings:
    """Prints articles' warnings: the first few, then how many more were left out."""

    def __init__(self) -> None:
        self.shown = self.hidden = 0

    def __call__(self, origin: str, message: str) -> None:
        if self.shown < MAX_WARNING_LINES:
            _warn(origin, message)
            self.shown += 1
        else:
            self.hidden += 1

    def finish(self) -> None:
        if self.hidden:
            click.echo(f"explorer: {self.hidden} more warnings not shown", err=True)


def _with_warnings(problems: Problems, parsed_iter: Iterator[Any]) -> Iterator[Any]:
    """Pass articles through, printing their warnings."""
    warn = _ArticleWarnings()
    for parsed in parsed_iter:
        for warning in parsed.article.warnings:
            warn(parsed.article.origin, warning)
        yield parsed
    warn.finish()


def _exit_code(problems: Problems, articles: int) -> int:
    if articles == 0:
        return 2
    return 1 if problems.count else 0


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="explorer")
def main() -> None:
    """Turn news articles into a keyboard-driven timeline.

    `explorer [PATH...]` opens the timeline app (the bundled seed article when no path
    is given). PATH may be a file (.txt, .md, .tml, .jsonl), a directory, or - for stdin.
    """


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

    dictionary = _load_dictionary(actors_file)
    chosen = list(paths) or _bundled_seeds()
    missing = [p for p in chosen if p != "-" and not os.path.exists(p)]
    if missing and len(missing) == len(chosen):
        raise click.UsageError(f"no such file or directory: {missing[0]}")
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
@click.option(
    "--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True
)
@click.option(
    "--output", "-o", type=click.Path(path_type=Path), help="File (or directory for timeml)."
)
@published_option
@undated_option
@click.option("--actor", "actor_names", multiple=True, help="Only events involving this actor.")
@click.option("--speaker", "speaker_names", multiple=True, help="Only statements by this actor.")
@click.option("--search", default="", help="Only events whose statement contains this text.")
@click.option("--no-group", is_flag=True, help="Do not group wire copy repeated across articles.")
@actors_file_option
@jobs_option
@cache_option
@click.option("--dask", metavar="ADDRESS", help="Parse on a Dask cluster (or 'local').")
def parse(
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    published: date | None,
    undated: str,
    actor_names: tuple[str, ...],
    speaker_names: tuple[str, ...],
    search: str,
    no_group: bool,
    actors_file: Path | None,
    jobs: int | None,
    no_cache: bool,
    dask: str | None,
) -> None:
    """Parse articles and print their timeline."""
    _check_output(output, paths)
    problems = Problems()
    dictionary = _load_dictionary(actors_file)
    filtering = bool(actor_names or speaker_names or search)
    show_progress = sys.stderr.isatty() and fmt != "table"
    with _progress(show_progress) as progress:
        parsed_iter = _parsed(
            paths,
            published=published,
            dictionary=dictionary,
            problems=problems,
            jobs=jobs,
            no_cache=no_cache,
            progress=progress,
            dask=dask,
        )
        if fmt == "jsonl" and not filtering:
            count = 0
            with _open_output(output) as out:
                for text in _jsonl_texts(
                    paths,
                    parsed_iter,
                    undated,
                    published,
                    dictionary,
                    problems,
                    jobs,
                    no_cache,
                    progress,
                    dask,
                ):
                    out.write(text)
                    count += 1
            sys.exit(_exit_code(problems, count))
        if fmt == "timeml":
            try:
                count = _write_timeml(parsed_iter, output, _input_paths(paths))
            except OutputError as exc:
                raise click.UsageError(str(exc)) from None
            sys.exit(_exit_code(problems, count))
        from explorer.corpus import build_timeline

        timeline = build_timeline(list(parsed_iter), Undated(undated), group=not no_group)
    events = timeline.events
    if filtering:
        flt = _cli_filter(timeline, actor_names, speaker_names, search)
        events = [timeline.events[i] for i in timeline.filter(flt)]
    from explorer.export.writers import write_timeline

    with _open_output(output) as out:
        write_timeline(fmt, timeline, events, out)
    sys.exit(_exit_code(problems, len(timeline.articles)))


def _jsonl_texts(
    paths: Sequence[str],
    parsed_iter: Iterator[Any],
    undated: str,
    published: date | None,
    dictionary: Any,
    problems: Problems,
    jobs: int | None,
    no_cache: bool,
    progress: Any,
    dask: str | None,
) -> Iterator[str]:
    """Each article's JSON Lines, streamed: made in the worker processes (all cores), or
    from the cluster's parses with --dask."""
    from functools import partial

    from explorer.export.jsonout import jsonl_text

    render = partial(jsonl_text, undated=Undated(undated))
    if dask:
        yield from (render(parsed) for parsed in parsed_iter)
        return
    from explorer.corpus import iter_rendered

    warn = _ArticleWarnings()
    yield from iter_rendered(
        list(paths),
        render,
        published=published,
        dictionary=dictionary,
        on_problem=problems,
        jobs=jobs,
        use_cache=not no_cache,
        on_progress=progress,
        on_warning=_cache_warning,
        on_article_warning=warn,
    )
    warn.finish()


def _cli_filter(
    timeline: Timeline, actor_names: Sequence[str], speaker_names: Sequence[str], search: str
) -> EventFilter:
    from explorer.parse.actors import match_actor_names

    def resolve(names: Sequence[str]) -> frozenset[str]:
        ids: set[str] = set()
        for name in names:
            found = match_actor_names(name, timeline.actors.values())
            if not found:
                _warn("--actor", f"no actor matches {name!r}")
            ids |= found
        return frozenset(ids)

    if speaker_names:
        # --speaker narrows to statements by those actors; --actor then also applies as
        # a search over the remaining events' actors.
        speakers = resolve(speaker_names) or frozenset({"\x00none"})
        return EventFilter(actor_ids=speakers, speakers_only=True, search=search)
    wanted = resolve(actor_names) or frozenset({"\x00none"})
    return EventFilter(actor_ids=wanted if actor_names else frozenset(), search=search)


@contextlib.contextmanager
def _open_output(output: Path | None) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout
        return
    try:
        fh = output.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise click.UsageError(f"cannot write {output}: {exc.strerror}") from None
    with fh:
        yield fh


def _input_paths(paths: Sequence[str]) -> list[Path]:
    return [Path(p) for p in paths if p != "-"]


def _check_output(output: Path | None, paths: Sequence[str]) -> None:
    """Refuse an output that could overwrite an input: inputs are never changed."""
    from explorer.export.writers import may_overwrite_input

    if (
        output is not None
        and not output.is_dir()
        and may_overwrite_input(output, _input_paths(paths))
    ):
        raise click.UsageError(f"--output {output} could overwrite an input; choose another path")


def _write_timeml(parsed_iter: Iterator[Any], output: Path | None, inputs: list[Path]) -> int:
    from explorer.export.timeml import timeml_document
    from explorer.export.writers import write_timeml_files

    if output is not None and (output.is_dir() or output.suffix == ""):
        return write_timeml_files(parsed_iter, output, inputs)
    count = 0
    with _open_output(output) as out:
        for parsed in parsed_iter:
            out.write(timeml_document(parsed))
            count += 1
    return count


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
    dictionary = _load_dictionary(actors_file)
    parsed = list(
        _parsed(
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

        Console().print(actors_table(rows))
    sys.exit(_exit_code(problems, len(parsed)))


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
    from explorer.store import Cache

    store = Cache.open()
    if store is None:
        click.echo("cache: not available")
        return
    info = store.info()
    click.echo(f"path: {info.path}\nentries: {info.entries}\nsize: {info.bytes} bytes")


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
