"""A joint statement ("Russia and China said in a joint statement") is each speaker's:
the event's speaker is the first named, the others its co-speakers, and a speaker filter,
the statement counts and every export see all of them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from explorer.cli import main

JOINT = (
    "Joint statement on the plan\n\n"
    "MOSCOW (Reuters) - Russia and China said in a joint statement on Tuesday that the "
    "plan was unfair.\n\n"
    "Germany said it would study the plan.\n"
)


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "joint.txt"
    path.write_text(JOINT, encoding="utf-8")
    (tmp_path / "joint.txt.meta.toml").write_text('title = "J"\npublished = 2025-07-23\n')
    return path


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_each_speaker_of_a_joint_statement_finds_it(tmp_path: Path) -> None:
    path = str(_article(tmp_path))
    for who in ("russia", "China"):
        out = _run("parse", path, "-f", "json", "--no-cache", "--speaker", who)
        said = json.loads(out)["events"]
        assert [(e["speaker"], e["co_speakers"]) for e in said] == [("Russia", ["China"])], who
    out = _run("parse", path, "-f", "json", "--no-cache", "--speaker", "Germany")
    assert [e["co_speakers"] for e in json.loads(out)["events"]] == [[]]


def test_joint_speakers_count_as_speaking_and_survive_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(_article(tmp_path))
    monkeypatch.setenv("EXPLORER_CACHE_DIR", str(tmp_path / "cache"))
    out = _run("actors", path, "--format", "json")
    said = {a["name"]: a["statements"] for a in json.loads(out)}
    assert (said["Russia"], said["China"], said["Germany"]) == (1, 1, 1)
    first = _run("parse", path, "-f", "json")
    again = _run("parse", path, "-f", "json")  # from the cache
    assert json.loads(first)["events"] == json.loads(again)["events"]
    jsonl = _run("parse", path, "-f", "jsonl")
    rows = [json.loads(line) for line in jsonl.splitlines()]
    assert ["China"] in [r.get("co_speakers") for r in rows if r["type"] == "event"]


def test_csv_names_every_speaker(tmp_path: Path) -> None:
    out = _run("parse", str(_article(tmp_path)), "-f", "csv", "--no-cache", "--speaker", "China")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["speaker"] for r in rows] == ["Russia; China"]
