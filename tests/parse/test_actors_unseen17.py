"""Regression tests on six invented wire stories from beats the earlier sets lack
(tests/fixtures/actors_unseen17: a Reuters story on a Greece-Turkey row over a survey ship,
with both foreign ministries, a bare "The Foreign Ministry said" and "Greek claims"; an AP
story on a Brooklyn export-control indictment, with "the U.S. Attorney's Office for the
Eastern District of New York", "FBI Assistant Director in Charge X" and "Assistant Attorney
General for National Security X"; a Reuters story on a UAW contract fight, with "UAW
President X", "Union Local 140" and "The union said"; an AP story on a city commission
moving police overtime money, with "City Manager X", "the city manager said" and the
Fraternal Order of Police "Lodge 42"; an AP report of a U.S. Open final, with "top seed X",
"The top seed said" and "USTA"; a Reuters story on a Fed rate cut, with regional Fed
presidents, the Beige Book and "the president told reporters"). They pin only what the
parser gets right and a reader would notice: key actors with roles and affiliations, short
forms merged into one actor, quote and statement speakers. Known defects on these articles
are listed in FINDINGS.md there, not asserted here."""

from __future__ import annotations

from pathlib import Path

from article_checks import ORG, C, G, L, P, actor_table_tests, fixture_actors

from explorer.model import ActorKind

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen17"

