"""The actor engine's data: country names and adjectives, titles, generic groups and
well-known organisations, checked on invented sentences and by walking the data."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_checks import ORG, C, G, P

from explorer.model import ActorKind
from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.actors.countries import _plural, countries, not_names
from explorer.parse.actors.lexicon import build_lexicon, norm_key
from explorer.parse.segment import segment


def run(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


def ids(text: str) -> set[str]:
    return {a.id for a in run(text).actors}


def mentions(text: str) -> dict[str, str]:
    """Surface text -> actor id of every mention."""
    return {m.text: m.actor_id for m in run(text).mentions}


# -- ordinary words are no country names ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("Island nations staged a walkout at the ocean conference.", "Iceland"),
        ("Ferries linking Long Island and Staten Island were cancelled.", "Iceland"),
        ("Fishermen near Thitu Island reported a standoff.", "Iceland"),
        ("The Pacific Small Island States asked for a loss fund.", "United States"),
        ("The Family Reunion tour sold out in an hour.", "Réunion"),
        ("The Valley Fire forced thousands to flee.", "The Valley"),
        ("Dominique Laurent said the budget would pass.", "Dominica"),
        ("Nippon Steel said it would cut output.", "Japan"),
    ],
)
def test_an_ordinary_word_is_no_country(text: str, not_expected: str) -> None:
    assert not_expected not in ids(text)


def test_countries_still_found_by_their_usual_names() -> None:
    found = ids("Iceland, the United States and the States of Jersey met in Reykjavik.")
    assert {"Iceland", "United States", "Jersey"} <= found


def test_no_one_word_alias_or_capital_is_a_vocabulary_word() -> None:
    banned = not_names()
    for c in countries():
        for name in (*c.aliases, *c.demonyms, *([c.capital] if c.capital else [])):
            key = norm_key(name)
            assert " " in key or key not in banned, (c.name, name)


# Country names that are English words too, but the country is meant when capitalised.
_COUNTRY_WORDS = {
    "china",
    "chile",
    "japan",
    "turkey",
    "chad",
    "guinea",
    "jersey",
    "french",
    "polish",
    "afghan",
    "afghans",
    "morocco",
    "us",
}


@pytest.mark.skipif(
    not Path("/usr/share/dict/words").exists(), reason="no English word list on this machine"
)
def test_no_country_alias_is_a_common_english_word() -> None:
    """Every one-word key of a country, checked against the system's English word list
    (its lower-case entries: common words, not names). (Capitals such as "Wellington" and
    "Cayenne" are capitalised words too, but name the city when capitalised.)"""
    lines = Path("/usr/share/dict/words").read_text(encoding="utf-8").splitlines()
    common = {w for w in lines if w[:1].islower()}
    lex = build_lexicon()
    bad = sorted(
        key
        for key, entry in lex.entries.items()
        if " " not in key
        and key in common
        and key not in _COUNTRY_WORDS
        and entry.kind is C
        and entry.exact is None
    )
    assert bad == []


# -- demonyms --------------------------------------------------------------------------


def test_plural_of_a_plural_demonym_is_not_made() -> None:
    assert _plural("Germans") == ""
    assert _plural("Kenyan") == "Kenyans"
    assert _plural("South African") == "South Africans"
    assert _plural("Greenlandic") == ""
    lex = build_lexicon()
    for country in ("Germany", "United States", "India"):
        assert not any(a.endswith("ss") for a in lex.aliases[country]), country
    assert "Germans" in lex.aliases["Germany"]


def test_no_demonym_is_malformed() -> None:
    for c in countries():
        for d in c.demonyms:
            assert "," not in d, (c.name, d)
            assert not d.endswith("ss") or d == "Swiss", (c.name, d)


def test_every_demonym_names_its_country_or_a_larger_one() -> None:
    """Walks every country's adjective and people forms: each finds that country, or a
    country that the curated data gives it or that is more populous ("Chinese" is China,
    not Hong Kong)."""
    lex = build_lexicon()
    by_name = {c.name: c for c in countries()}
    for c in countries():
        for d in c.demonyms:
            entry = lex.lookup(d)
            assert entry is not None and entry.kind is C, (c.name, d)
            if entry.id != c.name:
                owner = by_name[entry.id]
                assert d in owner.demonyms, (c.name, d, entry.id)
                assert d in owner.curated_demonyms or owner.population >= c.population


# Countries without a demonym of their own: "Dominican" is shared (Dominica, the order).
_NO_ADJECTIVE = {"Dominican Republic", "Republic of the Congo"}


def test_every_populous_country_has_an_adjective() -> None:
    lex = build_lexicon()
    for c in countries():
        if c.population < 1_000_000 or c.name in _NO_ADJECTIVE:
            continue
        own = [d for d in c.demonyms if (e := lex.lookup(d)) is not None and e.id == c.name]
        assert own, c.name


@pytest.mark.parametrize(
    ("adjective", "country"),
    [
        ("Philippine", "Philippines"),
        ("Filipino", "Philippines"),
        ("Emirati", "United Arab Emirates"),
        ("Saudi", "Saudi Arabia"),
        ("Congolese", "Democratic Republic of the Congo"),
        ("Argentine", "Argentina"),
        ("Ecuadorian", "Ecuador"),
        ("Kazakh", "Kazakhstan"),
        ("Uzbek", "Uzbekistan"),
        ("Tajik", "Tajikistan"),
        ("Kyrgyz", "Kyrgyzstan"),
        ("Azeri", "Azerbaijan"),
        ("Nepali", "Nepal"),
        ("Icelandic", "Iceland"),
        ("Serb", "Serbia"),
        ("Croat", "Croatia"),
        ("Spaniards", "Spain"),
        ("Swedes", "Sweden"),
        ("Danes", "Denmark"),
        ("Maldivian", "Maldives"),
        ("Djiboutian", "Djibouti"),
        ("Guinean", "Guinea"),
        ("Samoan", "Samoa"),
        ("Bosnian", "Bosnia and Herzegovina"),
        ("Antiguan", "Antigua and Barbuda"),
        ("South Africans", "South Africa"),
        ("New Zealanders", "New Zealand"),
        ("Sri Lankans", "Sri Lanka"),
        ("Thai", "Thailand"),
        ("Togolese", "Togo"),
    ],
)
def test_common_adjective_forms(adjective: str, country: str) -> None:
    entry = build_lexicon().lookup(adjective)
    assert entry is not None and (entry.id, entry.kind) == (country, C)


def test_philippine_adjective_in_a_sentence() -> None:
    text = "The Philippine coast guard said a second vessel had been rammed."
    assert mentions(text).get("Philippine") == "Philippines"


# -- the two Congos --------------------------------------------------------------------


def test_democratic_republic_of_congo_in_its_usual_forms() -> None:
    drc = "Democratic Republic of the Congo"
    text = (
        "Aid trucks reached the Democratic Republic of Congo on Monday. DR Congo's health "
        "minister said the DRC would need more vaccines. Congolese doctors in Congo's Ituri "
        "province agreed."
    )
    found = mentions(text)
    for surface in ("Democratic Republic of Congo", "DR Congo", "DRC", "Congolese", "Congo"):
        assert found.get(surface) == drc, surface
    assert "Republic of the Congo" not in ids(text)


def test_republic_of_the_congo_by_its_own_names() -> None:
    text = "Fuel ran short in the Republic of Congo, and Congo-Brazzaville asked Angola for help."
    found = mentions(text)
    assert found.get("Republic of Congo") == "Republic of the Congo"
    assert found.get("Congo-Brazzaville") == "Republic of the Congo"


# -- titles ----------------------------------------------------------------------------


def person(text: str, name: str) -> tuple[ActorKind, str | None]:
    found = {a.id: a for a in run(text).actors}
    assert name in found, sorted(found)
    return found[name].kind, found[name].role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Chief Financial Officer Tomas Birk said margins fell.",
            "Tomas Birk",
            "chief financial officer",
        ),
        (
            "Chief Operating Officer Jane Doe said sales rose.",
            "Jane Doe",
            "chief operating officer",
        ),
        ("Chief Executive Officer Amara Lind resigned on Monday.", "Amara Lind", "chief executive"),
        ("The firm's CFO Ann Roe said costs rose.", "Ann Roe", "chief financial officer"),
        (
            "Prosecutor General Ilse Varga said charges would follow.",
            "Ilse Varga",
            "prosecutor general",
        ),
        (
            "Hana Obi, chief economist at Tellus Bank, said rates would fall.",
            "Hana Obi",
            "chief economist",
        ),
        (
            "Omar Farid, the executive secretary of the commission, said talks would resume.",
            "Omar Farid",
            "executive secretary",
        ),
        (
            "Chief Cabinet Secretary Ken Ito told reporters the talks had failed.",
            "Ken Ito",
            "chief cabinet secretary",
        ),
        (
            "Inspector General of Police Amos Tembo said arrests were made.",
            "Amos Tembo",
            "inspector general of police",
        ),
        ("Board chairperson Ruth Banda said the vote was fair.", "Ruth Banda", "chairperson"),
        (
            "Its general counsel, Mira Kohl, said the company would appeal.",
            "Mira Kohl",
            "general counsel",
        ),
        (
            "Lena Fox, a policy adviser at the institute, said the plan was weak.",
            "Lena Fox",
            "policy adviser",
        ),
        ("Regional Director Paulo Reis said aid was delayed.", "Paulo Reis", "regional director"),
        (
            "The agency's emergency coordinator Tom Eck said the camp was full.",
            "Tom Eck",
            "emergency coordinator",
        ),
        ("Director General Sara Lund said the agency was ready.", "Sara Lund", "director-general"),
        ("Commodore Felix Baro said the frigate was damaged.", "Felix Baro", "commodore"),
        ("Seismologist Ana Ruiz said more shocks were likely.", "Ana Ruiz", "seismologist"),
        (
            "Police Commissioner Dan Okoro said the road was closed.",
            "Dan Okoro",
            "police commissioner",
        ),
    ],
)
def test_compound_titles_are_one_title(text: str, name: str, role: str) -> None:
    """A title of several words is one role, and none of its words joins the name."""
    assert person(text, name) == (P, role)


# -- generic groups --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Economists polled by the newspaper expected a cut on Tuesday.", "economists"),
        ("Epidemiologists said the virus was spreading fast.", "epidemiologists"),
        ("Seismologists warned of aftershocks after the quake.", "seismologists"),
        ("Investors sold shares as the currency slid.", "investors"),
        ("Firefighters said the blaze was under control.", "firefighters"),
        ("Supporters of the mayor cheered outside the court.", "supporters"),
    ],
)
def test_professions_in_the_plural_are_generic_groups(text: str, group: str) -> None:
    found = {a.id: a.kind for a in run(text).actors}
    assert found.get(group) is G, found
    assert group.capitalize() not in found  # (no person named "Economists")


def test_a_group_is_the_speaker() -> None:
    r = run("Economists said the central bank would wait until June.")
    assert [a.speaker_id for a in r.attributions] == ["economists"]


# -- well-known organisations ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surfaces", "org", "affiliation"),
    [
        (
            "The U.S. Federal Trade Commission opened an inquiry. The FTC said it would "
            "report in May, and a Federal Trade Commission lawyer agreed.",
            ["U.S. Federal Trade Commission", "FTC", "Federal Trade Commission"],
            "Federal Trade Commission",
            "United States",
        ),
        (
            "The Reserve Bank of India left rates unchanged. The RBI said prices were stable.",
            ["Reserve Bank of India", "RBI"],
            "Reserve Bank of India",
            "India",
        ),
        (
            "The quake was shallow, the U.S. Geological Survey said. The USGS put it at 6.2.",
            ["U.S. Geological Survey", "USGS"],
            "U.S. Geological Survey",
            "United States",
        ),
        (
            "Africa CDC sent a team to the border. The Africa Centres for Disease Control "
            "and Prevention said more would follow.",
            ["Africa CDC", "Africa Centres for Disease Control and Prevention"],
            "Africa CDC",
            "African Union",
        ),
        (
            "Ministers of the Southern African Development Community met in Gaborone. SADC "
            "said the vote was credible.",
            ["Southern African Development Community", "SADC"],
            "Southern African Development Community",
            None,
        ),
        (
            "Talks under the U.N. Framework Convention on Climate Change resumed. The "
            "UNFCCC said a draft was ready.",
            ["U.N. Framework Convention on Climate Change", "UNFCCC"],
            "UNFCCC",
            "United Nations",
        ),
        (
            "The International Federation of Red Cross and Red Crescent Societies appealed "
            "for funds. The IFRC said shelters were full.",
            ["International Federation of Red Cross and Red Crescent Societies", "IFRC"],
            "International Federation of Red Cross and Red Crescent Societies",
            None,
        ),
        (
            "The Alliance of Small Island States asked for more. AOSIS said the draft failed.",
            ["Alliance of Small Island States", "AOSIS"],
            "Alliance of Small Island States",
            None,
        ),
        (
            "The Bank of Japan held rates. The BOJ said wages were rising.",
            ["Bank of Japan", "BOJ"],
            "Bank of Japan",
            "Japan",
        ),
    ],
)
def test_well_known_organisations_merge_with_their_abbreviations(
    text: str, surfaces: list[str], org: str, affiliation: str | None
) -> None:
    r = run(text)
    found = {m.text: m.actor_id for m in r.mentions}
    for surface in surfaces:
        assert found.get(surface) == org, (surface, found)
    actor = next(a for a in r.actors if a.id == org)
    assert (actor.kind, actor.affiliation) == (ORG, affiliation)
    # No part of the name is an actor of its own ("Island" no Iceland, "Societies" no one).
    assert {a.id for a in r.actors} <= {org, affiliation, "Gaborone"}


def test_organisation_data_is_consistent() -> None:
    """Every affiliation names a known country or organisation, every name and alias is
    one the lexicon can match (a run of words, or a name with a comma it finds as written),
    and no two organisations share a name."""
    from explorer.parse.actors.data import load_toml
    from explorer.parse.actors.lexicon import build_lexicon

    as_written = set(build_lexicon().numbered)

    orgs = load_toml("organisations.toml")["organisation"]
    names = {o["name"] for o in orgs} | {c.name for c in countries()}
    owner: dict[str, str] = {}
    for o in orgs:
        assert o.get("affiliation") is None or o["affiliation"] in names, o["name"]
        for alias in (o["name"], *o.get("aliases", [])):
            assert "," not in alias or alias in as_written, alias
            key = norm_key(alias)
            assert owner.setdefault(key, o["name"]) == o["name"], (alias, owner[key])
    # The lexicon matches names as long as the longest ("... Red Crescent Societies").
    longest = max(len(k.split()) for k in owner)
    assert build_lexicon().max_tokens >= longest


def test_the_le_pens_lead_the_national_rally_not_france() -> None:
    # "The RN leader said" after Marine Le Pen went to the party's president named later
    from explorer.parse.actors import analyse_actors
    from explorer.parse.segment import segment

    text = (
        "Marine Le Pen's National Rally (RN) backed the motion. The RN leader said the "
        "government was finished. Jordan Bardella, the party's president, agreed."
    )
    result = analyse_actors(text, segment(text).sentences)
    le_pen = next(a for a in result.actors if a.id == "Marine Le Pen")
    assert le_pen.affiliation == "National Rally"
    said = [a.speaker_id for a in result.attributions if a.sentence_index == 1]
    assert said == ["Marine Le Pen"]
