"""Regression tests on six invented wire stories from beats the earlier sets lack
(tests/fixtures/actors_unseen16: an AP story on an Arizona school board pulling library
books, with "Board President X", a teachers' union "which represents about 3,800
teachers", "State Superintendent of Public Instruction X" and PEN America; a Reuters story
on an NTSB briefing on a regional jet crash, with "SkyWest Airlines Flight 5521", "the
airline said", "Its chief executive, X," and "X, whose husband, Y, was killed, said"; an
AFP story on an ASEAN summit, with '"...," said Philippine President X', "Second Thomas
Shoal" and a Philippine "National Security Council"; a Reuters story on a video game
actors' strike, with game publishers, "Nine Entertainment said" and Equity; an AAP report
of the Australian Grand Prix, with Formula One teams' principals and drivers, "Ferrari's
Lewis Hamilton" and "the 23-year-old said"; an AP story on a cartel trial in Brooklyn, with
'Hector "El Contador" X' and a defense attorney's cross-examination). They pin only what
the parser gets right and a reader would notice: key actors with roles and affiliations,
short forms merged into one actor, quote and statement speakers. Known defects on these
articles are listed in FINDINGS.md there, not asserted here."""

from __future__ import annotations

from pathlib import Path

from article_checks import ORG, C, G, L, P, actor_table_tests, fixture_actors

from explorer.model import ActorKind

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen16"

