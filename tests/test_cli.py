from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import unescape

import pytest
from click.testing import CliRunner

from explorer.cli import main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def article(tmp_path: Path, name: str, text: str, published: str | None = "2016-09-23") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    if published:
        (tmp_path / f"{name}.meta.toml").write_text(
            f'title = "T {name}"\npublished = {published}\n'
        )
    return path


STORY = (
    "Talks collapsed on Monday.\n\n"
    "The minister said the ceasefire began September 12.\n\n"
    "No date in this sentence.\n"
)


def test_json_schema_has_articles_and_events(tmp_path: Path) -> None:
    path = article(tmp_path, "story.txt", STORY)
    code, out, _ = run("parse", str(path), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert [a["published"] for a in doc["articles"]] == ["2016-09-23"]
    assert doc["articles"][0]["title"] == "T story.txt"
    text = path.read_text()
    for ev in doc["events"]:
        assert {"date", "date_end", "precision", "dated_by", "timex", "sentence", "article"} <= set(
            ev
        )
        s = ev["sentence"]
        assert text[s["start"] : s["end"]] == s["text"]
        if ev["timex"]:
            t = ev["timex"]
            assert text[t["start"] : t["end"]] == t["text"]
            assert t["explanation"]
    assert len(doc["events"]) == 4
    undated = [e for e in doc["events"] if e["sentence"]["text"].startswith("No date")]
    assert [e["dated_by"] for e in undated] == ["news_day"]  # the lead's day, Monday
    # the minister's statement is at the ceasefire's start and, as a statement, on Monday
    said = [e for e in doc["events"] if e["sentence"]["text"].startswith("The minister")]
    assert [(e["date"], e["dated_by"]) for e in said] == [
        ("2016-09-12", "explicit"),
        ("2016-09-19", "news_day"),
    ]
    # timeline order: by date, not by position in the article; the undated sentence of its
    # own paragraph is dated like the news (the lead's Monday), not by the ceasefire's start
    assert [e["date"] for e in doc["events"]] == [
        "2016-09-12",
        "2016-09-19",
        "2016-09-19",
        "2016-09-19",
    ]


def test_dates_follow_the_publication_date(tmp_path: Path) -> None:
    path = article(tmp_path, "story.txt", STORY)
    _, out, _ = run("parse", str(path), "--format", "json", "--undated", "hide")
    dates = sorted(e["date"] for e in json.loads(out)["events"])
    assert dates == ["2016-09-12", "2016-09-19"]
    _, out, _ = run(
        "parse", str(path), "--format", "json", "--undated", "hide", "--published", "2017-09-30"
    )
    dates = sorted(e["date"] for e in json.loads(out)["events"])
    assert dates == ["2017-09-12", "2017-09-25"]


def test_undated_published_marks_the_rest(tmp_path: Path) -> None:
    path = article(tmp_path, "story.txt", STORY)
    _, out, _ = run("parse", str(path), "--format", "json", "--undated", "published")
    by = [e["dated_by"] for e in json.loads(out)["events"]]
    assert by.count("published") == 2  # "No date ..." and the minister's statement


def test_bad_published_is_a_usage_error(tmp_path: Path) -> None:
    path = article(tmp_path, "story.txt", STORY)
    code, _, err = run("parse", str(path), "--published", "23/09/2016")
    assert code == 2
    assert "YYYY-MM-DD" in err


def test_missing_file_is_one_line_and_nonzero(tmp_path: Path) -> None:
    code, _, err = run("parse", str(tmp_path / "nope.txt"), "--format", "json")
    assert code != 0
    assert "nope.txt" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_other_inputs_still_processed(tmp_path: Path) -> None:
    path = article(tmp_path, "story.txt", STORY)
    code, out, err = run("parse", str(tmp_path / "missing.txt"), str(path), "--format", "json")
    assert code == 1
    assert "missing.txt" in err
    assert len(json.loads(out)["events"]) == 4


def test_csv_and_markdown(tmp_path: Path) -> None:
    path = article(tmp_path, "story.txt", STORY)
    _, out, _ = run("parse", str(path), "--format", "csv")
    lines = out.strip().splitlines()
    assert lines[0].startswith("date,date_end,precision,dated_by")
    assert len(lines) == 5
    _, out, _ = run("parse", str(path), "--format", "markdown")
    assert out.startswith("| Date |")
    assert "Talks collapsed" in out


def test_table_output_is_inert(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    hostile = "The [bold red]vote[/] happened on Monday \x1b]52;c;aGVsbG8=\x07 here \x1b[2J.\n"
    path = article(tmp_path, "h.txt", hostile)
    code, out, _ = run("parse", str(path), "--format", "table")
    assert code == 0
    assert "\x1b" not in out
    assert "[bold red]vote[/]" in out.replace("\n", "")


def test_timeml_export_strips_back_to_the_input(tmp_path: Path) -> None:
    text = "Prices & wages <rose> on Monday, 3 days after the vote in 1998.\n"
    path = article(tmp_path, "p.txt", text)
    _, out, _ = run("parse", str(path), "--format", "timeml")
    assert "<TIMEX3" in out
    body = re.search(r"<TEXT>(.*)</TEXT>", out, re.S)
    assert body is not None
    assert unescape(re.sub(r"</?TIMEX3[^>]*>", "", body.group(1))) == text


def test_jsonl_reopens_without_reparsing(tmp_path: Path) -> None:
    path = article(tmp_path, "story.txt", STORY)
    events_file = tmp_path / "events.jsonl"
    code, _, _ = run("parse", str(path), "--format", "jsonl", "-o", str(events_file))
    assert code == 0
    lines = [json.loads(line) for line in events_file.read_text().splitlines()]
    assert lines[0]["type"] == "article"
    assert sum(1 for line in lines if line["type"] == "event") == 4
    _, direct, _ = run("parse", str(path), "--format", "json")
    _, reopened, _ = run("parse", str(events_file), "--format", "json")
    assert json.loads(direct)["events"] == json.loads(reopened)["events"]


def test_pipe_closed_early_exits_quietly(tmp_path: Path) -> None:
    path = article(tmp_path, "story.txt", STORY * 200)
    cmd = f"{sys.executable} -m explorer parse {path} --format jsonl --no-cache | head -1"
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=120)
    assert proc.stdout.count("\n") == 1
    assert "Traceback" not in proc.stderr
    assert "BrokenPipe" not in proc.stderr


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    path = article(tmp_path, "story.txt", STORY)
    code, _, err = run("parse", str(path), "--format", "yaml")
    assert code == 2
    assert "yaml" in err


DIPLOMACY = (
    "Foreign Minister Lena Osei said on Monday that Ghana would reopen the border.\n\n"
    "The Kremlin chief rejected the plan on Tuesday, officials said.\n\n"
    "Osei told reporters on Wednesday: “We remain ready to talk.”\n"
)


def test_actor_and_speaker_filters_are_alias_aware(tmp_path: Path) -> None:
    path = article(tmp_path, "d.txt", DIPLOMACY)
    _, out, _ = run("parse", str(path), "-f", "json", "--undated", "hide", "--speaker", "osei")
    said = json.loads(out)["events"]
    assert said and all(e["speaker"] == "Lena Osei" for e in said)
    _, out, _ = run("parse", str(path), "-f", "json", "--undated", "hide", "--actor", "GHANA")
    assert [e["date"] for e in json.loads(out)["events"]] == ["2016-09-19"]


def test_user_actor_dictionary(tmp_path: Path) -> None:
    path = article(tmp_path, "d.txt", DIPLOMACY)
    dictionary = tmp_path / "actors.toml"
    dictionary.write_text(
        '[[actor]]\nname = "Vladimir Putin"\nkind = "person"\n'
        'aliases = ["the Kremlin chief"]\naffiliation = "Russia"\n'
    )
    code, out, err = run("actors", str(path), "--format", "json", "--actors", str(dictionary))
    assert code == 0, err
    rows = {r["name"]: r for r in json.loads(out)}
    assert rows["Vladimir Putin"]["affiliation"] == "Russia"
    code, out, _ = run(
        "parse", str(path), "-f", "json", "--actors", str(dictionary), "--actor", "putin"
    )
    assert [e["date"] for e in json.loads(out)["events"]] == ["2016-09-20"]


def test_bad_actor_dictionary_is_a_usage_error(tmp_path: Path) -> None:
    path = article(tmp_path, "d.txt", DIPLOMACY)
    bad = tmp_path / "bad.toml"
    bad.write_text("[[actor]\nname = ")
    code, _, err = run("parse", str(path), "--actors", str(bad))
    assert code == 2
    assert "bad.toml" in err


def test_the_app_refuses_to_draw_into_a_pipe(tmp_path: Path) -> None:
    path = article(tmp_path, "story.txt", STORY)
    code, out, err = run(str(path))  # CliRunner's stdout is not a terminal
    assert code == 2
    assert "explorer parse" in err
    assert out == ""


def test_cache_info_and_clear(tmp_path: Path) -> None:
    path = article(tmp_path, "story.txt", STORY)
    run("parse", str(path), "-f", "csv")
    code, out, _ = run("cache", "info")
    assert code == 0
    assert "entries: 1 (this parser version)" in out
    code, out, _ = run("cache", "clear")
    assert code == 0 and "cleared" in out
    _, out, _ = run("cache", "info")
    assert "entries: 0 " in out
    _, out, _ = run("parse", str(path), "-f", "csv", "--no-cache")
    _, out, _ = run("cache", "info")
    assert "entries: 0 " in out  # --no-cache writes nothing
