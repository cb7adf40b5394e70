"""Well-known public figures from data/people.toml: invented articles, listed people."""

from __future__ import annotations

from explorer.model import ActorKind
from explorer.parse.actors import ActorAnalysis, analyse_actors, link_corpus, match_actor_names
from explorer.parse.actors.lexicon import build_lexicon
from explorer.parse.actors.people import find_person, people
from explorer.parse.segment import segment


def run(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


def ids_of(r: ActorAnalysis) -> dict[str, str]:
    return {m.text: m.actor_id for m in r.mentions}


def test_data_loads_and_is_consistent() -> None:
    p = people()
    persons = {a.id: a for a in (*p.full.values(), *p.bare.values())}
    assert len(persons) >= 300
    lex = build_lexicon()
    for a in persons.values():
        assert a.kind is ActorKind.PERSON
        assert a.role and a.affiliation, a.id
        # Affiliations are the engine's own country and organisation ids.
        entry = lex.lookup(a.affiliation)
        assert entry is not None and entry.id == a.affiliation, (a.id, a.affiliation)
        assert entry.kind in (ActorKind.COUNTRY, ActorKind.ORGANISATION)


def test_bare_surname_gets_full_name_role_and_affiliation() -> None:
    r = run(
        "Putin met Erdogan in Ankara on Monday. Mr Putin said the talks were useful. "
        "Lavrov told reporters a deal was close."
    )
    by_text = ids_of(r)
    assert by_text["Putin"] == "Vladimir Putin"
    assert by_text["Erdogan"] == "Recep Tayyip Erdoğan"
    assert by_text["Lavrov"] == "Sergei Lavrov"
    actors = {a.id: a for a in r.actors}
    putin = actors["Vladimir Putin"]
    assert putin.kind is ActorKind.PERSON
    assert (putin.role, putin.affiliation) == ("president", "Russia")
    assert (actors["Sergei Lavrov"].role, actors["Sergei Lavrov"].affiliation) == (
        "foreign minister",
        "Russia",
    )
    assert [a.speaker_id for a in r.attributions] == ["Vladimir Putin", "Sergei Lavrov"]


def test_full_name_alias_and_title_from_text() -> None:
    r = run(
        "Senator Barack Obama said the war was a mistake. Obama later told voters to "
        "be patient. Tayyip Erdogan was not available."
    )
    actors = {a.id: a for a in r.actors}
    # The text's title wins over the listed role.
    assert actors["Barack Obama"].role == "senator"
    assert actors["Barack Obama"].affiliation == "United States"
    assert ids_of(r)["Obama"] == "Barack Obama"
    assert ids_of(r)["Tayyip Erdogan"] == "Recep Tayyip Erdoğan"


def test_article_full_name_wins_over_the_list() -> None:
    r = run(
        "Anna Merkel, a teacher in Leipzig, said the school would close. "
        "Merkel added that parents had been told."
    )
    assert {m.actor_id for m in r.mentions if "Merkel" in m.text} == {"Anna Merkel"}
    assert "Angela Merkel" not in {a.id for a in r.actors}


def test_shared_first_name_blocks_the_surname() -> None:
    r = run("Macron Dupont, a farmer, spoke first. Macron said the harvest was poor.")
    assert "Emmanuel Macron" not in {a.id for a in r.actors}


def test_ambiguous_surname_stays_as_written() -> None:
    r = run("Sharif said the vote was rigged.")
    assert ids_of(r)["Sharif"] == "Sharif"
    r = run("Nawaz Sharif flew to London. Sharif said he would return.")
    assert ids_of(r)["Sharif"] == "Nawaz Sharif"


def test_shared_surname_goes_to_the_one_named_in_full() -> None:
    r = run(
        "Kim Jong Un oversaw a missile launch, state media said. Kim said the test was a success."
    )
    assert ids_of(r)["Kim"] == "Kim Jong Un"
    # (the first sentence is state media's)
    assert [(a.sentence_index, a.speaker_id) for a in r.attributions] == [
        (0, "state media"),
        (1, "Kim Jong Un"),
    ]
    assert next(a for a in r.actors if a.id == "Kim Jong Un").affiliation == "North Korea"


def test_surname_first_and_particle_names() -> None:
    r = run(
        "Xi Jinping met Lula in Beijing. Xi said ties were strong. "
        "Officials said Maliki and von der Leyen would attend."
    )
    by_text = ids_of(r)
    assert by_text["Xi"] == "Xi Jinping"
    assert by_text["Lula"] == "Luiz Inácio Lula da Silva"
    assert by_text["Maliki"] == "Nouri al-Maliki"
    assert by_text["Leyen"] == "Ursula von der Leyen"


def test_sentence_initial_word_is_a_name_only_if_never_a_word() -> None:
    r = run("Ban on imports starts today. The ban was announced in May.")
    assert "Ban Ki-moon" not in {a.id for a in r.actors}
    r = run("Stoltenberg and Guterres denied the report.")
    assert [a.speaker_id for a in r.attributions] == ["Jens Stoltenberg", "António Guterres"]


def test_aliases_for_filters_and_corpus() -> None:
    a = run("Zelensky said the front was holding.")
    b = run("President Volodymyr Zelenskyy told parliament the army needed shells.")
    assert link_corpus([a, b]) == {"Volodymyr Zelensky": "Volodymyr Zelensky"}
    actors = [*a.actors, *b.actors]
    assert match_actor_names("zelenskiy", actors) == {"Volodymyr Zelensky"}
    assert find_person("Zelenskyy") is not None
