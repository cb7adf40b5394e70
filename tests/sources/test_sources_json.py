"""JSON files of articles (a list, or an object holding one, or one article) and the field
names scrapers use (news-please's "maintext" and "date_publish", "content", "headline"...)
load as JSON Lines do; a JSON file in a folder is read only when it holds articles."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from explorer.model import Article, PublishedSource
from explorer.sources import LoadProblem, load_articles

TODAY = date(2026, 1, 15)


def load(*paths: Path) -> list[Article | LoadProblem]:
    return list(load_articles([str(p) for p in paths], today=TODAY))


def test_a_list_of_scraped_articles(tmp_path: Path) -> None:
    path = tmp_path / "scraped.json"
    items = [
        {
            "maintext": "Talks resumed on Monday, officials said.",
            "date_publish": "2024-03-14 09:30:00",
            "title": "Talks resume",
            "source_domain": "news.example",
        },
        {"content": "The port reopened.", "published_at": "2024-03-15T08:00:00Z", "headline": "H"},
    ]
    path.write_text(json.dumps(items))
    first, second = load(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == "Talks resumed on Monday, officials said."
    assert (first.published, first.published_source) == (
        date(2024, 3, 14),
        PublishedSource.METADATA,
    )
    assert (first.title, first.source) == ("Talks resume", "news.example")
    assert (second.published, second.title) == (date(2024, 3, 15), "H")


def test_an_object_holding_a_list_or_one_article(tmp_path: Path) -> None:
    (tmp_path / "feed.json").write_text(json.dumps({"articles": [{"text": "A story."}]}))
    (tmp_path / "one.json").write_text(json.dumps({"body": "Another story.", "date": "2024-01-02"}))
    loaded = {a.text: a for a in load(tmp_path) if isinstance(a, Article)}
    assert set(loaded) == {"A story.", "Another story."}
    assert loaded["Another story."].published == date(2024, 1, 2)


def test_bad_items_are_one_line_problems_and_the_rest_loads(tmp_path: Path) -> None:
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([{"text": "Fine."}, 5, {"title": "no text"}]))
    results = load(path)
    problems = [r.message for r in results if isinstance(r, LoadProblem)]
    assert problems == ["item 2: not a JSON object", "item 3: 'text' missing"]
    assert [r.text for r in results if isinstance(r, Article)] == ["Fine."]


def test_invalid_json_says_where(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[{"text": "A"},\n {"text": ')
    (problem,) = load(path)
    assert isinstance(problem, LoadProblem)
    assert problem.message.startswith("invalid JSON (") and "line 2" in problem.message


def test_a_folder_skips_json_that_holds_no_articles(tmp_path: Path) -> None:
    (tmp_path / "package.json").write_text(json.dumps({"name": "x", "version": "1.0"}))
    (tmp_path / "story.json").write_text(json.dumps([{"text": "A story."}]))
    results = load(tmp_path)
    assert [type(r) for r in results] == [Article]
    # given by name, it is read, and says why nothing loaded
    (problem, *_) = load(tmp_path / "package.json")
    assert isinstance(problem, LoadProblem)


def test_explorers_own_json_export_in_the_folder_is_no_input(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from explorer.cli import main

    (tmp_path / "a.txt").write_text("Talks began on Monday.\n")
    out = tmp_path / "timeline.json"
    runner = CliRunner()
    for _ in range(2):  # the second run finds the first one's export among the inputs
        result = runner.invoke(main, ["parse", str(tmp_path), "--format", "json", "-o", str(out)])
        assert result.exit_code == 0, result.output
    assert [a["id"] for a in json.loads(out.read_text())["articles"]] == ["a"]
