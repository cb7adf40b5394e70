"""Regression tests on three invented wire stories from beats the earlier sets lack
(tests/fixtures/actors_unseen33: an AP story on a cycling doping case upheld by the Court
of Arbitration for Sport, datelined LAUSANNE, with the rider's lawyer, "Team manager X
said", "X, the team's spokeswoman", the testing agency's director general and "the
Professional Cyclists' Association, known as CPA"; a Reuters story on a dam-water dispute
between Uzbekistan and Tajikistan, with both foreign ministers, a water commission and its
chairman, "Officials at the European Union's delegation in Tashkent said" and "the Syr
Darya basin"; a Reuters story on a container-shipping merger reviewed by the European
Commission and Britain's CMA, with "The International Transport Workers' Federation
(ITF) said", "the European Shippers' Council", "the U.S. Federal Maritime Commission ...
FMC chairman X" and "Pacific Orient Lines ... Pacific Orient's shares"). They pin only
what the parser gets right and a reader would notice: key actors with roles and
affiliations, short forms merged into one actor, quote and statement speakers. Known
defects on these articles are listed in FINDINGS.md there, not asserted here; what round
33 fixed there is pinned too."""

from __future__ import annotations

from pathlib import Path

from article_checks import ORG, C, G, L, P, actor_table_tests, fixture_actors

from explorer.model import ActorKind

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen33"

run = fixture_actors(UNSEEN)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "lausanne_cycling_doping": {
        "Lausanne": (L, None, None),
        "Switzerland": (C, None, None),
        "Belgium": (C, None, None),
        "Court of Arbitration for Sport": (ORG, None, None),
        "Jonas Vermeersch-Daels": (P, "Belgium", "rider"),
        "International Testing Agency": (ORG, None, None),
        "International Cycling Union": (ORG, None, None),
        "Benjamin Cohen-Aubert": (P, "International Testing Agency", "director-general"),
        "Pieter De Smet-Claes": (P, None, "lawyer"),
        "Swiss Federal Supreme Court": (ORG, "Switzerland", None),
        "Flandria-Velo": (ORG, None, None),
        "Patrick Lefevere-Maes": (P, "Flandria-Velo", "manager"),
        "Ingrid Van Hove-Peeters": (P, "Flandria-Velo", "spokeswoman"),
        "Lappartient-Bruyere": (P, "International Cycling Union", "president"),
        "Professional Cyclists' Association": (ORG, None, None),
        "Adam Hansen-Wright": (P, "Professional Cyclists' Association", "president"),
        "World Anti-Doping Agency": (ORG, None, None),
        "Witold Banka-Nowicki": (P, "World Anti-Doping Agency", "president"),
        "Ben Weyts-Lambert": (P, "Belgium", "sports minister"),
        "Martial Saugy-Favre": (P, None, "former director"),
        "Cologne": (L, None, None),
        "Germany": (C, None, None),
        "Brussels": (L, None, None),
        "Pyrenees": (L, None, None),
        "teammates": (G, None, None),
        "judges": (G, None, None),
        "experts": (G, None, None),
        "investigators": (G, None, None),
    },
    "tashkent_dam_dispute": {
        "Tashkent": (L, None, None),
        "Uzbekistan": (C, None, None),
        "Tajikistan": (C, None, None),
        "Kazakhstan": (C, None, None),
        "Russia": (C, None, None),
        "Zeravshan River": (L, None, None),
        "Samarkand": (L, None, None),
        "Dushanbe": (L, None, None),
        "Bakhtiyor Saidov-Rakhimov": (P, "Uzbekistan", "foreign minister"),
        "Sirojiddin Muhriddin-Zoda": (P, "Tajikistan", "foreign minister"),
        "Interstate Commission for Water Coordination of Central Asia": (ORG, None, None),
        "Dauren Abenov-Seitkali": (
            P,
            "Interstate Commission for Water Coordination of Central Asia",
            "chairman",
        ),
        "Uzbek-Tajik Joint River Commission": (ORG, None, None),
        "Tajik Ministry of Energy and Water Resources": (ORG, "Tajikistan", None),
        "Jamshid Tursunov-Aliev": (P, None, None),
        "Erkinjon Turdimov-Usmon": (P, None, "governor"),
        "Barqi Tojik": (ORG, None, None),
        "Rustam Nazarov-Qodir": (P, "Barqi Tojik", "deputy head"),
        "World Bank": (ORG, None, None),
        "European Union officials": (G, "European Union", None),
        "Kremlin": (ORG, "Russia", None),
        "Dmitry Peskov-Lavrin": (P, "Kremlin", "spokesman"),
        "Harvard University": (ORG, None, None),
        "Nargis Kassenova-Ford": (P, "Harvard University", "specialist"),
        "Roman Vassilenko-Grieg": (P, "Kazakhstan", "deputy foreign minister"),
        "Syr Darya": (L, None, None),
        "Almaty": (L, None, None),
        "farmers": (G, None, None),
        "analysts": (G, None, None),
    },
    "brussels_shipping_merger": {
        "Brussels": (L, None, None),
        "Denmark": (C, None, None),
        "Singapore": (C, None, None),
        "European Union": (ORG, None, None),
        "European Commission": (ORG, None, None),
        "Nordhavn Shipping": (ORG, None, None),
        "Pacific Orient Lines": (ORG, None, None),
        "Mediterranean Shipping Co": (ORG, None, None),
        "Teresa Ribera-Mendez": (P, "European Union", "competition commissioner"),
        "Competition and Markets Authority": (ORG, "United Kingdom", None),
        "Sarah Cardell-Hughes": (P, "Competition and Markets Authority", "chief executive"),
        "Vincent Clerc-Holm": (P, "Nordhavn Shipping", "chief executive"),
        "Lim Boon Heng-Tan": (P, "Pacific Orient Lines", "chairman"),
        "Singapore Exchange": (ORG, None, None),
        "European Shippers' Council": (ORG, None, None),
        "Godfried Smit-Janssens": (P, "European Shippers' Council", "secretary-general"),
        "Clecat": (ORG, None, None),
        "Nicolette van der Jagt-Roos": (P, "Clecat", "director-general"),
        "State Administration for Market Regulation": (ORG, "China", None),
        "U.S. Federal Maritime Commission": (ORG, "United States", None),
        "Louis Sola-Ortega": (P, "U.S. Federal Maritime Commission", "chairman"),
        "Morten Bodskov-Lund": (P, "Denmark", "business minister"),
        "International Transport Workers' Federation": (ORG, None, None),
        "Stephen Cotton-Reyes": (
            P,
            "International Transport Workers' Federation",
            "general secretary",
        ),
        "Vespucci Maritime": (ORG, None, None),
        "Lars Jensen-Bach": (P, "Vespucci Maritime", "chief executive"),
        "Copenhagen": (L, None, None),
        "Rotterdam": (L, None, None),
        "Philippines": (C, None, None),
        "analysts": (G, None, None),
        "people familiar with the matter": (G, None, None),
    },
}

