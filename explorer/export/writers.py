"""Write a timeline (or parsed articles) in one of the export formats."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from explorer.model import Event, ParsedArticle
from explorer.timeline import Timeline


class OutputError(ValueError):
    """The output would overwrite an input, or cannot be written."""


def write_timeline(fmt: str, timeline: Timeline, events: Sequence[Event], out: TextIO) -> None:
    """``events`` of ``timeline`` (in that order) as table, json, jsonl, csv or markdown."""
    if fmt == "table":
        from rich.console import Console

        from explorer.export.table import timeline_table

        console = Console(file=out, soft_wrap=False)
        console.print(timeline_table(timeline, events, console.width))
    elif fmt == "json":
        from explorer.export.jsonout import write_json

        write_json(timeline, out, events)
    elif fmt == "jsonl":
        from explorer.export.eventlines import event_lines

        for e in events:
            for line in event_lines(timeline.articles[e.article_id], [e]):
                out.write(line + "\n")
    elif fmt == "csv":
        from explorer.export.tabular import write_csv

        write_csv(timeline, out, events)
    elif fmt == "markdown":
        from explorer.export.tabular import write_markdown

        write_markdown(timeline, out, events)
    else:
        raise OutputError(f"unknown format {fmt!r}")


def timeml_file_name(parsed: ParsedArticle) -> str:
    return parsed.article.id.replace("/", "__") + ".tml"


def may_overwrite_input(target: Path, inputs: Iterable[Path]) -> bool:
    """True if writing ``target`` could change an input: it is one of the ``inputs``, or an
    existing file inside an input folder that the reader would take (an article, a
    sidecar)."""
    from explorer.sources import SUFFIXES
    from explorer.sources.discover import looks_like_articles

    resolved = target.resolve()
    suffix = resolved.suffix.lower()
    readable = (suffix in SUFFIXES or resolved.name.endswith(".meta.toml")) and not (
        suffix == ".json" and resolved.exists() and not looks_like_articles(resolved)
    )
    for given in inputs:
        p = given.resolve()
        if resolved == p:
            return True
        if p.is_dir() and p in resolved.parents and resolved.exists() and readable:
            return True
    return False


def write_timeml_files(
    parsed_articles: Iterable[ParsedArticle], directory: Path, inputs: Iterable[Path] = ()
) -> int:
    """One ``.tml`` per article in ``directory``; never over one of the ``inputs``."""
    from explorer.export.timeml import timeml_document

    protected = list(inputs)
    directory.mkdir(parents=True, exist_ok=True)
    count = 0
    for parsed in parsed_articles:
        target = directory / timeml_file_name(parsed)
        if may_overwrite_input(target, protected):
            raise OutputError(f"{target} may be one of the inputs: not overwritten")
        target.write_text(timeml_document(parsed), encoding="utf-8")
        count += 1
    return count
