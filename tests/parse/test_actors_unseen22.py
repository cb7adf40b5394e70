"""Regression tests on four invented wire stories from beats the earlier sets lack
(tests/fixtures/actors_unseen22: a Reuters story on a Taiwanese election night, with the
DPP, the KMT, the TPP, the Central Election Commission and "the party's chairman said"; a
Reuters story on a NATO summit, with the secretary-general, heads of government, the
Pentagon, the Kremlin and "the alliance said"; a Reuters story on a US Senate confirmation
hearing, with "Sen. X, R-Idaho", the committee's chairman, the ranking member, the nominee,
the Chamber of Commerce and the AFL-CIO; a Reuters story on a disputed Venezuelan election,
with the president, the opposition leader, the CNE, the Carter Center, Foro Penal and
"Caracas said"). They pin only what the parser gets right and a reader would notice: key
actors with roles and affiliations, short forms merged into one actor, quote and
statement speakers. Known defects on these articles are listed in FINDINGS.md there, not
asserted here; what round 22 fixed there is pinned too."""

from __future__ import annotations

from pathlib import Path

from article_checks import ORG, C, G, L, P, actor_table_tests, fixture_actors

from explorer.model import ActorKind

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen22"

run = fixture_actors(UNSEEN)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "caracas_vote_dispute": {
        "Nicolas Maduro-Lara": (P, None, "president"),
        "National Electoral Council": (ORG, None, None),
        "Maria Corina Machado-Parisca": (P, None, "opposition leader"),
        "Edmundo Gonzalez-Urrutia": (P, None, "candidate"),
        "Elvis Amoroso-Diaz": (P, "National Electoral Council", "president"),
        "Vladimir Padrino-Lopez": (P, "Venezuela", "defence minister"),
        "Carter Center": (ORG, None, None),
        "Antony Blinken-Moss": (P, "United States", "secretary of state"),
        "Brazilian Foreign Ministry": (ORG, "Brazil", None),
        "Gustavo Petro-Urrego": (P, "Colombia", "president"),
        "Yvan Gil-Pinto": (P, None, "foreign minister"),
        "Foro Penal": (ORG, None, None),
        "Alfredo Romero-Saez": (P, "Foro Penal", "director"),
        "Yelitza Mendoza-Rivas": (P, None, "street vendor"),
        "Tarek William Saab-Hadi": (P, None, "attorney general"),
        # (round 23: the field of two capitalised words, then the employer)
        "Siobhan Morden-Kay": (
            P,
            "Amherst Pierpont",
            "head of Latin America fixed income strategy",
        ),
        "Organization of American States": (ORG, None, None),
        "Venezuela": (C, None, None),
        "Caracas": (L, None, None),
        "Petare": (L, None, None),
    },
    "nato_summit_spending": {
        "NATO": (ORG, None, None),
        "Mark Rutte-Visser": (P, "NATO", "secretary-general"),
        "Donald Trump": (P, "United States", "president"),
        "Pedro Sanchez-Ortiz": (P, "Spain", "prime minister"),
        "Friedrich Merz-Bauer": (P, "Germany", "chancellor"),
        "Pete Hegseth-Lane": (P, "United States", "defense secretary"),
        "Pentagon": (ORG, "United States", None),
        "Pentagon officials": (G, "Pentagon", None),
        "Volodymyr Zelenskiy-Bondar": (P, "Ukraine", "president"),
        "Andriy Yermak-Hrytsenko": (P, None, "chief of staff"),
        "Kremlin": (ORG, "Russia", None),
        "Dmitry Peskov-Orlov": (P, "Kremlin", "spokesman"),
        "Gitanas Nauseda-Kairys": (P, "Lithuania", "president"),
        "Wladyslaw Kosiniak-Kamysz-Nowak": (P, "Poland", "defence minister"),
        "Keir Starmer-Hale": (P, "United Kingdom", "prime minister"),
        "Robert Fico-Danko": (P, "Slovakia", "prime minister"),
        "Downing Street": (ORG, "United Kingdom", None),
        "Dutch police": (G, "Netherlands", None),
        "European Council on Foreign Relations": (ORG, None, None),
        "Camille Grand-Morel": (P, "NATO", "former assistant secretary-general"),
        "Russia": (C, None, None),
        "The Hague": (L, None, None),
    },
    "senate_nominee_hearing": {
        "Jamieson Greer-Walsh": (P, None, None),
        "Senate Finance Committee": (ORG, None, None),
        "Mike Crapo-Hanson": (P, "Senate Finance Committee", "chairman"),
        "Ron Wyden-Marsh": (P, "Democrats", "senator"),
        "Chuck Grassley-Neal": (P, "Republicans", "senator"),
        "Maria Cantwell-Ruiz": (P, "Democrats", "senator"),
        "Thom Tillis-Cole": (P, "Republicans", "senator"),
        "Kirsten Hillman-Boyd": (P, "Canada", "ambassador"),
        "White House": (ORG, "United States", None),
        "Karoline Leavitt-Gray": (P, None, "press secretary"),
        "U.S. Chamber of Commerce": (ORG, "United States", None),
        "John Murphy-Kent": (P, "U.S. Chamber of Commerce", "executive vice-president"),
        "Marcelo Ebrard-Solis": (P, "Mexico", "economy minister"),
        "Howard Lutnick-Barr": (P, None, "commerce secretary"),
        "Donald Trump": (P, "United States", "president"),
        "US Senate": (ORG, "United States", None),
        "AFL-CIO": (ORG, None, None),
        "Liz Shuler-Dean": (P, "AFL-CIO", "president"),
        "Republican": (G, "Republicans", None),
        "Canada": (C, None, None),
        "Washington": (L, None, None),
    },
    "taipei_election_night": {
        "Democratic Progressive Party": (ORG, None, None),
        "Kuomintang": (ORG, None, None),
        "Taiwan People's Party": (ORG, None, None),
        "Central Election Commission": (ORG, None, None),
        "Lai Ching-wen": (P, None, "vice president"),
        "Hou Yu-chen": (P, "Kuomintang", None),
        "Ko Wen-hsiung": (P, "Taiwan People's Party", None),
        "Tsai Ying-hua": (P, None, "president"),
        "Eric Chu-Li": (P, "Kuomintang", "chairman"),
        "Taiwan Affairs Office": (ORG, "China", None),
        "Chen Bin-hua": (P, "Taiwan Affairs Office", "spokesman"),
        "State Department": (ORG, "United States", None),
        "Yoko Kamikawa-Sato": (P, "Japan", "foreign minister"),
        "Lee Chin-yung": (P, "Central Election Commission", "chairman"),
        "Wen-Ti Sung-Ho": (P, "Australian National University", "political scientist"),
        "Chang Mei-ling": (P, None, "teacher"),
        "Lin Kuo-tung": (P, None, None),
        "Central Bank of Taiwan": (ORG, "Taiwan", None),
        "Taiwan": (C, None, None),
        "China": (C, None, None),
        "Taipei": (L, None, None),
        "Tainan": (L, None, None),
    },
}

