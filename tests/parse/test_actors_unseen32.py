"""Regression tests on three invented wire stories from beats the earlier sets lack
(tests/fixtures/actors_unseen32: an AP story on an admissions-bribery scheme at a private
university, datelined LOS ANGELES, with the U.S. attorney, the former admissions
director's attorney, "Pacific Crest's Board of Trustees ... Its chairwoman, X,", "Pacific
Crest competes in the West Coast Conference, whose commissioner, X, said" and "a real
estate developer from Beverly Hills, a hedge fund manager from San Francisco and ..."; a
Reuters story on a mining licence revoked in Congo, with the mines minister, the
Australian miner and its chief executive, the state miner Gecamines, "the Center for
Strategic and International Studies", "the Kolwezi-based Observatory of Natural
Resources, a watchdog" and "Huayan Cobalt ... declined to comment"; an AP story on a
cyberattack on a city's hospital group, datelined LEIPZIG, with the national cyber
agency, "The Leipzig Municipal Hospital Group ... said", "Leipzig Mayor X said", the
state police office, the doctors' union and a ransomware gang). They pin only what the
parser gets right and a reader would notice: key actors with roles and affiliations,
short forms merged into one actor, quote and statement speakers. Known defects on these
articles are listed in FINDINGS.md there, not asserted here; what round 32 fixed there is
pinned too."""

from __future__ import annotations

from pathlib import Path

from article_checks import ORG, C, G, L, P, actor_table_tests, fixture_actors

from explorer.model import ActorKind

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen32"

