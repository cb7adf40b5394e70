"""Whatever a reader throws at `explorer parse`: a clear line, a sane exit, files untouched.

(The loader's own tests in tests/sources/ go case by case; this file checks the whole
command end to end, the way a user meets it.)
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from explorer.cli import main

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def parse(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["parse", "--no-cache", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def events(out: str) -> list[dict[str, object]]:
    return list(json.loads(out)["events"])


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def one_clear_line(err: str) -> None:
    assert "Traceback" not in err
    assert err.strip(), "expected a message on stderr"


# --- paths -------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    code, _, err = parse(str(tmp_path / "missing.txt"), "--format", "json")
    assert code != 0
    one_clear_line(err)
    assert "missing.txt" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Talks began on Monday.")
    path.chmod(0)
    code, _, err = parse(str(path), "--format", "json")
    assert code != 0
    one_clear_line(err)


def test_directory_with_no_supported_files(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    code, _, err = parse(str(tmp_path), "--format", "json")
    assert code != 0
    one_clear_line(err)


def test_symlink_loop_and_path_given_twice(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Talks began on Monday.\n")
    (tmp_path / "loop").symlink_to(tmp_path)
    code, out, err = parse(str(tmp_path), str(tmp_path / "a.txt"), "--format", "json")
    assert "Traceback" not in err
    assert len(json.loads(out)["articles"]) == 1
    assert code in (0, 1)


# --- content -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"", b"   \n\t\n  ", PNG],
    ids=["empty", "whitespace", "png-as-txt"],
)
def test_unusable_content_is_reported_not_crashed(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, _, err = parse(str(path), "--format", "json")
    assert code != 0
    one_clear_line(err)
    assert "bad.txt" in err


@pytest.mark.parametrize(
    "data",
    [
        "Talks began on Monday in Zürich.\n".encode("latin-1"),
        "Talks began on Monday in Zürich.\n".encode("utf-16"),
        b"Talks began on Monday \xff\xfe\xfa in Zurich.\n",
        b"Talks began on Monday.\r\nThey ended on Tuesday.\rAgain on Friday.\r\n",
    ],
    ids=["latin-1", "utf-16-bom", "invalid-utf8", "crlf-and-cr"],
)
def test_encodings_and_line_ends(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(data)
    code, out, err = parse(str(path), "--format", "json", "--published", "2016-09-23")
    assert "Traceback" not in err
    assert code in (0, 1)
    got = events(out)
    assert any(e["timex"] and e["timex"]["text"].endswith("Monday") for e in got)  # type: ignore[index]
    for e in got:
        assert "\r" not in e["sentence"]["text"]  # type: ignore[index]


def test_one_huge_line_without_punctuation(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(("word " * 1_000_000) + "on Monday")
    start = time.perf_counter()
    code, out, err = parse(str(path), "--format", "jsonl", "--published", "2016-09-23")
    assert code == 0, err
    assert time.perf_counter() - start < 60
    assert out.count('"type":"event"') >= 1


def test_non_english_rtl_emoji_and_cjk(tmp_path: Path) -> None:
    text = "今天是星期五。Сегодня пятница. اليوم هو الجمعة 🙂 — on Monday talks began.\n"
    path = tmp_path / "mixed.txt"
    path.write_text(text)
    code, out, err = parse(str(path), "--format", "jsonl", "--published", "2016-09-23")
    assert code == 0, err
    assert "Traceback" not in err
    assert '"date":"2016-09-19"' in out


def test_many_tiny_articles(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"n{i}", "text": f"Item {i} on Monday."}) for i in range(2000)]
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(lines) + "\n")
    code, out, _ = parse(str(path), "--format", "jsonl", "--published", "2016-09-23")
    assert code == 0
    assert out.count('"type":"article"') == 2000


# --- hostile text ------------------------------------------------------------------------

HOSTILE = (
    "The [bold red]vote[/] and [link=https://evil.example]this[/link] on Monday.\x1b[2J\x1b[H "
    "Clipboard \x1b]52;c;aGVsbG8=\x07 title \x1b]0;pwned\x07 zero\u200bwidth \u202ebidi\u202c "
    "nul\x00byte.\n"
)


@pytest.mark.parametrize("fmt", ["table", "csv", "markdown"])
def test_escape_codes_never_reach_the_terminal(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE)
    code, out, err = parse(str(path), "--format", fmt, "--published", "2016-09-23")
    assert code == 0, err
    for bad in ("\x1b", "\x07", "\x00", "\u202e", "\u200b"):
        assert bad not in out
    assert "[bold red]vote[/]" in " ".join(out.split()) or "[bold" in out


def test_json_keeps_text_but_escaped(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE)
    code, out, _ = parse(str(path), "--format", "json", "--published", "2016-09-23")
    assert code == 0
    assert "\x1b" not in out  # JSON escapes control characters as \u001b
    json.loads(out)


# --- structured input --------------------------------------------------------------------


def test_jsonl_bad_line_reported_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"text": "Talks began on Monday.", "published": "2016-09-23"})
        + "\n{not json\n"
        + json.dumps({"text": "Talks ended on Friday.", "published": "2016-09-23"})
        + "\n"
    )
    code, out, err = parse(str(path), "--format", "json")
    assert code == 1
    assert ":2" in err or "line 2" in err
    assert len(json.loads(out)["articles"]) == 2


@pytest.mark.parametrize(
    ("doc", "expected_code", "said"),
    [
        ("<TimeML><TEXT>Talks began on Monday.", 2, "never closed"),
        ("<TimeML><TEXT>Talks began on Monday.</TEXT></TimeML>", 0, "no DCT"),
        (
            '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-13-45">x</TIMEX3></DCT>'
            "<TEXT>Talks began on Monday.</TEXT></TimeML>",
            0,
            "not a calendar date",
        ),
    ],
    ids=["unclosed", "no-dct", "bad-dct"],
)
def test_malformed_timeml(tmp_path: Path, doc: str, expected_code: int, said: str) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(doc)
    code, out, err = parse(str(path), "--format", "json")
    assert "Traceback" not in err
    assert code == expected_code
    assert said in err
    if code == 0:  # read with a warning, dated as published today (assumed)
        assert json.loads(out)["articles"][0]["published_source"] == "assumed"


def test_sidecar_with_bad_date_falls_back_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Talks began on Monday.\n")
    (tmp_path / "a.txt.meta.toml").write_text('published = "last Tuesday-ish"\n')
    code, out, err = parse(str(path), "--format", "json")
    assert code in (0, 1)
    assert "Traceback" not in err
    assert "date" in err  # the bad date is mentioned
    assert json.loads(out)["articles"][0]["published_source"] in ("dateline", "assumed")


# --- dates -------------------------------------------------------------------------------


def test_absurd_dates_never_raise(tmp_path: Path) -> None:
    path = tmp_path / "absurd.txt"
    path.write_text(
        "In the year 99999 nothing. On February 30 something. In 10,000 years more. "
        "Dated 0000-00-00 here. Year 0 too.\n"
    )
    code, out, err = parse(str(path), "--format", "json", "--published", "2016-09-23")
    assert code == 0, err
    for e in events(out):
        assert e["date"]


# --- files never change; Ctrl-C --------------------------------------------------------------


def test_inputs_are_never_changed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Talks began on Monday.\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "Talks ended on Friday."}) + "\n")
    (tmp_path / "c.txt").write_bytes(PNG)
    before = snapshot(tmp_path)
    for fmt in ("json", "timeml", "table"):
        parse(str(tmp_path), "--format", fmt)
    assert snapshot(tmp_path) == before


def _default_sigint() -> None:
    """Let the child take Ctrl-C whoever started the tests: a shell starts its background
    jobs with SIGINT ignored, and a child inherits that (Python then raises no
    KeyboardInterrupt)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interpreter_startup() -> float:
    """Seconds a bare interpreter takes to start and exit on this machine now."""
    began = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - began


