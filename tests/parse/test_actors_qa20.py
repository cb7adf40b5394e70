"""QA round 20 on actors (tests/fixtures/actors_unseen20/FINDINGS.md): the general defects
found on four unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, speakers_of

from explorer.model import ActorKind

# An organisation whose name holds a people's possessive word ("People's", "Workers'")
# keeps the words before it.


def test_a_party_named_with_peoples_keeps_its_first_word() -> None:
    text = "The main opposition Freedom People's Party said it would rally on Saturday."
    assert "People's Party" not in actor_ids(text)
    assert speakers_of(text, "The main") == ["Freedom People's Party"]


def test_a_workers_union_keeps_its_first_word() -> None:
    text = "The Harbour Workers' Union said the strike would go on."
    assert speakers_of(text, "The Harbour") == ["Harbour Workers' Union"]


# A record label: "X Records" is an organisation, "the label" later is it.


def test_a_record_label_is_an_organisation_and_the_label() -> None:
    text = (
        "Singer Nia Okafor-Lund sued her former record label, Blue Heron Records, on Monday. "
        'Blue Heron denied the claims. "We paid every cent," the label said.'
    )
    assert actor_of(text, "Blue Heron Records")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "Blue Heron denied") == ["Blue Heron Records"]
    assert quote_speakers(text) == ["Blue Heron Records"]


def test_a_labels_chief_executive_is_the_labels() -> None:
    text = "Blue Heron Records cut 40 jobs. Blue Heron's chief executive, Ana Ruiz-Toll, said so."
    assert actor_of(text, "Ana Ruiz-Toll") == (
        ActorKind.PERSON,
        "Blue Heron Records",
        "chief executive",
    )


# "U.S. Energy Secretary X": a portfolio of the title, no organisation "U.S. Energy".


def test_a_countrys_portfolio_secretary_is_no_organisation() -> None:
    text = "U.S. Energy Secretary Dale Hollis-Ward said output would keep rising."
    assert "U.S. Energy" not in actor_ids(text)
    assert actor_of(text, "Dale Hollis-Ward") == (
        ActorKind.PERSON,
        "United States",
        "energy secretary",
    )


def test_a_company_ending_in_energy_keeps_its_officer() -> None:
    text = "Tullow Energy Chief Executive Rahul Dhir-Mann said output would rise."
    assert actor_of(text, "Rahul Dhir-Mann") == (
        ActorKind.PERSON,
        "Tullow Energy",
        "chief executive",
    )


# A country's ministry in lower case: "the ministry" later is it.


def test_a_countrys_lower_case_ministry_is_the_ministry_said_later() -> None:
    text = (
        "Saudi Arabia's finance ministry said it expected a deficit next year. The ministry "
        "said it would borrow to cover the gap."
    )
    assert speakers_of(text, "The ministry said") == ["Saudi Finance Ministry"]


def test_a_ministry_spokesman_title_is_no_ministry() -> None:
    text = '"We are ready," said Ugandan health ministry spokesman Emmanuel Ainebyo-Kato.'
    assert quote_speakers(text) == ["Emmanuel Ainebyo-Kato"]


def test_a_spokesman_for_a_countrys_ministry_is_the_ministry() -> None:
    text = (
        "The embassy said nothing. A spokesman for China's foreign ministry said Beijing "
        'hoped for "calm".'
    )
    assert quote_speakers(text) == ["Chinese Foreign Ministry"]
    assert "a spokesman" not in actor_ids(text)


def test_a_ministry_spokesmans_second_verb_is_the_ministrys() -> None:
    text = (
        'A spokesman for the Turkish Foreign Ministry said the case was "a judicial matter" '
        'and urged European capitals to "respect the courts".'
    )
    assert quote_speakers(text) == ["Turkish Foreign Ministry", "Turkish Foreign Ministry"]


# "The minister said" after a portfolio's minister, before a minister of none is named.


def test_the_minister_is_the_one_named_before_a_minister_of_none() -> None:
    text = (
        "Saudi Arabia's energy minister, Faisal Al-Harbi, said OPEC+ would act. The minister "
        "said the group would meet on Sunday. The UAE's minister of energy, Suhail "
        "Mazrouei-Khalid, said the UAE would abide by the decision. The minister said he agreed."
    )
    assert speakers_of(text, "The minister said the group") == ["Faisal Al-Harbi"]
    assert speakers_of(text, "The minister said he") == ["Suhail Mazrouei-Khalid"]


# A listed organisation's name with lower-case words, as a possessive before a title.


def test_a_listed_owner_with_lower_case_words_gives_the_title() -> None:
    text = '"Children are dying," said Amira Haddad-Nour, Save the Children\'s country director.'
    assert actor_of(text, "Amira Haddad-Nour") == (
        ActorKind.PERSON,
        "Save the Children",
        "country director",
    )


def test_an_owner_in_the_plural_with_lower_case_words_gives_the_title() -> None:
    text = "Amira Haddad-Nour, Doctors Without Borders' country director, said clinics had shut."
    assert actor_of(text, "Amira Haddad-Nour")[1:] == (
        "Doctors Without Borders",
        "country director",
    )


def test_an_unlisted_owner_with_lower_case_words_gives_no_employer() -> None:
    text = "Amira Haddad-Nour, Tell the Truth's country director, said clinics had shut."
    assert actor_of(text, "Amira Haddad-Nour")[1] is None


# "The poll body said": the election commission named before (data).


def test_the_poll_body_is_the_election_commission_named_before() -> None:
    text = (
        "Turnout was a record 81%, the Commission on Elections said. The poll body said it "
        "would investigate each complaint."
    )
    assert speakers_of(text, "The poll body said") == ["Commission on Elections"]


def test_billboard_is_a_magazine() -> None:
    text = "The label's chief executive, Monte Ross-Lee, told Billboard he had built her career."
    assert actor_of(text, "Billboard")[0] is ActorKind.ORGANISATION


# "The group said": the organisation an apposition calls a group, named last.


def test_the_group_is_the_one_an_apposition_calls_a_group() -> None:
    text = (
        "Blue Heron, a unit of Universal Music Group, rejected the claims. The Artist Rights "
        "Alliance, an advocacy group, backed the singer. The group said it would file a brief."
    )
    assert speakers_of(text, "The group said") == ["Artist Rights Alliance"]


def test_the_group_is_still_a_group_named_alone() -> None:
    text = "Universal Music Group rejected the claims. The group said it would appeal."
    assert speakers_of(text, "The group said") == ["Universal Music Group"]


def test_a_groups_convenor_is_its_officer() -> None:
    text = (
        "Election watchdog Kontra Daya said it had received reports of vote-buying. "
        '"Money was flowing," said Danilo Arao-Bautista, the group\'s convenor.'
    )
    assert actor_of(text, "Danilo Arao-Bautista") == (ActorKind.PERSON, "Kontra Daya", "convenor")
