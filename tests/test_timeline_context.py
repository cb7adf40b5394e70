"""How sentences without a date of their own are dated (``--undated context``): a
statement of the news is dated like the news, and a date spreads only to sentences about
the same time. Small invented articles through the real parser."""

from __future__ import annotations

from datetime import date

from explorer.export.table import DATED_BY_MARK
from explorer.labels import dated_by_note
from explorer.model import Article, DatedBy, PublishedSource
from explorer.parse.pipeline import parse_article
from explorer.timeline import Undated, article_events

THURSDAY = date(2025, 9, 18)


def dates(
    text: str, published: date = THURSDAY, undated: Undated = Undated.CONTEXT
) -> dict[str, tuple[str, DatedBy]]:
    """Sentence (its first words) -> (date, how it was dated), for the undated sentences."""
    parsed = parse_article(Article("t", text, "T", published, PublishedSource.METADATA, "t.txt"))
    out: dict[str, tuple[str, DatedBy]] = {}
    for e in article_events(parsed, undated):
        if e.timex_index is None:
            out[parsed.sentences[e.sentence_index].text] = (e.range.iso(), e.dated_by)
    return out


def of(got: dict[str, tuple[str, DatedBy]], start: str) -> tuple[str, DatedBy]:
    """How the one undated sentence starting with ``start`` was dated."""
    (found,) = [v for k, v in got.items() if k.startswith(start)]
    return found


VERDICT = (
    "BRASILIA — The Supreme Court on Thursday convicted Roberto Silva of corruption.\n\n"
    "Silva, who governed the state from 2019 to 2022, denied the charges. "
    "Prosecutors said he had taken bribes.\n\n"
    "His lawyer, Fernando Costa, said the defense would file an appeal next week. "
    "“This is a political conviction,” Costa told reporters outside the court.\n\n"
    "Under Brazilian law, Silva will remain free until all appeals are exhausted."
)


def test_statements_take_the_news_day_not_a_background_year_or_a_future_date() -> None:
    got = dates(VERDICT)
    news = ("2025-09-18", DatedBy.NEWS_DAY)
    assert of(got, "Prosecutors said he had ") == news  # not 2019 ("governed from 2019")
    assert of(got, "“This is a political conv") == news  # not next week
    assert of(got, "Under Brazilian law, Silv") == news  # new paragraph: back to the news


def test_published_and_hide_are_unchanged() -> None:
    published = dates(VERDICT, undated=Undated.PUBLISHED)
    assert set(published.values()) == {("2025-09-18", DatedBy.PUBLISHED)}
    # the three sentences without a date, and two whose dates are only what they tell of
    # ("Silva, who governed ... from 2019 to 2022, denied", "said ... next week")
    assert len(published) == 5
    assert dates(VERDICT, undated=Undated.HIDE) == {}


def test_a_forecast_in_a_quote_does_not_date_what_follows() -> None:
    text = (
        "MUMBAI — The central bank cut its key rate on Thursday.\n\n"
        "“We expect one more cut in June,” said Radhika Menon, an economist. "
        "Others warned that cutting too quickly could backfire.\n\n"
        "Minutes of the meeting will be published on Oct. 2. "
        "The rupee weakened slightly after the decision."
    )
    got = dates(text)
    assert of(got, "Others warned that cutti") == ("2025-09-18", DatedBy.NEWS_DAY)
    assert of(got, "The rupee weakened sligh") == ("2025-09-18", DatedBy.NEWS_DAY)


def test_narration_keeps_the_day_of_its_paragraph_only() -> None:
    text = (
        "LIMA — Rescuers pulled a girl from the rubble on Thursday.\n\n"
        "The quake struck on Monday night. Dozens of buildings collapsed.\n\n"
        "Firefighters cheered as the girl was carried out."
    )
    got = dates(text)
    assert of(got, "Dozens of buildings colla") == ("2025-09-15", DatedBy.CONTEXT)
    assert of(got, "Firefighters cheered as ") == ("2025-09-18", DatedBy.NEWS_DAY)


def test_years_and_months_are_background_even_for_narration() -> None:
    text = (
        "LIMA — Rescuers pulled a girl from the rubble on Thursday.\n\n"
        "A magnitude 8.0 quake in 2007 killed more than 500 people. "
        "Seismologist Ana Salas said the region had been accumulating energy. "
        "Many residents spent the night outdoors."
    )
    got = dates(text)
    assert of(got, "Seismologist Ana Salas s") == ("2025-09-18", DatedBy.NEWS_DAY)
    assert of(got, "Many residents spent the") == ("2025-09-18", DatedBy.NEWS_DAY)