# name -> [(surface, actor id it must link to, every time)]
MERGES: dict[str, list[tuple[str, str]]] = {
    "lausanne_cycling_doping": [
        ("LAUSANNE", "Lausanne"),
        ("ITA", "International Testing Agency"),
        ("UCI", "International Cycling Union"),
        ("WADA", "World Anti-Doping Agency"),
        ("CPA", "Professional Cyclists' Association"),
        ("De Smet-Claes", "Pieter De Smet-Claes"),
        ("Lefevere-Maes", "Patrick Lefevere-Maes"),
        ("Saugy-Favre", "Martial Saugy-Favre"),
        ("Vermeersch-Daels", "Jonas Vermeersch-Daels"),
    ],
    "tashkent_dam_dispute": [
        ("TASHKENT", "Tashkent"),
        ("ICWC", "Interstate Commission for Water Coordination of Central Asia"),
        ("Muhriddin-Zoda", "Sirojiddin Muhriddin-Zoda"),
        ("Abenov-Seitkali", "Dauren Abenov-Seitkali"),
    ],
    "brussels_shipping_merger": [
        ("BRUSSELS", "Brussels"),
        ("CMA", "Competition and Markets Authority"),
        ("Nordhavn", "Nordhavn Shipping"),
        ("Pacific Orient", "Pacific Orient Lines"),
        ("FMC", "U.S. Federal Maritime Commission"),
        ("ITF", "International Transport Workers' Federation"),
        ("Sola-Ortega", "Louis Sola-Ortega"),
    ],
}

# name -> [(start of a quote, its speaker or None)]
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "lausanne_cycling_doping": [
        ('"The panel is comfortably', "Court of Arbitration for Sport"),
        ('"Riders who think', "Benjamin Cohen-Aubert"),
        ('"We will keep samples', "Benjamin Cohen-Aubert"),
        ('"Jonas has never cheated', "Pieter De Smet-Claes"),
        ('"We have a zero-tolerance', "Patrick Lefevere-Maes"),
        ('"One person has put', "Patrick Lefevere-Maes"),
        ('"Our doctors followed', "Ingrid Van Hove-Peeters"),
        ('"Nineteen months', "Adam Hansen-Wright"),
        ('"Everyone deserves', "Adam Hansen-Wright"),
        ('"Public money', "Ben Weyts-Lambert"),
        ('"The method has been validated', "Martial Saugy-Favre"),
    ],
    "tashkent_dam_dispute": [
        ('"Water is not a weapon', "Bakhtiyor Saidov-Rakhimov"),
        ('"We expect our Tajik', "Bakhtiyor Saidov-Rakhimov"),
        ('"Not a single cubic', "Sirojiddin Muhriddin-Zoda"),
        ('"The drop in flow', "Sirojiddin Muhriddin-Zoda"),
        ('"Our job is to give', "Dauren Abenov-Seitkali"),
        ('"When the data', "Dauren Abenov-Seitkali"),
        ('"We have water for two days', "Jamshid Tursunov-Aliev"),
        ('"This dam will end', "Rustam Nazarov-Qodir"),
        ('"Both capitals', "Nargis Kassenova-Ford"),
        ('"But climate change', "Nargis Kassenova-Ford"),
    ],
    "brussels_shipping_merger": [
        ('"Container shipping is', "Teresa Ribera-Mendez"),
        ('"We will look at the same', "Sarah Cardell-Hughes"),
        ('"Our customers will get', "Vincent Clerc-Holm"),
        ('"We are ready to discuss', "Vincent Clerc-Holm"),
        ('"a European-Asian champion', "Lim Boon Heng-Tan"),
        ('"Every time a carrier', "Godfried Smit-Janssens"),
        ('"cannot negotiate', "Nicolette van der Jagt-Roos"),
        ('"We will not hesitate', "Louis Sola-Ortega"),
        ('"This is good for Danish', "Morten Bodskov-Lund"),
        ('"hold the companies', "Stephen Cotton-Reyes"),
        ('"The Commission has blocked', "Lars Jensen-Bach"),
        ('"Remedies are very likely', "Lars Jensen-Bach"),
    ],
}

