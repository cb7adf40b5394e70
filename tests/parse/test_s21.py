"""Session 21's actor, speaker and date probes, on invented sentences."""

from __future__ import annotations

from datetime import date

from speaker_checks import run

from explorer.model import Actor
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

FRIDAY = date(2026, 11, 20)


def _actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in run(text).actors}


def _speakers(text: str) -> list[str | None]:
    return [a.speaker_id for a in run(text).attributions]


def _values(text: str, published: date = FRIDAY) -> dict[str, str]:
    return {
        text[t.start : t.end]: t.value
        for t in find_timexes(text, published, segment(text).sentences)
    }


def test_a_month_that_is_a_given_name_names_the_person_not_a_date() -> None:
    text = (
        "Her neighbour, May Lindqvist, said she heard shouting. June Carter said the road "
        "was closed. April Ryan, 52, called police. Lindqvist said she was afraid."
    )
    assert _values(text) == {}
    actors = _actors(text)
    assert {"May Lindqvist", "June Carter", "April Ryan"} <= set(actors)
    assert "Lindqvist" in actors["May Lindqvist"].aliases
    assert _speakers(text)[0] == "May Lindqvist"


def test_a_month_after_a_word_that_leads_a_date_stays_a_date() -> None:
    text = (
        "In May Congress passed the bill. Since June Parliament has not met. On 5 May Smith "
        "said he would resign. The fund rose in mid-June, Reuters said."
    )
    values = _values(text)
    assert values["May"] == "2026-05"
    assert values["June"] == "2026-06"
    assert "May Smith" not in _actors(text)


def test_the_company_after_a_sentence_on_anothers_shares_is_that_one() -> None:
    text = (
        "The Halden Group said about 60 percent of services would be cancelled. Shares in "
        "Varnet, which runs several of the lines, fell 1.2 percent in London. The company "
        "said it was working closely with the government."
    )
    assert _speakers(text) == ["Halden Group", "Varnet"]
    # (shares told of two sentences back: the one whose name says it is a company)
    text = (
        "The Halden Group said services would be cancelled. Shares in Varnet fell 1.2 "
        "percent. Commuters were weary. The company said it was working with the government."
    )
    assert _speakers(text) == ["Halden Group", "Halden Group"]


def test_a_headlines_opening_common_word_is_no_short_form() -> None:
    text = (
        "Rail strike to go ahead after talks collapse\n\nLONDON (Reuters) - Talks with rail "
        "operators broke down. The Rail Delivery Group said trains would be cancelled."
    )
    actors = _actors(text)
    assert "Rail" not in actors
    assert "Rail" not in actors["Rail Delivery Group"].aliases
    # (a name the text never writes in lower case still is one)
    text = (
        "Halvorsen cuts jobs\n\nOSLO (Reuters) - Halvorsen Energy Group said it would cut 300 "
        "jobs. Halvorsen said the plant would close."
    )
    assert "Halvorsen" in _actors(text)["Halvorsen Energy Group"].aliases


def test_a_company_whose_name_ends_in_a_dotted_abbreviation_speaks() -> None:
    assert _speakers("Halden Corp. said it would cut 300 jobs.") == ["Halden Corp"]
    assert _speakers(
        "Tokyo Electric Power Co., which operates the plant, said cooling was normal."
    ) == ["Tokyo Electric Power Co"]
    assert _speakers("Profit fell, Varnet Inc. said on Tuesday.") == ["Varnet Inc"]


def test_a_title_word_before_junior_is_a_surname() -> None:
    text = "Martin Luther King Jr. said the march would go on. King Charles was not there."
    actors = _actors(text)
    assert actors["Martin Luther King Jr"].role is None
    assert _speakers(text) == ["Martin Luther King Jr"]
    assert actors["Charles"].role == "king"


def test_an_unknown_name_before_a_sites_noun_is_a_place() -> None:
    actors = _actors(
        "Tokyo Electric Power, which operates the crippled Fukushima Daiichi plant, said "
        "cooling was normal. The Diablo Canyon power plant will close. Jane Smith plants "
        "trees every spring."
    )
    assert actors["Fukushima Daiichi"].kind.value == "place"
    assert actors["Diablo Canyon"].kind.value == "place"
    assert actors["Jane Smith"].kind.value == "person"


def test_a_places_office_in_lower_case_before_an_apposed_name_is_that_places() -> None:
    actors = _actors(
        "Rain fell in Texas. The Texas governor, Greg Abbotson, said it. The Miyagi governor, "
        "Yoshihiro Murai, said schools would close. The outgoing mayor, Tim Bell, said so. "
        "The Texas oil executive, Tom Hale, said so."
    )
    assert actors["Greg Abbotson"].affiliation == "Texas"
    assert actors["Yoshihiro Murai"].affiliation == "Miyagi"
    assert actors["Miyagi"].kind.value == "place"
    assert actors["Tim Bell"].affiliation is None
    assert actors["Tom Hale"].affiliation is None


THURSDAY = date(2026, 11, 26)


