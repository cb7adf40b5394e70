"""`explorer parse --format table` fits the terminal, or a pipe's 80 columns: the
statement keeps room to be read; wide terminals get the time expression and article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from explorer.cli import main

STORY = (
    "Rebels shelled the eastern districts of the city on Monday, witnesses said.\n\n"
    "The United Nations envoy said on Tuesday that aid convoys would resume next week.\n"
)


def _table(tmp_path: Path, columns: int, monkeypatch: pytest.MonkeyPatch, *names: str) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    paths = []
    for i, name in enumerate(names):
        path = tmp_path / name
        # (another text for each: the same text twice is one article)
        path.write_text(STORY.replace("eastern", "eastern" + " old" * i), encoding="utf-8")
        (tmp_path / f"{name}.meta.toml").write_text('title = "T"\npublished = 2024-03-14\n')
        paths.append(str(path))
    result = CliRunner().invoke(main, ["parse", *paths, "--format", "table", "--no-cache"])
    assert result.exit_code == 0, result.output
    return result.stdout


def _column(table: str, index: int) -> str:
    """The words of one column over all the rows, in order."""
    cells = [line.split("│")[index] for line in table.splitlines() if line.startswith("│")]
    return " ".join(" ".join(cells).split())


def test_in_80_columns_every_statement_can_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _table(tmp_path, 80, monkeypatch, "story.txt")
    assert max(len(line) for line in out.splitlines()) <= 80
    header = next(line for line in out.splitlines() if "Statement" in line)
    statement = header.split("┃").index(" Statement" + header.split("Statement")[1].split("┃")[0])
    words = _column(out, statement)
    for sentence in STORY.split("\n\n"):
        assert sentence.strip() in words
    assert "Time expression" not in out


def test_wide_terminals_show_the_time_expression_and_each_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _table(tmp_path, 180, monkeypatch, "one.txt", "two.txt")
    assert re.search(r"┃ Time expression\s+┃", out)
    assert re.search(r"┃ Article\s+┃", out)
    assert "on Tuesday" in out


def test_narrow_with_several_articles_names_the_article_after_the_statement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _table(tmp_path, 80, monkeypatch, "one.txt", "two.txt")
    assert "Article" not in out
    words = " ".join(out.split())
    assert "— one" in words and "— two" in words


def test_actors_in_80_columns_keep_role_affiliation_and_aliases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    path = tmp_path / "envoy.txt"
    path.write_text(
        "Russian Ambassador Ilya Varin said on Monday the talks had failed. Varin said "
        "Moscow would wait.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["actors", str(path), "--no-cache"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    words = " ".join(result.stdout.replace("│", " ").split())
    assert "Ilya Varin person 2 2 ambassador of Russia; Varin" in words
