"""Regression tests on three invented wire stories from beats the earlier sets lack
(tests/fixtures/actors_unseen26: a Reuters story on a U.S. Supreme Court argument, with the
chief justice, justices by surname, the solicitor general, an ACLU lawyer and "Sotomayor-
Reyes asked"; a Reuters story on a drug recall, with the FDA and "the agency", a drugmaker
and its spokeswoman, an Indian regulator, "the Underwood family said" and an analyst; a
Reuters story on a German coalition crisis, with the chancellor, the SPD, CDU, CSU, Greens
and AfD, "Party sources" and the president's office). They pin only what the parser gets
right and a reader would notice: key actors with roles and affiliations, short forms merged
into one actor, quote and statement speakers. Known defects on these articles are listed
in FINDINGS.md there, not asserted here; what round 26 fixed there is pinned too."""

from __future__ import annotations

from pathlib import Path

from article_checks import ORG, C, G, L, P, actor_table_tests, fixture_actors

from explorer.model import ActorKind

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen26"

run = fixture_actors(UNSEEN)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "washington_scotus_asylum": {
        "U.S. Supreme Court": (ORG, "United States", None),
        "United States": (C, None, None),
        "Mexico": (C, None, None),
        "John Roberts-Hale": (P, None, "chief justice"),
        "D. John Sauer-Platt": (P, None, "solicitor general"),
        "Sonia Sotomayor-Reyes": (P, None, "justice"),
        "Brett Kavanaugh-Dunn": (P, None, "justice"),
        "Amy Coney Barrett-Lowe": (P, None, "justice"),
        "American Civil Liberties Union": (ORG, None, None),
        "Department of Homeland Security": (ORG, "United States", None),
        "Tricia McLaughlin-Wade": (P, "Department of Homeland Security", "spokeswoman"),
        "Claudia Sheinbaum-Pardo": (P, "Mexico", "president"),
        "Mexican Foreign Ministry": (ORG, "Mexico", None),
        "Steve Vladeck-Orr": (P, "Georgetown University Law Center", "professor"),
        "justices": (G, None, None),
        "demonstrators": (G, None, None),
        "Reynosa": (L, None, None),
    },
    "newjersey_heart_drug_recall": {
        "Food and Drug Administration": (ORG, "United States", None),
        "Halvern Pharmaceuticals": (ORG, None, None),
        "India": (C, None, None),
        "Sunvera Labs": (ORG, None, None),
        "Central Drugs Standard Control Organisation": (ORG, "India", None),
        "Karen Lindqvist-Roe": (P, "Halvern Pharmaceuticals", "chief executive"),
        "Peter Stein-Vail": (P, "Food and Drug Administration", "director"),
        "Marty Makary-Bell": (P, "Food and Drug Administration", "commissioner"),
        "Dana Whitcomb-Lee": (P, "Halvern Pharmaceuticals", "spokeswoman"),
        "David Risinger-Moss": (P, "Leerink Partners", "analyst"),
        "Hunter Shkolnik-Rae": (P, None, "attorney"),
        "Elizabeth Warren-Doyle": (P, None, "senator"),
        "the Underwood family": (G, None, None),
        "Ray Underwood-Fisk": (P, None, None),
        "Hyderabad": (L, None, None),
    },
    "berlin_coalition_crisis": {
        "Germany": (C, None, None),
        "France": (C, None, None),
        "Social Democratic Party of Germany": (ORG, "Germany", None),
        "Christian Democratic Union": (ORG, "Germany", None),
        "Christian Social Union": (ORG, "Germany", None),
        "Alternative for Germany": (ORG, "Germany", None),
        "Greens": (ORG, None, None),
        "Friedrich Merz-Adler": (P, "Germany", "chancellor"),
        "Lars Klingbeil-Brunner": (P, "Social Democratic Party of Germany", "co-leader"),
        "Franziska Brantner-Ott": (P, "Greens", "co-leader"),
        "Alice Weidel-Kranz": (P, "Alternative for Germany", "co-leader"),
        "Frank-Walter Steinmeier-Lenz": (P, "Germany", "president"),
        "Emmanuel Macron-Duval": (P, "France", "president"),
        "Joerg Kraemer-Witt": (P, "Commerzbank", "chief economist"),
        "Carsten Linnemann-Kroll": (P, "Christian Democratic Union", "general secretary"),
        "European Commission": (ORG, "European Union", None),
        "Brussels": (L, None, None),
    },
}

