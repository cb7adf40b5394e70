"""Session 22's actor, speaker and date probes (a state capitol veto, a health-service
plan, a Sahel expulsion, a food merger), on invented sentences."""

from __future__ import annotations

from speaker_checks import run

from explorer.model import Actor, ActorKind


def _actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in run(text).actors}


def _speakers(text: str) -> list[str | None]:
    return [a.speaker_id for a in run(text).attributions]


def test_a_state_chamber_s_party_leader_is_the_party_s() -> None:
    text = (
        "Assembly Republican Leader Dora Pike-Hale said the bill was reckless. "
        "Senate Democratic Leader Omar Reyes-Lund said it was overdue."
    )
    actors = _actors(text)
    assert not any(a.startswith("Assembly") for a in actors)
    assert actors["Dora Pike-Hale"].affiliation == "Republicans"
    assert actors["Omar Reyes-Lund"].affiliation == "Democrats"
    assert _speakers(text) == ["Dora Pike-Hale", "Omar Reyes-Lund"]


def test_a_chamber_s_numbered_bill_is_no_organisation() -> None:
    text = (
        "The measure, Assembly Bill 2210, cleared a committee. Senate Bill 7 stalled. "
        "Its author, Assemblywoman Tia Moreau-Lin, called the vote historic."
    )
    actors = _actors(text)
    assert not any("Bill" in a for a in actors)
    assert actors["Tia Moreau-Lin"].affiliation is None
    assert actors["Tia Moreau-Lin"].role == "assemblywoman"


def test_president_pro_tem_is_one_title() -> None:
    text = (
        "Senate President pro Tem Ruth Alder-Voss said the chamber would return. "
        "Senate President Pro Tempore Ken Obi-Marsh said so too."
    )
    actors = _actors(text)
    assert actors["Ruth Alder-Voss"].role == "president pro tem"
    assert actors["Ken Obi-Marsh"].role == "president pro tem"
    assert not any(a.startswith(("Tem ", "Tempore ")) for a in actors)
    assert _speakers(text) == ["Ruth Alder-Voss", "Ken Obi-Marsh"]


def test_an_organisation_of_a_compass_region_speaks() -> None:
    text = (
        "The Sierra Club of Northern Nevada said the mine would poison the river. "
        "Tom Breck-Hollis of Southern Ohio said he would sue."
    )
    assert _speakers(text) == ["Sierra Club", "Tom Breck-Hollis"]


def test_a_resident_of_a_compass_region_is_still_the_resident() -> None:
    text = "A resident of Northern Gaza said the shelling went on all night."
    speakers = _speakers(text)
    assert len(speakers) == 1 and speakers[0] is not None
    assert "resident" in speakers[0]


def test_its_title_after_a_quote_is_not_the_quote_s_organisation() -> None:
    text = (
        "The Kestrel Institute, a transport think tank, said the target was unrealistic. "
        '"Every winter sets the NHS back," said Mara Quinn-Hoy, its director of '
        "research."
    )
    assert _actors(text)["Mara Quinn-Hoy"].affiliation == "Kestrel Institute"


def test_its_title_inside_the_quote_keeps_the_quoted_organisation() -> None:
    text = '"The Kestrel Institute and its director, Tom Bale-Ross, agree," said Mara Quinn-Hoy.'
    assert _actors(text)["Tom Bale-Ross"].affiliation == "Kestrel Institute"
    assert _speakers(text) == ["Mara Quinn-Hoy"]


def test_a_singular_group_noun_after_that_modifies_the_plural_after_it() -> None:
    text = "The union warned that resident doctors could strike again in January."
    actors = _actors(text)
    assert "resident doctors" in actors
    assert actors["resident doctors"].kind is ActorKind.GROUP
    assert not any("resident" in a and a != "resident doctors" for a in actors)


def test_a_group_noun_describing_a_named_body_is_no_group() -> None:
    text = (
        "Activist investor Corrib Capital said it backed the deal. "
        "Militant group Red Dawn Front said it carried out the attack."
    )
    actors = _actors(text)
    assert "activist" not in actors and "militant" not in actors
    assert _speakers(text) == ["Corrib Capital", "Red Dawn Front"]


def test_a_country_s_government_of_a_kind_is_the_country() -> None:
    text = (
        "Niger's military government said it would hold no election this year. "
        "Nepal's interim government said the vote would be held in March."
    )
    actors = _actors(text)
    assert not any("government" in a for a in actors)
    assert _speakers(text) == ["Niger", "Nepal"]


def test_a_spokesman_s_rank_after_the_apposition_leaves_the_job_the_role() -> None:
    text = (
        "The junta's spokesman, Colonel Idrissa Kane-Diallo, said the envoy must leave. "
        "Its commander, Air Marshal Rhys Tolland-Price, said nothing."
    )
    actors = _actors(text)
    assert actors["Idrissa Kane-Diallo"].role == "spokesman"
    assert actors["Rhys Tolland-Price"].role == "air marshal"  # a vague job: the rank


def test_a_fund_manager_s_first_word_is_its_short_form() -> None:
    text = (
        "Activist investor Corrib Capital Management said it would vote for the deal. "
        "A Corrib spokeswoman said the fund had held talks with the board."
    )
    actors = _actors(text)
    assert "Corrib" in actors["Corrib Capital Management"].aliases
    assert "spokeswoman" not in actors
    assert _speakers(text) == ["Corrib Capital Management", "Corrib Capital Management"]