def test_what_a_threat_or_a_warning_is_of_is_to_come() -> None:
    assert (
        _values(
            "Drivers will walk out on Monday, the union said, threatening a third week of "
            "disruption before Christmas.",
            THURSDAY,
        )["Christmas"]
        == "2026-12-25"
    )
    assert _values("The union threatened more strikes in December.", THURSDAY) == {
        "December": "2026-12"
    }
    # (a plain past is still the one gone)
    assert _values("The union held strikes in December.", date(2027, 1, 20)) == {
        "December": "2026-12"
    }


def test_an_organisations_name_may_hold_for_a() -> None:
    text = (
        "Analysts at the Committee for a Responsible Federal Budget said the deal was weak. "
        "The Coalition for a Prosperous America said so too. Smith for a while said nothing."
    )
    actors = _actors(text)
    assert actors["Committee for a Responsible Federal Budget"].kind.value == "organisation"
    assert actors["Coalition for a Prosperous America"].kind.value == "organisation"
    assert "Responsible Federal Budget" not in actors


def test_a_party_after_a_place_in_apposition_is_the_persons() -> None:
    actors = _actors(
        "Sen. Jim Doyle, an Ohio Democrat, said so. Rep. Ann Brill, a Texas Republican, said "
        "so. Schumer, a New York Democrat, said his caucus had won."
    )
    assert actors["Jim Doyle"].affiliation == "Democrats"
    assert actors["Ann Brill"].affiliation == "Republicans"
    assert actors["Schumer"].affiliation == "Democrats"


def test_a_one_word_description_apposed_before_or_after_the_name_is_that_person() -> None:
    assert _speakers(
        "The nominee, Amy Barrett-Cole, said she would be fair. The nominee said she had no agenda."
    ) == ["Amy Barrett-Cole", "Amy Barrett-Cole"]
    assert _speakers(
        "He left. The suspect, Tom Reed, 34, was arrested. The suspect told police he was innocent."
    ) == ["Tom Reed"]
    # (two persons so described: none)
    assert (
        _speakers(
            "Tom Reed, the suspect, was held. Ann Lowe, the suspect, was freed. The suspect said "
            "he was innocent."
        )
        == []
    )


SUNDAY = date(2026, 11, 22)


def test_a_state_that_held_until_a_day_told_in_the_past_is_the_day_gone() -> None:
    assert _values("The order was in place until Thursday.", SUNDAY) == {"Thursday": "2026-11-19"}
    assert _values("The road was closed until Friday.", SUNDAY) == {"Friday": "2026-11-20"}
    # (the present, and the present told back in reported speech, look ahead)
    assert _values("The road is closed until Friday.", SUNDAY) == {"Friday": "2026-11-27"}
    assert _values("Police said the road was closed until Friday.", SUNDAY) == {
        "Friday": "2026-11-27"
    }


def test_a_body_set_off_before_its_owners_description_is_the_owners() -> None:
    actors = _actors(
        "The National Prosecuting Authority (NPA) welcomed it. The Investigating Directorate, "
        "the NPA's anti-corruption unit, had spent four years on the case. The National "
        "Intelligence Service, South Korea's spy agency, said so. Halden Corp, Apple's biggest "
        "supplier, said so."
    )
    assert actors["Investigating Directorate"].affiliation == "National Prosecuting Authority"
    assert actors["National Intelligence Service"].affiliation == "South Korea"
    assert actors["Halden Corp"].affiliation is None  # (a supplier is no unit of Apple)


def test_he_inside_a_sentence_or_after_a_title_is_a_surname() -> None:
    text = (
        "A spokesperson for the Ministry of Commerce, He Yadong, said China would respond. "
        "Vice Premier He Lifeng met officials in Geneva. He said the talks were useful."
    )
    actors = _actors(text)
    assert actors["He Yadong"].affiliation == "Ministry of Commerce"
    assert actors["He Lifeng"].role == "vice premier"
    assert _speakers(text) == ["He Yadong", "He Lifeng"]


def test_cars_trucks_and_bancorp_end_company_names() -> None:
    actors = _actors(
        "Chinese carmaker Geely, which owns Volvo Cars, said it would absorb the duties. "
        "Volvo Cars said exports would fall. Deseret Bancorp agreed to the deal."
    )
    assert actors["Volvo Cars"].kind.value == "organisation"
    assert actors["Deseret Bancorp"].kind.value == "organisation"


def test_a_town_with_its_state_after_a_preposition_is_a_place() -> None:
    actors = _actors(
        "Maria Lopez, 34, of Cedar Rapids, Iowa, said the plant closed. Residents of Grand "
        "Forks, North Dakota, fled."
    )
    assert actors["Cedar Rapids"].kind.value == "place"
    assert actors["Grand Forks"].kind.value == "place"
    assert actors["Maria Lopez"].kind.value == "person"


def test_a_name_before_a_railways_noun_is_no_actor() -> None:
    actors = _actors(
        "The operator suspended Tohoku Shinkansen services for three hours. Delays hit the "
        "Jubilee line. Mary Lee said so."
    )
    assert "Tohoku Shinkansen" not in actors
    assert "Jubilee" not in actors
    assert actors["Mary Lee"].kind.value == "person"
