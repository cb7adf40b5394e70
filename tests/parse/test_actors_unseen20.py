"""Regression tests on four invented wire stories from beats the earlier sets lack
(tests/fixtures/actors_unseen20: a Reuters story on a Turkish court jailing Istanbul's
mayor, with the CHP, the AK Party, "Ankara said", "Turkey's central bank" and "The rights
group said"; a Reuters story on Saudi Aramco's results, the PIF and OPEC+ ministers, with
"The fund said", "PIF Governor X" and "a Saudi official said. The official said"; a
Reuters story on a Philippine Senate count, with Comelec, the Dutertes, PDP-Laban and
"A spokesman for China's foreign ministry said"; a Reuters story on a singer suing her
record label on the day of the Grammy nominations, with the Recording Academy, the RIAA,
"The singer's representative, X, said" and "the representative said"). They pin only
what the parser gets right and a reader would notice: key actors with roles and
affiliations, short forms merged into one actor, quote and statement speakers. Known
defects on these articles are listed in FINDINGS.md there, not asserted here; what round 20
fixed there is pinned too."""

from __future__ import annotations

from pathlib import Path

from article_checks import ORG, C, L, P, actor_table_tests, fixture_actors

from explorer.model import ActorKind

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen20"

run = fixture_actors(UNSEEN)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "istanbul_mayor_trial": {
        "Ekrem Korkmaz-Demir": (P, None, "mayor"),
        "Tayyip Ozkan-Sahin": (P, None, "president"),
        "Akin Gurlek-Yavuz": (P, None, None),
        "Ana Pisonero-Marsh": (P, "European Commission", "enlargement spokeswoman"),
        "Johann Wadephul-Brandt": (P, "Germany", "foreign minister"),
        "Central Bank of Turkey": (ORG, "Turkey", None),
        "Fatih Karahan-Ozturk": (P, "Central Bank of Turkey", "governor"),
        "Murat Yetkin-Bozkurt": (P, None, "analyst"),
        "Tuncer Bakirhan-Oz": (P, "DEM Party", "co-chair"),
        "Human Rights Watch": (ORG, None, None),
        "Istanbul Bar Association": (ORG, None, None),
        "Ibrahim Kaboglu-Ay": (P, "Istanbul Bar Association", "president"),
        "Hakan Kara-Tuncel": (P, "Bilkent University", "economist"),
        "Elif Sonmez-Arslan": (P, None, None),
        "Turkish Foreign Ministry": (ORG, "Turkey", None),
        "Republican People's Party": (ORG, None, None),
        "Turkey": (C, None, None),
        "Istanbul": (L, None, None),
    },
    "aramco_opec_output": {
        "Saudi Aramco": (ORG, None, None),
        "Amin Nasser-Qahtani": (P, "Saudi Aramco", "chief executive"),
        "Public Investment Fund": (ORG, None, None),
        "Yasir Al-Rumayyan-Saad": (P, "Public Investment Fund", "governor"),
        "Abdulaziz bin Salman Al-Faisal": (P, "Saudi Arabia", "energy minister"),
        "Alexander Novak-Orlov": (P, "Russia", "deputy prime minister"),
        "Amrita Sen-Gupta": (P, "Energy Aspects", "co-founder"),
        "Mazen Al-Sudairi-Omar": (P, "Al Rajhi Capital", "head of research"),
        "Fatih Birol-Aksoy": (P, "International Energy Agency", "executive director"),
        "Mohammed bin Salman Al-Rashid": (P, "Saudi Arabia", "crown prince"),
        "Saudi Finance Ministry": (ORG, "Saudi Arabia", None),
        "Sinopec": (ORG, None, None),
        "Kremlin": (ORG, "Russia", None),
        "Chris Wright-Hollis": (P, "United States", "energy secretary"),
        "Saudi Arabia": (C, None, None),
        "Riyadh": (L, None, None),
    },
    "manila_midterm_count": {
        "Commission on Elections": (ORG, None, None),
        "Ferdinand Marcos-Reyes": (P, "Philippines", "president"),
        "George Garcia-Villanueva": (P, "Commission on Elections", "chairman"),
        "Sara Duterte-Santos": (P, None, "vice president"),
        "Robin Padilla-Ramos": (P, "PDP-Laban", None),
        "Parish Pastoral Council for Responsible Voting": (ORG, None, None),
        "Evelyn Singson-Tan": (P, "Parish Pastoral Council for Responsible Voting", None),
        "Philippine Coast Guard": (ORG, "Philippines", None),
        "Jay Tarriela-Sison": (P, "Philippine Coast Guard", "spokesman"),
        "MaryKay Carlson-Hart": (P, "United States", "ambassador"),
        "Cleve Arguelles-Mendoza": (P, "De La Salle University", "political scientist"),
        "Francis Escudero-Lopez": (P, "Philippine Senate", "president"),
        "International Criminal Court": (ORG, None, None),
        "Chinese Foreign Ministry": (ORG, "China", None),
        "Kontra Daya": (ORG, None, None),
        "Danilo Arao-Bautista": (P, "Kontra Daya", "convenor"),
        "Davao City": (L, None, None),
    },
    "grammys_label_dispute": {
        "Mara Vance-Holloway": (P, None, "singer"),
        "Dana Whitlock-Ruiz": (P, None, "representative"),
        "Recording Academy": (ORG, None, None),
        "Harvey Mason-Grant": (P, "Recording Academy", "chief executive"),
        "Recording Industry Association of America": (ORG, None, None),
        "Mitch Glazier-Burns": (P, "Recording Industry Association of America", None),
        "Jen Jacobsen-Moore": (P, "Artist Rights Alliance", "executive director"),
        "Howard King-Bassett": (P, None, "attorney"),
        "Troy Carter-Boyd": (P, None, "manager"),
        "Olivia Dean-Ashby": (P, "United Kingdom", "singer"),
        "Universal Music Group": (ORG, None, None),
        "Spotify": (ORG, None, None),
        "Sterling Crown Records": (ORG, None, None),
        "Monte Lipman-Ross": (P, "Sterling Crown Records", "chief executive"),
        "Billboard": (ORG, None, None),
        "Los Angeles": (L, None, None),
    },
}