run = fixture_actors(UNSEEN)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "aegean_survey_row": {
        "Greece": (C, None, None),
        "Turkey": (C, None, None),
        "Giorgos Gerapetritis-Lamb": (P, "Greece", "foreign minister"),
        "Hakan Fidan-Oral": (P, "Turkey", "foreign minister"),
        # "The Foreign Ministry said" after the Greek minister: Greece's, not Turkey's
        "Greek Foreign Ministry": (ORG, "Greece", None),
        "Turkish Foreign Ministry": (ORG, "Turkey", None),
        "Turkish Defence Ministry": (ORG, "Turkey", None),
        "Zeki Akturk-Sen": (P, None, None),
        "Tayyip Erdogan-Kaya": (P, "Turkey", "president"),
        "Cevdet Yilmaz-Ak": (P, "Turkey", "vice president"),
        "European Commission": (ORG, None, None),
        "Anitta Hipper-Volk": (P, "European Commission", "spokeswoman"),
        "State Department": (ORG, "United States", None),
        "PASOK": (ORG, None, None),
        "Nikos Androulakis-Pym": (P, "PASOK", "leader"),
        "Ioannis Grigoriadis-Holm": (P, "Bilkent University", "professor"),
        "Greek Coast Guard": (ORG, "Greece", None),
        "Kastellorizo": (L, None, None),
        "Ankara": (L, None, None),
    },
    "brooklyn_indictment": {
        "Vadim Orlov-Penn": (P, None, None),
        "Atlantic Freight Partners": (ORG, None, None),
        "Joseph Nocella-Grant": (P, "United States", "attorney"),
        "U.S. Attorney's Office for the Eastern District of New York": (ORG, None, None),
        "Lois Bloom-Adair": (P, None, "magistrate judge"),
        "Marcus Feld-Ortega": (P, None, "lawyer"),
        # "Assistant Attorney General for National Security X": no "National Security X"
        "John Eisenberg-Vance": (P, None, "assistant attorney general"),
        # "FBI Assistant Director in Charge X": no place "Charge X"
        "James Dennehy-Ruiz": (P, "FBI", "assistant director in charge"),
        "Justice Department": (ORG, None, None),
        "Russian Embassy": (ORG, "Russia", None),
        "Dmitry Peskov-Lind": (P, "Kremlin", "spokesman"),
        "Eric Komitee-Shaw": (P, None, "judge"),
        "prosecutors": (G, None, None),
        "Russia": (C, None, None),
        "Brooklyn": (L, None, None),
    },
    "uaw_contract": {
        "United Auto Workers": (ORG, None, None),
        "Shawn Fain-Mercer": (P, "United Auto Workers", "president"),
        "Stellantis": (ORG, None, None),
        "Mark Stewart-Gill": (P, "Stellantis", "chief operating officer"),
        "Antonio Filosa-Bruni": (P, "Stellantis", "chief executive"),
        "General Motors": (ORG, None, None),
        "Mary Barra-Quinn": (P, "General Motors", "chief executive"),
        "Ford": (ORG, None, None),
        "Local 140": (ORG, None, None),  # "Union Local 140 President X": no "Union Local"
        "Eric Welter-Hunt": (P, "Local 140", "president"),
        "Margaret Mock-Ferris": (P, "United Auto Workers", "secretary-treasurer"),
        "Harley Shaiken-Ross": (P, "University of California", "professor"),
        "Gretchen Whitmer-Kell": (P, None, "governor"),
        "Donald Trump": (P, "United States", "president"),
        "Tasha Morrow-Daly": (P, None, None),
        "Michigan": (L, None, None),
    },
    "city_police_budget": {
        "Springfield City Commission": (ORG, None, None),
        "Bryan Heck-Morrow": (P, None, "city manager"),
        "Allison Elliott-Grey": (P, None, "police chief"),
        "Rob Rue-Hanley": (P, None, "mayor"),
        "Krystal Brown-Sealy": (P, None, "commissioner"),
        "David Estrop-Kline": (P, None, "commissioner"),
        "Fraternal Order of Police": (ORG, None, None),
        "Dan Holler-Park": (P, "Fraternal Order of Police", "president"),
        "Greta Mayer-Stone": (P, None, "executive director"),
        "Dave Yost-Becker": (P, "Republicans", "attorney general"),
        "Viles Dorsainvil-Pierre": (
            P,
            "Haitian Community Help and Support Center",
            "leader",
        ),
        "Harold Jennings-Ware": (P, None, "machinist"),
        "Haiti": (C, None, None),
        "Ohio": (L, None, None),
    },
    "us_open_final": {
        "Carlos Alcaraz": (P, None, None),
        "Jannik Sinner": (P, None, None),
        "Juan Carlos Ferrero-Vidal": (P, None, "coach"),
        "Darren Cahill-Ross": (P, None, "coach"),
        "U.S. Tennis Association": (ORG, "United States", None),
        "Lew Sherr-Donnelly": (P, "U.S. Tennis Association", "chief executive"),
        "Pedro Sanchez-Mora": (P, "Spain", "prime minister"),
        "Felipe VI": (P, None, "king"),
        "Aryna Sabalenka": (P, None, None),
        "Amanda Anisimova-Crane": (P, None, None),
        "Andy Roddick-Hale": (P, None, None),
        "White House": (ORG, "United States", None),
        "ESPN": (ORG, None, None),
        "Turin": (L, None, None),
    },
    "fed_rate_cut": {
        "Federal Reserve": (ORG, "United States", None),
        "Jerome Powell-Grace": (P, "Federal Reserve", "chair"),
        "Federal Open Market Committee": (ORG, None, None),
        "Stephen Miran-Hale": (P, "Federal Reserve", "governor"),
        # (session 16: the regional Reserve Banks are listed, each of the Federal Reserve)
        "Jeffrey Schmid-Ortiz": (P, "Federal Reserve Bank of Kansas City", "president"),
        "Beth Hammack-Lowe": (P, "Federal Reserve Bank of Cleveland", "president"),
        "Federal Reserve Bank of Kansas City": (ORG, "Federal Reserve", None),
        "Donald Trump": (P, "United States", "president"),
        "Scott Bessent-Marsh": (P, "Treasury", "secretary"),
        "Diane Swonk-Reyes": (P, "KPMG", "chief economist"),
        "Christine Lagarde-Morin": (P, "European Central Bank", "president"),
        "Bank of England": (ORG, None, None),
        "Washington": (L, None, None),
    },
}