# name -> [(start of a sentence, its first speakers)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "lausanne_cycling_doping": [
        ("ITA director general", ["Benjamin Cohen-Aubert"]),
        ("The rider's lawyer", ["Pieter De Smet-Claes"]),
        ("In a post on social media", ["Jonas Vermeersch-Daels"]),
        ("Team manager", ["Patrick Lefevere-Maes"]),
        ("But two of the rider's", ["teammates"]),
        ("The team denied", ["Flandria-Velo"]),
        ("The International Cycling Union, known", ["International Cycling Union"]),
        ("The World Anti-Doping Agency", ["World Anti-Doping Agency"]),
        ("WADA president", ["Witold Banka-Nowicki"]),
        ("Belgian Sports Minister", ["Ben Weyts-Lambert"]),
        ("Dr. Martial Saugy-Favre", ["Martial Saugy-Favre"]),
    ],
    "tashkent_dam_dispute": [
        ("Uzbek Foreign Minister", ["Bakhtiyor Saidov-Rakhimov"]),
        ("Tajikistan denied", ["Tajikistan"]),
        ("Its foreign minister", ["Sirojiddin Muhriddin-Zoda"]),
        ("Its chairman, Dauren", ["Dauren Abenov-Seitkali"]),
        (
            "According to the commission's",
            ["Interstate Commission for Water Coordination of Central Asia"],
        ),
        ("The Tajik Ministry", ["Tajik Ministry of Energy and Water Resources"]),
        ("Farmers in the Samarkand", ["farmers"]),
        ("Regional governor", ["Erkinjon Turdimov-Usmon"]),
        ("Barqi Tojik, the Tajik", ["Barqi Tojik"]),
        ("The company's deputy head", ["Rustam Nazarov-Qodir"]),
        ("The World Bank", ["World Bank"]),
        ("Officials at the European Union's", ["European Union officials"]),
        ("Kremlin spokesman", ["Dmitry Peskov-Lavrin"]),
        ("Analysts said", ["analysts"]),
        ("Kazakhstan, which shares", ["Kazakhstan"]),
        ("Kazakh Deputy Foreign Minister", ["Roman Vassilenko-Grieg"]),
    ],
    "brussels_shipping_merger": [
        ("The European Commission said", ["European Commission"]),
        ("The CMA said", ["Competition and Markets Authority"]),
        ("Sarah Cardell-Hughes, the CMA's", ["Sarah Cardell-Hughes"]),
        ("Nordhavn said", ["Nordhavn Shipping"]),
        ("Chief executive Vincent", ["Vincent Clerc-Holm"]),
        ("Pacific Orient Lines, which", ["Pacific Orient Lines"]),
        ("The company's chairman", ["Lim Boon Heng-Tan"]),
        ("The European Shippers' Council", ["European Shippers' Council"]),
        ("Clecat, the European", ["Clecat"]),
        ("Its director general", ["Nicolette van der Jagt-Roos"]),
        ("FMC chairman", ["Louis Sola-Ortega"]),
        ("Two people familiar", ["people familiar with the matter"]),
        ("Danish Business Minister", ["Morten Bodskov-Lund"]),
        ("The International Transport Workers'", ["International Transport Workers' Federation"]),
        ("ITF general secretary", ["Stephen Cotton-Reyes"]),
    ],
}

NAMES = sorted(ACTORS)


def test_the_listed_tennis_federation_is_not_named() -> None:
    ids = {a.id for a in run("brussels_shipping_merger")[1].actors}
    assert "International Tennis Federation" not in ids
    assert "Orient" not in ids and "FMC" not in ids


def test_freight_forwarders_are_a_group() -> None:
    found = [s for s in run("brussels_shipping_merger")[1].actors if s.id.endswith("forwarders")]
    assert found


(
    test_all_articles_listed,
    test_key_actors,
    test_merges,
    test_quote_speakers,
    test_sentence_speakers,
) = actor_table_tests(UNSEEN, run, ACTORS, MERGES, QUOTES, SPEAKERS)