# name -> [(surface, actor id it must link to, every time)]
MERGES: dict[str, list[tuple[str, str]]] = {
    "istanbul_mayor_trial": [
        ("Korkmaz-Demir", "Ekrem Korkmaz-Demir"),
        ("Celik-Aslan", "Ozgur Celik-Aslan"),
        ("Turkish", "Turkey"),
        ("The rights group", "Human Rights Watch"),
        ("CHP", "Republican People's Party"),
    ],
    "aramco_opec_output": [
        ("Aramco", "Saudi Aramco"),
        ("PIF", "Public Investment Fund"),
        ("The fund", "Public Investment Fund"),
        ("The chief executive", "Amin Nasser-Qahtani"),
        ("UAE", "United Arab Emirates"),
        ("The agency", "International Energy Agency"),
        ("Wright-Hollis", "Chris Wright-Hollis"),
        ("The ministry", "Saudi Finance Ministry"),
    ],
    "manila_midterm_count": [
        ("Comelec", "Commission on Elections"),
        ("PPCRV", "Parish Pastoral Council for Responsible Voting"),
        ("ICC", "International Criminal Court"),
        ("Marcos-Reyes", "Ferdinand Marcos-Reyes"),
        ("The chairman", "George Garcia-Villanueva"),
        ("Filipinos", "Philippines"),
        ("The poll body", "Commission on Elections"),
    ],
    "grammys_label_dispute": [
        ("Vance-Holloway", "Mara Vance-Holloway"),
        ("Mason-Grant", "Harvey Mason-Grant"),
        ("RIAA", "Recording Industry Association of America"),
        ("Sterling Crown", "Sterling Crown Records"),
    ],
}