@pytest.mark.parametrize("after", [0.3, 2.0])  # (while it starts, and while it parses)
def test_ctrl_c_exits_cleanly(tmp_path: Path, after: float) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"a{i}.txt").write_text("Talks began on Monday. " * 400)
    env = {**os.environ, "EXPLORER_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "explorer", "parse", str(folder), "--format", "jsonl", "-j", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        preexec_fn=_default_sigint,
    )
    # (after the interpreter's own start-up, which is Python's, not ours: a Ctrl-C before
    # its site module is imported makes Python print a fatal error of its own; on a loaded
    # machine that start-up alone took over 0.3 s)
    time.sleep(2 * _interpreter_startup() + after)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert "Traceback" not in err
    # The cache is still usable afterwards.
    again = subprocess.run(
        [sys.executable, "-m", "explorer", "parse", str(folder / "a1.txt"), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr


# --- faults ------------------------------------------------------------------------------


def test_unusable_cache_dir_runs_without_cache_and_says_so_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv("EXPLORER_CACHE_DIR", str(blocker / "cache"))
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text("Talks began on Monday.\n")
    result = CliRunner().invoke(
        main, ["parse", str(tmp_path), "--format", "json", "--published", "2016-09-23"]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("cache off") == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert len(json.loads(result.stdout)["articles"]) == 3


def test_output_never_overwrites_an_input(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Talks began on Monday.\n")
    before = snapshot(tmp_path)
    code, _, err = parse(str(path), "--format", "json", "-o", str(path))
    assert code == 2
    assert "overwrite" in err
    code, _, err = parse(str(tmp_path), "--format", "csv", "-o", str(path))
    assert code == 2
    assert snapshot(tmp_path) == before


def test_timeml_directory_output_never_overwrites_an_input(tmp_path: Path) -> None:
    doc = tmp_path / "doc.tml"
    doc.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">x</TIMEX3></DCT>'
        "<TEXT>Talks began on Monday.</TEXT></TimeML>"
    )
    before = snapshot(tmp_path)
    code, _, err = parse(str(tmp_path), "--format", "timeml", "-o", str(tmp_path))
    assert code == 2
    assert "not overwritten" in err
    assert snapshot(tmp_path) == before
    out = tmp_path.parent / "out"
    code, _, _ = parse(str(tmp_path), "--format", "timeml", "-o", str(out))
    assert code == 0
    assert (out / "doc.tml").read_text().count("<TIMEX3") == 2


def test_output_beside_the_inputs_is_fine_when_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Talks began on Monday.\n")
    out = tmp_path / "timeline.json"
    for _ in range(2):  # the second time it exists: still not an input
        code, _, err = parse(str(tmp_path), "--format", "json", "-o", str(out))
        assert code == 0, err
    assert json.loads(out.read_text())["events"]


def test_a_huge_line_dense_with_dates_stays_linear(tmp_path: Path) -> None:
    """No sentence ends, a date every few words: each expression reads its tense in a
    bounded block, so the parse grows with the text, not with its square. Four times the
    text must cost well under eight times the CPU (a square would cost sixteen); a ratio of
    CPU times, not a wall-clock limit, so a loaded machine does not fail a right answer."""
    line = "talks were held on Monday and will resume on Friday, "
    parse_cpu: list[float] = []
    rows: list[int] = []
    for repeats in (500, 2_500, 10_000):  # (the first warms the caches up)
        path = tmp_path / f"dense{repeats}.txt"
        path.write_text(line * repeats)
        start = time.process_time()
        code, out, err = parse(str(path), "--format", "jsonl", "--published", "2016-09-23")
        parse_cpu.append(time.process_time() - start)
        assert code == 0, err
        rows.append(out.count('"type":"event"'))
    assert parse_cpu[2] < 8 * parse_cpu[1]
    # (one row per day of a sentence: the line is cut into sentences of bounded length)
    assert rows[2] >= 4 * rows[1] * 0.9 and rows[2] >= 500
