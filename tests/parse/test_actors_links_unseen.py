"""Links between the names of one actor that unseen wire stories write in new ways:
surnames in East Asian order, abbreviations defined in brackets, "Its director, X"."""

from __future__ import annotations

from pathlib import Path

from explorer.model import Actor, ActorKind
from explorer.parse.actors import (
    ActorAnalysis,
    analyse_actors,
    link_corpus,
    load_actor_dictionary,
    match_actor_names,
)
from explorer.parse.segment import segment


def analyse(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


def persons(a: ActorAnalysis) -> dict[str, Actor]:
    return {x.id: x for x in a.actors if x.kind is ActorKind.PERSON}


def speakers(a: ActorAnalysis) -> list[str]:
    return [at.speaker_id for at in a.attributions]


# --- 1. A one-word name that begins the article's one full name -------------------------


def test_surname_first_name_links_to_the_full_name() -> None:
    a = analyse(
        "Vice Premier Zhang Wenkai met the delegation in Shanghai on Monday. "
        "“We are open for business,” Zhang told reporters after the meeting."
    )
    assert set(persons(a)) == {"Zhang Wenkai"}
    assert "Zhang" in persons(a)["Zhang Wenkai"].aliases
    assert a.quotes[0].speaker_id == "Zhang Wenkai"


def test_korean_and_vietnamese_names_link() -> None:
    a = analyse(
        "Finance Minister Choi Sang-min presented the budget on Tuesday. "
        "Choi said spending would rise by 4%."
    )
    assert set(persons(a)) == {"Choi Sang-min"}
    assert speakers(a)[-1] == "Choi Sang-min"
    b = analyse(
        "Nguyen Van Thanh, a fisherman, said his boat was rammed. "
        "Nguyen said he had lost his catch."
    )
    assert set(persons(b)) == {"Nguyen Van Thanh"}


def test_surname_first_name_as_object_links() -> None:
    a = analyse("Nagy Gábor, the Hungarian minister, arrived in Vienna. Later Nagy met the press.")
    assert "Nagy" in persons(a)["Nagy Gábor"].aliases


def test_first_name_reference_links() -> None:
    a = analyse(
        "Coach Daniel Okafor praised his players after the match. "
        "“They never gave up,” Daniel said."
    )
    assert set(persons(a)) == {"Daniel Okafor"}


def test_two_persons_beginning_with_the_word_are_not_linked() -> None:
    a = analyse(
        "Kim Min-jun and Kim Seo-yeon were both elected on Sunday. Kim said the vote had been fair."
    )
    assert "Kim" in persons(a)
    assert "Kim" not in persons(a)["Kim Min-jun"].aliases
    assert "Kim" not in persons(a)["Kim Seo-yeon"].aliases


def test_a_surname_wins_over_a_first_word() -> None:
    a = analyse(
        "Spokeswoman Liu Jiayi spoke first. Then the ambassador, Mei Liu, arrived. "
        "“We disagree,” Liu said."
    )
    assert "Liu" in persons(a)["Mei Liu"].aliases
    assert "Liu" not in persons(a)["Liu Jiayi"].aliases


def test_first_name_written_as_a_place_is_the_person() -> None:
    a = analyse(
        "Relatives of Marisol Ortega gathered outside the court on Monday. "
        "“We want her home,” Marisol said. "
        "They could not understand their passions in the Marisol standoff."
    )
    assert [x.id for x in a.actors if "Marisol" in x.id] == ["Marisol Ortega"]
    assert sum(m.actor_id == "Marisol Ortega" for m in a.mentions) == 3


def test_first_word_of_an_organisation_is_no_first_name() -> None:
    a = analyse(
        "Kestrel Mining Ltd and its unit Kestrel Metals reported lower profits. "
        "Kestrel said it would cut 300 jobs."
    )
    assert speakers(a)[-1] == "Kestrel Mining Ltd"


def test_corpus_links_a_surname_first_name() -> None:
    a = analyse("Foreign ministry spokesman Wang Haoran said the talks were useful.")
    b = analyse("Wang said the visit would go ahead.")
    c = analyse("Wang told reporters he was confident.")
    mapping = link_corpus([a, b, c])
    assert mapping["Wang"] == "Wang Haoran"
    d = analyse("Wang Yiming and Wang Xiaodong met on Friday.")
    assert link_corpus([d, b])["Wang"] == "Wang"


def test_filter_finds_a_two_letter_family_name() -> None:
    actors = [Actor("Wu Qian", ActorKind.PERSON), Actor("Anna Wunder", ActorKind.PERSON)]
    assert match_actor_names("wu", actors) == {"Wu Qian"}


# --- 2. Abbreviations ---------------------------------------------------------------------


def orgs(a: ActorAnalysis) -> dict[str, Actor]:
    return {x.id: x for x in a.actors if x.kind is ActorKind.ORGANISATION}


def test_bracketed_abbreviation_in_another_language_merges() -> None:
    a = analyse(
        "The Federal Electoral Institute (INE) said turnout was high. "
        "INE said counting would end on Monday."
    )
    assert set(orgs(a)) == {"Federal Electoral Institute"}
    assert "INE" in orgs(a)["Federal Electoral Institute"].aliases
    assert speakers(a)[-1] == "Federal Electoral Institute"
    b = analyse("The Brazilian Democratic Movement (MDB) said it would appeal.")
    assert "MDB" in orgs(b)["Brazilian Democratic Movement"].aliases


def test_bracketed_known_actor_is_no_abbreviation() -> None:
    a = analyse("Judges at the Supreme Court (AP) ruled on Monday.")
    assert {"Supreme Court", "Associated Press"} <= set(orgs(a))
    assert "AP" not in orgs(a)["Supreme Court"].aliases


def test_user_dictionary_alias_merges_without_brackets(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text(
        '[[actor]]\nname = "Ruritanian Competition Authority"\nkind = "organisation"\n'
        'aliases = ["RCA"]\naffiliation = "Ruritania"\n',
        encoding="utf-8",
    )
    text = (
        "The Ruritanian Competition Authority fined Nimbus on Tuesday. "
        "The RCA said the company had abused its position. RCA Chair Hana Brod said so too."
    )
    a = analyse_actors(text, segment(text).sentences, load_actor_dictionary(path))
    assert set(orgs(a)) == {"Ruritanian Competition Authority"}
    assert "RCA" in orgs(a)["Ruritanian Competition Authority"].aliases
    assert persons(a)["Hana Brod"].affiliation == "Ruritanian Competition Authority"


# --- 3. "Its director, NAME": the organisation the text just named ------------------------


def affiliation(text: str, person: str) -> str | None:
    return persons(analyse(text))[person].affiliation


def test_its_title_is_the_previous_sentences_organisation_not_the_place() -> None:
    text = (
        "The Norwegian Refugee Council said it had sent tents to Chad. "
        "Its regional director in Chad, Ingrid Solberg, said more aid was needed."
    )
    assert affiliation(text, "Ingrid Solberg") == "Norwegian Refugee Council"
    text = (
        "Halvorsen Energy Group reported a loss on Tuesday.\n\n"
        "Its chief executive, Maria Lund, said costs had risen."
    )
    assert affiliation(text, "Maria Lund") == "Halvorsen Energy Group"


def test_its_title_prefers_the_subject_and_skips_abbreviation_dots() -> None:
    text = (
        "The Norwegian Refugee Council criticised the U.N. Security Council on Monday. "
        "Its secretary general, Petra Holm, said the vote had failed."
    )
    assert affiliation(text, "Petra Holm") == "Norwegian Refugee Council"


def test_its_title_in_the_same_sentence_is_the_nearest_organisation() -> None:
    text = (
        "The Norwegian Refugee Council said on Monday that its director in Kenya, "
        "Amina Yusuf, had been detained."
    )
    assert affiliation(text, "Amina Yusuf") == "Norwegian Refugee Council"
    text = "A group led by Halvorsen Energy Group and its chairman, Erik Dahl, bid for the port."
    assert affiliation(text, "Erik Dahl") == "Halvorsen Energy Group"


def test_its_title_of_a_country() -> None:
    text = "Japan protested on Monday. Its foreign minister, Kenji Sato, called the move illegal."
    assert affiliation(text, "Kenji Sato") == "Japan"


def test_their_title_of_a_group_gets_no_affiliation() -> None:
    text = "The rebels seized the town. Their commander, Ali Musa, said the army had fled."
    assert affiliation(text, "Ali Musa") is None
