"""Actors on invented news articles of eight kinds (tests/fixtures/actors_news): key actors,
kinds, affiliations, merges, speakers of quotes, and words that must not be actors."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from article_checks import (
    ORG,
    C,
    G,
    L,
    P,
    wrong_actors,
    wrong_merges,
    wrong_not_actors,
    wrong_quote_speakers,
    wrong_sentence_speakers,
)

from explorer.model import ActorKind
from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.segment import segment

NEWS = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "actors_news"


@cache
def run(name: str) -> tuple[str, ActorAnalysis]:
    text = (NEWS / f"{name}.txt").read_text(encoding="utf-8")
    return text, analyse_actors(text, segment(text).sentences)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "un_sanctions": {
        "UN Security Council": (ORG, None, None),
        "Myanmar": (C, None, None),
        "Russia": (C, None, None),
        "China": (C, None, None),
        "United States": (C, None, None),
        "United Kingdom": (C, None, None),
        "Helena Marsh": (P, "United Kingdom", "ambassador"),
        "Vassily Nebenzia": (P, "Russia", "ambassador"),
        "Geng Shuang": (P, "China", "deputy ambassador"),  # "China's deputy ambassador, X,"
        "Linda Thomas-Greenfield": (P, "United States", "ambassador"),
        "António Guterres": (P, "United Nations", "secretary-general"),
        "Kyaw Min Htut": (P, "Myanmar", "envoy"),
        "OCHA": (ORG, None, None),
        "World Food Programme": (ORG, None, None),
        "Karin Lindqvist": (P, None, "director"),
        "European Union": (ORG, None, None),
        # ("He said Moscow would not support measures ...": Russia's government, no place)
    },
    "senate_budget": {
        "US Congress": (ORG, None, None),
        "Maria Delgado": (P, None, "governor"),
        "Tom Whitfield": (P, "Republicans", "senator"),  # ", a Republican from Kansas,"
        "Chuck Schumer": (P, None, None),
        "White House": (ORG, None, None),
        "Joe Biden": (P, "United States", "president"),
        "Karine Jean-Pierre": (P, None, None),
        "Paul Henning": (P, None, "governor"),
        "Elaine Park": (P, "Democrats", "senator"),
        "Federal Emergency Management Agency": (ORG, None, None),
        "Republican National Committee": (ORG, None, None),
        "Rachel Obi": (P, None, None),
        "Georgetown University": (ORG, None, None),
        "Kansas": (L, None, None),
    },
    "eu_summit": {
        "European Union": (ORG, None, None),
        "European Commission": (ORG, None, None),
        "Ursula von der Leyen": (P, "European Commission", "president"),
        "Emmanuel Macron": (P, "France", "president"),
        "Olaf Scholz": (P, "Germany", None),
        "Viktor Orbán": (P, "Hungary", "prime minister"),
        "Tomasz Wrona": (P, "Poland", "foreign minister"),
        "Court of Justice of the European Union": (ORG, "European Union", None),
        "Giorgia Meloni": (P, "Italy", "prime minister"),
        "Amnesty International": (ORG, None, None),
        "Mark Rutte": (P, "Netherlands", "prime minister"),
        "Karl Nehammer": (P, "Austria", "chancellor"),
        "Hungary": (C, None, None),
        "Brussels": (L, None, None),
        "Vienna": (L, None, None),
    },
    "merger": {
        "Halvorsen Energy Group": (ORG, None, None),
        "Bluewater Resources Ltd": (ORG, None, None),
        "Ingrid Solberg": (P, None, "chief executive"),
        "Simon Ashcroft": (P, "Bluewater Resources Ltd", "chairman"),
        "Nordstrand Bank": (ORG, None, None),
        "Berenberg": (ORG, None, None),
        "Priya Raman": (P, None, "analyst"),
        "Tom Becker": (P, None, None),
        "Castlegate Investments Inc": (ORG, None, None),
        "Competition and Markets Authority": (ORG, None, None),
        "Lars Aasen": (P, "Norway", "energy minister"),
        "Reuters": (ORG, None, None),
        "Oslo": (L, None, None),
    },
    "court_case": {
        "Daniel Kowalski": (P, None, "mayor"),
        "Margaret Ellison": (P, None, "judge"),
        "Kevin Marsh": (P, "United States", "attorney"),
        "Sandra Whitley": (P, None, "lawyer"),
        "Justice Department": (ORG, None, None),
        "FBI": (ORG, None, None),
        "Internal Revenue Service": (ORG, None, None),
        "Frank Russo": (P, None, None),
        "Denise Holloway": (P, None, None),
        "Delaware": (L, None, None),
    },
    "sahel_conflict": {
        "Burkina Faso": (C, None, None),
        "a military source": (G, None, None),
        "a resident": (G, None, None),
        "Ibrahim Traore": (P, None, "captain"),
        "Rimtalba Ouedraogo": (P, None, "spokesman"),
        "Armed Conflict Location and Event Data Project": (ORG, None, None),
        "Heni Nsaibia": (P, None, None),
        "Jama'at Nusrat al-Islam wal-Muslimin": (ORG, None, None),  # (JNIM its alias)
        "UNHCR": (ORG, None, None),
        "Babar Baloch": (P, "UNHCR", "spokesman"),
        "Human Rights Watch": (ORG, None, None),
        "African Union": (ORG, None, None),
        "Islamic State": (ORG, None, None),
        "Mali": (C, None, None),
        "France": (C, None, None),
        "Ouagadougou": (L, None, None),
    },
    "flood_disaster": {
        "Pakistan": (C, None, None),
        "National Disaster Management Authority": (ORG, None, None),
        "Ghulam Shah": (P, None, None),
        "Faisal Memon": (P, None, "chief minister"),
        "Shehbaz Sharif": (P, "Pakistan", "prime minister"),
        "World Health Organization": (ORG, None, None),
        "Luo Dapeng": (P, None, "doctor"),
        "UNICEF": (ORG, None, None),
        "Peter Ophoff": (P, None, None),
        "an official": (G, None, None),
        "Pakistan Meteorological Department": (ORG, "Pakistan", None),
        "Saudi Arabia": (C, None, None),
        "Karachi": (L, None, None),
    },
    "football": {
        "Premier League": (ORG, None, None),
        "Daniel Okafor": (P, None, None),
        "Newcastle United": (ORG, None, None),
        "Bukayo Saka": (P, None, None),
        "Alexander Isak": (P, None, None),
        "Sky Sports": (ORG, None, None),
        "Mikel Arteta": (P, None, "manager"),
        "Eddie Howe": (P, None, "boss"),
        "Professional Game Match Officials Limited": (ORG, None, None),
        "Arne Slot": (P, None, "coach"),
        "Pep Guardiola": (P, None, "manager"),
        "Football Association": (ORG, None, None),
        "Tottenham Hotspur": (ORG, None, None),
        "Manchester United": (ORG, None, None),
        "Old Trafford": (L, None, None),
    },
}

# name -> [(surface, actor id)]: these mentions must link to that actor.
MERGES: dict[str, list[tuple[str, str]]] = {
    "un_sanctions": [
        ("U.N. Security Council", "UN Security Council"),
        ("Marsh", "Helena Marsh"),
        ("WFP", "World Food Programme"),
        ("Guterres", "António Guterres"),
        ("Antonio Guterres", "António Guterres"),
        ("U.S.", "United States"),
        ("British", "United Kingdom"),
        ("Russian", "Russia"),
        ("China", "China"),
    ],
    "senate_budget": [
        ("Delgado", "Maria Delgado"),
        ("Whitfield", "Tom Whitfield"),
        ("FEMA", "Federal Emergency Management Agency"),
        ("Henning", "Paul Henning"),
    ],
    "eu_summit": [
        ("Scholz", "Olaf Scholz"),
        ("Orban", "Viktor Orbán"),
        ("EC", "European Commission"),
        ("EU", "European Union"),
        ("Austrian", "Austria"),
        ("Hungarian", "Hungary"),
    ],
    "merger": [
        ("Halvorsen", "Halvorsen Energy Group"),
        ("Halvorsen Energy", "Halvorsen Energy Group"),
        ("Bluewater", "Bluewater Resources Ltd"),
        ("CMA", "Competition and Markets Authority"),
        ("Raman", "Priya Raman"),
        ("Becker", "Tom Becker"),
        ("Norwegian", "Norway"),
    ],
    "court_case": [
        ("Kowalski", "Daniel Kowalski"),
        ("Ellison", "Margaret Ellison"),
        ("Whitley", "Sandra Whitley"),
        ("Federal Bureau of Investigation", "FBI"),
        ("U.S.", "United States"),
    ],
    "sahel_conflict": [
        ("ACLED", "Armed Conflict Location and Event Data Project"),
        ("Nsaibia", "Heni Nsaibia"),
        ("French", "France"),
        ("Burkina Faso", "Burkina Faso"),
    ],
    "flood_disaster": [
        ("NDMA", "National Disaster Management Authority"),
        ("WHO", "World Health Organization"),
        ("Memon", "Faisal Memon"),
        ("Sharif", "Shehbaz Sharif"),
        ("Dapeng", "Luo Dapeng"),
    ],
    "football": [
        ("Okafor", "Daniel Okafor"),
        ("PGMOL", "Professional Game Match Officials Limited"),
        ("FA", "Football Association"),
        ("Arteta", "Mikel Arteta"),
        ("Guardiola", "Pep Guardiola"),
    ],
}

# name -> [(start of the quote text, speaker id or None)]
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "un_sanctions": [
        ('"a moral duty', "Helena Marsh"),
        ('"We have seen', "Helena Marsh"),
        ('"Nobody in this chamber', "Helena Marsh"),
        ('"a political exercise', "Vassily Nebenzia"),
        ('"from outside', "Vassily Nebenzia"),
        ('"This is not the end', "Linda Thomas-Greenfield"),
        ('"We will keep', "Linda Thomas-Greenfield"),
        ('"alarmed', "Stephane Dujarric"),  # "A spokesman for Guterres, Stephane Dujarric, said"
        ('"Our trucks', "Karin Lindqvist"),
        ('"What we need', "Karin Lindqvist"),
        ('"terrorists', "Kyaw Min Htut"),
        ('"Everyone knows', "a western diplomat"),
    ],
    "senate_budget": [
        ('"another round', "Maria Delgado"),
        ('"My constituents', "Maria Delgado"),
        ('"They do not care', "Maria Delgado"),
        ('"Half of this bill', "Tom Whitfield"),
        ('"It is a wish list', "Tom Whitfield"),
        ('"no intention', "Karine Jean-Pierre"),
        ("\"I'm a fiscal", "Paul Henning"),
        ("\"But you don't", "Paul Henning"),
        ('"responsible', "Republican National Committee"),
        ('"There is real pressure', "Rachel Obi"),
        ('"Senators hear', "Rachel Obi"),
        ('"Anything is possible', "Tom Whitfield"),
    ],
    "eu_summit": [
        ('"This is a historic day', "Ursula von der Leyen"),
        ('"We have shown', "Ursula von der Leyen"),
        ('"Europe can decide', "Emmanuel Macron"),
        ('"nobody loves', "Olaf Scholz"),
        ('"never accept', "Viktor Orbán"),
        ('"We will not pay', "Viktor Orbán"),
        ('"Hungary decides', "Viktor Orbán"),
        ('"over the heads', "a spokeswoman for the Polish government"),
        ('"a first step', "Giorgia Meloni"),
        ('"Solidarity', "Eve Geddie"),
        ('"People are not parcels', "Eve Geddie"),
        ('"A deal is a deal', "Mark Rutte"),
    ],
    "merger": [
        ('"This is a transformational', "Ingrid Solberg"),
        ('"Together we will', "Ingrid Solberg"),
        ('"We looked at', "Simon Ashcroft"),
        ('"This one gives', "Simon Ashcroft"),
        ('"full but defensible', "Priya Raman"),
        ('"The question is', "Priya Raman"),
        ('"Halvorsen has never', "Priya Raman"),
        ('"undervalues', "Tom Becker"),
    ],
    "court_case": [
        ('"a betrayal', None),
        ('"a marketplace', "Margaret Ellison"),
        ('"You were elected', "Margaret Ellison"),
        ('"Instead, you served', "Margaret Ellison"),
        ('"Corruption at this scale', "Kevin Marsh"),
        ('"It requires planning', "Kevin Marsh"),
        ('"excessive', "Sandra Whitley"),
        ('"We respect the court', "Sandra Whitley"),
        ('"Mr. Kowalski did not', "Sandra Whitley"),
        ('"no public official', "Justice Department"),
        ('"I have made mistakes', "Daniel Kowalski"),
        ('"I never meant', "Daniel Kowalski"),
        ('"He took money', "Denise Holloway"),
    ],
    "sahel_conflict": [
        ('"neutralised', "the army"),  # "The army said in a statement that ..."
        ('"large quantities', "Jama'at Nusrat al-Islam wal-Muslimin"),
        ('"The soldiers were outnumbered', "a military source"),
        ('"We stayed inside', "a resident"),
        ('"hunted down', "Rimtalba Ouedraogo"),
        ('"What we are seeing', "Heni Nsaibia"),
        ('"That was not the case', "Heni Nsaibia"),
        ('"extremely concerned', "Babar Baloch"),
        ('"Every week', "Ilaria Allegrozzi"),
    ],
    "flood_disaster": [
        ('"The water came', "Ghulam Shah"),
        ('"Everything we had', "Ghulam Shah"),
        ('"We are doing everything', "Faisal Memon"),
        ('"Stagnant water', "Luo Dapeng"),
        ('"If we do not act', "Luo Dapeng"),
        ('"We warned', "an official"),
        ('"Nobody listened', "an official"),
    ],
    "football": [
        ('"I just closed', "Daniel Okafor"),
        ('"To score', "Daniel Okafor"),
        ('"He has been waiting', "Mikel Arteta"),
        ('"That tells you', "Mikel Arteta"),
        ('"It was a clear foul', "Eddie Howe"),
        ("\"I don't understand", "Eddie Howe"),
        ('"The table', "Arne Slot"),
        ('"Ask me again', "Arne Slot"),
        ('"a fair result', "Unai Emery"),
        ('"the ambition to suffer', "Pep Guardiola"),
        ('"We are not in a good moment', "Pep Guardiola"),
        ('"That is my job', "Pep Guardiola"),
    ],
}

# name -> [(first words of the sentence, speaker ids of its attributions, in order)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "un_sanctions": [
        ("China's deputy ambassador", ["Geng Shuang"]),
        ("A spokesman for Guterres", ["Stephane Dujarric"]),  # the spokesman named speaks
        ("According to the Office", ["OCHA"]),
        ("Myanmar's envoy", ["Kyaw Min Htut"]),
        ("Diplomats said", ["diplomats"]),
        ("The European Union said", ["European Union"]),
    ],
    "senate_budget": [
        ("Gov. Maria Delgado", ["Maria Delgado"]),
        ("He said farmers", ["Paul Henning"]),
        ("A spokeswoman for the Republican", ["Republican National Committee"]),
        ("The White House said", ["White House"]),
    ],
    "eu_summit": [
        ("Italy, Greece", ["Italy", "Greece", "Spain", "Malta"]),
        ("He told reporters", ["Viktor Orbán"]),
        ("Poland's foreign minister", ["Tomasz Wrona"]),
        ("Amnesty International said", ["Amnesty International"]),
    ],
    "merger": [
        ("Bluewater's chairman", ["Simon Ashcroft"]),
        ("Norway's energy minister", ["Lars Aasen"]),
        ("She said about", ["Ingrid Solberg"]),
    ],
    "court_case": [
        ("Kowalski's lawyer", ["Sandra Whitley"]),
        ("She described", ["Sandra Whitley"]),
        ("The Justice Department", ["Justice Department"]),
    ],
    "sahel_conflict": [
        ("A resident of Djibo", ["a resident"]),
        ("Human Rights Watch accused", ["Human Rights Watch"]),
        ("JNIM said", ["Jama'at Nusrat al-Islam wal-Muslimin"]),
        (
            "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
            ["Jama'at Nusrat al-Islam wal-Muslimin"],
        ),  # "claimed responsibility"
    ],
    "flood_disaster": [
        ("Sindh's chief minister", ["Faisal Memon"]),
        ("He said the army", ["Faisal Memon"]),
        ("A spokeswoman for UNICEF", ["UNICEF"]),
        ("Its head of delegation", ["Peter Ophoff"]),
        ("The Pakistan Meteorological", ["Pakistan Meteorological Department"]),
    ],
    "football": [
        ("Newcastle boss Eddie Howe", ["Eddie Howe"]),
    ],
}

# name -> words that must not be (part of) any actor id
NOT_ACTORS: dict[str, list[str]] = {
    "un_sanctions": ["Advertisement", "Share", "Tuesday", "Nobody", "Secretary"],
    "senate_budget": ["Share", "Like", "Wednesday", "Half", "Asked", "Mexico"],
    "eu_summit": ["Friday", "Sunday", "June", "Solidarity", "Asked"],
    "merger": ["Video", "Related", "Monday", "Together"],
    "court_case": ["Thursday", "January", "March", "Instead", "Department of"],
    "sahel_conflict": ["Sunday", "Monday", "Telegram", "Djibo", "Every"],
    "flood_disaster": ["Advertisement", "Saturday", "Stagnant", "Dadu", "Islamabad"],
    "football": ["Late", "Follow", "Twitter", "November", "Saturday", "Ask"],
}

NAMES = sorted(ACTORS)


def test_all_articles_listed() -> None:
    assert sorted(p.stem for p in NEWS.glob("*.txt")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_spans_and_ids(name: str) -> None:
    text, r = run(name)
    ids = {a.id for a in r.actors}
    for m in r.mentions:
        assert text[m.start : m.end] == m.text
        assert m.actor_id in ids
    kinds = {a.id: a.kind for a in r.actors}
    for a in r.attributions:
        assert kinds[a.speaker_id] is not ActorKind.PLACE
    for q in r.quotes:
        assert q.speaker_id is None or q.speaker_id in ids


@pytest.mark.parametrize("name", NAMES)
def test_key_actors(name: str) -> None:
    _, r = run(name)
    assert not wrong_actors(r, ACTORS[name])


@pytest.mark.parametrize("name", NAMES)
def test_merges(name: str) -> None:
    _, r = run(name)
    assert not wrong_merges(r, MERGES[name])


@pytest.mark.parametrize("name", NAMES)
def test_quote_speakers(name: str) -> None:
    _, r = run(name)
    assert not wrong_quote_speakers(r, QUOTES[name])


@pytest.mark.parametrize("name", NAMES)
def test_sentence_speakers(name: str) -> None:
    text, r = run(name)
    assert not wrong_sentence_speakers(text, r, SPEAKERS[name], empty_means_none=True)


@pytest.mark.parametrize("name", NAMES)
def test_not_actors(name: str) -> None:
    _, r = run(name)
    assert not wrong_not_actors(r, NOT_ACTORS[name])