run = fixture_actors(UNSEEN)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "school_board_books": {
        "Mesa Unified School District": (ORG, None, None),
        "Kendra Ollivant": (P, "Mesa Unified School District", "board president"),
        "Luis Arredondo-Vega": (P, None, "board member"),
        "Marcia Fenwick": (P, None, "superintendent"),
        "Mesa Education Association": (ORG, None, None),
        "Dana Whitcombe-Ruiz": (P, "Mesa Education Association", "president"),
        "Jared Keenan-Polk": (P, "American Civil Liberties Union of Arizona", "legal director"),
        "Oliver Tran": (P, "Mountain View High School", None),
        "John Giles-Harmon": (P, None, "mayor"),
        "Katie Hobbs-Lyle": (P, None, "governor"),
        # "State Superintendent of Public Instruction X": no person "Instruction X"
        "Tom Horne-Beckett": (P, "Republicans", "superintendent"),  # ", a Republican,"
        "Arizona Department of Education": (ORG, None, None),
        "PEN America": (ORG, None, None),  # no United States
        "Arizona": (L, None, None),
    },
    "ntsb_regional_jet": {
        "National Transportation Safety Board": (ORG, "United States", None),
        "Jennifer Holloway-Reyes": (P, "National Transportation Safety Board", "chair"),
        "SkyWest Airlines": (ORG, None, None),  # "SkyWest Airlines Flight 5521"
        "Chip Childs-Avery": (P, "SkyWest Airlines", "chief executive"),  # "Its chief ..."
        "Embraer": (ORG, None, None),
        "Brazil": (C, None, None),
        "Air Line Pilots Association": (ORG, None, None),
        "Jason Ambrosi-Kent": (P, "Air Line Pilots Association", "president"),
        "Federal Aviation Administration": (ORG, "United States", None),
        "Sean Duffield": (P, None, "transportation secretary"),
        "Maria Cantwell-Hayes": (P, "Democrats", "senator"),  # ", the top Democrat on"
        "Senate Commerce Committee": (ORG, None, None),
        "Renee Okafor": (P, None, None),
        "Brice Banning-Yates": (P, None, "investigator-in-charge"),
        "Salt Lake City": (L, None, None),  # "from Salt Lake City to Bozeman"
        "Montana": (L, None, None),
    },
    "asean_summit": {
        "ASEAN": (ORG, None, None),
        "East Timor": (C, None, None),
        "Anwar Ibrahim": (P, "Malaysia", "prime minister"),
        "Xanana Gusmao": (P, "East Timor", "prime minister"),
        "Ferdinand Marcos": (P, "Philippines", "president"),
        # "Philippine National Security Council spokesman X": no UN Security Council
        "National Security Council": (ORG, None, None),
        "Jonathan Malaya-Cruz": (P, "National Security Council", "spokesman"),
        "Li Qiang": (P, "China", "premier"),
        "Xinhua": (ORG, "China", None),
        "Sugiono": (P, "Indonesia", "foreign minister"),
        "Kao Kim Hourn": (P, "ASEAN", "secretary-general"),
        "Donald Trump": (P, "United States", "president"),
        "Anutin Charnvirakul": (P, "Thailand", "prime minister"),
        "Hun Manet": (P, "Cambodia", "prime minister"),
        "White House": (ORG, "United States", None),
        "Thai Foreign Ministry": (ORG, "Thailand", None),
        "Thinzar Shunlei Yi": (P, None, "activist"),
        "South China Sea": (L, None, None),
        "Thomas Shoal": (L, None, None),  # "Second Thomas Shoal": no person
    },
    "game_actors_strike": {
        "SAG-AFTRA": (ORG, None, None),
        "Fran Drescher-Lowe": (P, "SAG-AFTRA", "president"),
        "Activision Blizzard": (ORG, None, None),
        "Electronic Arts": (ORG, None, None),
        "Take-Two Interactive": (ORG, None, None),  # "Take 2 Interactive"
        "Warner Bros. Discovery": (ORG, None, None),
        "Microsoft": (ORG, None, None),
        "Audrey Cooling-Park": (P, None, "spokesperson"),
        "Michael Pachter-Hale": (P, "Wedbush Securities", "analyst"),
        "Nine Entertainment": (ORG, None, None),  # a number word opens the name
        "Equity": (ORG, None, None),
        "Paul Fleming-Byrne": (P, "Equity", "general secretary"),
        "Burbank": (L, None, None),
    },
    "f1_melbourne": {
        "Lando Norris": (P, None, None),
        "Max Verstappen": (P, None, None),
        "Oscar Piastri": (P, None, None),
        "Lewis Hamilton": (P, None, None),  # "Ferrari's Lewis Hamilton": no city, no Bermuda
        "McLaren": (ORG, None, None),
        "Red Bull Racing": (ORG, None, None),
        "Mercedes": (ORG, None, None),
        "Ferrari": (ORG, None, None),
        "Williams": (ORG, None, None),
        "Andrea Stella": (P, "McLaren", "team principal"),
        "Zak Brown-Ellis": (P, "McLaren", "chief executive"),
        "Toto Wolff": (P, "Mercedes", "team boss"),
        "James Allison": (
            P,
            "Mercedes",
            "technical director",
        ),  # "The Silver Arrows' technical director"
        "Fred Vasseur": (P, "Ferrari", "boss"),
        "Alex Albon": (P, "Williams", "driver"),
        "Travis Auld": (P, "Australian Grand Prix Corporation", "chief executive"),
        "Jacinta Allan": (P, None, "premier"),
        "Nine Entertainment": (ORG, None, None),
        "Foxtel": (ORG, None, None),
        "FIA": (ORG, None, None),
        "Melbourne": (L, None, None),
    },
    "cartel_trial": {
        "Raul Esquivel-Barba": (P, None, None),
        # 'Hector "El Contador" Maldonado-Ruiz': one person, no quote
        "Hector Maldonado-Ruiz": (P, None, None),
        "Joaquin Guzman": (P, None, None),
        "Saritha Komatireddy-Lane": (P, None, "attorney"),
        "Eduardo Balarezo-Grant": (P, None, "defense attorney"),
        "Brian Cogan-Whitfield": (P, None, "judge"),
        "Drug Enforcement Administration": (ORG, None, None),
        "Terrance Cole-Martin": (P, "Drug Enforcement Administration", "administrator"),
        "Foreign Ministry": (ORG, "Mexico", None),
        "Claudia Sheinbaum": (P, "Mexico", "president"),
        "prosecutors": (G, None, None),
        "Brooklyn": (L, None, None),
        "Culiacan": (L, None, None),
    },
}

