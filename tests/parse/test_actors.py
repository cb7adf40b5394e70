"""Actors, speakers and quotes: the seed article and invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.model import ActorKind
from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.segment import segment

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_24064f7563997bfd.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "actors"


def run(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


def actor_ids(result: ActorAnalysis) -> set[str]:
    return {a.id for a in result.actors}


def speakers(result: ActorAnalysis) -> list[str]:
    return [a.speaker_id for a in result.attributions]


def check_spans(text: str, result: ActorAnalysis) -> None:
    for m in result.mentions:
        assert text[m.start : m.end] == m.text
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    ids = actor_ids(result)
    assert {m.actor_id for m in result.mentions} <= ids
    for a in result.attributions:
        assert a.speaker_id in ids
        assert 0 <= a.cue_start < a.cue_end <= len(text)


# -- the seed ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[str, ActorAnalysis]:
    text = SEED.read_text(encoding="utf-8")
    return text, run(text)


def test_seed_spans(seed: tuple[str, ActorAnalysis]) -> None:
    check_spans(*seed)


def test_seed_actors_and_kinds(seed: tuple[str, ActorAnalysis]) -> None:
    _, r = seed
    kinds = {a.id: a.kind for a in r.actors}
    expected = {
        "United States": ActorKind.COUNTRY,
        "Russia": ActorKind.COUNTRY,
        "Syria": ActorKind.COUNTRY,
        "Iran": ActorKind.COUNTRY,
        "Turkey": ActorKind.COUNTRY,
        "Saudi Arabia": ActorKind.COUNTRY,
        "United Nations": ActorKind.ORGANISATION,
        "UN Security Council": ActorKind.ORGANISATION,
        "European Union": ActorKind.ORGANISATION,
        "Arab League": ActorKind.ORGANISATION,
        "International Committee of the Red Cross": ActorKind.ORGANISATION,
        "Red Crescent": ActorKind.ORGANISATION,
        "White Helmets": ActorKind.ORGANISATION,
        "Reuters": ActorKind.ORGANISATION,
        "International Syria Support Group": ActorKind.ORGANISATION,
        "Vitaly Churkin": ActorKind.PERSON,
        "Samantha Power": ActorKind.PERSON,
        "Hamza al-Khatib": ActorKind.PERSON,
        "Bashar al-Assad": ActorKind.PERSON,
        "Omar Barakat": ActorKind.PERSON,
        "John Kerry": ActorKind.PERSON,
        "rebels": ActorKind.GROUP,
        "opposition groups": ActorKind.GROUP,
        "militants": ActorKind.GROUP,
        "the activist": ActorKind.GROUP,
        "a military source": ActorKind.GROUP,
        "Aleppo": ActorKind.PLACE,
        "New York": ActorKind.PLACE,
    }
    for aid, kind in expected.items():
        assert kinds.get(aid) is kind, aid


def test_seed_no_furniture_or_calendar_actors(seed: tuple[str, ActorAnalysis]) -> None:
    _, r = seed
    banned = {
        "Share",
        "Advertisement",
        "Video",
        "Like",
        "No",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "September",
        "Fighting",
        "Syrians",
        "European",
        "Arab",
    }
    names = {n for a in r.actors for n in (a.id, *a.aliases)} | {m.text for m in r.mentions}
    assert not names & (banned - {"Syrians"})
    assert "Syrians" not in actor_ids(r)


def test_seed_merges(seed: tuple[str, ActorAnalysis]) -> None:
    _, r = seed
    by_text: dict[str, set[str]] = {}
    for m in r.mentions:
        by_text.setdefault(m.text, set()).add(m.actor_id)
    for surface in ("US", "U.S.", "USA", "United States", "American"):
        assert by_text[surface] == {"United States"}, surface
    for surface in ("Russia", "Russian Federation", "Russian"):
        assert by_text[surface] == {"Russia"}, surface
    assert by_text["Assad"] == {"Bashar al-Assad"}
    assert by_text["Kerry"] == {"John Kerry"}  # a listed public figure
    assert by_text["That activist"] == {"the activist"}
    assert by_text["eastern Aleppo"] == {"Aleppo"}
    assert by_text["NY"] == {"New York"}


def test_seed_roles_and_affiliations(seed: tuple[str, ActorAnalysis]) -> None:
    _, r = seed
    actors = {a.id: a for a in r.actors}
    churkin = actors["Vitaly Churkin"]
    assert (churkin.role, churkin.affiliation) == ("ambassador", "Russia")
    power = actors["Samantha Power"]
    assert (power.role, power.affiliation) == ("ambassador", "United States")
    assert actors["Hamza al-Khatib"].role == "director"
    assert actors["Bashar al-Assad"].role == "president"
    assert actors["Omar Barakat"].affiliation == "Red Crescent"
    # A listed public figure named by surname only: role and affiliation from the data.
    kerry = actors["John Kerry"]
    assert (kerry.role, kerry.affiliation) == ("secretary of state", "United States")


def test_seed_speakers(seed: tuple[str, ActorAnalysis]) -> None:
    _, r = seed
    found = speakers(r)
    for who in (
        "Vitaly Churkin",
        "Samantha Power",
        "Hamza al-Khatib",
        "White Helmets",
        "Bashar al-Assad",
        "International Committee of the Red Cross",
        "the activist",
        "a military source",
    ):
        assert who in found, who
    assert found.count("John Kerry") >= 2
    assert "Reuters" not in found  # "told Reuters": the addressee, not the speaker


def test_seed_quotes(seed: tuple[str, ActorAnalysis]) -> None:
    _, r = seed
    by_speaker = {q.text: q.speaker_id for q in r.quotes}
    assert by_speaker["“an extraordinary display of American heavy-handedness”"] == (
        "Vitaly Churkin"
    )
    assert by_speaker["“uniquely cynical and hypocritical”"] == "Samantha Power"
    assert by_speaker["“doesn’t have the will”"] == "Bashar al-Assad"
    kerry = [q for q in r.quotes if q.text.startswith("“The simple reality")]
    assert kerry[0].speaker_id == "John Kerry"
    unattributed = [q for q in r.quotes if q.text.startswith("“All of our information")]
    assert unattributed[0].speaker_id is None


# -- an invented article: other names, countries and organisations --------------------------


@pytest.fixture(scope="module")
def sahel() -> tuple[str, ActorAnalysis]:
    text = (FIXTURES / "sahel.txt").read_text(encoding="utf-8")
    return text, run(text)


def test_sahel_spans(sahel: tuple[str, ActorAnalysis]) -> None:
    check_spans(*sahel)


def test_sahel_actors(sahel: tuple[str, ActorAnalysis]) -> None:
    _, r = sahel
    actors = {a.id: a for a in r.actors}
    dubois = actors["Claire Dubois"]
    assert dubois.kind is ActorKind.PERSON
    assert (dubois.role, dubois.affiliation) == ("foreign minister", "France")
    keita = actors["Ibrahim Keita"]
    assert (keita.role, keita.affiliation) == ("ambassador", "Mali")
    assert actors["Amadou Traore"].role == "spokesman"
    assert actors["African Union"].kind is ActorKind.ORGANISATION
    assert actors["World Food Programme"].kind is ActorKind.ORGANISATION
    assert actors["Agence France-Presse"].kind is ActorKind.ORGANISATION
    assert actors["Geneva"].kind is ActorKind.PLACE
    assert actors["a senior official"].kind is ActorKind.GROUP
    assert {"Dubois", "Traore", "Keita", "Like", "Video", "Tuesday"}.isdisjoint(actors)
    texts = {m.text: m.actor_id for m in r.mentions}
    assert texts["Malian"] == "Mali"
    assert texts["That official"] == "a senior official"
    assert texts.get("northern Mali", texts.get("Mali")) == "Mali"


def test_sahel_speakers(sahel: tuple[str, ActorAnalysis]) -> None:
    _, r = sahel
    found = speakers(r)
    assert found.count("Claire Dubois") == 3
    for who in ("Ibrahim Keita", "Amadou Traore", "a senior official", "Human Rights Watch"):
        assert who in found, who
    assert "Agence France-Presse" not in found
    # A capital city speaking is its government.
    assert "Russia" in found
    moscow = [m for m in r.mentions if m.text == "Moscow"]
    assert moscow[0].actor_id == "Russia"


def test_sahel_quotes(sahel: tuple[str, ActorAnalysis]) -> None:
    _, r = sahel
    quotes = [(q.text, q.speaker_id) for q in r.quotes]
    assert ("“reached a dead end”", "Claire Dubois") in quotes
    assert ("“arrogant”", "Ibrahim Keita") in quotes
    assert ("“We will not abandon our partners”", "Claire Dubois") in quotes
    # A quote running over two paragraphs: the open part and its continuation.
    assert ("“The situation is dire. Nobody is listening.", "Amadou Traore") in quotes
    assert ("“We need help now,”", "Amadou Traore") in quotes
    assert ("“Nothing will change”", None) in quotes


# -- small cases ---------------------------------------------------------------------------


def test_inverted_and_according_to() -> None:
    text = (
        "The bridge was destroyed overnight, said the Norwegian Refugee Council. "
        "According to Amnesty International, dozens were detained."
    )
    r = run(text)
    assert speakers(r) == ["Norwegian Refugee Council", "Amnesty International"]
    kinds = {a.id: a.kind for a in r.actors}
    assert kinds["Norwegian Refugee Council"] is ActorKind.ORGANISATION


def test_surname_links_to_full_name_in_either_order() -> None:
    text = (
        "Petrov said the vote was rigged. Opposition leader Ivan Petrov called for protests. "
        "Mr Petrov later denied it."
    )
    r = run(text)
    assert {m.actor_id for m in r.mentions if "Petrov" in m.text} == {"Ivan Petrov"}
    assert speakers(r) == ["Ivan Petrov", "Ivan Petrov", "Ivan Petrov"]
    petrov = next(a for a in r.actors if a.id == "Ivan Petrov")
    assert petrov.role == "opposition leader"


def test_pronoun_continuation_and_unattributed_quote() -> None:
    text = (
        "Chilean President Ana Rojas spoke in Santiago on Monday.\n\n"
        "“We will rebuild,” she said.\n\n"
        "“Nobody knows what comes next.”"
    )
    r = run(text)
    quotes = {q.text: q.speaker_id for q in r.quotes}
    assert quotes["“We will rebuild,”"] is None or quotes["“We will rebuild,”"] == "Ana Rojas"
    assert quotes["“Nobody knows what comes next.”"] is None


def test_straight_quotes_and_colon_intro() -> None:
    text = 'The German chancellor said: "We are ready." Witnesses told "a different story".'
    r = run(text)
    assert [q.text for q in r.quotes] == ['"We are ready."', '"a different story"']
    assert r.quotes[1].speaker_id == "witnesses"


def test_empty_and_plain_text() -> None:
    assert run("") == ActorAnalysis()
    r = run("nothing capitalised here at all.")
    assert r.actors == () and r.quotes == ()


def test_a_name_after_to_is_no_place() -> None:
    text = (
        "Defence Minister Olaf Brenner said talks would resume. Critics sent a letter to "
        "Brenner. The company sold its plant to Halvex on Monday. The envoy flew to Dakmar "
        "and handed a message to Olaf Brenner."
    )
    r = run(text)
    kinds = {a.id: a.kind for a in r.actors}
    assert kinds["Olaf Brenner"] is ActorKind.PERSON
    # "to Brenner" and "to Olaf Brenner" are the minister, not places.
    assert [m.actor_id for m in r.mentions if "Brenner" in m.text] == ["Olaf Brenner"] * 3
    assert "Halvex" not in kinds and "Dakmar" not in kinds  # unknown, not made places
    r = run("The airline sold a stake to DPC last year.")
    assert {a.id: a.kind for a in r.actors}["DPC"] is ActorKind.ORGANISATION


def test_a_possessive_ends_a_name() -> None:
    text = "Protesters gathered outside Tomas Varga's Lisbon office. Varga said he was away."
    r = run(text)
    assert "Tomas Varga's Lisbon" not in actor_ids(r)
    assert [m.actor_id for m in r.mentions if "Varga" in m.text] == ["Tomas Varga"] * 2


def test_names_that_are_no_people() -> None:
    text = (
        "Similarly, the group said it had no plans. Hurricane Hugo hit the coast after the "
        "Cold War ended. Residents of Toure Drive and Fort Lauderdale fled. Kenyans "
        "and Tanzanians voted. Trading at the Toronto Stock Exchange stopped. James C. Kopp "
        "was charged; Kopp denied it."
    )
    kinds = {a.id: a.kind for a in run(text).actors}
    for not_actor in ("Similarly", "Hurricane Hugo", "Cold War"):
        assert not_actor not in kinds
    assert kinds["Toure Drive"] is ActorKind.PLACE
    assert kinds["Fort Lauderdale"] is ActorKind.PLACE
    assert kinds["Kenya"] is kinds["Tanzania"] is ActorKind.COUNTRY  # the people: the country
    assert kinds["Toronto Stock Exchange"] is ActorKind.ORGANISATION
    assert kinds["James C. Kopp"] is ActorKind.PERSON and "Kopp" not in kinds


def test_a_name_in_capitals_is_no_person_of_its_own() -> None:
    text = "DAR ES SALAAM, Tanzania (AP) — Officials said the port reopened on Monday."
    assert "DAR ES SALAAM" not in actor_ids(run(text))
    text = "Presidents Jurie de Wet and Anna Smith met. De Wet said it went well."
    assert {"Jurie de Wet", "Anna Smith"} <= actor_ids(run(text))
    text = "Jurie de Wet and Anna Smith met. De Wet said it went well."
    assert "Jurie de Wet" in actor_ids(run(text))


def test_place_written_as_a_place_stays_one() -> None:
    text = (
        "SANTA LUZIA, Brazil — Mayor Ana Prado said in Vila Serena that help was coming. "
        "The centre of Vila Serena flooded, local officials said. Forecasters at Clima "
        "Norte warned of more rain. The World Weather Union and the Marshall Plan were cited."
    )
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds["Vila Serena"] is ActorKind.PLACE  # not a person by its look
    assert kinds["Ana Prado"] is ActorKind.PERSON
    assert kinds["Clima Norte"] is ActorKind.ORGANISATION  # forecasters at X: an employer
    assert kinds["World Weather Union"] is ActorKind.ORGANISATION
    assert "Marshall Plan" not in kinds and "SANTA LUZIA" not in kinds


def test_companies_by_their_suffix_and_by_shares_in() -> None:
    text = (
        "Kvarts Mikro ASA said it would cut jobs. Shares in Kvarts fell 6% in Oslo. "
        "Its rival, Tellus Semiconductor, gained."
    )
    r = run(text)
    kinds = {a.id: a.kind for a in r.actors}
    assert kinds["Kvarts Mikro ASA"] is ActorKind.ORGANISATION
    assert kinds["Tellus Semiconductor"] is ActorKind.ORGANISATION
    # "Kvarts" is the company's short name, not a place.
    assert [m.actor_id for m in r.mentions if m.text.startswith("Kvarts")] == [
        "Kvarts Mikro ASA"
    ] * 2


def test_title_with_an_indefinite_article_before_a_name() -> None:
    text = "A rebel spokesman, Karim Haddad, said the group would attend."
    haddad = next(a for a in run(text).actors if a.id == "Karim Haddad")
    assert haddad.kind is ActorKind.PERSON and haddad.role == "spokesman"


def test_apposition_title_with_its_scope() -> None:
    text = (
        "The United Nations special envoy for Yemen, Lars Eriksen, said talks would resume. "
        "The head of the French delegation, Claire Morel, agreed."
    )
    actors = {a.id: a for a in run(text).actors}
    assert (actors["Lars Eriksen"].role, actors["Lars Eriksen"].affiliation) == (
        "envoy",
        "United Nations",
    )
    assert actors["Claire Morel"].affiliation == "France"


def test_titles_of_several_words() -> None:
    text = "Attorney General Dana Holt said no. Chief of Staff Omar Velez agreed."
    roles = {a.id: a.role for a in run(text).actors}
    assert roles["Dana Holt"] == "attorney general"
    assert roles["Omar Velez"] == "chief of staff"


def test_an_organisation_is_not_stretched_over_on() -> None:
    text = "Rep. Ana Ruiz, the top Democrat on the House Appropriations Committee, said no."
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds["House Appropriations Committee"] is ActorKind.ORGANISATION
    assert not any(k.startswith("Democrat") for k in kinds)


def test_police_ranks_and_a_street_named_after_a_title() -> None:
    text = (
        "Officers were called to a shop on King Street. Detective Inspector Mara Quinn said "
        "the search went on. Chief Superintendent Leo Hart agreed."
    )
    actors = {a.id: a for a in run(text).actors}
    assert actors["King Street"].kind is ActorKind.PLACE
    assert actors["Mara Quinn"].role == "detective inspector"
    assert actors["Leo Hart"].role == "chief superintendent"


def test_the_army_said() -> None:
    text = (
        "Shelling hit the town on Monday, the army said. The government says it will "
        "respond. The army fired back."
    )
    r = run(text)
    assert speakers(r) == ["the army", "the government"]
    # Without a speech verb, "the army" alone is no actor of its own.
    assert [m.text for m in r.mentions] == ["the army", "The government"]


def test_she_said_is_no_man_s_statement() -> None:
    text = (
        'Mr. Tom Hale met Ms. Ana Ortiz on Monday. "We agreed on nothing," she said. '
        'Hale said talks would go on. "It was useful," he said.'
    )
    quotes = {q.text[:12]: q.speaker_id for q in run(text).quotes}
    # Not Hale (the text calls him Mr.): the one woman named, Ms. Ortiz.
    assert quotes['"We agreed o'] == "Ana Ortiz"
    assert quotes['"It was usef'] == "Tom Hale"
    text = 'The spokeswoman, Ana Ortiz, met Tom Hale. "Fine," he said.'
    assert {q.speaker_id for q in run(text).quotes} != {"Ana Ortiz"}


def test_the_employer_before_a_title() -> None:
    text = (
        "The deal was done, Harbury manager Tom Reid said on Monday. Later, Riverby mayor "
        "Ann Cole spoke in Riverby."
    )
    actors = {a.id: a for a in run(text).actors}
    assert actors["Harbury"].kind is ActorKind.ORGANISATION
    assert actors["Tom Reid"].affiliation == "Harbury"
    assert actors["Ann Cole"].affiliation is None  # a town's mayor: the town is no employer
