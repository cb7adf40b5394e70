"""A quote's "now" is the time it was said, which the context gives, not publication."""

from __future__ import annotations

from datetime import date

from explorer.model import Article, PublishedSource
from explorer.parse.pipeline import parse_article
from explorer.timeline import article_events

FRI = date(2025, 3, 7)


def days_of(text: str, opening: str) -> list[str]:
    """The days of the events of the sentence that opens with ``opening``."""
    parsed = parse_article(Article("t", text, "T", FRI, PublishedSource.METADATA, "t"))
    return [
        e.range.iso()
        for e in article_events(parsed)
        if parsed.sentences[e.sentence_index].text.startswith(opening)
    ]


def test_now_in_a_quote_is_when_it_was_said() -> None:
    text = (
        "Floods killed 40 people on Wednesday, officials said.\n\n“We have lost entire "
        "families,” the governor told reporters on Thursday. “Our priority now is to reach "
        "the villages.”"
    )
    assert days_of(text, "“Our priority") == ["2025-03-06"]  # Thursday, as said


def test_now_in_narration_stays_the_present() -> None:
    text = "Floods killed 40 people on Wednesday. The army is now clearing roads."
    assert days_of(text, "The army") == ["2025-03-07"]


def test_a_quote_with_now_may_open_the_article() -> None:
    text = "“We are now in the rescue phase,” the governor said on Thursday. Roads are cut."
    assert days_of(text, "“We are now") == ["2025-03-06"]
