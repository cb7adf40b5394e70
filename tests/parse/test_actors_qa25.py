"""QA round 25 on actors (tests/fixtures/actors_unseen25/FINDINGS.md): the general defects
found on three unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, run, speakers_of

from explorer.model import ActorKind

# "Real Madrid have agreed a fee with Benfica ... X, Real Madrid said in a statement. "...,"
# the club said": of several clubs (banks, parties, teams) named before, "the club" is the
# one the sentence before names, or the one opening its own sentence (was no speaker).


def test_the_club_is_the_one_the_sentence_before_names() -> None:
    text = (
        "Arsenal have agreed a fee with Benfica for the midfielder, both clubs said.\n\n"
        "The player will sign a five-year contract, Arsenal said in a statement. "
        '"We are delighted to welcome him," the club said.'
    )
    assert quote_speakers(text) == ["Arsenal"]
    assert speakers_of(text, '"We are delighted') == ["Arsenal"]


def test_the_club_names_in_the_quote_do_not_count() -> None:
    text = (
        "Arsenal have agreed a fee with Benfica for the midfielder.\n\n"
        "The player will sign a five-year contract, Benfica said. "
        '"Arsenal and Benfica have reached an agreement," the club said.'
    )
    assert quote_speakers(text) == ["Benfica"]


def test_the_club_opening_its_own_sentence() -> None:
    text = (
        "Chelsea beat Arsenal 2-1 on Saturday.\n\n"
        "Chelsea said in a statement that the club would appeal against the red card."
    )
    analysis = run(text)
    at = text.index("the club")
    assert [m.actor_id for m in analysis.mentions if m.start == at] == ["Chelsea"]


def test_the_club_is_nobody_where_the_sentence_before_names_both() -> None:
    text = (
        "Arsenal and Chelsea both bid for the midfielder on Monday. The club said it was confident."
    )
    assert speakers_of(text, "The club said") == []


def test_the_party_is_nobody_where_its_sentence_opens_with_another() -> None:
    # (the party that called the remarks insulting is the AIADMK, no "Party" by name)
    text = (
        "The Janata Front Party and the Lok Seva Party met in Chennai. "
        "The AIADMK walked out after Lok Seva Party leaders made remarks that the party "
        "called insulting."
    )
    at = text.index("the party")
    assert [m.actor_id for m in run(text).mentions if m.start == at] == []


def test_the_club_is_nobody_across_a_paragraph() -> None:
    text = (
        "Arsenal and Chelsea both bid for the midfielder on Monday. Chelsea raised its offer.\n\n"
        "The club said it was confident."
    )
    assert speakers_of(text, "The club said") == []


# "The China Chamber of Commerce to the EU said ... The chamber said": an organisation
# whose name holds "Chamber" is "the chamber" (was no speaker).


def test_the_chamber_is_the_chamber_of_commerce() -> None:
    text = (
        'The Nordic Chamber of Commerce said it was "deeply disappointed". '
        'The chamber said the vote sent a "worrying signal" to investors.'
    )
    assert speakers_of(text, "The chamber said") == ["Nordic Chamber of Commerce"]
    assert quote_speakers(text) == ["Nordic Chamber of Commerce"] * 2
    assert "Nordic Chamber of Commerce" in actor_ids(text)


# "Kyiv's ambassador to Poland, X, said": a capital's possessive owning the title set off
# before a name gives its country, as the country's own does (was an ambassador of none).


def test_a_capitals_ambassador_is_its_countrys() -> None:
    text = (
        "Poland closed the crossing on Monday. Kyiv's ambassador to Poland, Vasyl "
        "Marko-Lenko, said the grain was in transit."
    )
    assert actor_of(text, "Vasyl Marko-Lenko") == (ActorKind.PERSON, "Ukraine", "ambassador")


def test_a_capitals_possessive_before_another_title_only() -> None:
    # ("Kyiv's mayor" is a place office, no ambassador: the person keeps the title's own)
    text = "Warsaw's streets were quiet. Ivan Petro-Sydor, the ambassador, said talks went on."
    assert actor_of(text, "Ivan Petro-Sydor")[1] is None


# "Border guards said queues of trucks had grown": a group (was no actor, no speaker).


def test_border_guards_and_customs_officers_are_groups() -> None:
    text = (
        "Border guards said queues had grown to 3,000 vehicles. "
        "Customs officers said checks were slow."
    )
    assert speakers_of(text, "Border guards said") == ["border guards"]
    assert speakers_of(text, "Customs officers said") == ["customs officers"]
    assert actor_of(text, "border guards")[0] is ActorKind.GROUP


# "WARSAW, Feb 20 (Reuters) - Polish farmers blocked ... Prime Minister X said",
# "President Y said": a bare title in a story datelined in a capital whose country the lead
# names is that country's, also where another country is named more (was no country;
# "Ukrainian President Z" keeps Ukraine).


def test_a_bare_prime_minister_in_a_capitals_story_is_its_countrys() -> None:
    text = (
        "WARSAW, Feb 20 (Reuters) - Polish farmers blocked roads to the border with Ukraine "
        "on Tuesday.\n\nUkraine said its trucks were stuck. Ukraine asked for talks. "
        "Ukrainian President Olek Hrytsenko-Bor called it a test.\n\n"
        "Prime Minister Donald Wilkowski-Nowak said he would meet farmers. "
        "President Andrzej Sowinski-Lis said he supported them."
    )
    assert actor_of(text, "Donald Wilkowski-Nowak") == (
        ActorKind.PERSON,
        "Poland",
        "prime minister",
    )
    assert actor_of(text, "Andrzej Sowinski-Lis")[1] == "Poland"
    assert actor_of(text, "Olek Hrytsenko-Bor")[1] == "Ukraine"


def test_an_accentless_dateline_is_the_capital() -> None:
    text = (
        "BRASILIA, June 26 (Reuters) - Brazil's top court ruled on Thursday.\n\n"
        "President Luiz Carvalho-Neto did not comment."
    )
    assert actor_of(text, "Luiz Carvalho-Neto")[1] == "Brazil"


def test_a_bare_president_after_a_scene_abroad_keeps_no_country() -> None:
    text = (
        "BEIJING (AP) - China said it would restrict exports, a day after South Korea joined "
        "U.S. curbs.\n\nIn Seoul, Industry Minister Park Ji-sung said companies were ready.\n\n"
        "President Yoon Min-ho's office said he had ordered officials to act."
    )
    assert actor_of(text, "Yoon Min-ho")[1] is None


def test_a_bare_president_where_the_lead_names_another_country() -> None:
    text = (
        "LONDON, May 2 (Reuters) - Kenyan runners swept the marathon on Sunday.\n\n"
        "President Samuel Kiprono-Ruto congratulated them."
    )
    assert actor_of(text, "Samuel Kiprono-Ruto")[1] is None


# "La Liga said the transfer would be registered": Europe's top football leagues are
# organisations of their country (data; was a person "La Liga").


def test_la_liga_is_spains_league_and_speaks() -> None:
    text = (
        "La Liga said the transfer would be registered once the club met its spending rules. "
        "The league's president, Javier Ortega-Lima, said no club would get an exception."
    )
    assert actor_of(text, "La Liga")[:2] == (ActorKind.ORGANISATION, "Spain")
    assert speakers_of(text, "La Liga said") == ["La Liga"]
    assert actor_of(text, "Javier Ortega-Lima") == (ActorKind.PERSON, "La Liga", "president")


# "The player's agent, X, said ... The Portuguese agent said talks had been "long"": "agent"
# is a title, and "the <demonym> agent" the agent named just before (was no role, and no
# speaker).


def test_the_players_agent_is_an_agent_and_speaks_again() -> None:
    text = (
        "Benfica agreed the sale on Thursday. The player's agent, Jorge Mendes-Cruz, said his "
        'client wanted to play in Spain. The Portuguese agent said talks had been "long but '
        'always respectful."'
    )
    assert actor_of(text, "Jorge Mendes-Cruz")[2] == "agent"
    assert speakers_of(text, "The Portuguese agent said") == ["Jorge Mendes-Cruz"]
    assert quote_speakers(text) == ["Jorge Mendes-Cruz"]


# "The China Chamber of Commerce to the EU said it was "deeply disappointed"": an
# organisation's name, then "to the" and the body it is accredited to, is the subject (was
# the EU's statement and quote).


def test_a_chamber_to_the_eu_speaks_not_the_eu() -> None:
    text = 'The Nordic Chamber of Commerce to the EU said it was "deeply disappointed".'
    assert speakers_of(text, "The Nordic Chamber") == ["Nordic Chamber of Commerce"]
    assert quote_speakers(text) == ["Nordic Chamber of Commerce"]


def test_an_ambassador_to_a_country_stays_the_ambassador() -> None:
    text = "The U.S. ambassador to Japan said talks went well."
    assert speakers_of(text, "The U.S. ambassador") == ["the U.S. ambassador to Japan"]