def test_a_shop_called_quick_is_no_fast_bowler() -> None:
    text = (
        "He had owned the Quick Mart on Elm Street for years. "
        "Australia quick Tom Brannigan-Hale took four wickets."
    )
    actors = _actors(text)
    assert actors["Tom Brannigan-Hale"].role == "fast bowler"
    assert all(a.role != "fast bowler" for a in actors.values() if a.id != "Tom Brannigan-Hale")
    assert "Mart" not in actors


def test_his_son_named_then_the_son_said_is_the_son() -> None:
    text = (
        'His son, Ravi Kalsi-Mann, said his father "never closed early." '
        '"He opened that door every morning at six," the son said.'
    )
    assert _speakers(text) == ["Ravi Kalsi-Mann", "Ravi Kalsi-Mann"]


def test_the_daughter_of_someone_is_a_new_description() -> None:
    text = (
        "Her daughter, Ane Vik-Lunde, said the cause was pneumonia. "
        "Born in 1941 in Bergen, the daughter of a fisherman, she studied chemistry."
    )
    mentions = [m for m in run(text).mentions if m.text == "the daughter"]
    assert mentions == []


def test_a_branch_office_speaks_for_its_owner() -> None:
    text = (
        "The FBI's Tulsa field office said it was aware of the incident. "
        "Halvern Bank's Frankfurt office said it had closed the account."
    )
    assert _speakers(text) == ["FBI", "Halvern Bank"]


def test_a_possessive_ends_an_unknown_organisation_s_name() -> None:
    text = (
        "The Civic Alliance's Dana Kovar-Ross, a former judge, said the count was fair. "
        "Orvex Group's Tallinn office said it had closed."
    )
    actors = _actors(text)
    assert actors["Dana Kovar-Ross"].kind is ActorKind.PERSON
    assert not any("'s" in a for a in actors)
    assert _speakers(text) == ["Dana Kovar-Ross", "Orvex Group"]


def test_a_league_spokesman_is_the_article_s_league() -> None:
    text = (
        "The Northern Premier League will review the decision this week, a league "
        "spokesman said. The foreign ministry spokesman said nothing."
    )
    actors = _actors(text)
    spokesman = next(a for a in actors.values() if a.id.endswith("league spokesman"))
    assert spokesman.affiliation == "Northern Premier League"


def test_a_name_before_a_panel_or_think_tank_is_an_organisation() -> None:
    text = (
        "The league's Key Match Incidents panel will review it. "
        "The Halvard Policy think tank said the plan would fail."
    )
    actors = _actors(text)
    assert actors["Key Match Incidents"].kind is ActorKind.ORGANISATION
    assert actors["Halvard Policy"].kind is ActorKind.ORGANISATION


def test_an_explanation_spells_centuries() -> None:
    from datetime import date

    from explorer.parse.segment import segment
    from explorer.parse.timex import find_timexes

    text = "The heat will stay in the ocean for centuries."
    found = find_timexes(text, date(2026, 1, 12), segment(text).sentences)
    assert [t.text for t in found] == ["centuries"]
    assert "centuries" in found[0].explanation and "centurys" not in found[0].explanation


def test_an_inverted_cue_s_speaker_of_a_long_institute_name() -> None:
    text = (
        '"The sea does not forget," said Lena Voss-Hart of the Nordic Academy of Sciences\' '
        "Institute of Ocean Physics."
    )
    assert [q.speaker_id for q in run(text).quotes] == ["Lena Voss-Hart"]


def test_a_journal_named_after_its_noun_is_an_organisation() -> None:
    text = "The study, published in the journal Ocean Letters Review, found record heat."
    actors = _actors(text)
    assert actors["Ocean Letters Review"].kind is ActorKind.ORGANISATION


def test_a_country_s_government_opening_the_sentence_speaks_a_participle() -> None:
    text = (
        "Niger's military government on Monday ordered the envoy to leave within 72 hours, "
        "accusing Paris of meddling. Chad's government on Friday raised fuel prices, saying "
        "it had no choice."
    )
    assert _speakers(text) == ["Niger", "Chad"]


def test_a_lead_s_title_is_the_person_named_opening_the_next_sentence() -> None:
    text = (
        "OSLO (Reuters) - Norway's finance minister promised on Tuesday to cut fuel taxes.\n\n"
        "Jens Aune-Lie told parliament the cut would cost 4 billion crowns.\n\n"
        "Critics said it was too little."
    )
    actors = _actors(text)
    assert actors["Jens Aune-Lie"].role == "finance minister"
    assert actors["Jens Aune-Lie"].affiliation == "Norway"
    assert _speakers(text)[:2] == ["Jens Aune-Lie", "Jens Aune-Lie"]


def test_a_lead_s_title_is_not_a_described_stranger_s() -> None:
    text = (
        "OSLO (Reuters) - Norway's finance minister promised on Tuesday to cut fuel taxes.\n\n"
        "Kari Holm-Berg, a nurse in Bergen, said the cut would not help her."
    )
    actors = _actors(text)
    assert actors["Kari Holm-Berg"].role != "finance minister"
    assert actors["Kari Holm-Berg"].affiliation is None


def test_an_imperative_pointing_ahead_puts_a_month_in_the_coming_year() -> None:
    from datetime import date

    from explorer.parse.segment import segment
    from explorer.parse.timex import find_timexes

    text = '"Ask me in May," the captain said. "See you in March," she said. He asked me in May.'
    found = find_timexes(text, date(2026, 12, 14), segment(text).sentences)
    assert [t.value for t in found] == ["2027-05", "2027-03", "2026-05"]
