"""find_speakers gives what the reference (speakers_reference.py: every sentence with a cue
and the two before visited, each one's subject followed for a later "he said") gives."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from speakers_reference import find_speakers as reference

from explorer.model import ActorKind, Mention, Sentence
from explorer.parse.actors import _role_holders, build_lexicon
from explorer.parse.actors.canonical import canonicalise
from explorer.parse.actors.genders import person_genders
from explorer.parse.actors.mentions import find_candidates
from explorer.parse.actors.quotes import QuoteSpan, find_quotes
from explorer.parse.actors.speakers import SpeakerResult, find_speakers, gaps, pronouns, quote_spans
from explorer.parse.actors.wordscan import scan_words
from explorer.parse.segment import segment

ROOT = Path(__file__).resolve().parents[2]
NEWS = ROOT / "tests" / "fixtures" / "actors_news"
SEEDS = ROOT / "seeds"

# Pieces of sentences with speakers: pronouns a sentence or a few after a named subject (of
# a gender the text says: "Mr", "spokeswoman"), appositions, places and "spokesman for"
# before names, lists joined by "and", quotes.
PIECES = [
    "he said",
    "He said",
    "it said",
    "It added",
    "Mr",
    "Ms",
    "spokeswoman",
    "she told reporters",
    "said",
    "told",
    "added",
    "saying",
    "according to",
    "Kowalski",
    "John Smith",
    "Mr Smith’s",
    "Ana Rojas",
    "addressed the court",
    "the German chancellor",
    "a spokesman for the ministry",
    "spokesman for",
    "a resident of Djibo",
    "of",
    "in",
    "Russia",
    "Syria",
    "Moscow",
    "Amnesty International",
    "and",
    "also",
    "then",
    "the director of a hospital",
    ",",
    ", ",
    ".",
    ". ",
    "“",
    "”",
    '"',
    "\n\n",
    ":",
    "  ",
]

NAMES = ["John Smith", "Ana Rojas", "Kowalski", "Russia", "Moscow", "Amnesty International"]
NAMES += ["Mr Smith", "Ms Rojas", "Mr Kowalski", "Ms Kowalski"]
# Whole sentences, so that a text has several ("NAME addressed the court. He said ...").
SENTENCES = [
    "{} addressed the court.",
    "{}’s dog barked.",
    "{} said it.",
    "It rained, {} said.",
    "“It is fine,” said {}.",
    "He said it.",
    "She said it.",
    "It said it.",
    "“It is fine,” she said.",
    "She told reporters it rained.",
    "“It is fine,” he said.",
    "{}, the director of a hospital, told reporters.",
    "A resident of {} said it.",
    "A spokesman for {}, {}, said it.",
    "{} and {} said it.",
    "{}, {} and {} welcomed it.",
    "But {} told the court of {} and he said so.",
    "According to {}, it rained.",
    "{} of {} said it.",
    "{} \n from the {}, a town, said it.",
    "{}\tin {} has also said it.",
    "{}, {}, said it.",
    "{} (AI) said it.",
    "Governor {} addressed the court.",
    "The governor said it.",
    "“It is fine,” said the minister.",
    "{}, 54, who sells fruit in {}, said it.",
    "The head of {}, Gen. {}, warned it.",
    "“It is fine,” said the envoy, {}, who left.",
    "“It is fine,” said {}’s chief negotiator, Dr. {}.",
    "“It is fine,” said {} of {}.",
    "{} ({}) has told reporters.",
    "{} \n of Xyzton said it.",
    "{} of Xyzton, a town, said it.",
    "{}\tof Xyzton said it.",
    "{},a lawyer, said it.",
    "{}\n, a lawyer,\nsaid it.",
    "It rained.",
    "He also said it.",
    "It has also claimed it.",
    "{} met {}, saying it.",
    "After meeting {}, {} left {} — calling it “fine.”",
    "{}, the head of {}, thanked {}, adding it.",
    "{} rejected the budget.",
    "A spokesman for {} said it.",
    "{} destroyed it. It said so.",
    "{} flew to {} and said it.",
    "{}’s air force has also said it.",
    "The Russian military said it.",
    "“It is fine,” said {} chief economist {}.",
    "According to {} spokesman {}, it rained.",
    "The force in {}, {}, said it.",
    "{} rejected the claim.",
    "{} dismissed it as a joke.",
    "\n\n",
]
sentence = st.builds(
    lambda form, names: form.format(*names),
    st.sampled_from(SENTENCES),
    st.lists(st.sampled_from(NAMES), min_size=3, max_size=3),
)
texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join),
    st.lists(st.one_of(sentence, st.sampled_from(PIECES)), max_size=14).map(" ".join),
    st.lists(sentence, max_size=10).map(" ".join),
)


def both(
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    kinds: dict[str, ActorKind],
    quotes: list[QuoteSpan],
    genders: dict[str, str],
    holders: dict[str, tuple[str, int, int]] | None = None,
) -> tuple[SpeakerResult, SpeakerResult]:
    capital_of = build_lexicon().capital_of
    cues = scan_words(text).cues
    return (
        find_speakers(
            text, sentences, mentions, kinds, quotes, capital_of, cues, lambda: genders, holders
        ),
        reference(
            text, sentences, mentions, kinds, quotes, capital_of, cues, lambda: genders, holders
        ),
    )


@settings(max_examples=600, deadline=None)
@given(texts)
# A subject two sentences back (the one between has no person), a possessive subject, a
# person speaker after a subject, names right before the cue and across spaces.
@example("John Smith addressed the court. Russia said it. He said it.")
@example("Ana Rojas’s dog barked. He said it.")
@example("Ana Rojas addressed the court. John Smith said it. He said it.")
@example("It rained, John Smith  \n said. Russia \u00a0 told reporters.")
@example("John Smith said it. He also said it. Russia said it. It has also claimed it.")
@example("After meeting Ana Rojas, John Smith left Moscow — calling it “fine.”")
@example("Amnesty International destroyed it. It said so. Russia flew to Moscow and said it.")
@example("Russia’s air force has also said it. The Russian military said it. He said it.")
@example("“It is fine,” said Amnesty International chief economist John Smith. He said it.")
@example(
    "According to Russia spokesman Ana Rojas, it rained. "
    "The force in Moscow, Amnesty International, said it."
)
# A ministry in a capital, a capital after a preposition, a company's spokesperson.
@example("Jets flew. The defence ministry in Taipei said it. People in Taipei said it.")
@example("Google said it. A company spokesperson said it. A spokesman said it.")
def test_speakers_of_parsed_texts_are_the_reference(text: str) -> None:
    assert_reference(text)


def test_speakers_of_news_texts_are_the_reference() -> None:
    paths = [*NEWS.glob("*.txt"), *SEEDS.glob("*.txt")]
    assert len(paths) >= 9
    for path in paths:
        assert_reference(path.read_text(encoding="utf-8"))


def assert_reference(text: str) -> None:
    lex = build_lexicon()
    sentences = list(segment(text).sentences)
    actors, mentions = canonicalise(
        text, find_candidates(text, lex, scan_words(text).group_heads), lex
    )
    kinds = {a.id: a.kind for a in actors}
    genders = person_genders(text, actors, mentions)
    holders = _role_holders(text, actors, mentions)
    quotes = find_quotes(text, sentences)
    got, want = both(text, sentences, mentions, kinds, quotes, genders, holders)
    assert got == want


KINDS = [ActorKind.PERSON, ActorKind.COUNTRY, ActorKind.GROUP, ActorKind.PLACE]


@settings(max_examples=600, deadline=None)
@given(st.data())
def test_speakers_of_any_mentions_are_the_reference(data: st.DataObject) -> None:
    """Mentions anywhere (overlapping, on the same span), of any kind, some read as capitals;
    in text order, as analyse_actors gives them (sorted by start)."""
    text = data.draw(texts)
    sentences = list(segment(text).sentences)
    n = len(text)
    # (Not empty: the parser makes no mention of no text.)
    spans = data.draw(
        st.lists(
            st.tuples(st.integers(0, max(0, n - 1)), st.integers(1, 30)).map(
                lambda p: (p[0], min(n, p[0] + p[1]))
            ),
            max_size=12,
        )
    )
    spans = sorted((s, e) for s, e in spans if e > s)
    ids = ["a", "b", "c", "Moscow", "d"]
    mentions = [Mention(s, e, text[s:e], data.draw(st.sampled_from(ids))) for s, e in spans]
    kinds = {i: data.draw(st.sampled_from(KINDS)) for i in ids}
    genders = data.draw(st.dictionaries(st.sampled_from(ids), st.sampled_from("fm")))
    quotes = find_quotes(text, sentences)
    holders = data.draw(
        st.dictionaries(
            st.sampled_from(["governor", "minister"]),
            # (the holder, their first mention's start, the next holder's)
            st.tuples(st.sampled_from(ids), st.integers(0, n), st.integers(0, n + 1)),
        )
    )
    got, want = both(text, sentences, mentions, kinds, quotes, genders, holders)
    assert got == want


GAP_PIECES = [" ", "  ", "\t", "\n", "\u00a0", "of", "in", "from", "the", "Kansas", "City"]
GAP_PIECES += [",", "a town", "also", "then", "has", "he", "He", "she", "x", "-"]
# A word opening with each letter of _GAP_OPENINGS, most of them words of the gaps.
GAP_PIECES += ["was", "would", "last", "week", "on", "quickly", "reportedly", "earlier", "in"]
GAP_PIECES += ["a statement", "previously", "again", "further", "said"]
# Brackets: "Human Rights Watch (HRW) said".
GAP_PIECES += ["(", ")", "(HRW)", " (HRW)", "(D-Texas) "]


gap_text = st.lists(st.sampled_from(GAP_PIECES), max_size=8).map("".join)


@settings(max_examples=3000, deadline=None)
@given(gap_text, gap_text, gap_text, st.sampled_from(KINDS))
@example("x", "\tof Kansas", "", ActorKind.PERSON)
@example("x", " \nof Kansas", "said", ActorKind.PERSON)
@example("x", "\u00a0 from the Kansas City, a town, also ", "said", ActorKind.GROUP)
@example("x", ",a town, then ", "said", ActorKind.GROUP)
@example("x", " (HRW) ", "said", ActorKind.ORGANISATION)
@example("x", "(HRW)", "", ActorKind.GROUP)
@example("x", " (D-Texas) , a town, ", "said", ActorKind.PERSON)
@example("x", " , ", "said", ActorKind.PERSON)
@example("x", " last week ", "said", ActorKind.GROUP)
@example("", "He", "", ActorKind.PERSON)
@example("", " \n\t", "x", ActorKind.PERSON)
@example("", " of a statement", "", ActorKind.GROUP)
def test_short_gap_tests_agree_with_the_patterns(
    before: str, gap: str, after: str, kind: ActorKind
) -> None:
    """The gap test before a cue (character tests first, regex calls only where they may
    match) is the patterns' test; the pronoun test needs "he" or "He"."""
    text = before + gap + after
    lo, hi = len(before), len(before) + len(gap)
    m = Mention(0, lo, before, "x")
    kinds = {"x": kind}
    bracket = gaps._BRACKET.match(text, lo, hi)
    g = lo if bracket is None else bracket.end()
    first = text[g : g + 1]
    if first == " " and g + 1 < hi:
        first = text[g + 1]
    want = bool(
        (  # a group's "of"/"in"/"with" phrase or "who" clause ("Residents of the village")
            kind is ActorKind.GROUP
            and first in gaps._GROUP_GAP_FIRSTS
            and (
                gaps._GROUP_WITH_GAP.fullmatch(text, g, hi)
                or (
                    first == "w"
                    and text.startswith(gaps._WHO_CUES, hi)
                    and gaps._GROUP_WHO_GAP.fullmatch(text, g, hi)
                )
            )
        )
        or (
            gaps._SIMPLE_GAP.fullmatch(text, g, hi)
            # (no passive: "students were admitted"; a cue in -ing still speaks)
            and not (
                re.search(r" (?:was|were|is|are|been|be) $", text[max(g - 1, 0) : hi])
                and not text[hi : hi + 30].split(" ", 1)[0].rstrip(".,;:").endswith("ing")
            )
        )
        or gaps._APPOSITION_GAP.fullmatch(text, g, hi)
        or gaps._PLACE_GAP.fullmatch(text, g, hi)
        or (
            kind is ActorKind.PERSON
            and gaps._CLOSING_COMMA.fullmatch(text, g, hi)
            and gaps._OPENING_COMMA.search(text, max(0, m.start - gaps._OPENING_REACH), m.start)
        )
    )
    assert gaps._subject_gap(text, 0, m, hi, kinds) == want
    if pronouns._PRONOUN.search(text, max(lo, hi - 3), hi):
        assert text.startswith(pronouns._PRONOUN_ENDS, hi - 2, hi)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=30),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=6),
)
def test_unquoted_mentions_are_those_not_quoted(
    mentions: list[tuple[int, int]], quotes: list[tuple[int, int]]
) -> None:
    """The mentions outside quotes, taken between the quotes in slices, are those
    :func:`_quoted` does not mark (quotes overlapping or not)."""
    starts = sorted(s for s, _ in mentions)
    ends = [s + n for s, (_, n) in zip(starts, mentions, strict=True)]
    qspans = sorted((s, s + n) for s, n in quotes)
    free, free_starts, free_ends = quote_spans._unquoted(
        starts, ends, [s for s, _ in qspans], [e for _, e in qspans]
    )
    quoted = quote_spans._quoted(starts, qspans) if _disjoint(qspans) else None
    want = [k for k in range(len(starts)) if not any(s < starts[k] < e for s, e in qspans)]
    assert list(free) == want
    if quoted is not None:
        assert want == [k for k, q in enumerate(quoted) if not q]
    assert free_starts == [starts[k] for k in want]
    assert free_ends == [ends[k] for k in want]