run = fixture_actors(UNSEEN)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "losangeles_admissions_bribery": {
        "Los Angeles": (L, None, None),
        "Pacific Crest University": (ORG, None, None),
        "Gregory Ashworth-Vance": (P, "Pacific Crest University", "former director"),
        "Martin Estrada-Holt": (P, "United States", None),
        "Dana Whitcombe-Reyes": (P, None, "consultant"),
        "Summit Pathways Advising": (ORG, None, None),
        "Linda Okafor-Bell": (P, None, "attorney"),
        "Brandon Kessler-Ruiz": (P, None, "coach"),
        "Tomas Lindqvist-Park": (P, None, "coach"),
        "Board of Trustees": (ORG, None, None),
        "Evelyn Marsh-Takahashi": (P, None, "chairwoman"),
        "Harlow & Penn": (ORG, None, None),
        "Ramon Delgado-Ferris": (P, "Pacific Crest University", "president"),
        "Bright Horizons Youth Foundation": (ORG, None, None),
        "Rob Bonta-Lee": (P, None, "attorney general"),
        "National Collegiate Athletic Association": (ORG, None, None),
        "West Coast Conference": (ORG, None, None),
        "Stu Jackson-Moore": (P, "West Coast Conference", "commissioner"),
        "Priya Raman-Ortiz": (P, None, None),
        "Julie Park-Nguyen": (P, "University of Maryland", "professor"),
        "University of Maryland": (ORG, None, None),
        "FBI": (ORG, "United States", None),
        "Krystal Hoang-Diaz": (P, "FBI", "special agent"),
        "U.S. Department of Education": (ORG, "United States", None),
        "Beverly Hills": (L, None, None),
        "San Francisco": (L, None, None),
        "Irvine": (L, None, None),
        "Newport Beach": (L, None, None),
        "Malibu": (L, None, None),
        "Boston": (L, None, None),
        "prosecutors": (G, None, None),
        "investigators": (G, None, None),
        "experts": (G, None, None),
    },
    "kinshasa_mining_licence": {
        "Kinshasa": (L, None, None),
        "Democratic Republic of the Congo": (C, None, None),
        "Australia": (C, None, None),
        "China": (C, None, None),
        "Gecamines": (ORG, None, None),
        "Kestrel Resources": (ORG, "Australia", None),
        "Louis Watum-Kabamba": (P, "Democratic Republic of the Congo", "mines minister"),
        "International Chamber of Commerce": (ORG, None, None),
        "Andrew Fairbairn-Lowe": (P, "Kestrel Resources", "chief executive"),
        "Alphonse Mwamba-Kalenga": (P, "Gecamines", "chairman"),
        "Center for Strategic and International Studies": (ORG, None, None),
        "Gracelin Baskaran-Shah": (
            P,
            "Center for Strategic and International Studies",
            "analyst",
        ),
        "Don Farrell-Hughes": (P, "Australia", "trade minister"),
        "Chamber of Mines of the Federation of Congolese Enterprises": (
            ORG,
            "Democratic Republic of the Congo",
            None,
        ),
        "Observatory of Natural Resources": (ORG, None, None),
        "Jean-Claude Mutombo-Ngoy": (P, "Observatory of Natural Resources", "coordinator"),
        "Huayan Cobalt": (ORG, None, None),
        "Tina Salama-Kapinga": (P, None, "spokeswoman"),
        "Australian Securities Exchange": (ORG, "Australia", None),
        "Kendrick Lowe": (ORG, None, None),
        "Marie-Claire Ndaya-Fischer": (P, "Kendrick Lowe", "partner"),
        "Lualaba": (L, None, None),
        "Sydney": (L, None, None),
        "Paris": (L, None, None),
        "Washington": (L, None, None),
        "Lubumbashi": (L, None, None),
        "London": (L, None, None),
        "analysts": (G, None, None),
        "Chinese miners": (G, "China", None),
        "sources": (G, None, None),
        "lawyers": (G, None, None),
        "villagers": (G, None, None),
    },
    "leipzig_hospital_cyberattack": {
        "Leipzig": (L, None, None),
        "Germany": (C, None, None),
        "United States": (C, None, None),
        "Leipzig Municipal Hospital Group": (ORG, None, None),
        "Annette Hollstein-Roth": (P, "Leipzig Municipal Hospital Group", "chief executive"),
        "St. Georg Hospital": (ORG, None, None),
        "Federal Office for Information Security": (ORG, "Germany", None),
        "Claudia Plattner-Weiss": (P, "Federal Office for Information Security", "president"),
        "BlackLantern": (ORG, None, None),
        "LKA": (ORG, None, None),
        "Lorenz Haase-Bauer": (P, None, "spokesman"),
        "Petra Koepping-Lange": (P, None, "health minister"),
        "Burkhard Jung-Albrecht": (P, "Leipzig", "mayor"),
        "Jonas Weber-Kim": (P, None, "nurse"),
        "Marburger Bund": (ORG, None, None),
        "Susanne Johna-Freitag": (P, "Marburger Bund", "chairwoman"),
        "Nina Warken-Oster": (P, "Germany", "health minister"),
        "AG KRITIS": (ORG, None, None),
        "Manuel Atug-Brenner": (P, "AG KRITIS", "founder"),
        "Europol": (ORG, "European Union", None),
        "European Union": (ORG, None, None),
        "Halle": (L, None, None),
        "Dresden": (L, None, None),
        "Berlin": (L, None, None),
        "Duesseldorf": (L, None, None),
        "Wuppertal": (L, None, None),
        "officials": (G, None, None),
        "prosecutors": (G, None, None),
        "doctors": (G, None, None),
        "nurses": (G, None, None),
        "experts": (G, None, None),
        "German authorities": (G, "Germany", None),
    },
}

