"""Regression tests on three invented wire stories from beats the earlier sets lack
(tests/fixtures/actors_unseen25: a Reuters story on a football transfer saga, with two
clubs, a club president, a coach, an agent, "a PSG source" and "the club said"; a Reuters
story on an EU-China dispute over electric-vehicle duties, with the European Commission,
China's commerce ministry, a trade commissioner, a carmakers' association and "The chamber
said"; a Reuters story on Polish farmers blocking the Ukrainian border, with a prime
minister, two presidents, a farmers' union and "a Commission spokesperson"). They pin only
what the parser gets right and a reader would notice: key actors with roles and
affiliations, short forms merged into one actor, quote and statement speakers. Known defects
on these articles are listed in FINDINGS.md there, not asserted here; what round 25 fixed
there is pinned too."""

from __future__ import annotations

from pathlib import Path

from article_checks import ORG, C, G, L, P, actor_table_tests, fixture_actors

from explorer.model import ActorKind

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen25"

run = fixture_actors(UNSEEN)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "madrid_transfer_saga": {
        "Real Madrid": (ORG, None, None),
        "Benfica": (ORG, None, None),
        "Paris Saint-Germain": (ORG, None, None),
        "Portugal": (C, None, None),
        "Joao Neves-Carvalho": (P, None, "midfielder"),
        "Rui Costa-Mendes": (P, "Benfica", "president"),
        "Xabi Alonso-Garate": (P, "Real Madrid", "coach"),
        "Roberto Martinez-Vidal": (P, "Portugal", "coach"),
        "Jorge Mendes-Lobo": (P, None, "agent"),
        "Portuguese Football Federation": (ORG, "Portugal", None),
        "Diabos Vermelhos": (ORG, None, None),
        "La Liga": (ORG, "Spain", None),
        "Javier Tebas-Marin": (P, "La Liga", "president"),
        "Lisbon": (L, None, None),
    },
    "brussels_china_ev_duties": {
        "China": (C, None, None),
        "France": (C, None, None),
        "Germany": (C, None, None),
        "European Union": (ORG, None, None),
        "European Commission": (ORG, "European Union", None),
        "Chinese Commerce Ministry": (ORG, "China", None),
        "Valdis Dombrovskis-Ozols": (P, "European Union", "trade commissioner"),
        "German Association of the Automotive Industry": (ORG, "Germany", None),
        "Hildegard Mueller-Stein": (P, "German Association of the Automotive Industry", None),
        "Sophie Primas-Leclerc": (P, "France", "trade minister"),
        "Olaf Scholz-Brandt": (P, None, "chancellor"),
        "BYD": (ORG, None, None),
        "China Chamber of Commerce": (ORG, None, None),
        "Florent Morillon-Gay": (P, "BNIC", "director"),
        "Noah Barkin-Ross": (P, "Rhodium Group", "adviser"),
        "EU officials": (G, "European Union", None),
    },
    "warsaw_farmers_blockade": {
        "Poland": (C, None, None),
        "Ukraine": (C, None, None),
        "farmers": (G, None, None),
        "police": (G, None, None),
        "Donald Tusk-Wilk": (P, "Poland", "prime minister"),
        "Czeslaw Siekierski-Bor": (P, "Poland", "agriculture minister"),
        "Volodymyr Zelenskiy-Hrytsenko": (P, "Ukraine", "president"),
        "Andrzej Duda-Sowa": (P, "Poland", "president"),
        "European Commission": (ORG, None, None),
        "Tomasz Obszanski-Gral": (P, "Solidarity", "leader"),
        "Marek": (P, None, "farmer"),
        "Vasyl Zvarych-Lenko": (P, "Ukraine", "ambassador"),
        "border guards": (G, None, None),
        "Medyka": (L, None, None),
    },
}

# name -> [(surface, actor id it must link to, every time)]
MERGES: dict[str, list[tuple[str, str]]] = {
    "madrid_transfer_saga": [
        ("Neves-Carvalho", "Joao Neves-Carvalho"),
        ("The 24-year-old", "Joao Neves-Carvalho"),
        ("Costa-Mendes", "Rui Costa-Mendes"),
        ("PSG", "Paris Saint-Germain"),
        ("Spaniard", "Roberto Martinez-Vidal"),
    ],
    "brussels_china_ev_duties": [
        ("VDA", "German Association of the Automotive Industry"),
        ("Berlin", "Germany"),
        ("EU", "European Union"),
        ("The chamber", "China Chamber of Commerce"),
    ],
    "warsaw_farmers_blockade": [
        ("Tusk-Wilk", "Donald Tusk-Wilk"),
        ("Zelenskiy-Hrytsenko", "Volodymyr Zelenskiy-Hrytsenko"),
        ("Polish", "Poland"),
        ("Ukrainian", "Ukraine"),
    ],
}