# name -> [(surface, actor id it must link to, every time)]
MERGES: dict[str, list[tuple[str, str]]] = {
    "aegean_survey_row": [
        ("Gerapetritis-Lamb", "Giorgos Gerapetritis-Lamb"),
        ("Greek", "Greece"),
        ("Turkish", "Turkey"),
        ("U.S. State Department", "State Department"),
    ],
    "brooklyn_indictment": [
        ("Orlov-Penn", "Vadim Orlov-Penn"),
        ("Feld-Ortega", "Marcus Feld-Ortega"),
        ("AP", "Associated Press"),
        ("U.S.", "United States"),
    ],
    "uaw_contract": [
        ("UAW", "United Auto Workers"),
        ("Fain-Mercer", "Shawn Fain-Mercer"),
        ("GM", "General Motors"),
        ("Filosa-Bruni", "Antonio Filosa-Bruni"),
    ],
    "city_police_budget": [
        ("Heck-Morrow", "Bryan Heck-Morrow"),
        ("Elliott-Grey", "Allison Elliott-Grey"),
        ("Holler-Park", "Dan Holler-Park"),
        ("Haitian", "Haiti"),
    ],
    "us_open_final": [
        ("Alcaraz", "Carlos Alcaraz"),
        ("Sinner", "Jannik Sinner"),
        ("USTA", "U.S. Tennis Association"),  # "USTA Chief Executive X"
        ("Roddick-Hale", "Andy Roddick-Hale"),
    ],
    "fed_rate_cut": [
        ("Fed", "Federal Reserve"),
        ("Powell-Grace", "Jerome Powell-Grace"),
        ("Schmid-Ortiz", "Jeffrey Schmid-Ortiz"),
        ("Miran-Hale", "Stephen Miran-Hale"),
        ("ECB", "European Central Bank"),
    ],
}

# name -> [(start of the quote text, speaker id)]
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "aegean_survey_row": [
        ('"a deliberate provocation', "Giorgos Gerapetritis-Lamb"),
        ('"Greece will not negotiate', "Giorgos Gerapetritis-Lamb"),
        # "It said ... and that Greek claims had "no basis ..."": the ministry's, no Greece
        ('"entirely within the Turkish', "Turkish Foreign Ministry"),
        ('"no basis in international law."', "Turkish Foreign Ministry"),
        ('"We do not seek tension.', "Hakan Fidan-Oral"),
        ('"to ensure the safety', "Zeki Akturk-Sen"),
        ('"Dialogue is the only path.', "Anitta Hipper-Volk"),
        ('"We encourage our NATO allies', "State Department"),
        ('"For two years', "Nikos Androulakis-Pym"),
        ('"Today Ankara sent us the bill."', "Nikos Androulakis-Pym"),
        ('"Our Greek neighbours', "Cevdet Yilmaz-Ak"),
        ('"Neither Athens nor Ankara', "Ioannis Grigoriadis-Holm"),
    ],
    "brooklyn_indictment": [
        ('"These defendants knowingly', "Joseph Nocella-Grant"),
        ('"Mr. Orlov-Penn is a businessman', "Marcus Feld-Ortega"),
        ('"Export controls are only', "John Eisenberg-Vance"),
        ('"We were shocked', "Atlantic Freight Partners"),
        ('"yet another example', "Russian Embassy"),
        ('"furniture"', None),
        # "According to the indictment, Orlov-Penn used ... he wrote"
        ('"The furniture must not be late.', "Vadim Orlov-Penn"),
        ('"For every front company', "Emily Kilcrease-Moss"),
    ],
    "uaw_contract": [
        ('"an insult"', "United Auto Workers"),
        ('"Stellantis made record profits', "Shawn Fain-Mercer"),
        ('"We gave them our proposals', "Rich Boyer-Lane"),
        ('"fair and competitive"', "Stellantis"),
        ('"We want to reach an agreement', "Mark Stewart-Gill"),
        ('"prepared for a range of outcomes."', "Mary Barra-Quinn"),
        ("\"I've been a temp", "Tasha Morrow-Daly"),
        ('"This union has shown', "Harley Shaiken-Ross"),
        ('"Michigan families need', "Gretchen Whitmer-Kell"),
        ('"should be thanking me"', "Donald Trump"),
    ],
    "city_police_budget": [
        ('"A person in crisis', "Bryan Heck-Morrow"),
        ('"I support the crisis team.', "Allison Elliott-Grey"),
        ('"the right idea at the wrong time."', "Rob Rue-Hanley"),
        ('"My neighbors called the police', "Krystal Brown-Sealy"),
        # "The Fraternal Order of Police Lodge 42, which represents ..., said"
        ('"put lives at risk."', "Fraternal Order of Police"),
        ("\"You can't recruit people", "Dan Holler-Park"),
        ('"I have lived here 40 years', "Harold Jennings-Ware"),
        ('"Care Not Cops"', None),  # a sign
        ('"Defunding police', "Dave Yost-Becker"),
        ('"Many of our people', "Viles Dorsainvil-Pierre"),
    ],
    "us_open_final": [
        ("\"It's the best feeling", "Carlos Alcaraz"),
        ("\"I don't want to make excuses.", "Jannik Sinner"),
        ('"Two years ago he would have lost', "Juan Carlos Ferrero-Vidal"),
        ('"We apologize to the fans', "Lew Sherr-Donnelly"),
        ("\"He's had a long year", "Darren Cahill-Ross"),
        ('"the pride of a whole country."', "Pedro Sanchez-Mora"),
        ("\"I'm coming back stronger.", "Amanda Anisimova-Crane"),
        ('"Every time they play', "Andy Roddick-Hale"),
    ],
    "fed_rate_cut": [
        ('"far from"', "Jerome Powell-Grace"),  # "X signaled that ..."
        ('"A further reduction', "Jerome Powell-Grace"),
        ('"I see the stance of policy', "Jeffrey Schmid-Ortiz"),
        ('"Policy is well into restrictive', "Stephen Miran-Hale"),
        ('"too little, too late."', "Donald Trump"),
        # "Kansas City Fed President X ... "...," the president told reporters"
        ('"We should be at 1%.', "Donald Trump"),
        ('"well before Christmas."', "Scott Bessent-Marsh"),
        ('"The chair basically told', "Diane Swonk-Reyes"),
        ('"in a good place"', "Christine Lagarde-Morin"),
    ],
}

