"""Loading TimeML documents through load_articles (the parser itself is tested elsewhere)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from explorer.model import Article, PublishedSource
from explorer.sources import LoadProblem, load_articles

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sources"
TODAY = date(2026, 1, 15)

HEAD = '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>DOC1</DOCID>\n'
DCT = (
    '<DCT><TIMEX3 tid="t0" type="DATE" value="{v}" temporalFunction="false" '
    'functionInDocument="CREATION_TIME">{v}</TIMEX3></DCT>\n'
)


def load(*paths: Path) -> list[Article | LoadProblem]:
    return list(load_articles([str(p) for p in paths], today=TODAY))


def test_timeml_fixture() -> None:
    [a] = load(FIXTURES / "sample.xml")
    assert isinstance(a, Article)
    assert a.format == "timeml"
    assert a.id == "sample"
    assert a.title == "SAMPLE001"
    assert (a.published, a.published_source) == (date(1998, 1, 8), PublishedSource.METADATA)
    assert a.text.strip() == "The talks resumed yesterday in Geneva."
    assert a.markup_before.endswith("<TEXT>")
    assert a.markup_after.startswith("</TEXT>")
    assert a.warnings == ()


def test_te3input_and_xml_suffixes_in_directory(tmp_path: Path) -> None:
    doc = HEAD + DCT.format(v="2016-09-23") + "<TEXT>Body.</TEXT>\n</TimeML>\n"
    (tmp_path / "a.TE3input").write_text(doc)
    (tmp_path / "b.xml").write_text(doc)
    (tmp_path / "c.xml").write_text("<notes>not timeml</notes>\n")
    results = load(tmp_path)
    assert [(r.id, r.format) for r in results if isinstance(r, Article)] == [
        ("a", "timeml"),
        ("b", "timeml"),
    ]
    assert not [r for r in results if isinstance(r, LoadProblem)]


def test_explicit_xml_without_timeml(tmp_path: Path) -> None:
    f = tmp_path / "c.xml"
    f.write_text("<notes>not timeml</notes>\n")
    [p] = load(f)
    assert isinstance(p, LoadProblem)
    assert "TimeML" in p.message


def test_unclosed_tag_is_a_problem(tmp_path: Path) -> None:
    f = tmp_path / "bad.tml"
    f.write_text(HEAD + DCT.format(v="2016-09-23") + "<TEXT>Body <TIMEX3 tid=\n</TimeML>\n")
    [p] = load(f)
    assert isinstance(p, LoadProblem)
    assert p.message.startswith("malformed TimeML:")
    assert "\n" not in p.message


def test_no_dct_falls_through_to_dateline(tmp_path: Path) -> None:
    f = tmp_path / "nodct.tml"
    f.write_text(HEAD + "<TEXT>\nPublished: 3 March 2015\n\nBody.\n</TEXT>\n</TimeML>\n")
    [a] = load(f)
    assert isinstance(a, Article)
    assert (a.published, a.published_source) == (date(2015, 3, 3), PublishedSource.DATELINE)
    assert any("DCT" in w for w in a.warnings)


def test_bad_dct_value_warns_and_assumes(tmp_path: Path) -> None:
    f = tmp_path / "baddct.tml"
    f.write_text(HEAD + DCT.format(v="2016-13-45") + "<TEXT>Body.</TEXT>\n</TimeML>\n")
    [a] = load(f)
    assert isinstance(a, Article)
    assert a.published_source is PublishedSource.ASSUMED
    assert any("DCT" in w for w in a.warnings)
    assert a.warnings[-1] == "no publication date found; assuming today 2026-01-15"


def test_sidecar_overrides_dct(tmp_path: Path) -> None:
    f = tmp_path / "a.tml"
    f.write_text(HEAD + DCT.format(v="2016-09-23") + "<TEXT>Body.</TEXT>\n</TimeML>\n")
    (tmp_path / "a.meta.toml").write_text('published = 2016-09-24\ntitle = "Real title"\n')
    [a] = load(f)
    assert isinstance(a, Article)
    assert (a.published, a.title) == (date(2016, 9, 24), "Real title")


def test_empty_text_element(tmp_path: Path) -> None:
    f = tmp_path / "a.tml"
    f.write_text(HEAD + DCT.format(v="2016-09-23") + "<TEXT>\n  \n</TEXT>\n</TimeML>\n")
    [p] = load(f)
    assert isinstance(p, LoadProblem)
    assert p.message == "<TEXT> is empty (whitespace only)"


def test_crlf_timeml_offsets_refer_to_normalised_text(tmp_path: Path) -> None:
    f = tmp_path / "a.tml"
    doc = HEAD + DCT.format(v="2016-09-23") + "<TEXT>\nLine one.\nLine two.\n</TEXT>\n</TimeML>\n"
    f.write_bytes(doc.replace("\n", "\r\n").encode())
    [a] = load(f)
    assert isinstance(a, Article)
    assert "\r" not in a.text + a.markup_before + a.markup_after
    assert a.text == "\nLine one.\nLine two.\n"
