"""The streamed JSON Lines export: the same records as the JSON export, from any number
of worker processes, from the cache or not."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest

from explorer.corpus import iter_parsed, iter_rendered
from explorer.export.jsonout import jsonl_text
from explorer.export.records import event_record
from explorer.timeline import Undated, article_events, order_events

STORIES = [
    "Officials met on Monday. “We will return,” the minister said. No date here.",
    "The vote came on Sept. 12, 2015, after talks since 2012. Rebels said on Friday it failed.",
    "Nothing dated at all in this one. Just words.",
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(12):
        (folder / f"a{i:02}.txt").write_text(STORIES[i % 3] + f" Item {i}.\n")
        (folder / f"a{i:02}.txt.meta.toml").write_text("published = 2016-09-23\n")
    return folder


def test_event_lines_carry_the_json_export_records(corpus: Path) -> None:
    for parsed in iter_parsed([str(corpus)], jobs=1, use_cache=False):
        lines = [json.loads(line) for line in jsonl_text(parsed).splitlines()]
        assert lines[0]["type"] == "article"
        aid = parsed.article.id
        events = order_events(article_events(parsed), {aid: parsed}, {aid: 0})
        assert lines[1:] == [{"type": "event", **event_record(e, parsed)} for e in events]


@pytest.mark.parametrize("jobs", [1, 2])
def test_rendered_in_workers_equals_rendered_here(corpus: Path, tmp_path: Path, jobs: int) -> None:
    render = partial(jsonl_text, undated=Undated.CONTEXT)
    expected = [render(p) for p in iter_parsed([str(corpus)], jobs=1, use_cache=False)]
    cache = tmp_path / "cache"
    cold = list(iter_rendered([str(corpus)], render, jobs=jobs, cache_dir=cache))
    warm = list(iter_rendered([str(corpus)], render, jobs=jobs, cache_dir=cache))
    assert cold == expected
    assert warm == expected


def test_rendering_reports_problems_and_article_warnings(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Talks began on Monday.\n")
    (tmp_path / "empty.txt").write_text("")
    problems: list[str] = []
    warnings: list[str] = []
    out = list(
        iter_rendered(
            [str(tmp_path)],
            jsonl_text,
            use_cache=False,
            on_problem=lambda origin, msg: problems.append(origin),
            on_article_warning=lambda origin, msg: warnings.append(msg),
        )
    )
    assert len(out) == 1
    assert any("empty.txt" in p for p in problems)
    assert any("assuming today" in w for w in warnings)
