"""The speaker of a timeline row whose sentence has several speech verbs: the one a reader
names, on invented articles."""

from __future__ import annotations

from datetime import date

from explorer.model import Article, PublishedSource
from explorer.parse.pipeline import parse_article
from explorer.timeline import article_events


def speakers(text: str) -> list[str | None]:
    parsed = parse_article(
        Article("t", text, "T", date(2024, 12, 4), PublishedSource.METADATA, "t.txt")
    )
    return [e.speaker_id for e in article_events(parsed)]


def test_a_speech_verb_in_a_subordinate_clause_is_not_the_sentences_speaker() -> None:
    """ "Tan said he would lift the order after the Assembly demanded it": Tan."""
    text = (
        "President Harun Tan lifted the order on Wednesday.\n\n"
        "Tan said in an address that he would lift the order after the National Assembly "
        "demanded it."
    )
    assert speakers(text)[-1] == "Harun Tan"


def test_a_speech_verb_closing_the_sentence_is_its_speaker() -> None:
    """ "X fired a missile on Thursday, South Korea's military said, days after Y warned
    ...": the military, not the country in the clause after."""
    text = (
        "North Korea fired a missile on Wednesday, South Korea's military said, days after "
        "Pyongyang warned of action."
    )
    assert set(speakers(text)) == {"South Korean Military"}


def test_a_speech_verb_in_a_relative_clause_is_not_the_sentences_speaker() -> None:
    text = (
        "Officials met on Wednesday.\n\n"
        "The United Arab Emirates, which U.N. experts have accused of arming the militia, "
        "has denied the allegation."
    )
    assert speakers(text)[-1] == "United Arab Emirates"


def test_a_statements_now_is_when_it_was_said() -> None:
    """ "It now goes to the president ..., the White House said": no row for "now" at
    publication beside the statement's own."""
    text = (
        "The Senate passed the bill on Tuesday.\n\n"
        "It now goes to the president, the White House said.\n\n"
        "Prices are now higher, the data show."
    )
    parsed = parse_article(
        Article("t", text, "T", date(2024, 12, 4), PublishedSource.METADATA, "t.txt")
    )
    rows = [
        (e.range.iso(), e.range.approximate)
        for e in article_events(parsed)
        if parsed.sentences[e.sentence_index].text.startswith("It now")
    ]
    assert rows == [("2024-12-03", False)]