def _disjoint(spans: list[tuple[int, int]]) -> bool:
    return all(a[1] <= b[0] for a, b in pairwise(spans))


LEAD_PIECES = [" ", "  ", "\n", "\t", "of", "in", "from", "at", "near", "the", "and", "&"]
LEAD_PIECES += [",", "x", "Kansas", "-", "said", "e", "d"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(LEAD_PIECES), max_size=8).map("".join), st.integers(0, 12))
@example("of \n", 0)
@example(" and ", 0)
@example(", & ", 0)
@example("near ", 0)
@example("of the ", 0)
@example("from\n", 0)
def test_lead_tests_agree_with_the_patterns(before: str, lo: int) -> None:
    """named_before runs _PREP_BEFORE and _AND_GAP only after spaces ending at the mention,
    after more spaces or a letter of _PREP_ENDS (_AND_ENDS) (_PREP_BEFORE after one space
    only after a word of _PREP_WORDS), and _CLOSING_COMMA only over a comma: every match
    has them."""
    text = before + "Kowalski"
    start = len(before)
    lo = min(lo, start)
    lead = text[start - 2] if start >= 2 and text[start - 1].isspace() else ""
    if gaps._PREP_BEFORE.search(text, lo, start):
        assert lead.isspace() or lead in gaps._PREP_ENDS
        # After one space, one of _PREP_WORDS ends before it (in the window searched).
        assert lead.isspace() or text.endswith(gaps._PREP_WORDS, lo, start - 1)
    if gaps._AND_GAP.fullmatch(text, lo, start):
        assert lead.isspace() or lead in gaps._AND_ENDS
    if gaps._CLOSING_COMMA.fullmatch(text, lo, start):
        assert text.find(",", lo, start) >= 0


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.integers(0, 60), max_size=20, unique=True),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=6),
)
def test_cues_in_quotes_are_those_inside_the_last_quote_opened(
    cstarts: list[int], quotes: list[tuple[int, int]]
) -> None:
    """The cues in quotes, found quote by quote, are those inside the last quote opening at
    or before them (quotes overlapping or not)."""
    qspans = sorted((s, s + n) for s, n in quotes)
    qstarts = [s for s, _ in qspans]
    want = set()
    for cs in cstarts:
        opened = [span for span in qspans if span[0] <= cs]
        if opened and opened[-1][0] < cs < opened[-1][1]:
            want.add(cs)
    got = quote_spans._in_quotes([(cs, cs + 4) for cs in cstarts], qstarts, [e for _, e in qspans])
    assert got == want