def test_a_speaker_keeps_the_day_they_spoke() -> None:
    text = (
        "MANILA — The Philippines summoned China's ambassador on Thursday.\n\n"
        "Foreign ministry spokesman Mark Jones said on Wednesday that the ship had intruded.\n\n"
        "ASEAN foreign ministers are due to meet next week.\n\n"
        "“We urge Manila to stop its provocations,” Jones said.\n\n"
        "Analysts said the row could escalate."
    )
    got = dates(text)
    assert of(got, "“We urge Manila to stop ") == ("2025-09-17", DatedBy.CONTEXT)
    assert of(got, "Analysts said the row co") == ("2025-09-18", DatedBy.NEWS_DAY)


def test_a_date_in_the_reported_clause_is_not_the_day_of_the_statement() -> None:
    text = (
        "KAMPALA — Uganda confirmed an outbreak of Marburg virus on Thursday.\n\n"
        "Health Minister Sarah Achieng said samples were tested on Wednesday. "
        "“There is no need for panic,” Achieng said."
    )
    assert of(dates(text), "“There is no need") == ("2025-09-18", DatedBy.NEWS_DAY)


def test_at_the_time_points_back() -> None:
    text = (
        "OUAGADOUGOU — Militants attacked an army base on Thursday.\n\n"
        "France withdrew its troops from Burkina Faso last year. "
        "French officials said at the time that Paris would keep helping. "
        "The army said it would hunt the attackers down."
    )
    got = dates(text)
    assert of(got, "French officials said at") == ("2024", DatedBy.CONTEXT)
    assert of(got, "The army said it would h") == ("2025-09-18", DatedBy.NEWS_DAY)


def test_without_a_day_in_the_lead_the_publication_date() -> None:
    text = (
        "Rebels have held the city since 2012. The siege has shaped the war.\n\n"
        "Aid agencies said food was running out."
    )
    got = dates(text)
    assert of(got, "The siege has shaped the") == ("2025-09-18", DatedBy.PUBLISHED)
    assert of(got, "Aid agencies said food w") == ("2025-09-18", DatedBy.PUBLISHED)
    # a lead day more than a week before publication is background, not the news day
    got = dates("The court convicted Silva on Sept. 1. Prosecutors said he took bribes.")
    assert of(got, "Prosecutors said he took") == ("2025-09-18", DatedBy.PUBLISHED)


def test_the_news_day_is_named_in_every_view() -> None:
    assert DATED_BY_MARK[DatedBy.NEWS_DAY] == "~news"
    assert "news day" in dated_by_note(DatedBy.NEWS_DAY)


def test_a_possessive_day_in_the_lead_is_background_not_the_news_day() -> None:
    text = (
        "Tuesday’s storm was the worst in a decade, forecasters said. "
        "Crews cleared fallen trees across the valley.\n\n"
        "Mayor Ines Dahl said the roads would reopen."
    )
    got = dates(text)
    published = ("2025-09-18", DatedBy.PUBLISHED)
    assert of(got, "Crews cleared fallen tre") == published  # not Tuesday
    assert of(got, "Mayor Ines Dahl said the") == published


def test_a_date_describing_a_noun_dates_no_other_sentence() -> None:
    text = (
        "OSLO — Fjellmat agreed on Wednesday to buy the bakery chain Brødhus.\n\n"
        "The offer is a premium of 30% to Monday’s closing price. "
        "Brødhus shares jumped 25% in early trading.\n\n"
        "Revenue rose 12% in the quarter ended Aug. 31. Fjellmat shares fell 2%."
    )
    got = dates(text)
    news = ("2025-09-17", DatedBy.NEWS_DAY)
    assert of(got, "Brødhus shares jumped 25") == news  # not Monday
    assert of(got, "Fjellmat shares fell 2%.") == news  # not Aug. 31


def test_statements_after_a_dated_meeting_were_made_there() -> None:
    text = (
        "GENEVA — Talks on a ceasefire in Sudan collapsed on Thursday.\n\n"
        "The row broke out at a closed session of the Human Rights Council on Tuesday.\n\n"
        "Sudan's envoy Omar Haddad said the draft was biased.\n\n"
        "Norway's envoy Ane Lie hit back, calling the objection a stalling tactic.\n\n"
        "Aid convoys reached Darfur on Thursday. Relief workers said food was short."
    )
    got = dates(text)
    tuesday = ("2025-09-16", DatedBy.CONTEXT)
    assert of(got, "Sudan's envoy Omar Hadda") == tuesday
    assert of(got, "Norway's envoy Ane Lie h") == tuesday
    assert of(got, "Relief workers said food") == ("2025-09-18", DatedBy.NEWS_DAY)