# name -> [(surface, actor id it must link to, every time)]
MERGES: dict[str, list[tuple[str, str]]] = {
    "losangeles_admissions_bribery": [
        ("LOS ANGELES", "Los Angeles"),
        ("AP", "Associated Press"),
        ("Pacific Crest", "Pacific Crest University"),
        ("Estrada-Holt", "Martin Estrada-Holt"),
        ("Ashworth-Vance", "Gregory Ashworth-Vance"),
        ("Summit Pathways", "Summit Pathways Advising"),
        ("NCAA", "National Collegiate Athletic Association"),
    ],
    "kinshasa_mining_licence": [
        ("KINSHASA", "Kinshasa"),
        ("Kestrel", "Kestrel Resources"),
        ("Watum-Kabamba", "Louis Watum-Kabamba"),
        ("FEC", "Chamber of Mines of the Federation of Congolese Enterprises"),
        ("Congolese", "Democratic Republic of the Congo"),
    ],
    "leipzig_hospital_cyberattack": [
        ("LEIPZIG", "Leipzig"),
        ("Leipzig", "Leipzig"),
        ("BSI", "Federal Office for Information Security"),
        ("Plattner-Weiss", "Claudia Plattner-Weiss"),
        ("St. Georg", "St. Georg Hospital"),
        ("The group", "Leipzig Municipal Hospital Group"),
    ],
}

# name -> [(start of a quote, its speaker or None)]
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "losangeles_admissions_bribery": [
        ('"This was not a case', "Martin Estrada-Holt"),
        ('"Admissions at a university', "Martin Estrada-Holt"),
        ('"Mr. Ashworth-Vance spent', "Linda Okafor-Bell"),
        ('"We owe our students', "Evelyn Marsh-Takahashi"),
        ('"No one is above', "Ramon Delgado-Ferris"),
        ('"Charities are not', "Rob Bonta-Lee"),
        ('"aware of the charges"', "National Collegiate Athletic Association"),
        ('"Everyone knows somebody', "Priya Raman-Ortiz"),
        ('"The difference now', "Priya Raman-Ortiz"),
        ('"Universities promised', "Julie Park-Nguyen"),
        ('"We are still following', "Krystal Hoang-Diaz"),
    ],
    "kinshasa_mining_licence": [
        ('"The Congolese people own', "Louis Watum-Kabamba"),
        ('"This is not nationalisation', "Louis Watum-Kabamba"),
        ('"We have been a patient', "Andrew Fairbairn-Lowe"),
        ('"We will defend our rights', "Andrew Fairbairn-Lowe"),
        ('"Kinshasa is sending', "Gracelin Baskaran-Shah"),
        ('"The risk is that', "Gracelin Baskaran-Shah"),
        ('"deeply concerned"', "Chamber of Mines of the Federation of Congolese Enterprises"),
        ('"For years, Kestrel', "Jean-Claude Mutombo-Ngoy"),
        ('"open for business', "Tina Salama-Kapinga"),
        ('"Arbitration can take', "Marie-Claire Ndaya-Fischer"),
        ('"In the meantime', "Marie-Claire Ndaya-Fischer"),
    ],
    "leipzig_hospital_cyberattack": [
        ('"We are working day and night', "Annette Hollstein-Roth"),
        ('"We will not pay', "Annette Hollstein-Roth"),
        ('"Hospitals are critical', "Claudia Plattner-Weiss"),
        ('"We are seeing more', "Claudia Plattner-Weiss"),
        ('"It is too early', "Lorenz Haase-Bauer"),
        ('"Our doctors and nurses', "Petra Koepping-Lange"),
        ('"Call your family doctor', "Burkhard Jung-Albrecht"),
        ('"We cannot see X-rays', "Jonas Weber-Kim"),
        ('"It feels like', "Jonas Weber-Kim"),
        ('"Criminals know', "Manuel Atug-Brenner"),
        ('"The only good answer', "Manuel Atug-Brenner"),
    ],
}

