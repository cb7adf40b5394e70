"""Regression tests on three invented wire stories from beats the earlier sets lack
(tests/fixtures/actors_unseen28: a Reuters story on a sovereign debt restructuring, with a
finance minister, the IMF's mission chief, bondholders, "according to Tradeweb data" and
"First Quantum Minerals, Zambia's biggest taxpayer, said"; a Reuters story on a university
research-fraud scandal, with the university's principal, a lawyer "of the Glasgow firm"
Harper Macleod, "UK Research and Innovation (UKRI)" and "Cancer Research UK"; a Reuters
story on a mayoral corruption inquiry datelined MILAN, with the mayor, prosecutors, party
leaders, "Builders warned" and "He said" after a governor apposed "of the League"). They pin
only what the parser gets right and a reader would notice: key actors with roles and
affiliations, short forms merged into one actor, quote and statement speakers. Known
defects on these articles are listed in FINDINGS.md there, not asserted here; what round
28 fixed there is pinned too."""

from __future__ import annotations

from pathlib import Path

from article_checks import ORG, C, G, L, P, actor_table_tests, fixture_actors

from explorer.model import ActorKind

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen28"

run = fixture_actors(UNSEEN)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "lusaka_debt_restructuring": {
        "Zambia": (C, None, None),
        "China": (C, None, None),
        "France": (C, None, None),
        "International Monetary Fund": (ORG, None, None),
        "Situmbeko Musokotwane-Phiri": (P, "Zambia", "finance minister"),
        "Hakainde Hichilema-Mwale": (P, "Zambia", "president"),
        "Allison Holland-Reyes": (P, "International Monetary Fund", None),
        "Kristalina Georgieva-Lind": (P, "International Monetary Fund", "managing director"),
        "Patriotic Front": (ORG, None, None),
        "Raphael Nakacinda-Lungu": (P, "Patriotic Front", "secretary-general"),
        "United Party for National Development": (ORG, None, None),
        "Tim Jones-Avery": (P, "Jubilee Debt Campaign", "head"),
        "Jubilee Debt Campaign": (ORG, None, None),
        "Fitch Ratings": (ORG, None, None),
        "First Quantum Minerals": (ORG, None, None),
        "Tradeweb": (ORG, None, None),
        "Ministry of Finance": (ORG, "China", None),
        "bondholders": (G, None, None),
        "creditors": (G, None, None),
        "Lusaka": (L, None, None),
    },
    "edinburgh_research_fraud": {
        "University of Edinburgh": (ORG, None, None),
        "United Kingdom": (C, None, None),
        "Netherlands": (C, None, None),
        "Alastair Grieve-Maxwell": (P, None, "professor"),
        "Peter Mathieson-Ross": (P, "University of Edinburgh", "principal"),
        "Fiona Drummond-Hale": (P, "Harper Macleod", "lawyer"),
        "Harper Macleod": (ORG, None, None),
        "Nadia Okafor-Lennox": (P, None, None),
        "Elisabeth Bik-Jansen": (P, None, "microbiologist"),
        "Cell Press": (ORG, None, None),
        "Cancer Research UK": (ORG, None, None),
        "Michelle Mitchell-Grant": (P, "Cancer Research UK", "chief executive"),
        "UK Research and Innovation": (ORG, None, None),
        "Vallance-Pryor": (P, "United Kingdom", "science minister"),
        "University and College Union": (ORG, None, None),
        "Mary Senior-Blake": (P, "University and College Union", "official"),
        "Dorothy Bishop-Carr": (P, "University of Oxford", "professor"),
        "UK Committee on Research Integrity": (ORG, "United Kingdom", None),
        "Rachael Gooberman-Hollis": (P, "UK Committee on Research Integrity", "co-chair"),
        "students": (G, None, None),
        "Glasgow": (L, None, None),
        "Edinburgh": (L, None, None),
    },
    "milan_mayor_corruption": {
        "Milan": (L, None, None),
        "Italy": (C, None, None),
        "Giuseppe Sala-Conti": (P, "Milan", "mayor"),
        "prosecutors": (G, None, None),
        "Tiziana Siciliano-Ferri": (P, None, "deputy chief prosecutor"),
        "Democratic Party": (ORG, None, None),
        "Elly Schlein-Marchetti": (P, "Democratic Party", "leader"),
        "Matteo Salvini-Bassi": (P, "League", "deputy prime minister"),
        "League": (ORG, None, None),
        "Attilio Fontana-Riva": (P, None, "regional governor"),
        "Gian Piero Biancolella-Sanna": (P, None, "lawyer"),
        "European Parliament": (ORG, "European Union", None),
        "ANAC": (ORG, None, None),
        "builders": (G, None, None),
        "councillors": (G, None, None),
        "judicial sources": (G, None, None),
        "Lombardy": (L, None, None),
    },
}