# name -> [(surface, actor id it must link to, every time)]
MERGES: dict[str, list[tuple[str, str]]] = {
    "school_board_books": [
        ("Ollivant", "Kendra Ollivant"),
        ("Arredondo-Vega", "Luis Arredondo-Vega"),
        ("AP", "Associated Press"),
    ],
    "ntsb_regional_jet": [
        ("NTSB", "National Transportation Safety Board"),
        ("SkyWest", "SkyWest Airlines"),  # "SkyWest said in a statement"
        ("FAA", "Federal Aviation Administration"),
        ("Holloway-Reyes", "Jennifer Holloway-Reyes"),
        ("U.S.", "United States"),
    ],
    "asean_summit": [
        ("Association of Southeast Asian Nations", "ASEAN"),
        ("Anwar", "Anwar Ibrahim"),
        ("Philippine", "Philippines"),
        ("Chinese", "China"),
        ("Indonesian", "Indonesia"),
        ("AFP", "Agence France-Presse"),
    ],
    "game_actors_strike": [
        ("SAG-AFTRA", "SAG-AFTRA"),
        ("Electronic Arts", "Electronic Arts"),
    ],
    "f1_melbourne": [
        ("Norris", "Lando Norris"),
        ("Verstappen", "Max Verstappen"),
        ("Piastri", "Oscar Piastri"),
        ("Hamilton", "Lewis Hamilton"),  # "Hamilton said he was still learning the car."
        ("Scuderia", "Ferrari"),
        ("Silver Arrows", "Mercedes"),
        ("Stella", "Andrea Stella"),
        ("Wolff", "Toto Wolff"),
    ],
    "cartel_trial": [
        ("Esquivel-Barba", "Raul Esquivel-Barba"),
        ("Maldonado-Ruiz", "Hector Maldonado-Ruiz"),
        ("Balarezo-Grant", "Eduardo Balarezo-Grant"),
        ("DEA", "Drug Enforcement Administration"),
        ("U.S.", "United States"),
    ],
}

# name -> [(start of the quote text, speaker id)]
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "school_board_books": [
        ('"Nobody is burning books.', "Kendra Ollivant"),
        ('"Parents in this district', "Kendra Ollivant"),
        ('"a solution in search of a problem."', "Luis Arredondo-Vega"),
        ('"We are about to spend money', "Luis Arredondo-Vega"),
        # ", which represents about 3,800 teachers, said in a statement"
        ('"overridden the professional judgment', "Mesa Education Association"),
        ('"Our librarians were told', "Dana Whitcombe-Ruiz"),
        ('"That is not a review.', "Dana Whitcombe-Ruiz"),
        ('"runs straight into the First Amendment."', "Jared Keenan-Polk"),
        ('"Let Them Read"', None),  # a sign
        ('"I read two of these books myself.', "Theresa Magaña"),
        ('"You are not protecting us.', "Oliver Tran"),
        ('"This is exactly what local control', "Tom Horne-Beckett"),
        ('"Arizona has moved from the margins', "Kasey Meehan-Ortiz"),
    ],
    "ntsb_regional_jet": [
        ('"We are not here today', "Jennifer Holloway-Reyes"),
        ('"Every line of this report', "Jennifer Holloway-Reyes"),
        ('"Our hearts remain with the families,"', "SkyWest Airlines"),  # "the airline said"
        ('"not speculate."', "Chip Childs-Avery"),
        ('"Forty hours on type', "Jason Ambrosi-Kent"),
        ('"act immediately"', "Federal Aviation Administration"),
        ('"Passengers buying a ticket', "Maria Cantwell-Hayes"),
        ("\"We keep hearing 'preliminary.'", "Renee Okafor"),  # ", whose husband, Daniel,"
    ],
    "asean_summit": [
        ('"Timor-Leste has waited', "Anwar Ibrahim"),
        ('"a day our martyrs dreamed of."', "Xanana Gusmao"),
        # '"...," said Philippine President Ferdinand Marcos, whose country ...'
        ('"The plan has not worked', "Ferdinand Marcos"),
        ('"a new way forward"', "Ferdinand Marcos"),
        ('"This is not the conduct', "Jonathan Malaya-Cruz"),
        ('"Differences should not define', "Li Qiang"),
        ('"We cannot negotiate forever', "Sugiono"),
        ('"Every summit, they make statements.', "Thinzar Shunlei Yi"),
    ],
    "game_actors_strike": [
        ('"Eighteen months is long enough.', "Fran Drescher-Lowe"),
        ('"This is about whether a performer', "Fran Drescher-Lowe"),
        ('"A stunt performer', "Duncan Crabtree-Ireland"),
        ('"We have put forward an offer', "Audrey Cooling-Park"),
        ('"Voice work is a small line', "Michael Pachter-Hale"),
        ('"It sounded like me', "Jennifer Hale-Morgan"),
        ('"Our members in London', "Paul Fleming-Byrne"),
    ],
    "f1_melbourne": [
        ('"That was one of the hardest races', "Lando Norris"),
        ('"We were a bit too slow', "Max Verstappen"),
        ('"I just lost it.', "Oscar Piastri"),  # "the 23-year-old said"
        ('"I\'ll be better for it."', "Oscar Piastri"),
        ('"We will always give them freedom', "Andrea Stella"),
        ('"The kid did a mega job.', "Toto Wolff"),
        ('"It\'s on us, not on Lewis,"', "Fred Vasseur"),
        ('"It was a tough day', "Lewis Hamilton"),  # "the seven-time champion told"
    ],
    "cartel_trial": [
        ('"He counted the money himself.', "Raul Esquivel-Barba"),
        ('"In a backpack.', "the witness"),  # "X asked the witness how ... he said"
        ('"You would say anything', "Eduardo Balarezo-Grant"),
        ('"the word of murderers', "Eduardo Balarezo-Grant"),
        ('"a financial artery"', "Terrance Cole-Martin"),
        ('"Every day,"', "Raul Esquivel-Barba"),
        ('"They do not forget."', "Raul Esquivel-Barba"),
    ],
}