# name -> [(start of a quote, its speaker or None)]
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "madrid_transfer_saga": [
        ('"Real Madrid C.F. and', "Real Madrid"),
        ('"We did not want', "Rui Costa-Mendes"),
        ('"He sees the game', "Xabi Alonso-Garate"),
        ('"We have our limits', "source"),
        ('"Joao grew up', "Jorge Mendes-Lobo"),
        ('"ready for the biggest', "Roberto Martinez-Vidal"),
        ('"long but always', "Jorge Mendes-Lobo"),
        ('"They are selling', "Diabos Vermelhos"),
        ('"I will always be', "Joao Neves-Carvalho"),
    ],
    "brussels_china_ev_duties": [
        ('"The Commission remains', "European Commission"),
        ('"unfair, non-compliant', "China"),
        ('"We are not closing', "Valdis Dombrovskis-Ozols"),
        ('"a step backwards', "German Association of the Automotive Industry"),
        ('"unfair competition"', "Sophie Primas-Leclerc"),
        ('"deeply disappointed"', "China Chamber of Commerce"),
        ('"worrying signal"', "China Chamber of Commerce"),
        ('"We are collateral', "Florent Morillon-Gay"),
        ('"Neither Brussels', "Noah Barkin-Ross"),
    ],
    "warsaw_farmers_blockade": [
        ('"I understand their anger', "Donald Tusk-Wilk"),
        ('"a test of solidarity"', "Volodymyr Zelenskiy-Hrytsenko"),
        ('"This is not about grain', "Volodymyr Zelenskiy-Hrytsenko"),
        ('"We are not against', "Tomasz Obszanski-Gral"),
        ('"Unilateral measures', "European Commission"),
        ('"We are doing this', "Marek"),
    ],
}

# name -> [(start of a sentence, its first speakers)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "madrid_transfer_saga": [
        ("The 24-year-old will sign", ["Real Madrid"]),
        ("Benfica president Rui", ["Rui Costa-Mendes"]),
        ("He said part of the fee", ["Rui Costa-Mendes"]),
        ("A PSG source said", ["source"]),
        ("The player's agent", ["Jorge Mendes-Lobo"]),
        ("The Portuguese agent said", ["Jorge Mendes-Lobo"]),
        ("The Portuguese Football Federation", ["Portuguese Football Federation"]),
        ("La Liga said", ["La Liga"]),
        ("Analysts at Deloitte", ["Deloitte analysts"]),
    ],
    "brussels_china_ev_duties": [
        ("The European Commission, which", ["European Commission"]),
        ("Ten countries voted", ["EU officials"]),
        ("The spokesperson said", ["European Commission"]),
        ("Beijing said the duties", ["China"]),
        ("EU Trade Commissioner", ["Valdis Dombrovskis-Ozols"]),
        ("Its president, Hildegard", ["Hildegard Mueller-Stein"]),
        ("French Trade Minister", ["Sophie Primas-Leclerc"]),
        ("Chinese carmaker BYD", ["BYD"]),
        ("The China Chamber of Commerce", ["China Chamber of Commerce"]),
        ("The chamber said", ["China Chamber of Commerce"]),
        ("The French cognac", ["BNIC"]),
    ],
    "warsaw_farmers_blockade": [
        ("Police said about", ["police"]),
        ("Border guards said", ["border guards"]),
        ("Prime Minister Donald", ["Donald Tusk-Wilk"]),
        ("Agriculture Minister", ["Czeslaw Siekierski-Bor"]),
        ("The minister said", ["Czeslaw Siekierski-Bor"]),
        ("He said Russia", ["Volodymyr Zelenskiy-Hrytsenko"]),
        ("Kyiv's ambassador", ["Vasyl Zvarych-Lenko"]),
        ("Ukraine's agriculture ministry", ["Ukrainian Agriculture Ministry"]),
        ("President Andrzej", ["Andrzej Duda-Sowa"]),
        ("The European Commission said", ["European Commission"]),
        ("He said prices", ["Marek"]),
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