# name -> [(start of a sentence, its first speakers)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "aegean_survey_row": [
        ("The Foreign Ministry said it had sent", ["Greek Foreign Ministry"]),
        ("Greek defence officials said", ["Greek defence officials"]),
        ("Greece's coast guard said", ["Greek Coast Guard"]),
    ],
    "brooklyn_indictment": [
        (
            "The U.S. Attorney's Office for the Eastern District",
            ["U.S. Attorney's Office for the Eastern District of New York"],
        ),
        ("FBI Assistant Director in Charge", ["James Dennehy-Ruiz"]),
        ("The FBI's New York field office", ["James Dennehy-Ruiz"]),  # "..., he said."
        ("A Kremlin spokesman, Dmitry Peskov-Lind,", ["Dmitry Peskov-Lind"]),
    ],
    "uaw_contract": [
        ("The union said bargaining", ["United Auto Workers"]),
        ("Union Local 140 President", ["Eric Welter-Hunt"]),
        ("Its secretary-treasurer", ["Margaret Mock-Ferris"]),
    ],
    "city_police_budget": [
        ("The city manager said", ["Bryan Heck-Morrow"]),
        ("The police chief said", ["Allison Elliott-Grey"]),
        ("Its president, Sgt. Dan Holler-Park,", ["Dan Holler-Park"]),
    ],
    "us_open_final": [
        ("The top seed said", ["Jannik Sinner"]),  # "beating top seed Jannik Sinner"
        ("The U.S. Tennis Association said", ["U.S. Tennis Association"]),
        ("The Belarusian said", ["Aryna Sabalenka"]),
    ],
    "fed_rate_cut": [
        ("Powell-Grace said the committee", ["Jerome Powell-Grace"]),
        ("He said five candidates", ["Scott Bessent-Marsh"]),
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


def test_no_junk_actors() -> None:
    """A title's words made a place or a person, a report or a campus a person, a union's
    local a second union, a ship or a product a person, a state a city's name."""
    ids = {a.id for name in NAMES for a in run(name)[1].actors}
    junk = {
        "National Security John Eisenberg-Vance",
        "Charge James Dennehy-Ruiz",
        "Beige Book",
        "Berkeley",
        "Union Local",
        "Greene Counties",  # (a person before; "Madison Counties" is a place now)
        "Oruc Reis",
        "Jeep Wagoneer",
        "Kansas",
        "USTA",
        "the president",
        "City",
        "Air Force",  # "aboard Air Force One"
    }
    assert not junk & ids
