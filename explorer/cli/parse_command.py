"""`explorer parse`: articles to a timeline in table, json, jsonl, csv, markdown or timeml."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import click

from explorer.cli.base import (
    ArticleWarnings,
    Problems,
    actors_file_option,
    cache_option,
    cache_warning,
    exit_code,
    jobs_option,
    load_dictionary,
    main,
    parsed_articles,
    progress_bar,
    published_option,
    undated_option,
    warn,
)
from explorer.export import FORMATS
from explorer.export.writers import OutputError
from explorer.timeline import EventFilter, Timeline, Undated


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
    dictionary = load_dictionary(actors_file)
    filtering = bool(actor_names or speaker_names or search)
    show_progress = sys.stderr.isatty() and fmt != "table"
    with progress_bar(show_progress) as progress:
        parsed_iter = parsed_articles(
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
            sys.exit(exit_code(problems, count))
        if fmt == "timeml":
            try:
                count = _write_timeml(parsed_iter, output, _input_paths(paths))
            except OutputError as exc:
                raise click.UsageError(str(exc)) from None
            sys.exit(exit_code(problems, count))
        from explorer.corpus import build_timeline

        timeline = build_timeline(list(parsed_iter), Undated(undated), group=not no_group)
    events = timeline.events
    if filtering:
        flt = _cli_filter(timeline, actor_names, speaker_names, search)
        events = [timeline.events[i] for i in timeline.filter(flt)]
    from explorer.export.writers import write_timeline

    with _open_output(output) as out:
        write_timeline(fmt, timeline, events, out)
    sys.exit(exit_code(problems, len(timeline.articles)))


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

    warn = ArticleWarnings()
    yield from iter_rendered(
        list(paths),
        render,
        published=published,
        dictionary=dictionary,
        on_problem=problems,
        jobs=jobs,
        use_cache=not no_cache,
        on_progress=progress,
        on_warning=cache_warning,
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
                warn("--actor", f"no actor matches {name!r}")
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