# name -> [(surface, actor id it must link to, every time)]
MERGES: dict[str, list[tuple[str, str]]] = {
    "lusaka_debt_restructuring": [
        ("IMF", "International Monetary Fund"),
        ("Musokotwane-Phiri", "Situmbeko Musokotwane-Phiri"),
        ("Hichilema-Mwale", "Hakainde Hichilema-Mwale"),
        ("PF", "Patriotic Front"),
        ("UPND", "United Party for National Development"),
        ("LUSAKA", "Lusaka"),
    ],
    "edinburgh_research_fraud": [
        ("The university", "University of Edinburgh"),
        ("Grieve-Maxwell", "Alastair Grieve-Maxwell"),
        ("Mathieson-Ross", "Peter Mathieson-Ross"),
        ("UKRI", "UK Research and Innovation"),
        ("UCU", "University and College Union"),
        ("Britain", "United Kingdom"),
    ],
    "milan_mayor_corruption": [
        ("MILAN", "Milan"),
        ("Sala-Conti", "Giuseppe Sala-Conti"),
        ("PD", "Democratic Party"),
        ("Schlein-Marchetti", "Elly Schlein-Marchetti"),
    ],
}

# name -> [(start of a quote, its speaker or None)]
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "lusaka_debt_restructuring": [
        ('"We are not there yet', "Situmbeko Musokotwane-Phiri"),
        ('"Our members want', "Kevin Daly-Morrow"),
        ('"The numbers have to add up', "Allison Holland-Reyes"),
        ('"Every month we wait', "Hakainde Hichilema-Mwale"),
        ('"They have surrendered', "Raphael Nakacinda-Lungu"),
        ('"borrowed recklessly', "United Party for National Development"),
        ('"Investors are pricing', "Razia Khan-Dorsey"),
        ('"Zambians are paying', "Tim Jones-Avery"),
        ('"restore confidence"', "First Quantum Minerals"),
        ('"We have done our part,"', "Situmbeko Musokotwane-Phiri"),
    ],
    "edinburgh_research_fraud": [
        ('"I have never knowingly', "Alastair Grieve-Maxwell"),
        ('"Research integrity is not', "Peter Mathieson-Ross"),
        ('"I was 29', "Nadia Okafor-Lennox"),
        ('"Once you see it', "Elisabeth Bik-Jansen"),
        ('"Some of these duplications', "Elisabeth Bik-Jansen"),
        ('"Our supporters', "Michelle Mitchell-Grant"),
        ('"When your visa', "Mary Senior-Blake"),
        ('"We built an incentive', "Dorothy Bishop-Carr"),
        ('"marking their own homework"', "Rachael Gooberman-Hollis"),
    ],
    "milan_mayor_corruption": [
        ('"I have always acted', "Giuseppe Sala-Conti"),
        ('"Milan cannot be paralysed', "Elly Schlein-Marchetti"),
        ('"The left has been', "Carlo Fidanza-Moro"),
        ('"a fresh start"', "Matteo Salvini-Bassi"),
        ('"not for politicians', "Attilio Fontana-Riva"),
        ('"For years we have', "Lucia Tozzi-Neri"),
        ('"certainty, not witch hunts"', "Regina De Albertis-Fumagalli"),
        ('"The council must know', "Riccardo Truppo-Bellini"),
    ],
}

# name -> [(start of a sentence, its first speakers)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "lusaka_debt_restructuring": [
        ("Finance Minister", ["Situmbeko Musokotwane-Phiri"]),
        ("He added that the government", ["Situmbeko Musokotwane-Phiri"]),
        ("The IMF's mission chief", ["Allison Holland-Reyes"]),
        ("The opposition Patriotic Front", ["Patriotic Front"]),
        ("The UPND said", ["United Party for National Development"]),
        ("Zambia's kwacha firmed", ["Tradeweb"]),
        ("She said the main risk", ["Razia Khan-Dorsey"]),
        ("Analysts at Fitch Ratings", ["Fitch Ratings analysts"]),
        ("The Jubilee Debt Campaign", ["Jubilee Debt Campaign"]),
        ("First Quantum Minerals", ["First Quantum Minerals"]),
        ("Barrick Gold's country manager", ["Mwila Chanda-Kasonde"]),
    ],
    "edinburgh_research_fraud": [
        ("Grieve-Maxwell denied", ["Alastair Grieve-Maxwell"]),
        ("The lawyer, Fiona", ["Fiona Drummond-Hale"]),
        ("The university's principal", ["Peter Mathieson-Ross"]),
        ("He said the university", ["Peter Mathieson-Ross"]),
        ("Cell's publisher", ["Cell Press"]),
        ("Cancer Research UK", ["Cancer Research UK"]),
        ("UK Research and Innovation", ["UK Research and Innovation"]),
        ("Britain's science minister", ["Vallance-Pryor"]),
        ("The University and College Union", ["University and College Union"]),
        ("Students at the institute", ["students"]),
        ("The UK Committee", ["UK Committee on Research Integrity"]),
    ],
    "milan_mayor_corruption": [
        ("He said he had no intention", ["Giuseppe Sala-Conti"]),
        ("A lawyer for Bezziccheri-Galli", ["Gian Piero Biancolella-Sanna"]),
        ("PD leader", ["Elly Schlein-Marchetti"]),
        ("Matteo Salvini-Bassi", ["Matteo Salvini-Bassi"]),
        ("He said it was", ["Attilio Fontana-Riva"]),
        ("Builders warned", ["builders"]),
        ("Its president, Regina", ["Regina De Albertis-Fumagalli"]),
        ("Italy's anti-corruption authority", ["ANAC"]),
        ("City councillors", ["councillors"]),
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
