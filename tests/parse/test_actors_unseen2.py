"""Regression tests on eight more invented articles written after the parser, in styles the
first unseen set lacks (tests/fixtures/actors_unseen2: an obituary, a long-form feature with
flashbacks, a football match report, a US-Japanese merger, a court case with police and army
ranks, a Latin American protest, Gulf diplomacy with Arabic names, a space mission; curly
quotes and datelines throughout). They pin only what the parser already gets right and a
reader would notice: speakers of quotes and statements, surnames and abbreviations merged into
one actor, key actors, time expressions and the day statements are put on. Known defects on
these articles are listed in the QA report, not asserted here."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from article_checks import (
    ORG,
    C,
    L,
    P,
    actor_table_tests,
    fixture_actors,
    fixture_article,
    missing_dates,
    wrong_news_days,
)

from explorer.model import ActorKind, Article
from explorer.parse.pipeline import ParsedArticle, parse_article

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen2"


def article(name: str) -> Article:
    return fixture_article(UNSEEN, name)


run = fixture_actors(UNSEEN)


@cache
def parsed(name: str) -> ParsedArticle:
    return parse_article(article(name))


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "obituary_chemist": {
        "Ingrid Halvorsen": (P, None, None),
        "Kari Halvorsen Lunde": (P, None, None),
        "Susan Whitfield": (
            P,
            "National Oceanic and Atmospheric Administration",
            "former director",
        ),
        "National Oceanic and Atmospheric Administration": (ORG, "United States", None),
        "Norwegian Institute for Air Research": (ORG, "Norway", None),
        "Jonas Berg": (P, None, "prime minister"),
        "Per Lunde": (P, None, None),
        "University of Oslo": (ORG, None, None),
        "Norway": (C, None, None),
        "Bergen": (L, None, None),
    },
    "feature_river_town": {
        "Rahima Begum": (P, None, None),
        "Bangladesh": (C, None, None),
        "Bangladesh Water Development Board": (ORG, "Bangladesh", None),
        "Mohammad Iqbal Hossain": (P, None, None),
        "Farida Akter": (P, None, None),
        "Nasreen Chowdhury": (P, None, "prime minister"),
        "World Bank": (ORG, None, None),
        "International Organization for Migration": (ORG, None, None),
        "India": (C, None, None),
        "Dhaka": (L, None, None),
    },
    "derby_report": {
        "Facundo Ezequiel Morales": (P, None, None),
        "Rodrigo Villalba": (P, None, "coach"),
        "Horacio Lamas": (P, None, "coach"),
        "Leandro Sosa Benítez": (P, None, "captain"),
        "Gastón Ibarra": (P, None, None),
        "Marcos Quiroga": (P, None, None),
        "Argentine Football Association": (ORG, "Argentina", None),
        "Racing Club": (ORG, None, None),
        "Buenos Aires": (L, None, None),
    },
    "chip_merger": {
        "Kestrel Semiconductor Inc": (ORG, None, None),
        "Toyota Motor Corp": (ORG, None, None),
        "Laura Brennan": (P, None, "chief executive"),
        "Takeshi Yamamoto": (P, None, "president"),
        "Hiroshi Nakagawa": (P, None, "trade minister"),
        "Kenji Arai": (P, "Nomura Securities", "analyst"),
        "Goldman Sachs": (ORG, None, None),
        "Tokyo Stock Exchange": (ORG, None, None),
        "Japan": (C, None, None),
        "Tokyo": (L, None, None),
    },
    "court_smuggling": {
        "Kenya": (C, None, None),
        "Samuel Kiprono Chebet": (P, None, None),
        "Daniel Otieno Mwangi": (P, None, None),
        "Agnes Wanjiru Kamau": (P, None, "detective sergeant"),
        "Hassan Abdi Omar": (P, "Directorate of Criminal Investigations", "detective inspector"),
        "Lucy Njeri Mutua": (P, None, None),
        "Peter Odhiambo": (P, None, "lawyer"),
        "Ethics and Anti-Corruption Commission": (ORG, None, None),
        "Kenya Defence Forces": (ORG, "Kenya", None),
        "Kenya Revenue Authority": (ORG, "Kenya", None),
        "Transparency International": (ORG, None, None),
        "Mombasa": (L, None, None),
    },
    "bogota_protest": {
        "Colombia": (C, None, None),
        "Central Union of Workers": (ORG, None, None),
        "María Fernanda Castaño Ruiz": (P, None, None),
        "Ana Lucía Herrera Gómez": (P, None, None),
        "Francisco Javier Maldonado": (P, None, "president"),
        "Camilo Andrés Suárez": (P, None, "mayor"),
        "Óscar Eduardo Villamizar": (P, None, None),
        "Paloma Vélez Ochoa": (P, None, "senator"),
        "Human Rights Watch": (ORG, None, None),
        "Caracol Radio": (ORG, None, None),
        "Bogotá": (L, None, None),
    },
    "gulf_talks": {
        "Saudi Arabia": (C, None, None),
        "Iran": (C, None, None),
        "Oman": (C, None, None),
        "Badr bin Hamad al-Harthi": (P, "Oman", "foreign minister"),
        "Faisal bin Khalid Al Saud": (P, None, None),
        "Hossein Rezaei Mahallati": (P, None, "deputy foreign minister"),
        "Turki bin Abdulrahman": (P, None, "crown prince"),
        "Esmaeil Karimi Hamaneh": (P, "Iran", "spokesman"),
        "Yahya Abdulkarim al-Sharafi": (P, None, "spokesman"),
        "Hamdan bin Rashid al-Mazrouei": (P, None, None),
        "Layla al-Amiri": (P, None, None),
        "Saudi Press Agency": (ORG, "Saudi Arabia", None),
        "International Maritime Organization": (ORG, None, None),
        "United Arab Emirates": (C, None, None),
        "Muscat": (L, None, None),
    },
    "mars_sample": {
        "NASA": (ORG, "United States", None),
        "European Space Agency": (ORG, None, None),
        "Rebecca Okonkwo-Harris": (P, None, None),
        "Alan Whitcombe": (P, "Jet Propulsion Laboratory", "director"),
        "Josef Brandtner-Lind": (P, None, "director"),
        "Judith Amari-Watanabe": (P, "Democrats", "representative"),  # ", a Democrat from"
        "Priya Raman": (P, None, None),
        "University of Arizona": (ORG, None, None),
        "China": (C, None, None),
        "Pasadena": (L, None, None),
    },
}

# name -> [(surface, actor id)]: every mention with this surface links to that actor.
MERGES: dict[str, list[tuple[str, str]]] = {
    "obituary_chemist": [
        ("Halvorsen", "Ingrid Halvorsen"),
        ("Whitfield", "Susan Whitfield"),
        ("Norwegian", "Norway"),
        ("OSLO", "Oslo"),
    ],
    "feature_river_town": [
        ("Begum", "Rahima Begum"),
        ("Bangladeshi", "Bangladesh"),
    ],
    "derby_report": [
        ("Morales", "Facundo Ezequiel Morales"),
        ("Villalba", "Rodrigo Villalba"),
        ("Quiroga", "Marcos Quiroga"),
        ("Uruguayan", "Uruguay"),
    ],
    "chip_merger": [
        ("Kestrel", "Kestrel Semiconductor Inc"),
        ("Toyota", "Toyota Motor Corp"),
        ("Yamamoto", "Takeshi Yamamoto"),
        ("Japanese", "Japan"),
        ("U.S.", "United States"),
    ],
    "court_smuggling": [
        ("Chebet", "Samuel Kiprono Chebet"),
        ("Mwangi", "Daniel Otieno Mwangi"),
        ("Kamau", "Agnes Wanjiru Kamau"),
        ("Omar", "Hassan Abdi Omar"),
        ("Odhiambo", "Peter Odhiambo"),
        ("EACC", "Ethics and Anti-Corruption Commission"),
        ("Ugandan", "Uganda"),
    ],
    "bogota_protest": [
        ("CUT", "Central Union of Workers"),
        ("Colombians", "Colombia"),
    ],
    "gulf_talks": [
        ("al-Harthi", "Badr bin Hamad al-Harthi"),
        ("Saudi", "Saudi Arabia"),
        ("Omani", "Oman"),
        ("Iranian", "Iran"),
    ],
    "mars_sample": [
        ("Chinese", "China"),
    ],
}

# name -> [(start of the quote text, speaker id)]
QUOTES: dict[str, list[tuple[str, str]]] = {
    "obituary_chemist": [
        ("“Everyone was looking at the gas", "Ingrid Halvorsen"),  # "she told NRK"
        ("“I thought we should look", "Ingrid Halvorsen"),
        ("“the mechanism they needed", "Susan Whitfield"),
        ("“Ingrid never wanted credit", "Susan Whitfield"),  # "Dr. Whitfield said"
        ("“She wanted the numbers", "Susan Whitfield"),
    ],
    "feature_river_town": [
        ("“I held my grandson", "Rahima Begum"),  # "she said last week"
        ("“I did not know", "Rahima Begum"),
        ("“We asked every year", "Mohammad Iqbal Hossain"),  # "he said in an interview"
        ("“Every year we were told", "Mohammad Iqbal Hossain"),
        ("“the easy part", "Farida Akter"),
        ("“You can build a wall", "Farida Akter"),
        ("“Changing how a whole river", "Farida Akter"),
        ("“The river remembers", "Rahima Begum"),
        ("“So do we", "Rahima Begum"),
    ],
    "derby_report": [
        ("“At half-time I told them", "Rodrigo Villalba"),
        ("“They answered", "Rodrigo Villalba"),
        ("“I closed my eyes", "Facundo Ezequiel Morales"),  # "Morales told ESPN"
        ("“My father was in the stand", "Facundo Ezequiel Morales"),
        ("“We should have been three goals up", "Horacio Lamas"),  # "he said"
        ("“In a game like this", "Horacio Lamas"),
    ],
    "chip_merger": [
        ("“Hoshida’s engineers", "Laura Brennan"),
        ("“Nothing about this deal", "Laura Brennan"),
        ("“We needed a partner", "Takeshi Yamamoto"),  # "Yamamoto told reporters"
        ("“Alone, we would not survive", "Takeshi Yamamoto"),
        ("“look carefully", "Hiroshi Nakagawa"),
        ("“The price is full", "Kenji Arai"),  # "said Kenji Arai, a … analyst at …"
    ],
    "court_smuggling": [
        ("“betrayed the uniforms", "Lucy Njeri Mutua"),
        ("“You were paid to stop crime", "Lucy Njeri Mutua"),  # "she told the court"
        ("“This court cannot be lenient", "Lucy Njeri Mutua"),
        ("“The evidence against General Chebet", "Peter Odhiambo"),
        ("“We are confident", "Peter Odhiambo"),
    ],
    "bogota_protest": [
        ("“They want us to work", "María Fernanda Castaño Ruiz"),  # "said NAME, 58, a nurse"
        ("“My mother retired", "María Fernanda Castaño Ruiz"),
        ("“Without this reform", "Ana Lucía Herrera Gómez"),  # "she told Caracol Radio"
        ("“Doing nothing", "Ana Lucía Herrera Gómez"),
        ("“Our officers acted", "Óscar Eduardo Villamizar"),  # "he said at a news conference"
        ("“governing by ultimatum", "Paloma Vélez Ochoa"),
    ],
    "gulf_talks": [
        ("“Both sides listened", "Badr bin Hamad al-Harthi"),
        ("“within weeks", "Badr bin Hamad al-Harthi"),  # "He said … “within weeks.”"
        ("“regional de-escalation", "Saudi Press Agency"),  # "…, the Saudi Press Agency reported"
        ("“a comprehensive settlement", "Esmaeil Karimi Hamaneh"),  # "A spokesman for …, NAME,"
        ("“Our position has not changed", "Yahya Abdulkarim al-Sharafi"),  # "he wrote on X"
        ("“all parties to build", "Hamdan bin Rashid al-Mazrouei"),
        ("“Riyadh has run out", "Layla al-Amiri"),
        ("“every effort to reduce tensions", "State Department"),
    ],
    "mars_sample": [
        ("“The samples are the most important", "Rebecca Okonkwo-Harris"),
        ("“We would rather be late", "Rebecca Okonkwo-Harris"),
        ("“Our hardware will be ready", "Josef Brandtner-Lind"),
        ("“The question is whether", "Josef Brandtner-Lind"),
        ("“moved the goalposts again", "Judith Amari-Watanabe"),
    ],
}

# name -> [(first words of the sentence, speaker ids of its attributions, in order)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "obituary_chemist": [
        ("Her daughter, Kari Halvorsen Lunde, said", ["Kari Halvorsen Lunde"]),
        ("Susan Whitfield, a former director", ["Susan Whitfield"]),
    ],
    "feature_river_town": [
        ("Mohammad Iqbal Hossain, the board’s", ["Mohammad Iqbal Hossain"]),
        ("Local officials said the shelters", ["local officials"]),
        ("Farida Akter, a hydrologist", ["Farida Akter"]),
        ("She said she still sleeps", ["Rahima Begum"]),
    ],
    "derby_report": [
        ("River coach Horacio Lamas said", ["Horacio Lamas"]),
        ("The Argentine Football Association said", ["Argentine Football Association"]),
    ],
    "chip_merger": [
        ("He said a rival bid", ["Kenji Arai"]),
        ("Hoshida President Takeshi Yamamoto", ["Takeshi Yamamoto"]),
    ],
    "court_smuggling": [
        ("Investigators later found", ["Ethics and Anti-Corruption Commission"]),
        ("Chebet’s lawyer, Peter Odhiambo, said", ["Peter Odhiambo"]),
        ("The Kenya Revenue Authority has said", ["Kenya Revenue Authority"]),
        ("The Kenya Defence Forces said on Tuesday", ["Kenya Defence Forces"]),
    ],
    "bogota_protest": [
        ("The Central Union of Workers (CUT)", ["Central Union of Workers"]),
        ("CUT president Francisco Javier Maldonado", ["Francisco Javier Maldonado"]),
        ("Bogotá Mayor Camilo Andrés Suárez", ["Camilo Andrés Suárez"]),
    ],
    "gulf_talks": [
        ("MUSCAT — Senior Saudi", ["diplomats"]),
        ("Houthi spokesman", ["Yahya Abdulkarim al-Sharafi"]),
        ("Dr. Layla al-Amiri, a researcher", ["Layla al-Amiri"]),
        ("Shipping traffic through", ["International Maritime Organization"]),
    ],
    "mars_sample": [
        ("Josef Brandtner-Lind, ESA’s director", ["Josef Brandtner-Lind"]),
        ("Engineers will present", ["NASA"]),
    ],
}

# name -> [(time expression text, its value)]: resolved against the publication date.
DATES: dict[str, list[tuple[str, str]]] = {
    # Tuesday 24 November 2026
    "obituary_chemist": [
        ("Sunday", "2026-11-22"),
        ("Monday", "2026-11-23"),
        ("1941", "1941"),
        ("the 1970s", "197"),
        ("Dec. 5", "2026-12-05"),
    ],
    # Sunday 12 October 2025
    "feature_river_town": [
        ("June 2022", "2022-06"),
        ("March 2019", "2019-03"),
        ("March", "2025-03"),  # "the World Bank approved a further loan in March"
        ("August", "2025-08"),
    ],
    # Monday 21 September 2026
    "derby_report": [
        ("Sunday", "2026-09-20"),
        ("Saturday", "2026-09-19"),
        ("Monday", "2026-09-21"),
        ("next Sunday", "2026-09-27"),
    ],
    # Friday 13 March 2026
    "chip_merger": [
        ("Thursday", "2026-03-12"),
        ("Friday", "2026-03-13"),
        ("last year", "2025"),
    ],
    # Wednesday 10 June 2026
    "court_smuggling": [
        ("Tuesday", "2026-06-09"),
        ("August 2023", "2023-08"),
        ("last year", "2025"),
    ],
    # Thursday 19 November 2026
    "bogota_protest": [
        ("Wednesday", "2026-11-18"),
        ("Thursday", "2026-11-19"),
        ("Oct. 28", "2026-10-28"),
        ("Wednesday evening", "2026-11-18TEV"),
        ("That year", "2021"),
    ],
    # Tuesday 20 January 2026
    "gulf_talks": [
        ("Monday", "2026-01-19"),
        ("Sunday evening", "2026-01-18TEV"),
        ("Tuesday", "2026-01-20"),
        ("last month", "2025-12"),
        ("March 2023", "2023-03"),
    ],
    # Wednesday 4 February 2026
    "mars_sample": [
        ("Wednesday", "2026-02-04"),
        ("February 2021", "2021-02"),
        ("April", "2025-04"),  # "who told Congress in April": past
        ("June", "2026-06"),  # "Engineers will present a revised design in June": future
        ("Last year", "2025"),
    ],
}

# name -> [(first words of a sentence without a date of its own, the day it is put on)]:
# statements are put on the news day, not on a background year of the paragraph before.
NEWS_DAY: dict[str, list[tuple[str, str]]] = {
    "obituary_chemist": [("Her daughter, Kari Halvorsen Lunde", "2026-11-22")],
    "feature_river_town": [("Farida Akter, a hydrologist", "2025-10-12")],
    "derby_report": [
        ("River coach Horacio Lamas said", "2026-09-20"),
        ("“At half-time I told them", "2026-09-20"),
    ],
    "chip_merger": [
        ("“Hoshida’s engineers", "2026-03-12"),
        ("He said a rival bid", "2026-03-12"),  # not 1952 nor May
    ],
    "court_smuggling": [
        ("Chebet’s lawyer, Peter Odhiambo", "2026-06-09"),
        ("Director of Public Prosecutions", "2026-06-09"),
    ],
    "bogota_protest": [("Opposition senator Paloma", "2026-11-18")],  # not August 2026
    "gulf_talks": [
        ("Dr. Layla al-Amiri", "2026-01-19"),  # not March 2023 nor last month
        ("The U.S. State Department said", "2026-01-19"),
    ],
    "mars_sample": [
        ("Representative Judith Amari-Watanabe", "2026-02-04"),  # not April
        ("She said that would not make", "2026-02-04"),
    ],
}

NAMES = sorted(ACTORS)


(
    test_all_articles_listed,
    test_key_actors,
    test_merges,
    test_quote_speakers,
    test_sentence_speakers,
) = actor_table_tests(UNSEEN, run, ACTORS, MERGES, QUOTES, SPEAKERS, DATES, NEWS_DAY)


@pytest.mark.parametrize("name", NAMES)
def test_dates(name: str) -> None:
    a = article(name)
    assert not missing_dates(a.text, a.published, DATES[name])


@pytest.mark.parametrize("name", NAMES)
def test_statements_on_the_news_day(name: str) -> None:
    assert not wrong_news_days(parsed(name), NEWS_DAY[name])


def test_spanish_and_arabic_names_are_kept_whole() -> None:
    """Three- and four-part names are one person, not split at a particle or a second
    surname."""
    ids = {a.id for _, r in (run("bogota_protest"), run("gulf_talks")) for a in r.actors}
    assert {
        "María Fernanda Castaño Ruiz",
        "Gustavo Andrés Pardo Restrepo",
        "Badr bin Hamad al-Harthi",
        "Faisal bin Khalid Al Saud",
    } <= ids
    assert not ids & {"Castaño Ruiz", "Fernanda Castaño", "Khalid Al Saud", "Hamad al-Harthi"}
