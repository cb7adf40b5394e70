"""One timeline over several articles: actors linked across them, wire copy grouped."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from explorer.cli import main
from explorer.corpus import build_timeline
from explorer.model import Article, PublishedSource
from explorer.parse.pipeline import parse_article
from explorer.timeline import EventFilter


def parsed(aid: str, text: str, published: date = date(2019, 5, 10)):  # type: ignore[no-untyped-def]
    return parse_article(Article(aid, text, aid, published, PublishedSource.METADATA, aid))


def test_surname_in_one_article_links_to_full_name_in_another() -> None:
    a = parsed("a", "Foreign Minister Marta Oyelaran said on Monday the border would reopen.")
    b = parsed("b", "Oyelaran said on Tuesday that talks had stalled.")
    tl = build_timeline([a, b])
    speakers = {e.speaker_id for e in tl.events}
    assert "Marta Oyelaran" in speakers
    assert "Oyelaran" not in speakers
    chosen = tl.filter(EventFilter(actor_ids=frozenset({"Marta Oyelaran"})))
    assert {tl.events[i].article_id for i in chosen} == {"a", "b"}
    assert "Oyelaran" not in tl.actors


def write(folder: Path, name: str, text: str, published: str) -> None:
    (folder / name).write_text(text)
    (folder / f"{name}.meta.toml").write_text(f"published = {published}\n")


def test_wire_copy_is_one_row_also_in_other_articles(tmp_path: Path) -> None:
    wire = "The central bank raised interest rates by half a point on Thursday, officials said."
    write(tmp_path, "one.txt", wire + "\n\nA local story ran on Monday.\n", "2019-05-10")
    write(tmp_path, "two.txt", wire + "\n\nAnother paper added a quote on Friday.\n", "2019-05-11")
    runner = CliRunner()
    grouped = json.loads(runner.invoke(main, ["parse", str(tmp_path), "-f", "json"]).stdout)
    wire_rows = [e for e in grouped["events"] if e["sentence"]["text"] == wire]
    assert len(wire_rows) == 1
    assert wire_rows[0]["also_in"] == ["two"]
    apart = json.loads(
        runner.invoke(main, ["parse", str(tmp_path), "-f", "json", "--no-group"]).stdout
    )
    assert len([e for e in apart["events"] if e["sentence"]["text"] == wire]) == 2
