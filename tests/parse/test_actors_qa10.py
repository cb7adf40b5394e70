"""QA round 10 on actors (tests/fixtures/actors_unseen10/FINDINGS.md): the general defects
found on six unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, run, speakers_of

# A name apposed to an opening title phrase is its sentence's subject, so a "he said" after
# it is that person's, not an earlier speaker's.


def test_he_said_after_an_apposed_title_subject_is_that_persons() -> None:
    text = (
        'Tom Hart said the deal was sound. "It will hold," he said. Egypt\'s foreign '
        'minister, Omar Adel, was more cautious. "Deals have failed before," he told reporters.'
    )
    assert quote_speakers(text) == ["Tom Hart", "Omar Adel"]


def test_he_said_after_an_owned_title_subject_skips_a_woman_speaking_before() -> None:
    text = (
        "Ann Lee said the strike would end soon. The union's chairman, Bo Kim, disagreed. "
        '"We will stay out," he said.'
    )
    assert quote_speakers(text) == ["Bo Kim"]


# "X, a title to the Y title, Z, said": Z is the inner title's holder; X speaks.


def test_nested_apposition_the_outer_name_speaks_and_the_inner_holds_the_inner_title() -> None:
    text = (
        "Tom Hart, a senior adviser to the French president, Paul Morel, said on Monday "
        "that talks would resume."
    )
    assert speakers_of(text, "Tom Hart") == ["Tom Hart"]
    assert actor_of(text, "Paul Morel")[1:] == ("France", "president")
    assert actor_of(text, "Tom Hart")[2] == "adviser"


def test_nested_apposition_with_an_honorific_before_the_inner_name() -> None:
    text = "Ann Lee, an aide to the mayor, Dr. Paul Morel, said the vote was delayed."
    assert speakers_of(text, "Ann Lee") == ["Ann Lee"]
    assert actor_of(text, "Paul Morel")[2] == "mayor"


# A listed institution's word ("Congress") after unknown names heads their organisation;
# "All" inside a sentence is a word of the name.


def test_a_party_named_congress_is_no_legislature() -> None:
    text = (
        "The ruling All Farmers Congress (AFC) won the vote on Sunday. The AFC said it was "
        "pleased. The Basotho National Congress said it would go to court."
    )
    ids = actor_ids(text)
    assert {"All Farmers Congress", "Basotho National Congress"} <= ids
    assert "US Congress" not in ids
    assert actor_of(text, "All Farmers Congress")[1] is None  # (not the US Congress's)
    assert speakers_of(text, "The AFC said") == ["All Farmers Congress"]


def test_all_is_a_word_of_a_name_inside_a_sentence_only() -> None:
    text = "Voters backed the All Nordlys Union on Sunday. All Labour MPs voted against it."
    ids = actor_ids(text)
    assert "All Nordlys Union" in ids
    assert not {"Nordlys Union", "All Labour", "All Labour MPs"} & ids


# The field of a head before the employer, and a job noun after a title, are the role's:
# not "head of Goldman Sachs" or "chief of Mizuho".


def test_a_heads_field_before_the_employer_is_in_the_role() -> None:
    text = (
        '"Rates will fall," said Ann Lee, head of European rates strategy at Nordlys Bank. '
        '"Maybe twice," said Tom Hart, director of research at Halden Capital.'
    )
    assert actor_of(text, "Ann Lee")[1:] == ("Nordlys Bank", "head of European rates strategy")
    assert actor_of(text, "Tom Hart")[1:] == ("Halden Capital", "director of research")


def test_a_job_noun_after_an_apposed_title_is_in_the_role() -> None:
    text = '"The yen will rise," said Mia Sato, chief currency strategist at Nordlys Securities.'
    assert actor_of(text, "Mia Sato")[1:] == ("Nordlys Securities", "chief currency strategist")


def test_a_head_of_an_organisation_stays_its_head() -> None:
    text = "Ann Lee, head of Nordlys Bank, said profits rose."
    assert actor_of(text, "Ann Lee")[1:] == ("Nordlys Bank", "head")


# "the party's chairman" is the party's named in the sentence before, not an organisation a
# quote names nearer.


def test_the_partys_officer_belongs_to_the_party_not_the_nearer_commission() -> None:
    text = (
        "The Halden Liberal Party rejected the count on Monday. "
        '"This was theft by the Electoral Commission," the party\'s national chairman, '
        "Tom Okoro, told reporters."
    )
    assert actor_of(text, "Tom Okoro")[1] == "Halden Liberal Party"


def test_a_bank_not_named_bank_still_owns_the_banks_economist() -> None:
    text = (
        "Barclays cut its forecast on Friday. The bank's chief economist, Ann Lee, said "
        "rates would fall. Halden Bank disagreed."
    )
    assert actor_of(text, "Ann Lee")[1] == "Barclays"


# "Its chair, Ambassador X of Country, said": X speaks, the bloc's chair.


def test_an_apposed_chair_addressed_as_ambassador_speaks_and_chairs() -> None:
    text = (
        "The Halden Group of developing nations wants more money. Its chair, Ambassador "
        "Ana Mbeki of Namibia, said the rich countries were stalling."
    )
    assert speakers_of(text, "Its chair") == ["Ana Mbeki"]
    assert actor_of(text, "Ana Mbeki")[1:] == ("Halden Group", "chair")


def test_a_name_with_its_place_closing_an_apposition_speaks() -> None:
    text = "A local trader, Tom Okoro of Ikeja, said prices had doubled."
    assert speakers_of(text, "A local trader") == ["Tom Okoro"]


# Portuguese "do" joins the words of a name, as "da" and "dos" do.


def test_do_is_a_particle_of_portuguese_names() -> None:
    text = (
        "Paulo Souza do Amaral urged delegates to compromise. Do Amaral, a diplomat, left "
        "early. Fundação do Cerrado, a coalition of 40 groups, said the plan was weak."
    )
    ids = actor_ids(text)
    assert {"Paulo Souza do Amaral", "Fundação do Cerrado"} <= ids
    assert not {"Paulo Souza", "Do Amaral", "Amaral", "Cerrado"} & ids


# "Country's ORG title, NAME,": the organisation employs NAME (a diplomat stays the
# country's).


def test_an_organisation_between_a_countrys_possessive_and_an_apposed_title_employs() -> None:
    text = (
        "Kenya's Halden Authority chairman, Ann Wanjiru, said the dam was safe. Russia's "
        "U.N. envoy, Ivan Petrov, said nothing."
    )
    assert actor_of(text, "Ann Wanjiru")[1:] == ("Halden Authority", "chairman")
    assert actor_of(text, "Ivan Petrov")[1] == "Russia"


def test_the_partys_officer_after_a_quote_of_two_sentences() -> None:
    text = (
        "The Halden Liberal Party rejected the count on Monday. "
        '"This was no election. It was theft by the Electoral Commission," the party\'s '
        "chairman, Tom Okoro, told reporters."
    )
    assert actor_of(text, "Tom Okoro")[1] == "Halden Liberal Party"


# An organisation the run names before a title employs the person: "Bank of France Governor
# X" (like "Bank of Japan Governor X", which is listed).


def test_an_unlisted_organisation_before_a_title_employs_the_person() -> None:
    text = (
        "Central Bank of Kenya Governor Ann Wanjiru said rates would hold. Halden "
        "University Professor Tom Hart disagreed."
    )
    assert actor_of(text, "Ann Wanjiru")[1:] == ("Central Bank of Kenya", "governor")
    assert actor_of(text, "Tom Hart")[1:] == ("Halden University", "professor")


def test_the_bundesbank_is_germanys_central_bank() -> None:
    text = "Bundesbank President Karl Brenner said rates would hold."
    assert actor_of(text, "Karl Brenner")[1:] == ("Bundesbank", "president")
    assert actor_of(text, "Bundesbank")[1] == "Germany"


# A public body is never "the company", though ", which" after its name would show a
# company's ("Valmora, which makes chips, ...").


def test_a_department_described_with_which_is_not_the_company() -> None:
    text = (
        "The Justice Department, which filed a brief last year, declined to comment. "
        "A spokesperson for the developers said the company had overcharged them."
    )
    linked = {m.actor_id for m in run(text).mentions if m.text == "the company"}
    assert "Justice Department" not in linked


# "said a trader at a market in X, who ...": the unnamed trader speaks.


def test_an_unnamed_speaker_with_a_place_after_an_inverted_cue() -> None:
    text = (
        '"Prices have doubled since May," said a trader at a market in Ikeja, who gave '
        'only her first name. "We cannot buy rice," said a resident near the river.'
    )
    assert quote_speakers(text) == ["a trader", "a resident"]


# A dateline's second city after a slash is no organisation.


def test_a_second_dateline_city_is_no_organisation() -> None:
    text = "OSLO/TROMSOYA, March 3 (Reuters) - Halden Energy said on Monday output rose."
    assert "TROMSOYA" not in actor_ids(text)


# "Union Home Minister X" (India): a home minister ("Home" alone is a stopword).


def test_indian_union_home_minister_is_a_home_minister() -> None:
    text = "Union Home Minister Raj Mehta said the law was fair. Home Minister Ravi Rao agreed."
    assert actor_of(text, "Raj Mehta")[2] == "home minister"
    assert actor_of(text, "Ravi Rao")[2] == "home minister"


# Election titles: "candidate", "presidential candidate", "chief observer".


def test_candidates_and_observers_have_roles() -> None:
    text = (
        "The Halden Party's candidate, Ann Lee, came third. The European Union sent a "
        "mission. Its chief observer, Tom Hart, told reporters the vote was calm. "
        "Opposition presidential candidate Bo Kim conceded."
    )
    assert actor_of(text, "Ann Lee")[1:] == ("Halden Party", "candidate")
    assert actor_of(text, "Tom Hart")[1:] == ("European Union", "chief observer")
    assert actor_of(text, "Bo Kim")[2] == "presidential candidate"


# A singular group noun after a subject pronoun or "to" is a verb, no group.


def test_group_nouns_used_as_verbs_are_no_groups() -> None:
    text = (
        "The firm struggled to source parts. The exchange rate is something we monitor "
        "closely, the official said."
    )
    ids = actor_ids(text)
    assert not {"source", "monitor"} & ids
    assert "the official" in ids
