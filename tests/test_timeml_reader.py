"""Reading TimeML and TempEval-3 input documents."""

from __future__ import annotations

import contextlib
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.sources.timeml import TimeMLError, parse_timeml

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "timeml"


def test_reads_text_dct_title_and_gold_offsets() -> None:
    doc = parse_timeml((FIXTURES / "tiny_news.xml").read_text(encoding="utf-8"))
    assert doc.dct == date(2016, 9, 23)
    assert doc.title == "Ceasefire talks stall"
    assert doc.docid == "TINY0001"
    assert "<" not in doc.text
    assert [g.text for g in doc.gold] == ["Thursday", "three days", "next week"]
    for g in doc.gold:
        assert doc.text[g.start : g.end] == g.text
    assert next((g.type, g.value, g.tid) for g in doc.gold) == ("DATE", "2016-09-22", "t1")


def test_entities_are_kept_as_written_so_markup_round_trips() -> None:
    raw = (FIXTURES / "tiny_news.xml").read_text(encoding="utf-8")
    doc = parse_timeml(raw)
    assert "AT&amp;T" in doc.text
    inner = raw[len(doc.markup_before) : len(raw) - len(doc.markup_after)]
    assert re.sub(r"<[^>]+>", "", inner) == doc.text
    assert doc.markup_before.endswith("<TEXT>")
    assert doc.markup_after.startswith("</TEXT>")


def test_te3_input_with_self_closing_dct() -> None:
    doc = parse_timeml((FIXTURES / "tiny_input.TE3input").read_text(encoding="utf-8"))
    assert doc.dct == date(1999, 12, 30)
    assert doc.gold == ()
    assert doc.title == "TINY0002"
    assert "yesterday" in doc.text


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT>"),
        ("<TimeML><TEXT>Monday", "never closed"),
        ("<TEXT>On <TIMEX3 tid='t1'>Monday</TEXT>", "never closed"),
        ("<TEXT>On Monday</TIMEX3></TEXT>", "unexpected"),
        ("<TEXT>a < b </TEXT>", "malformed"),
    ],
)
def test_malformed_documents_raise_one_line_timeml_error(raw: str, message: str) -> None:
    with pytest.raises(TimeMLError) as info:
        parse_timeml(raw)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert isinstance(info.value, ValueError)


def test_bad_dct_gives_none_and_a_warning() -> None:
    raw = (
        '<DCT><TIMEX3 tid="t0" value="sometime" functionInDocument="CREATION_TIME">x</TIMEX3>'
        "</DCT><TEXT>Hi</TEXT>"
    )
    doc = parse_timeml(raw)
    assert doc.dct is None
    assert doc.warnings and "sometime" in doc.warnings[0]


def test_missing_dct_gives_none_and_a_warning() -> None:
    doc = parse_timeml("<TEXT>Hello</TEXT>")
    assert doc.dct is None and doc.warnings


@given(st.text(alphabet=st.sampled_from(list("<>/TEXIM3 ab=\"'&;!-?\n")), max_size=80))
def test_never_raises_anything_but_timeml_error(raw: str) -> None:
    try:
        doc = parse_timeml(raw)
    except TimeMLError:
        return
    for g in doc.gold:
        assert doc.text[g.start : g.end] == g.text


@given(st.text(max_size=200))
def test_any_string_inside_text_is_read_or_rejected_cleanly(body: str) -> None:
    with contextlib.suppress(TimeMLError):
        parse_timeml(f"<TimeML><TEXT>{body}</TEXT></TimeML>")
