"""Merging actors: another country's legislature is no US one ("Congress" in a story about
Peru), and Spanish/Portuguese double surnames ("Pardo" for "Gustavo Pardo Restrepo")."""

from __future__ import annotations

from explorer.model import Actor, ActorKind
from explorer.parse.actors import ActorAnalysis, analyse_actors, link_corpus
from explorer.parse.segment import segment

P, ORG, L = ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.PLACE


def run(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


def actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in run(text).actors}


def mention_ids(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in run(text).mentions:
        out.setdefault(m.text, set()).add(m.actor_id)
    return out


# -- legislatures ------------------------------------------------------------------------


def test_a_bare_legislature_is_the_datelines_countrys() -> None:
    text = (
        "BOGOTÁ — Congress voted on Thursday to remove the minister. The Senate approved the "
        "budget last week, and the House of Representatives will debate it in May. The "
        "House is split."
    )
    got = actors(text)
    assert not {"US Congress", "US Senate", "US House of Representatives"} & got.keys()
    congress = got["Congress of Colombia"]
    assert congress.kind is ORG and congress.affiliation == "Colombia"
    assert got["Senate of Colombia"].affiliation == "Colombia"
    ids = mention_ids(text)
    assert (
        ids["House"] == ids["House of Representatives"] == {"House of Representatives of Colombia"}
    )


def test_a_dateline_of_a_town_and_its_country() -> None:
    got = actors("AREQUIPA, Peru — Congress rejected the plan.")
    assert "Congress of Peru" in got and "US Congress" not in got


def test_the_legislature_of_a_country_its_words_name() -> None:
    for text in (
        "The Congress of Paraguay will vote on Friday.",
        "Paraguay's Congress will vote on Friday.",
        "The Paraguayan Congress will vote on Friday.",
    ):
        got = actors(text)
        assert got["Congress of Paraguay"].affiliation == "Paraguay", text
        assert "US Congress" not in got, text
    # Named so in a US story: still the other country's.
    got = actors("WASHINGTON — Paraguay's Congress will vote on Friday. Congress is in recess.")
    assert "Congress of Paraguay" in got and got["US Congress"].affiliation == "United States"


def test_the_country_named_most_without_a_dateline() -> None:
    text = "Thousands marched in Manila. Congress must act, Filipino unions said. The Senate met."
    got = actors(text)
    assert got["Congress of the Philippines"].affiliation == "Philippines"
    assert got["Senate of the Philippines"].affiliation == "Philippines"


def test_the_us_congress_stays_the_us_one() -> None:
    for text in (
        "WASHINGTON — Congress passed the bill. The Senate voted 60-40.",
        "Congress passed the bill. The White House welcomed it. The Senate voted 60-40.",
        "Congress passed the bill on Tuesday. The Senate voted 60-40.",  # no country at all
        "Congress will vote on sanctions. American officials met Peruvian envoys in Lima. "
        "The U.S. Congress was told.",
    ):
        got = actors(text)
        assert got["US Congress"].affiliation == "United States", text
        assert not any(a.endswith("of Peru") for a in got), text
    assert "US Senate" in actors("WASHINGTON — Congress passed the bill. The Senate voted.")


def test_a_bare_chamber_of_no_country_stays_so() -> None:
    got = actors("The Senate passed the bill on Tuesday.")
    assert got["Senate"].kind is ORG and got["Senate"].affiliation is None


# -- double surnames ---------------------------------------------------------------------


def persons_of(text: str) -> dict[str, list[str]]:
    """Person ids -> the texts of their mentions."""
    result = run(text)
    kinds = {a.id: a.kind for a in result.actors}
    out: dict[str, list[str]] = {}
    for m in result.mentions:
        if kinds[m.actor_id] is P:
            out.setdefault(m.actor_id, []).append(m.text)
    return out


def test_the_first_of_two_surnames_is_the_person() -> None:
    text = (
        "President Ramiro Esteban Cuadrado Lozano signed the decree on Monday. Cuadrado, a "
        "former governor of Antioquia, said the budget was safe."
    )
    assert persons_of(text) == {
        "Ramiro Esteban Cuadrado Lozano": ["Ramiro Esteban Cuadrado Lozano", "Cuadrado"]
    }
    said = "Senator Beatriz Olmedo Carvajal spoke first. Olmedo said the vote was fixed."
    assert persons_of(said) == {"Beatriz Olmedo Carvajal": ["Beatriz Olmedo Carvajal", "Olmedo"]}


def test_a_surname_after_from_is_the_person_not_a_place() -> None:
    text = "Tomás Iriarte Bengoechea scored twice. The keeper made two saves from Iriarte."
    got = actors(text)
    assert "Iriarte" not in got
    assert persons_of(text)["Tomás Iriarte Bengoechea"][-1] == "Iriarte"
    # The last surname too; a place the article names is still one.
    text = "Tomás Iriarte Bengoechea scored. A cross from Bengoechea. Fans came from Arequipa."
    assert persons_of(text) == {
        "Tomás Iriarte Bengoechea": ["Tomás Iriarte Bengoechea", "Bengoechea"]
    }
    assert actors(text)["Arequipa"].kind is L


def test_a_word_inside_two_names_links_to_neither() -> None:
    text = "Carla Vidal Ortiz and Mateo Vidal Sanz met. Vidal said the deal was done."
    got = persons_of(text)
    assert got["Carla Vidal Ortiz"] == ["Carla Vidal Ortiz"]
    assert got["Mateo Vidal Sanz"] == ["Mateo Vidal Sanz"]


def test_a_fathers_name_is_no_short_form() -> None:
    got = persons_of("Prince Fahad bin Mansour Al Qasimi arrived. Mansour said he was glad.")
    assert got["Fahad bin Mansour Al Qasimi"] == ["Fahad bin Mansour Al Qasimi"]


def test_a_surname_in_east_asian_order_still_links() -> None:
    got = persons_of("Zhou Minghao met Ana Beltrán Ruiz. Zhou said talks went well.")
    assert got["Zhou Minghao"] == ["Zhou Minghao", "Zhou"]


# -- across articles ---------------------------------------------------------------------


def test_corpus_links_the_first_of_two_surnames() -> None:
    a = run("President Ramiro Esteban Cuadrado Lozano signed the decree.")
    b = run("Cuadrado said the budget was safe.")
    mapping = link_corpus([a, b])
    assert mapping["Cuadrado"] == "Ramiro Esteban Cuadrado Lozano"


def test_corpus_keeps_apart_a_word_of_two_names() -> None:
    a = run("Carla Vidal Ortiz said the plan would fail.")
    b = run("Mateo Vidal Sanz said the plan would work.")
    c = run("Vidal said the vote was fixed.")
    assert link_corpus([a, b, c])["Vidal"] == "Vidal"
    # Two persons with one surname, in different articles: the last word of neither.
    d = run("Ana Vidal Ortiz said the plan would work.")
    assert link_corpus([a, d, c])["Vidal"] == "Vidal"