# name -> [(surface, actor id it must link to, every time)]
MERGES: dict[str, list[tuple[str, str]]] = {
    "caracas_vote_dispute": [
        ("Maduro-Lara", "Nicolas Maduro-Lara"),
        ("CNE", "National Electoral Council"),
        ("Machado-Parisca", "Maria Corina Machado-Parisca"),
        ("Gonzalez-Urrutia", "Edmundo Gonzalez-Urrutia"),
        ("Venezuelan", "Venezuela"),
        ("The attorney general", "Tarek William Saab-Hadi"),
        ("Washington", "United States"),  # (round 23: "said Washington had", "lined up with")
    ],
    "nato_summit_spending": [
        ("Trump", "Donald Trump"),
        ("Spanish", "Spain"),
        ("Madrid", "Spain"),
        ("Zelenskiy-Bondar", "Volodymyr Zelenskiy-Bondar"),
        ("Polish", "Poland"),
        ("Warsaw", "Poland"),
        ("British", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("Washington", "United States"),
    ],
    "senate_nominee_hearing": [
        ("Greer-Walsh", "Jamieson Greer-Walsh"),
        ("Crapo-Hanson", "Mike Crapo-Hanson"),
        ("Wyden-Marsh", "Ron Wyden-Marsh"),
        ("Tillis-Cole", "Thom Tillis-Cole"),
        ("the Iowa Republican", "Chuck Grassley-Neal"),
        ("The Oregon Democrat", "Ron Wyden-Marsh"),
        ("The committee", "Senate Finance Committee"),
        ("Canadian", "Canada"),
    ],
    "taipei_election_night": [
        ("DPP", "Democratic Progressive Party"),
        ("KMT", "Kuomintang"),
        ("TPP", "Taiwan People's Party"),
        ("Lai", "Lai Ching-wen"),
        ("Hou", "Hou Yu-chen"),
        ("Ko", "Ko Wen-hsiung"),
        ("Tsai", "Tsai Ying-hua"),
        ("Beijing", "China"),
    ],
}

# name -> [(start of a quote, its speaker or None)]
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "caracas_vote_dispute": [
        ('"We won, and the whole world', "Maria Corina Machado-Parisca"),
        ('"We are going to defend', "Maria Corina Machado-Parisca"),
        ('"Our fight is peaceful', "Edmundo Gonzalez-Urrutia"),
        ('"In Venezuela there will be peace', "Nicolas Maduro-Lara"),
        ('"irreversible"', "Elvis Amoroso-Diaz"),
        ('"The Bolivarian National Armed Force', "Vladimir Padrino-Lopez"),
        ('"did not meet international', "Carter Center"),
        ('"a serious breach', "Carter Center"),
        ('"serious concerns', "Antony Blinken-Moss"),
        ('"lined up with Washington"', "Yvan Gil-Pinto"),
        ('"indiscriminate"', "Alfredo Romero-Saez"),
        ('"I voted for change', "Yelitza Mendoza-Rivas"),
        ('"My son left', "Yelitza Mendoza-Rivas"),
        ('"The market had priced', "Siobhan Morden-Kay"),
    ],
    "nato_summit_spending": [
        ('"stronger, fairer', "Mark Rutte-Visser"),
        ('"This is a quantum leap', "Mark Rutte-Visser"),
        ('"Nobody should doubt', "Mark Rutte-Visser"),
        ('"These are great people', "Donald Trump"),
        ("\"They're stepping up", "Donald Trump"),
        ('"Spain respects NATO', "Pedro Sanchez-Ortiz"),
        ('"We are doing this', "Friedrich Merz-Bauer"),
        ('"We discussed how', "Volodymyr Zelenskiy-Bondar"),
        ('"a tool of confrontation"', "Kremlin"),
        ('"The alliance is militarising', "Dmitry Peskov-Orlov"),
        ('"For us, 3.5%', "Gitanas Nauseda-Kairys"),
        ('"will not buy weapons', "Robert Fico-Danko"),
        ('"The number is impressive', "Camille Grand-Morel"),
        ('"Rutte has managed Trump', "Camille Grand-Morel"),
        ('"Money for hospitals', None),
        ('"a long-term threat"', "NATO"),
    ],
    "senate_nominee_hearing": [
        ('"cannot take another year', "Republican"),
        ('"a tool, not a goal"', "Jamieson Greer-Walsh"),
        ('"Our trade deficit', "Jamieson Greer-Walsh"),
        ('"Mr. Greer-Walsh has', "Mike Crapo-Hanson"),
        ('"Every economist', "Ron Wyden-Marsh"),
        ("\"I'm not going to speculate", "Jamieson Greer-Walsh"),
        ('"Farmers want trade', "Chuck Grassley-Neal"),
        ('"Canada buys more', "Maria Cantwell-Ruiz"),
        ('"The facts are not', "Kirsten Hillman-Boyd"),
        ('"full confidence"', "White House"),
        ('"The president has been', "Karoline Leavitt-Gray"),
        ("\"I'm going to vote", "Thom Tillis-Cole"),
        ('"broad, blanket tariffs"', "John Murphy-Kent"),
        ('"We are not looking', "Marcelo Ebrard-Solis"),
    ],
    "taipei_election_night": [
        ('"We have told the world', "Lai Ching-wen"),
        ('"This is a victory', "Lai Ching-wen"),
        ('"on the basis of ability', "Lai Ching-wen"),
        ('"I apologise', "Hou Yu-chen"),
        ('"We will keep watching', "Hou Yu-chen"),
        ('"The voters have given', "Eric Chu-Li"),
        ('"The TPP will decide', "Ko Wen-hsiung"),
        ('"cannot represent', "Taiwan Affairs Office"),
        ('"We look forward', "State Department"),
        ('"The counting was orderly', "Lee Chin-yung"),
        ('"Every ballot', "Lee Chin-yung"),
        ('"He will be a president', "Wen-Ti Sung-Ho"),
        ('"I came for my children', "Chang Mei-ling"),
        ('"I want them to grow up', "Chang Mei-ling"),
    ],
}

