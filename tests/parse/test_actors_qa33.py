"""QA round 33 on actors (tests/fixtures/actors_unseen33/FINDINGS.md): the general defects
found on three unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, run, speakers_of

from explorer.model import ActorKind

# "the European Shippers' Council", "the Professional Cyclists' Association": a plural
# agent noun's possessive ("Shippers'", "Cyclists'") opens a body's name, and a region's
# adjective before it belongs to it (were "Shippers' Council" and "Association").


def test_a_plural_agent_nouns_possessive_opens_an_associations_name() -> None:
    text = "The Professional Rowers' Association said the race was unsafe."
    assert speakers_of(text, "The Professional Rowers'") == ["Professional Rowers' Association"]


def test_a_regions_adjective_opens_a_councils_name_before_a_possessive() -> None:
    text = "The Nordic Exporters' Council said freight rates had doubled."
    assert speakers_of(text, "The Nordic Exporters'") == ["Nordic Exporters' Council"]


def test_a_named_association_keeps_its_letters_and_its_president() -> None:
    text = (
        "Tom Hale-Ward, president of the Professional Dentists' Association, known as PDA, "
        "said fees would rise."
    )
    kind, aff, role = actor_of(text, "Tom Hale-Ward")
    assert (kind, aff, role) == (
        ActorKind.PERSON,
        "Professional Dentists' Association",
        "president",
    )
    assert "PDA" not in actor_ids(text)


def test_a_firms_possessive_still_ends_its_name() -> None:
    text = "Halden Brothers' Leeds office said it would close."
    assert "Halden Brothers' Leeds" not in actor_ids(text)


# "The International Transport Workers' Federation (ITF) said": the text's own name before
# a listed body's letters keeps them when it names another body (was the International
# Tennis Federation speaking).


def test_a_full_name_before_a_listed_bodys_letters_keeps_them() -> None:
    text = (
        "The International Transport Workers' Federation (ITF) said crews were unpaid. "
        "ITF general secretary Ann Lee-Ward said the union would sue."
    )
    assert speakers_of(text, "The International Transport") == [
        "International Transport Workers' Federation"
    ]
    assert actor_of(text, "Ann Lee-Ward")[1] == "International Transport Workers' Federation"
    assert "International Tennis Federation" not in actor_ids(text)


def test_a_variant_of_the_listed_name_stays_the_listed_body() -> None:
    text = "The International Atomic Energy Authority (IAEA) said inspectors were ready."
    assert speakers_of(text, "The International Atomic") == ["International Atomic Energy Agency"]


# "the U.S. Federal Maritime Commission ... FMC chairman X": the letters of a name after
# its country's ("U.S.") are its short form (was an organisation "FMC").


def test_letters_without_the_countrys_are_the_bodys_short_form() -> None:
    text = (
        "The deal needs approval from the U.S. Federal Railway Board, which oversees "
        "freight. FRB chairman Tom Hale-Ward said the board would look closely."
    )
    assert actor_of(text, "Tom Hale-Ward")[1] == "U.S. Federal Railway Board"
    assert "FRB" not in actor_ids(text)


# "Pacific Orient Lines ... Pacific Orient's shares": a company's name without its last
# word, written later, is the company (was a place "Pacific" and an organisation "Orient").


def test_a_companys_name_without_its_last_word_is_the_company() -> None:
    text = (
        "Halden Shipping agreed to buy Atlantic Coral Lines on Monday. "
        "Atlantic Coral said the price was fair. Shares in Atlantic Coral rose 4%."
    )
    assert speakers_of(text, "Atlantic Coral said") == ["Atlantic Coral Lines"]
    ids = actor_ids(text)
    assert "Atlantic" not in ids
    assert "Coral" not in ids


def test_a_place_named_like_the_company_stays_a_place() -> None:
    text = "Hong Kong Airlines said flights would resume. Traffic in Hong Kong fell."
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds.get("Hong Kong") is not ActorKind.ORGANISATION


# "Officials at the European Union's delegation in Tashkent said": the officials of the
# body speak across its unit (had no speaker).


def test_a_groups_body_speaks_across_its_units_name() -> None:
    text = "Officials at the European Union's mission in Nairobi said the aid would continue."
    assert speakers_of(text, "Officials at") == ["European Union officials"]


def test_a_possessive_after_a_bare_group_stays_no_subject() -> None:
    text = "The officials' report said the aid would continue."
    assert speakers_of(text, "The officials'") != ["officials"]


# "Freight forwarders, who book space on ships, said", "two of the rider's former
# teammates, speaking on condition of anonymity, said": these groups speak (had no
# speaker).


def test_freight_forwarders_and_teammates_speak() -> None:
    text = (
        "Freight forwarders, who book cargo space for exporters, said rates had doubled. "
        "Two of the striker's former teammates, speaking on condition of anonymity, said "
        "the club knew."
    )
    forwarders = speakers_of(text, "Freight forwarders")
    assert len(forwarders) == 1 and forwarders[0].endswith("forwarders")
    assert speakers_of(text, "Two of the striker's") == ["teammates"]


# "Danish Business Minister X said": a business minister of Denmark (was a "minister" of
# no country).


def test_a_business_minister_keeps_portfolio_and_country() -> None:
    text = "Irish Business Minister Ann Lee-Ward said the takeover was welcome."
    assert actor_of(text, "Ann Lee-Ward") == (ActorKind.PERSON, "Ireland", "business minister")


# "His team, Flandria-Velo, fired him. Team manager X said": the team's manager (was of
# none).


def test_a_team_manager_opening_a_sentence_is_the_named_teams() -> None:
    text = (
        "His team, Rosso Veloce, dropped him in May. Team manager Tom Hale-Ward said the "
        "riders had been misled."
    )
    assert actor_of(text, "Tom Hale-Ward") == (ActorKind.PERSON, "Rosso Veloce", "manager")


def test_a_team_noun_inside_a_sentence_takes_no_organisation() -> None:
    text = "FIFA fined the federation. The national team coach Tom Hale-Ward said it was unfair."
    assert actor_of(text, "Tom Hale-Ward")[1] is None


def test_the_teams_spokeswoman_is_the_team_apposed_before() -> None:
    text = (
        "His team, Rosso Veloce, dropped him in May. The World Anti-Doping Agency said the "
        'ban was fair. "Our doctors followed the rules," said Ann Lee-Ward, the team\'s '
        "spokeswoman."
    )
    assert actor_of(text, "Ann Lee-Ward") == (ActorKind.PERSON, "Rosso Veloce", "spokeswoman")


# "the larger Syr Darya basin": a Central Asian river is a place (was a person).


def test_a_darya_river_is_a_place() -> None:
    text = "Turkmenistan, which shares the Amu Darya basin with its neighbours, called for calm."
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds.get("Amu Darya") is ActorKind.PLACE
    assert speakers_of(text, "Turkmenistan") == ["Turkmenistan"]


# "Belgian rider X": a rider of Belgium (had no role nor country).


def test_a_rider_named_with_a_demonym_is_of_that_country() -> None:
    text = "Dutch rider Sem Kooij-Brand won the stage. Kooij-Brand said the climb was hard."
    assert actor_of(text, "Sem Kooij-Brand") == (ActorKind.PERSON, "Netherlands", "rider")


# "The Kaduna State Governor, X, said": the state and its governor (were a person "Kaduna
# State" and a governor of none). From the lead's open list.


def test_a_state_governor_is_the_states() -> None:
    text = "The Kano State Governor, Abba Yusuf-Bello, said schools would reopen."
    assert actor_of(text, "Abba Yusuf-Bello") == (ActorKind.PERSON, "Kano State", "governor")
    assert actor_of(text, "Kano State")[0] is ActorKind.ORGANISATION


def test_a_state_after_of_is_a_place() -> None:
    text = "Residents of Kano State said the floods were the worst in decades."
    assert actor_of(text, "Kano State")[0] is ActorKind.PLACE
    assert speakers_of(text, "Residents") == ["residents"]


# "The White House said ... Press secretary X said": the press secretary of the body that
# spoke just before (was of no one). From the lead's open list.


def test_a_bare_press_secretary_is_of_the_body_that_just_spoke() -> None:
    text = (
        "The Halden Group said it would appeal. Press secretary Tom Hale-Ward said the "
        "ruling ignored the evidence."
    )
    assert actor_of(text, "Tom Hale-Ward") == (ActorKind.PERSON, "Halden Group", "press secretary")
