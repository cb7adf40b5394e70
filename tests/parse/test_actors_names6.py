"""Name boundaries and kinds found broken on unseen articles, on invented sentences: short
forms of two surnames, names across a blank line, stock tickers, openers glued to a company,
abbreviations in apposition."""

from __future__ import annotations

from explorer.model import Actor, ActorKind
from explorer.parse.actors import analyse_actors
from explorer.parse.segment import segment

P, ORG, PLACE = ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.PLACE


def actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in analyse_actors(text, segment(text).sentences).actors}


def test_a_short_form_of_two_surnames_is_the_same_person() -> None:
    got = actors(
        "Porto coach Mateus Ribeiro Costa praised his players. "
        "“We were patient,” Ribeiro Costa told a news conference. "
        "Senator Ana Paula Vidal de Souza agreed. Vidal de Souza said the club deserved it."
    )
    assert "Ribeiro Costa" not in got
    assert "Ribeiro Costa" in got["Mateus Ribeiro Costa"].aliases
    assert "Vidal de Souza" not in got
    assert "Vidal de Souza" in got["Ana Paula Vidal de Souza"].aliases


def test_a_short_form_two_persons_end_with_stays_apart() -> None:
    got = actors(
        "On Sunday, Mateus Ribeiro Costa and his brother Tiago Ribeiro Costa both played. "
        "Ribeiro Costa said the match was hard."
    )
    assert got["Mateus Ribeiro Costa"].kind is P
    assert got["Tiago Ribeiro Costa"].kind is P
    assert "Ribeiro Costa" not in got["Mateus Ribeiro Costa"].aliases
    assert "Ribeiro Costa" not in got["Tiago Ribeiro Costa"].aliases


def test_a_headline_word_does_not_join_the_dateline_after_a_blank_line() -> None:
    text = (
        "Vote count tightens in the south\n\nQUITO, May 3 (AP) — Officials in Ecuador said "
        "the count was close.\nFighting in eastern\nAleppo went on."
    )
    got = analyse_actors(text, segment(text).sentences)
    surfaces = {m.text for m in got.mentions}
    assert "QUITO" in surfaces
    assert not any(s.startswith("south") for s in surfaces)
    assert not any("south" in alias for a in got.actors for alias in a.aliases)
    # One line break inside a paragraph still joins a direction to its place.
    assert "eastern\nAleppo" in surfaces


def test_a_title_ending_the_headline_is_not_the_datelines_role() -> None:
    got = actors(
        "Federation names new coach\n\nKANDURA, May 3 (Reuters) - The federation said on "
        "Monday it had picked a coach. Team coach Piet Hendriks said he was pleased."
    )
    assert "KANDURA" not in got or got["KANDURA"].role is None
    assert got["Piet Hendriks"].role == "coach"


def test_a_stock_ticker_in_brackets_is_no_actor_and_makes_its_name_a_company() -> None:
    got = actors(
        "Tomoe Motor Corp said it would buy a stake in Kestrel Mining (KMX.AX) for $20 "
        "million. Shares of Halvorsen Energy Group (HALV.OL) rose. Nordvik Bank (NVB.N) "
        "fell. Tomoe Motor (7211.T) is due to report on Friday."
    )
    assert not {"KMX", "HALV", "NVB", "AX", "OL", "T"} & set(got)
    assert got["Kestrel Mining"].kind is ORG
    assert got["Halvorsen Energy Group"].kind is ORG
    assert got["Nordvik Bank"].kind is ORG
    # (an abbreviation in brackets that is no ticker stays one)
    got = actors("The Kestrel Mining Authority (KMA) said on Monday it would act.")
    assert "KMA" in got["Kestrel Mining Authority"].aliases


def test_an_adjective_opening_the_sentence_is_no_word_of_the_company() -> None:
    got = actors(
        "Tomoe Motor Corp lifted its forecast. Rival Kasuga Motor Corp (7261.T) is due to "
        "report on Friday. Embattled Vestfold Energy Group denied the claims."
    )
    assert "Kasuga Motor Corp" in got
    assert got["Kasuga Motor Corp"].kind is ORG
    assert "Vestfold Energy Group" in got
    assert not any(k.startswith(("Rival", "Embattled")) for k in got)


def test_a_short_name_between_commas_after_an_organisation_is_its_alias() -> None:
    got = actors(
        "The Hydrology, Forestry and Soil Agency, HFSA, warned of more rain. "
        "The Provincial Search and Rescue Office, Sarprova, said 40 people were missing. "
        "Sarprova said the search would go on."
    )
    assert "Sarprova" not in got
    assert "Sarprova" in got["Provincial Search and Rescue Office"].aliases
    assert "HFSA" not in got
    assert "HFSA" in got["Hydrology, Forestry and Soil Agency"].aliases
    assert not any(k.startswith("Forestry") for k in got)


def test_a_list_of_names_stays_apart() -> None:
    got = actors(
        "He thanked the Nordics, Food and Drug Authority and others. "
        "Mayor Ana Ruiz, Liberal, said the plan would work."
    )
    assert "Food and Drug Authority" in got
    assert got["Ana Ruiz"].kind is P
    assert "Liberal" not in got["Ana Ruiz"].aliases


def test_a_name_after_at_a_job_is_the_employer() -> None:
    got = actors(
        "Prof. Lena Dahl, a virologist at Norrland Institutet in Umeå, said the results were "
        "clear. Tom Reyes, head of equities research at Halbrook, said the stake made sense. "
        "Protesters gathered at Halbrook Square on Monday."
    )
    assert got["Norrland Institutet"].kind is ORG
    assert got["Halbrook"].kind is ORG
    assert got["Lena Dahl"].affiliation == "Norrland Institutet"


def test_a_name_ending_in_an_institute_word_is_an_organisation() -> None:
    got = actors("The Instituto Nacional de Salud and the Pasteur Institut said cases rose.")
    assert got["Pasteur Institut"].kind is ORG