# name -> [(start of a sentence, its first speakers)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "school_board_books": [
        (
            "The American Civil Liberties Union of Arizona said",
            ["American Civil Liberties Union of Arizona"],
        ),
        ("PEN America, which tracks book removals,", ["PEN America"]),
    ],
    "ntsb_regional_jet": [
        ("SkyWest said in a statement", ["SkyWest Airlines"]),
        ("Embraer, the Brazilian planemaker, said", ["Embraer"]),
        ("The Federal Aviation Administration said", ["Federal Aviation Administration"]),
        ("Renee Okafor, whose husband", ["Renee Okafor"]),
    ],
    "asean_summit": [
        ("The White House said", ["White House"]),
        ("Thailand's foreign ministry later said", ["Thai Foreign Ministry"]),
    ],
    "game_actors_strike": [
        ("Electronic Arts said separately", ["Electronic Arts"]),
        ("In Australia, where several of the studios", ["Nine Entertainment"]),
        ("British actors' union Equity said", ["Equity"]),
    ],
    "f1_melbourne": [
        ("Nine Entertainment, whose Stan Sport", ["Nine Entertainment"]),
        ("Hamilton said he was still learning", ["Lewis Hamilton"]),
        ("Williams said it was confident", ["Williams"]),
        ("The FIA, the sport's governing body,", ["FIA"]),
    ],
    "cartel_trial": [
        ("Mexico's Foreign Ministry said", ["Foreign Ministry"]),
        ("Outside the courthouse, Balarezo-Grant said", ["Eduardo Balarezo-Grant"]),
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
    """A word of a company's, a title's or a flight's name made an actor, a nation's council
    made the UN's, a nickname's quote breaking a name, an event made a person."""
    ids = {a.id for name in NAMES for a in run(name)[1].actors}
    junk = {
        "Instruction Tom Horne-Beckett",
        "SkyWest Airlines Flight",
        "UN Security Council",
        "Entertainment",
        "Grand Prix",
        "Maldonado-Ruiz",
        "Guzman",
        "Bermuda",
        "Board",
        "Spain",  # "through a Spanish interpreter"
    }
    assert not junk & ids
