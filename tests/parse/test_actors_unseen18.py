"""Regression tests on four invented wire stories from beats the earlier sets lack
(tests/fixtures/actors_unseen18: a Reuters story on South Africa's Public Protector finding
against a provincial premier, with the ANC, the EFF, "the premier said" and "Its executive
director, X,"; an AP Champions League report, with "The Italian, who ..., said", "the
Belgian said", "The Dutchman said", "the Turk said" and "the midfielder said"; a Reuters
story on a South Korean chaebol raid, with "The group said", "FSS Governor X" and a group
of lawmakers; a Reuters story on Argentina's central bank and a general strike, with "the
minister said", "CGT co-leader X" and "Brazil's central bank ... said"). They pin only what
the parser gets right and a reader would notice: key actors with roles and affiliations,
short forms merged into one actor, quote and statement speakers. Known defects on these
articles are listed in FINDINGS.md there, not asserted here."""

from __future__ import annotations

from pathlib import Path

from article_checks import ORG, C, P, actor_table_tests, fixture_actors

from explorer.model import ActorKind

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen18"

run = fixture_actors(UNSEEN)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "pretoria_protector": {
        "Lesego Mabaso-Venter": (P, None, "premier"),
        "Nomsa Dlamini-Okafor": (P, None, "public protector"),
        "African National Congress": (ORG, None, None),
        "Economic Freedom Fighters": (ORG, None, None),
        "Julius Ngcobo-Pillay": (P, "Economic Freedom Fighters", "leader"),
        "Democratic Alliance": (ORG, None, None),
        # "The ANC said ... Party Secretary-General X" (round 19)
        "Fikile Mbeki-Sithole": (P, "African National Congress", "secretary-general"),
        "Cyril Ramaphosa-Ndlovu": (P, None, "president"),
        "Thabo Reddy-Nkosi": (P, None, "spokesman"),
        "Susan Booysen-Khumalo": (P, "University of the Witwatersrand", "analyst"),
        "South Africa": (C, None, None),
    },
    "champions_league_night": {
        "Kylian Mbappe-Laurent": (P, None, None),
        "Carlo Ancelotti-Russo": (P, "Real Madrid", "coach"),  # "Madrid coach X" (round 19)
        "Vincent Kompany-Duval": (P, "Bayern Munich", "coach"),
        "Okan Buruk-Demir": (P, "Galatasaray", "coach"),
        "Jan-Christian Dreesen-Koch": (P, "Bayern Munich", "chief executive"),
        "Bayern Munich": (ORG, None, None),
        "Real Madrid": (ORG, None, None),
        "UEFA": (ORG, None, None),
        "Arne Slot-Meijer": (P, None, None),
        "Joshua Kimmich-Bauer": (P, None, None),
    },
    "seoul_chaebol_raid": {
        "Hanjin-Daeho Group": (ORG, None, None),
        "Park Jae-won": (P, None, "chairman"),
        "Financial Supervisory Service": (ORG, None, None),
        "Hanjin-Daeho Construction": (ORG, None, None),
        "Samil-Lee Accounting": (ORG, None, None),
        "Jung Sung-ho-Baek": (P, None, "justice minister"),
        "Kweon Seong-dong-Ahn": (P, None, "floor leader"),
        "Choi Dong-hwan-Seo": (P, None, "lawyer"),
        "Korea Chamber of Commerce and Industry": (ORG, None, None),
        "People Power Party": (ORG, None, None),
        "South Korea": (C, None, None),
    },
    "buenos_aires_peso": {
        "Argentina": (C, None, None),
        "Luis Caputo-Arenas": (P, "Argentina", "economy minister"),
        "Santiago Bausili-Ferrer": (P, "Central Bank of Argentina", "president"),
        "General Confederation of Labour": (ORG, None, None),
        "International Monetary Fund": (ORG, None, None),
        "Julie Kozack-Bryant": (P, "International Monetary Fund", "spokeswoman"),
        "Javier Milei-Sosa": (P, None, "president"),
        "Sergio Armella-Quiroga": (P, "Goldman Sachs", "economist"),
        "Marina Dal Poggetto-Ruiz": (P, "EcoGo", "director"),
        "Martin Rappallini-Vega": (P, "Argentine Industrial Union", "president"),
        "Central Bank of Brazil": (ORG, "Brazil", None),
    },
}