# name -> [(start of a sentence, its first speakers)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "caracas_vote_dispute": [
        ("CARACAS, July 29", ["Venezuela's opposition"]),
        ("The National Electoral Council (CNE)", ["National Electoral Council"]),
        ("Opposition leader Maria", ["Maria Corina Machado-Parisca"]),
        ("CNE president Elvis", ["Elvis Amoroso-Diaz"]),
        ("The Carter Center, one of", ["Carter Center"]),
        ("The U.S.-based group said", ["Carter Center"]),
        ("Caracas said it was withdrawing", ["Venezuela"]),
        ("The human rights group Foro Penal", ["Foro Penal"]),
        ("Its director, Alfredo", ["Alfredo Romero-Saez"]),
        ("The attorney general said", ["Tarek William Saab-Hadi"]),
        ("She said sanctions relief", ["Siobhan Morden-Kay"]),
        ("The Organization of American States", ["Organization of American States"]),
    ],
    "nato_summit_spending": [
        ("NATO Secretary-General Mark", ["Mark Rutte-Visser"]),
        ('"This is a quantum leap," the secretary-general', ["Mark Rutte-Visser"]),
        ('"We are doing this', ["Friedrich Merz-Bauer"]),
        ("Pentagon officials said", ["Pentagon officials"]),
        ("His chief of staff, Andriy", ["Andriy Yermak-Hrytsenko"]),
        ("The Kremlin said", ["Kremlin"]),
        ("A Downing Street spokeswoman", ["Downing Street"]),
        ("Slovakia's prime minister", ["Robert Fico-Danko"]),
        ("The Belgian government said", ["Belgium"]),
        ("Dutch police said", ["Dutch police"]),
        ("The alliance said in its final", ["NATO"]),
        ("NATO's next summit", ["NATO"]),
    ],
    "senate_nominee_hearing": [
        ("The committee's chairman, Sen. Mike", ["Mike Crapo-Hanson"]),
        ("The ranking member, Sen. Ron", ["Ron Wyden-Marsh"]),
        ('"Farmers want trade', ["Chuck Grassley-Neal"]),
        ("Canada's ambassador to the United States", ["Kirsten Hillman-Boyd"]),
        ("The White House said", ["White House"]),
        ("Outside the hearing room", ["Thom Tillis-Cole"]),
        ("The U.S. Chamber of Commerce said", ["U.S. Chamber of Commerce"]),
        ("Its executive vice president", ["John Murphy-Kent"]),
    ],
    "taipei_election_night": [
        ("Vice President Lai Ching-wen won", ["Central Election Commission"]),
        ("The KMT's chairman, Eric", ["Eric Chu-Li"]),
        ("Lai, a former doctor", ["Lai Ching-wen"]),
        ("He said he would appoint", ["Lai Ching-wen"]),
        ('"The voters have given', ["Eric Chu-Li"]),
        ("China's Taiwan Affairs Office", ["Taiwan Affairs Office"]),
        ("Its spokesman, Chen", ["Chen Bin-hua"]),
        ("Beijing has said", ["China"]),
        ("Japan's Foreign Minister", ["Yoko Kamikawa-Sato"]),
        ("Central Election Commission chairman", ["Lee Chin-yung"]),
        ("Her husband, Lin", ["Lin Kuo-tung"]),
        ("Taiwan's central bank said", ["Central Bank of Taiwan"]),
        ("Tsai said in a Facebook post", ["Tsai Ying-hua"]),
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


def test_descriptions_of_named_actors_are_no_actors_of_their_own() -> None:
    # (round 22's fixes: "Lai, a former doctor who has said", "The human rights group Foro
    # Penal said", "The alliance said")
    for name, described in (
        ("taipei_election_night", "a former doctor"),
        ("caracas_vote_dispute", "the human rights group"),
        ("nato_summit_spending", "the alliance"),
    ):
        _, r = run(name)
        assert described not in {a.id for a in r.actors}, name