# name -> [(start of a quote, its speaker or None)]
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "istanbul_mayor_trial": [
        ('"a coup against the ballot box"', "Republican People's Party"),
        ('"I have nothing to hide.', "Ekrem Korkmaz-Demir"),
        ('"They cannot win', "Ozgur Celik-Aslan"),
        ('"We will fill every square', "Ozgur Celik-Aslan"),
        ('"Nobody is above the law', "Tayyip Ozkan-Sahin"),
        ('"concrete evidence"', "Akin Gurlek-Yavuz"),
        ('"deeply concerned"', "European Commission"),
        ('"all available tools"', "Central Bank of Turkey"),
        ('"The last time they went', "Murat Yetkin-Bozkurt"),
        ('"Today it is', "Tuncer Bakirhan-Oz"),
        ('"politically motivated"', "Human Rights Watch"),
        ('"They took him', "Elif Sonmez-Arslan"),
        ('"Investors remember 2025,"', "Hakan Kara-Tuncel"),
        ('"a domestic judicial matter"', "Turkish Foreign Ministry"),
        ('"respect the independence', "Turkish Foreign Ministry"),
    ],
    "aramco_opec_output": [
        ('"Our results show', "Amin Nasser-Qahtani"),
        ('"We remain focused', "Amin Nasser-Qahtani"),
        ('"more of the national champion', "Yasir Al-Rumayyan-Saad"),
        ('"pre-emptively"', "Abdulaziz bin Salman Al-Faisal"),
        ('"We are not chasing', "Abdulaziz bin Salman Al-Faisal"),
        ('"abide by whatever', "Suhail Al Mazrouei-Khalid"),
        ("\"Riyadh's budget", "Amrita Sen-Gupta"),
        ('"That gap is why', "Amrita Sen-Gupta"),
        ('"The dividend cut', "Mazen Al-Sudairi-Omar"),
        ('"The cushion is big.', "Fatih Birol-Aksoy"),
        ("\"Our producers don't", "Chris Wright-Hollis"),
    ],
    "manila_midterm_count": [
        ('"clean, fast and transparent"', "George Garcia-Villanueva"),
        ('"Every vote is accounted', "George Garcia-Villanueva"),
        ('"hundreds of irregularities"', "Sara Duterte-Santos"),
        ('"We will not let this pass', "Sara Duterte-Santos"),
        ('"The people saw', "Sara Duterte-Santos"),
        ('"unity, not noise"', "Ferdinand Marcos-Reyes"),
        ('"The campaign is over.', "Ferdinand Marcos-Reyes"),
        ('"This is not sour grapes.', "Robin Padilla-Ramos"),
        ('"Money was flowing', "Danilo Arao-Bautista"),
        ('"We see no sign', "Evelyn Singson-Tan"),
        ('"an internal affair"', "Chinese Foreign Ministry"),
        ('"working with the new Senate', "MaryKay Carlson-Hart"),
        ('"The Dutertes still have', "Cleve Arguelles-Mendoza"),
    ],
    "grammys_label_dispute": [
        ('"I wrote these songs', "Mara Vance-Holloway"),
        ('"They belong to me', "Mara Vance-Holloway"),
        ('"This was filed', "Dana Whitlock-Ruiz"),
        ('"the widest range', "Harvey Mason-Grant"),
        ('"We celebrate the music.', "Harvey Mason-Grant"),
        ('"Ten years ago', "Howard King-Bassett"),
        ('"a matter for negotiation', "Mitch Glazier-Burns"),
        ('"whatever the court decides"', "Troy Carter-Boyd"),
        ('"Musicians should not', "Jen Jacobsen-Moore"),
        ('"built that career', "Monte Lipman-Ross"),
        ('"We have paid every cent', "Sterling Crown Records"),
    ],
}

# name -> [(start of a sentence, its first speakers)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "istanbul_mayor_trial": [
        ("Ankara said foreign criticism", ["Turkey"]),
        ('"Nobody is above the law', ["Tayyip Ozkan-Sahin"]),
        ("The rights group said", ["Human Rights Watch"]),
        ("The daughter of one detained student", ["Elif Sonmez-Arslan"]),
        ("Its president, Ibrahim", ["Ibrahim Kaboglu-Ay"]),
        ("Security analyst Murat", ["Murat Yetkin-Bozkurt"]),
    ],
    "aramco_opec_output": [
        ("The company kept its", ["Saudi Aramco"]),
        ("The chief executive said", ["Amin Nasser-Qahtani"]),
        ("The fund said no decision", ["Public Investment Fund"]),
        ("The Kremlin said", ["Kremlin"]),
        ("A Sinopec spokesman said", ["Sinopec"]),
        ("The official said the kingdom", ["a Saudi official"]),
        ("The minister said the group", ["Abdulaziz bin Salman Al-Faisal"]),
        ("The ministry said it would borrow", ["Saudi Finance Ministry"]),
    ],
    "manila_midterm_count": [
        ("The chairman said", ["George Garcia-Villanueva"]),
        ("Her brother, Davao City", ["Sebastian Duterte-Santos"]),
        ("Its president, Senator", ["Robin Padilla-Ramos"]),
        ("The ICC said", ["International Criminal Court"]),
        ("Turnout was a record", ["Commission on Elections"]),
        ("The poll body said", ["Commission on Elections"]),
    ],
    "grammys_label_dispute": [
        ("The singer's representative", ["Dana Whitlock-Ruiz"]),
        ("It has nothing to do", ["Dana Whitlock-Ruiz"]),
        ("Its chairman and chief executive", ["Mitch Glazier-Burns"]),
        ("He said she planned", ["Troy Carter-Boyd"]),
        ("Spotify said the dispute", ["Spotify"]),
        ("The group said it would file", ["Artist Rights Alliance"]),
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