# name -> [(surface, actor id it must link to, every time)]
MERGES: dict[str, list[tuple[str, str]]] = {
    "pretoria_protector": [
        ("ANC", "African National Congress"),
        ("EFF", "Economic Freedom Fighters"),
        ("Mabaso-Venter", "Lesego Mabaso-Venter"),
        ("Singh-Botha", "Karam Singh-Botha"),
        ("Public Protector", "Nomsa Dlamini-Okafor"),  # the lead's (round 19)
    ],
    "champions_league_night": [
        ("Mbappe-Laurent", "Kylian Mbappe-Laurent"),
        ("Frenchman", "Kylian Mbappe-Laurent"),
        ("Italian", "Carlo Ancelotti-Russo"),
        ("Belgian", "Vincent Kompany-Duval"),
        ("Dutchman", "Arne Slot-Meijer"),
        ("Turk", "Okan Buruk-Demir"),
        ("Bayern", "Bayern Munich"),
    ],
    "seoul_chaebol_raid": [
        ("FSS", "Financial Supervisory Service"),
        ("RKP", "Rebuilding Korea Party"),
        ("Korea", "South Korea"),  # "Korea's family-run business groups" (round 19)
        ("The prosecution official", "a prosecution official"),  # (round 19)
        ("Choi", "Choi Dong-hwan-Seo"),
    ],
    "buenos_aires_peso": [
        ("IMF", "International Monetary Fund"),
        ("CGT", "General Confederation of Labour"),
        ("UIA", "Argentine Industrial Union"),
        ("Bausili-Ferrer", "Santiago Bausili-Ferrer"),
    ],
}

# name -> [(start of a quote, its speaker or None)]
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "pretoria_protector": [
        ('"I have full confidence', "Lesego Mabaso-Venter"),
        ('"riddled with errors"', "Thabo Reddy-Nkosi"),
        ('"We will not protect anyone', "Fikile Mbeki-Sithole"),
        ('"Where there is wrongdoing', "Cyril Ramaphosa-Ndlovu"),
        ('"This is what the office', "Karam Singh-Botha"),
        ("\"The premier's allies", "Susan Booysen-Khumalo"),
    ],
    "champions_league_night": [
        ('"We suffered', "Carlo Ancelotti-Russo"),
        ('"frank"', "Carlo Ancelotti-Russo"),
        ('"I told them', "Carlo Ancelotti-Russo"),
        ('"It was a clear foul.', "Vincent Kompany-Duval"),
        ('"We made two mistakes', "Joshua Kimmich-Bauer"),
        ('"I feel very good', "Kylian Mbappe-Laurent"),
        ('"still in our hands"', "Arne Slot-Meijer"),
        ('"Liverpool did not need', "Okan Buruk-Demir"),
        ('"We trust the process,"', "Jan-Christian Dreesen-Koch"),
    ],
    "seoul_chaebol_raid": [
        ('"The chairman has never', "Hanjin-Daeho Group"),
        ('"Minority shareholders', "Lee Bok-hyun-Cho"),
        ('"follow the evidence', "Jung Sung-ho-Baek"),
        ('"A board that cannot', "Kim Min-ji-Yoon"),
        ('"The accounting records', "Choi Dong-hwan-Seo"),
        ('"We support punishing', "Kweon Seong-dong-Ahn"),
        ('"act with restraint"', "Korea Chamber of Commerce and Industry"),
    ],
    "buenos_aires_peso": [
        ('"We are not going', "Santiago Bausili-Ferrer"),
        ('"There is no plan B.', "Luis Caputo-Arenas"),
        ('"They promised', "Hector Daer-Molina"),
        ('"The unions want', "Javier Milei-Sosa"),
        ('"Many will simply close,"', "Martin Rappallini-Vega"),
        ('"blue"', None),
        ('"the swift policy response"', "Julie Kozack-Bryant"),  # round 19
        ('"anchor expectations"', "Central Bank of Argentina"),  # round 19: "The bank said"
    ],
}

# name -> [(start of a sentence, its first speakers)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "pretoria_protector": [
        ("The ANC said its integrity", ["African National Congress"]),
        ("Its executive director", ["Karam Singh-Botha"]),
        ("Public Protector Nomsa", ["Nomsa Dlamini-Okafor"]),
        ("A spokeswoman for Ikageng", ["Ikageng Build Holdings"]),
    ],
    "champions_league_night": [
        ("The Italian, who has won", ["Carlo Ancelotti-Russo"]),
        ("Bayern coach Vincent", ["Vincent Kompany-Duval"]),  # "..., which he said ..."
        ("The Dutchman said", ["Arne Slot-Meijer"]),
        ("A UEFA spokesman said", ["UEFA"]),
    ],
    "seoul_chaebol_raid": [
        ("The group said it was cooperating", ["Hanjin-Daeho Group"]),
        ("FSS Governor", ["Lee Bok-hyun-Cho"]),
    ],
    "buenos_aires_peso": [
        ("Brazil's central bank", ["Central Bank of Brazil"]),
        ("The bank said in a statement", ["Central Bank of Argentina"]),  # round 19
        ("He said the peso's fall", ["Luis Caputo-Arenas"]),
        ("A spokesman for Brazil's Finance Ministry", ["Finance Ministry"]),
    ],
}

NAMES = sorted(ACTORS)


(
    test_all_articles_listed,
    test_key_actors,
    test_merges,
    test_quote_speakers,
    test_sentence_speakers,
) = actor_table_tests(UNSEEN, run, ACTORS, MERGES, QUOTES, SPEAKERS)
