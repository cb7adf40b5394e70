"""load_articles / discover: every input case, with tiny files in tmp_path."""

from __future__ import annotations

import codecs
import io
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.model import Article, PublishedSource
from explorer.sources import (
    InputFile,
    InputKind,
    LoadProblem,
    discover,
    load_articles,
    load_inputs,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sources"
TODAY = date(2026, 1, 15)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"


def load(*paths: str | Path, published: date | None = None) -> list[Article | LoadProblem]:
    return list(load_articles([str(p) for p in paths], published=published, today=TODAY))


def articles(results: list[Article | LoadProblem]) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def problems(results: list[Article | LoadProblem]) -> list[LoadProblem]:
    return [r for r in results if isinstance(r, LoadProblem)]


def one_article(*paths: str | Path, published: date | None = None) -> Article:
    results = load(*paths, published=published)
    assert problems(results) == []
    [article] = articles(results)
    return article


def one_problem(*paths: str | Path) -> LoadProblem:
    results = load(*paths)
    assert articles(results) == []
    [problem] = problems(results)
    assert "\n" not in problem.message
    return problem


# --- plain text and Markdown -------------------------------------------------


def test_plain_text_file(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text("Rebels held the city.\n")
    a = one_article(f)
    assert a.id == "story"
    assert a.text == "Rebels held the city.\n"
    assert a.origin == str(f)
    assert a.format == "text"
    assert a.title is None


def test_markdown_format(tmp_path: Path) -> None:
    f = tmp_path / "story.md"
    f.write_text("# Title\n\nBody.\n")
    assert one_article(f).format == "markdown"


def test_explicit_file_with_unknown_suffix_is_read_as_text(tmp_path: Path) -> None:
    f = tmp_path / "STORY"
    f.write_text("Body.\n")
    assert one_article(f).id == "STORY"


def test_fixture_corpus_directory() -> None:
    results = load(FIXTURES / "corpus")
    assert problems(results) == []
    by_id = {a.id: a for a in articles(results)}
    assert sorted(by_id) == ["a1", "article", "feed:2", "sub/wire"]
    art = by_id["article"]
    assert art.title == "Sidecar title"
    assert art.published == date(2016, 9, 23)
    assert art.published_source is PublishedSource.METADATA
    assert art.url == "https://example.org/a"
    assert art.source == "Example News"
    wire = by_id["sub/wire"]
    assert wire.published == date(2016, 9, 23)
    assert wire.published_source is PublishedSource.DATELINE
    assert wire.origin == os.path.join(str(FIXTURES / "corpus"), "sub/wire.md")


def test_directory_order_is_deterministic_and_skips_hidden(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "c/z.txt", "c/a.md", ".hidden/x.txt", ".dot.txt"]:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"{name}\n")
    ids = [a.id for a in articles(load(tmp_path))]
    assert ids == ["a", "b", "c/a", "c/z"]
    assert ids == [a.id for a in articles(load(tmp_path))]


def test_sidecars_are_not_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Body.\n")
    (tmp_path / "a.meta.toml").write_text('title = "Stem sidecar"\n')
    results = load(tmp_path)
    assert [a.title for a in articles(results)] == ["Stem sidecar"]
    assert problems(results) == []
    p = one_problem(tmp_path / "a.meta.toml")
    assert "sidecar" in p.message


def test_sidecar_published_as_string_and_unknown_key(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Body.\n")
    (tmp_path / "a.txt.meta.toml").write_text('published = "2015-03-03"\nauthor = "X"\n')
    a = one_article(tmp_path / "a.txt")
    assert a.published == date(2015, 3, 3)
    assert any("unknown key" in w and "author" in w for w in a.warnings)


def test_sidecar_with_bad_date_falls_through_to_dateline(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Published: 23 September 2016\n\nBody.\n")
    (tmp_path / "a.txt.meta.toml").write_text('published = "2016-13-45"\ntitle = "T"\n')
    a = one_article(tmp_path / "a.txt")
    assert a.published == date(2016, 9, 23)
    assert a.published_source is PublishedSource.DATELINE
    assert a.title == "T"
    assert any("not a valid date" in w for w in a.warnings)


def test_sidecar_invalid_toml_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Body.\n")
    (tmp_path / "a.txt.meta.toml").write_text("title = \n")
    a = one_article(tmp_path / "a.txt")
    assert a.published_source is PublishedSource.ASSUMED
    assert any("not valid TOML" in w for w in a.warnings)


# --- publication date precedence ---------------------------------------------


def test_precedence_option_metadata_dateline_assumed(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("WASHINGTON, Sept. 23, 2016 (Reuters) - Body.\n")
    a = one_article(f)
    assert (a.published, a.published_source) == (date(2016, 9, 23), PublishedSource.DATELINE)

    (tmp_path / "a.txt.meta.toml").write_text("published = 2016-09-20\n")
    a = one_article(f)
    assert (a.published, a.published_source) == (date(2016, 9, 20), PublishedSource.METADATA)

    a = one_article(f, published=date(2016, 1, 1))
    assert (a.published, a.published_source) == (date(2016, 1, 1), PublishedSource.OPTION)

    g = tmp_path / "b.txt"
    g.write_text("No date here.\n")
    b = one_article(g)
    assert (b.published, b.published_source) == (TODAY, PublishedSource.ASSUMED)
    assert b.warnings == ("no publication date found; assuming today 2026-01-15",)


def test_today_defaults_to_date_today(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Body.\n")
    [a] = list(load_articles([str(tmp_path / "a.txt")]))
    assert isinstance(a, Article)
    assert a.published == date.today()


# --- problems ----------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    p = one_problem(tmp_path / "nope.txt")
    assert p.message == "no such file or directory"
    assert p.fatal_for_input
    assert p.origin == str(tmp_path / "nope.txt")
    assert str(p) == f"{tmp_path / 'nope.txt'}: no such file or directory"


def test_problems_do_not_stop_other_inputs(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Body.\n")
    results = load(tmp_path / "nope.txt", tmp_path / "ok.txt")
    assert len(problems(results)) == 1
    assert [a.id for a in articles(results)] == ["ok"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path: Path) -> None:
    f = tmp_path / "secret.txt"
    f.write_text("Body.\n")
    f.chmod(0)
    try:
        assert one_problem(f).message == "permission denied"
    finally:
        f.chmod(0o644)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read anything")
def test_unreadable_directory(tmp_path: Path) -> None:
    d = tmp_path / "locked"
    d.mkdir()
    (d / "a.txt").write_text("Body.\n")
    d.chmod(0)
    try:
        assert one_problem(d).message == "permission denied"
    finally:
        d.chmod(0o755)


def test_unreadable_file_does_not_crash(tmp_path: Path) -> None:
    # Runs as root too: either a problem or (root) the article.
    f = tmp_path / "secret.txt"
    f.write_text("Body.\n")
    f.chmod(0)
    try:
        results = load(f)
        assert len(results) == 1
    finally:
        f.chmod(0o644)


def test_directory_without_supported_files(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(PNG)
    (tmp_path / "README").write_text("hello\n")
    (tmp_path / "notes.xml").write_text("<notes/>\n")
    p = one_problem(tmp_path)
    assert p.message.startswith("no supported files")
    assert "3 other file(s) skipped" in p.message


def test_empty_directory(tmp_path: Path) -> None:
    assert one_problem(tmp_path).message.startswith("no supported files")


def test_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Body.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self").symlink_to(tmp_path / "self")  # a link to itself
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    results = load(tmp_path)
    assert [a.id for a in articles(results)] == ["a"]
    msgs = [(Path(p.origin).name, p.message) for p in problems(results)]
    assert msgs == [
        ("gone.txt", "broken symbolic link; skipped"),
        ("self", "symbolic link loop; skipped"),
        ("loop", "symbolic link loop; skipped"),
    ]
    assert not any(p.fatal_for_input for p in problems(results))


def test_symlink_loop_given_directly(tmp_path: Path) -> None:
    (tmp_path / "self").symlink_to(tmp_path / "self")
    assert one_problem(tmp_path / "self").message == "symbolic link loop"


def test_same_file_twice_read_once(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Body.\n")
    (tmp_path / "link.txt").symlink_to(f)
    results = load(f, tmp_path / "." / "a.txt", tmp_path, tmp_path / "link.txt")
    assert problems(results) == []
    assert [a.id for a in articles(results)] == ["a"]


def test_ids_unique_across_corpus(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "a.txt").write_text("One.\n")
    (tmp_path / "x" / "a.md").write_text("Two.\n")
    (tmp_path / "y" / "a.txt").write_text("Three.\n")
    (tmp_path / "feed.jsonl").write_text('{"id": "a", "text": "Four."}\n')
    results = load(tmp_path / "x", tmp_path / "y", tmp_path / "feed.jsonl")
    ids = [a.id for a in articles(results)]
    assert len(set(ids)) == len(ids) == 4
    assert ids[:2] == ["a", "a.txt"]  # a.md sorts first and gets the plain id


def test_empty_and_whitespace_only(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \r\n\t\n ")
    assert one_problem(tmp_path / "empty.txt").message == "empty"
    assert one_problem(tmp_path / "blank.txt").message == "empty (whitespace only)"


def test_png_renamed_txt(tmp_path: Path) -> None:
    f = tmp_path / "photo.txt"
    f.write_bytes(PNG + bytes(range(256)) * 4)
    p = one_problem(f)
    assert p.message.startswith("binary file")
    assert p.message.endswith("skipped")


def test_invalid_utf8_and_latin1(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Café à Genève, 23 septembre\n".encode("latin-1"))
    a = one_article(f)
    assert a.text == "Café à Genève, 23 septembre\n"
    assert any("decoded as cp1252" in w for w in a.warnings)
    g = tmp_path / "bad.txt"
    g.write_bytes(b"ok \xc3\x28 bad\n")
    assert one_article(g).text.startswith("ok ")


def test_utf16_with_bom(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes(codecs.BOM_UTF16_LE + "Rebels — “held”\r\nthe city.\r\n".encode("utf-16-le"))
    a = one_article(f)
    assert a.text == "Rebels — “held”\nthe city.\n"


def test_crlf_and_lone_cr(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"One.\r\nTwo.\rThree.\n")
    a = one_article(f)
    assert a.text == "One.\nTwo.\nThree.\n"
    assert a.warnings == ("no publication date found; assuming today 2026-01-15",)


def test_nul_bytes_removed_with_warning(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"Some\x00 text with a NUL.\n" + b"more text " * 100)
    a = one_article(f)
    assert "\x00" not in a.text
    assert any("NUL" in w for w in a.warnings)


def test_control_characters_kept_for_views_to_sanitise(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"Title \x1b]0;pwned\x07 and \x1b[31mred\x1b[0m\n")
    assert "\x1b[31m" in one_article(f).text


def test_five_megabyte_line_is_read(tmp_path: Path) -> None:
    """(How fast: bench/bench_inputs.py.)"""
    f = tmp_path / "big.txt"
    f.write_bytes(b"word " * 1_000_000)
    a = one_article(f)
    assert len(a.text) == 5_000_000


def test_too_large_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes(b"x" * 2000)
    results = list(load_inputs(discover([str(f)]), today=TODAY, max_bytes=1000))
    [p] = results
    assert isinstance(p, LoadProblem)
    assert "too large" in p.message


def test_input_files_are_not_modified(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES, tmp_path / "fx")
    (tmp_path / "fx" / "crlf.txt").write_bytes(b"One.\r\nTwo.\r\n")
    (tmp_path / "fx" / "latin.txt").write_bytes("Café\n".encode("latin-1"))
    (tmp_path / "fx" / "png.txt").write_bytes(PNG)
    old = 1_000_000_000
    before = {}
    for p in sorted((tmp_path / "fx").rglob("*")):
        if p.is_file():
            os.utime(p, (old, old))
            before[p] = (p.read_bytes(), p.stat().st_mtime_ns)
    results = load(tmp_path / "fx")
    assert articles(results)
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in before}
    assert after == before
    assert sorted(p for p in (tmp_path / "fx").rglob("*") if p.is_file()) == sorted(before)


# --- JSON Lines --------------------------------------------------------------


def test_jsonl_bad_line_reported_rest_load(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text(
        '{"id": "x1", "text": "First.", "published": "2016-09-23", "title": "T1"}\n'
        "\n"
        "{not json\n"
        '{"text": "Third.", "published": "not a date", "url": "https://e.org"}\n'
        '["a list"]\n'
        '{"title": "no text"}\n'
        '{"text": "   "}\n'
        '{"text": "Last\\r\\nline.", "id": 7, "source": "Wire"}\n'
    )
    results = load(f)
    arts = articles(results)
    assert [a.id for a in arts] == ["x1", "feed:4", "7"]
    assert [a.origin for a in arts] == [f"{f}:1", f"{f}:4", f"{f}:8"]
    assert arts[0].published_source is PublishedSource.METADATA
    assert arts[0].title == "T1"
    assert arts[1].published_source is PublishedSource.ASSUMED
    assert any("not a valid date" in w for w in arts[1].warnings)
    assert arts[1].url == "https://e.org"
    assert arts[2].text == "Last\nline."
    assert arts[2].source == "Wire"
    assert all(a.format == "jsonl" for a in arts)
    probs = problems(results)
    assert [p.origin for p in probs] == [f"{f}:3", f"{f}:5", f"{f}:6", f"{f}:7"]
    assert probs[0].message.startswith("line 3: invalid JSON")
    assert not any(p.fatal_for_input for p in probs)


def test_jsonl_all_bad(tmp_path: Path) -> None:
    f = tmp_path / "feed.ndjson"
    f.write_text("nope\n")
    results = load(f)
    assert articles(results) == []
    assert problems(results)[-1] == LoadProblem(str(f), "no article could be loaded", True)


def test_jsonl_lone_surrogate_and_u2028(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text('{"text": "a\\ud800b\u2028c", "id": "i\\udc00"}\n', encoding="utf-8")
    a = one_article(f)
    assert a.text == "a\ufffdb\u2028c"
    assert a.id == "i\ufffd"
    assert any("surrogate" in w for w in a.warnings)


# --- stdin -------------------------------------------------------------------


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Published: 2016-09-23\r\n\r\nBody.\n"))
    a = one_article("-", "-")
    assert (a.id, a.origin, a.text) == ("stdin", "<stdin>", "Published: 2016-09-23\n\nBody.\n")
    assert a.published_source is PublishedSource.DATELINE


def test_stdin_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO("Café\n".encode("latin-1"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw))
    a = one_article("-")
    assert a.text == "Café\n"


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"text": "One."}\n{"text": "Two."}\n'))
    arts = articles(load("-"))
    assert [(a.id, a.origin) for a in arts] == [("stdin:1", "<stdin>:1"), ("stdin:2", "<stdin>:2")]


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert one_problem("-") == LoadProblem("<stdin>", "empty", True)


# --- discover ----------------------------------------------------------------


def test_discover_lists_inputs_for_progress(tmp_path: Path) -> None:
    found = discover([str(FIXTURES / "corpus"), str(tmp_path / "nope"), "-"])
    inputs = [x for x in found if isinstance(x, InputFile)]
    assert [(i.id, i.kind) for i in inputs] == [
        ("article", InputKind.TEXT),
        ("feed", InputKind.JSONL),
        ("sub/wire", InputKind.MARKDOWN),
        ("stdin", InputKind.STDIN),
    ]
    assert inputs[0].size is not None and inputs[0].size > 0
    assert sum(isinstance(x, LoadProblem) for x in found) == 1
    seen: list[str] = []
    list(load_inputs(found[:1], today=TODAY, on_input=lambda i: seen.append(i.id)))
    assert seen == ["article"]


# --- robustness --------------------------------------------------------------


@given(
    st.one_of(
        st.binary(max_size=500), st.text(max_size=300).map(lambda t: t.encode("utf-8", "replace"))
    ),
    st.sampled_from([".txt", ".md", ".jsonl", ".tml", ".xml"]),
)
@settings(max_examples=150, deadline=None)
def test_any_bytes_load_without_raising(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / f"x{suffix}"
        f.write_bytes(data)
        for r in load(f):
            if isinstance(r, LoadProblem):
                assert r.message and "\n" not in r.message
            else:
                assert r.text.strip()
                assert "\r" not in r.text and "\x00" not in r.text