# name -> [(start of a sentence, its first speakers)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "losangeles_admissions_bribery": [
        ("Prosecutors said at least", ["prosecutors"]),
        ("Estrada-Holt said", ["Martin Estrada-Holt"]),
        ("Ashworth-Vance's attorney", ["Linda Okafor-Bell"]),
        ("The two coaches", ["Pacific Crest University"]),
        ("Its chairwoman", ["Evelyn Marsh-Takahashi"]),
        ("The university's president", ["Ramon Delgado-Ferris"]),
        ("Among the parents", ["prosecutors"]),
        ("The National Collegiate", ["National Collegiate Athletic Association"]),
        ("Pacific Crest competes", ["Stu Jackson-Moore"]),
        ("Admissions experts said", ["experts"]),
        ("According to the FBI", ["FBI"]),
        ("Krystal Hoang-Diaz, the special", ["Krystal Hoang-Diaz"]),
        ("The U.S. Department of Education", ["U.S. Department of Education"]),
    ],
    "kinshasa_mining_licence": [
        ("Mines Minister", ["Louis Watum-Kabamba"]),
        ("Kestrel, which is listed", ["Kestrel Resources"]),
        ("Gecamines, which already", ["Gecamines"]),
        ("Its chairman", ["Alphonse Mwamba-Kalenga"]),
        ("Analysts said", ["analysts"]),
        ("Australia's trade minister", ["Don Farrell-Hughes"]),
        ("The Chamber of Mines", ["Chamber of Mines of the Federation of Congolese Enterprises"]),
        ("He said villagers", ["Jean-Claude Mutombo-Ngoy"]),
        ("Chinese miners, which", ["sources"]),
        ("A presidency spokeswoman", ["Tina Salama-Kapinga"]),
        ("Kestrel said in a filing", ["Kestrel Resources"]),
        ("Lawyers said", ["lawyers"]),
    ],
    "leipzig_hospital_cyberattack": [
        ("LEIPZIG, Germany", ["officials"]),
        ("The Leipzig Municipal", ["Leipzig Municipal Hospital Group"]),
        ("Germany's Federal Office", ["Federal Office for Information Security"]),
        ("BSI president", ["Claudia Plattner-Weiss"]),
        ("The state criminal police", ["LKA"]),
        ("A spokesman for the prosecutors", ["Lorenz Haase-Bauer"]),
        ("Saxony's health minister", ["Petra Koepping-Lange"]),
        ("Leipzig Mayor", ["Burkhard Jung-Albrecht"]),
        ("According to the hospital group", ["Leipzig Municipal Hospital Group"]),
        ("The group said", ["Leipzig Municipal Hospital Group"]),
        ("Doctors and nurses said", ["doctors", "nurses"]),
        ("The Marburger Bund", ["Marburger Bund"]),
        ("Its chairwoman, Susanne", ["Susanne Johna-Freitag"]),
        ("Federal Health Minister", ["Nina Warken-Oster"]),
        ("Cybersecurity experts said", ["experts"]),
        ("Europol, the European", ["Europol"]),
        ("The hospital group said", ["Leipzig Municipal Hospital Group"]),
    ],
}

NAMES = sorted(ACTORS)


def test_the_datelines_town_is_no_short_form_of_the_hospital_group() -> None:
    ids = {a.id: a for a in run("leipzig_hospital_cyberattack")[1].actors}
    assert "Leipzig" not in ids["Leipzig Municipal Hospital Group"].aliases


def test_no_bare_words_are_persons() -> None:
    ids = {a.id for a in run("losangeles_admissions_bribery")[1].actors}
    assert not {"Universities", "Conference", "Pacific"} & ids
    assert "Syrian Observatory for Human Rights" not in {
        a.id for a in run("kinshasa_mining_licence")[1].actors
    }


def test_passive_admitted_is_no_statement() -> None:
    _, r = run("losangeles_admissions_bribery")
    assert "students" not in {a.speaker_id for a in r.attributions}


(
    test_all_articles_listed,
    test_key_actors,
    test_merges,
    test_quote_speakers,
    test_sentence_speakers,
) = actor_table_tests(UNSEEN, run, ACTORS, MERGES, QUOTES, SPEAKERS)