# name -> [(surface, actor id it must link to, every time)]
MERGES: dict[str, list[tuple[str, str]]] = {
    "washington_scotus_asylum": [
        ("Roberts-Hale", "John Roberts-Hale"),
        ("Sauer-Platt", "D. John Sauer-Platt"),
        ("Sotomayor-Reyes", "Sonia Sotomayor-Reyes"),
        ("ACLU", "American Civil Liberties Union"),
        ("DHS", "Department of Homeland Security"),
        ("Mexican", "Mexico"),
    ],
    "newjersey_heart_drug_recall": [
        ("FDA", "Food and Drug Administration"),
        ("The agency", "Food and Drug Administration"),
        ("The company", "Halvern Pharmaceuticals"),
        ("Shkolnik-Rae", "Hunter Shkolnik-Rae"),
        ("U.S.", "United States"),
    ],
    "berlin_coalition_crisis": [
        ("Merz-Adler", "Friedrich Merz-Adler"),
        ("SPD", "Social Democratic Party of Germany"),
        ("Social Democrats", "Social Democratic Party of Germany"),
        ("CDU", "Christian Democratic Union"),
        ("AfD", "Alternative for Germany"),
    ],
}

# name -> [(start of a quote, its speaker or None)]
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "washington_scotus_asylum": [
        ('"Congress wrote this', "John Roberts-Hale"),
        ('"a fair point"', "John Roberts-Hale"),
        ('"The executive branch', "D. John Sauer-Platt"),
        ('"You are telling me', "Sonia Sotomayor-Reyes"),
        ("\"The government's position", "Lee Gelernt-Marsh"),
        ('"confident the court', "Tricia McLaughlin-Wade"),
        ('"protect the dignity', "Claudia Sheinbaum-Pardo"),
        ('"We came here', "Maria Lopez-Cruz"),
        ('"They should hear us."', "Maria Lopez-Cruz"),
        ('"I count five votes', "Steve Vladeck-Orr"),
    ],
    "newjersey_heart_drug_recall": [
        ('"Patient safety', "Karen Lindqvist-Roe"),
        ('"Stopping a blood-pressure', "Peter Stein-Vail"),
        ('"We trusted the pill', "the Underwood family"),
        ('"They had the warnings', "Hunter Shkolnik-Rae"),
        ('"They chose to keep', "Hunter Shkolnik-Rae"),
        ('"We cannot be everywhere', "Marty Makary-Bell"),
        ('"Cardivex is about', "David Risinger-Moss"),
    ],
    "berlin_coalition_crisis": [
        ('"This government has', "Friedrich Merz-Adler"),
        ('"We did not enter', "Lars Klingbeil-Brunner"),
        ('"The SPD must decide', "Carsten Linnemann-Kroll"),
        ('"Germany needs a government', "Franziska Brantner-Ott"),
        ('"lost control"', "Alice Weidel-Kranz"),
        ('"Markets can live', "Joerg Kraemer-Witt"),
        ('"our German friends"', "Emmanuel Macron-Duval"),
    ],
}

# name -> [(start of a sentence, its first speakers)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "washington_scotus_asylum": [
        ("He added that the administration", ["John Roberts-Hale"]),
        ("The solicitor general said", ["D. John Sauer-Platt"]),
        ("Sotomayor-Reyes asked.", ["Sonia Sotomayor-Reyes"]),
        ("She said the record", ["Sonia Sotomayor-Reyes"]),
        ("Justice Brett", ["Brett Kavanaugh-Dunn"]),
        ("Lee Gelernt-Marsh, a lawyer", ["Lee Gelernt-Marsh"]),
        ("The ACLU said", ["American Civil Liberties Union"]),
        ("The Department of Homeland", ["Department of Homeland Security"]),
        ("Mexico's foreign ministry", ["Mexican Foreign Ministry"]),
        ("Legal experts said", ["experts"]),
    ],
    "newjersey_heart_drug_recall": [
        ("She said the company", ["Karen Lindqvist-Roe"]),
        ("The FDA said", ["Food and Drug Administration"]),
        ("The agency said", ["Food and Drug Administration"]),
        ("Sunvera Labs said", ["Sunvera Labs"]),
        ("The Underwood family of Toledo", ["the Underwood family"]),
        ("The company said it stood", ["Halvern Pharmaceuticals"]),
        ("The commissioner said", ["Marty Makary-Bell"]),
        ("Analysts at Leerink", ["Leerink Partners analysts"]),
    ],
    "berlin_coalition_crisis": [
        ("He said he was ready", ["Friedrich Merz-Adler"]),
        ("SPD co-leader", ["Lars Klingbeil-Brunner"]),
        ("The SPD leader said", ["Lars Klingbeil-Brunner"]),
        ("The CDU's Bavarian", ["Christian Social Union"]),
        ("The opposition Greens said", ["Greens"]),
        ("His office said", ["Frank-Walter Steinmeier-Lenz"]),
        ("The Federal Statistics Office", ["Federal Statistics Office"]),
        ("Economists at Commerzbank", ["Commerzbank economists"]),
        ("In Brussels, a European", ["a European Commission spokesman"]),
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