def test_a_statement_refers_to_the_dated_occasion_it_was_made_at() -> None:
    text = (
        "OTTAWA — Canada expelled two diplomats on Thursday.\n\n"
        "Foreign Minister Claire Roy spoke to reporters after cabinet met in Ottawa on Tuesday.\n\n"
        "Ms Roy’s statement, after weeks of quiet diplomacy, surprised allies."
    )
    assert of(dates(text), "Ms Roy’s statement, afte") == ("2025-09-16", DatedBy.CONTEXT)


def test_a_quote_going_on_keeps_the_date_its_speech_verb_carried() -> None:
    text = (
        "TROMSØ — The glaciologist Maren Solberg died on Tuesday.\n\n"
        "“Nobody was measuring the snow,” she told the newspaper Nordlys in 2009. "
        "“I thought somebody should.” "
        "“So I bought a ruler.”\n\n"
        "Her colleague Odd Rian said she never stopped working."
    )
    got = dates(text)
    assert of(got, "“I thought somebody shou") == ("2009", DatedBy.CONTEXT)
    assert of(got, "“So I bought a ruler.”") == ("2009", DatedBy.CONTEXT)
    assert of(got, "Her colleague Odd Rian s") == ("2025-09-16", DatedBy.NEWS_DAY)


def test_at_the_time_in_a_role_does_not_date_the_statement() -> None:
    text = (
        "KHULNA — Villagers blocked the highway on Thursday.\n\n"
        "The dyke was last repaired in 2019. "
        "Anwar Sikder, the district's water engineer at the time, said the money ran out. "
        "Officials said at the time that the dyke was safe."
    )
    got = dates(text)
    assert of(got, "Anwar Sikder, the distri") == ("2025-09-18", DatedBy.NEWS_DAY)
    assert of(got, "Officials said at the ti") == ("2019", DatedBy.CONTEXT)


def test_a_past_year_opening_narration_dates_the_narration_after_it() -> None:
    text = (
        "BERGEN — Astrid Moe, a marine biologist who mapped cold-water corals, died on "
        "Tuesday. She was 88.\n\n"
        "In 1979, she sailed north with a borrowed sonar. "
        "Most of her colleagues doubted the reefs existed. "
        "Her husband, Lars, said she never doubted it.\n\n"
        "The following spring, the first photographs reached Oslo. "
        "The reefs were larger than anyone had guessed. "
        "The reefs are protected by law.\n\n"
        "She is survived by two sons."
    )
    got = dates(text)
    assert of(got, "Most of her colleagues d") == ("1979", DatedBy.CONTEXT)
    # a statement is dated by when it was said, and ends the flashback
    assert of(got, "Her husband, Lars, said ") == ("2025-09-16", DatedBy.NEWS_DAY)
    assert of(got, "The reefs were larger th") == ("1980-03", DatedBy.CONTEXT)  # spring
    assert of(got, "The reefs are protected ")[0] == "2025-09-16"  # present: not the past
    assert of(got, "She is survived by two s") == ("2025-09-16", DatedBy.NEWS_DAY)


def test_background_years_in_news_still_date_no_other_sentence() -> None:
    text = (
        "TOKYO — Kestrel Foods raised its forecast on Thursday.\n\n"
        "Last year, the company closed two plants. Its shares rose 4% in Tokyo.\n\n"
        "In the year-earlier quarter, profit fell 10%. Sales rose 8% to 2 billion yen.\n\n"
        "A flood in 2019 destroyed its main warehouse. Workers rebuilt it in weeks."
    )
    got = dates(text)
    news = ("2025-09-18", DatedBy.NEWS_DAY)
    assert of(got, "Its shares rose 4% in To") == news
    assert of(got, "Sales rose 8% to 2 billi") == news
    assert of(got, "Workers rebuilt it in we") == news  # the year is not at the start


def test_a_night_in_the_lead_gives_way_to_the_day_it_was_reported() -> None:
    text = (
        "ODESA — Russian missiles hit a grain terminal in the port overnight, setting "
        "warehouses on fire, the regional governor said on Thursday.\n\n"
        "The port authority said exports would resume within days. "
        "“We will rebuild,” the mayor told reporters."
    )
    got = dates(text)
    news = ("2025-09-18", DatedBy.NEWS_DAY)  # Thursday, not Wednesday (the night began then)
    assert of(got, "The port authority said ") == news
    assert of(got, "“We will rebuild,” the m") == news
    # with no later day in the opening, the night still gives the news day
    got = dates(
        "ODESA — Russian missiles hit a grain terminal on Tuesday night.\n\n"
        "The port authority said exports would resume within days."
    )
    assert of(got, "The port authority said ") == ("2025-09-16", DatedBy.NEWS_DAY)
