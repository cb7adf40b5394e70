"""Regression tests on three invented wire stories from beats the earlier sets lack
(tests/fixtures/actors_unseen30: a Reuters story on an Olympic host decision datelined
LAUSANNE, with the IOC and its president, a host commission and its chair, bid committees,
a sports minister, "The Indian Olympic Association (IOA), whose president, X, had lobbied
hard, said" and rights groups; an AP story on a museum returning colonial-era artefacts,
with a foundation and its president, "Nigeria's Minister of Art, Culture and Creative
Economy, X," the British Museum and "the British Museum Act", "Britain's Department for
Culture, Media and Sport"; a Reuters story on a tanker freed from pirates, with a navy
and its spokesman, "according to the European Union's naval force, EUNAVFOR Atalanta",
a shipping bureau, Puntland officials and "the Gulf of Aden"). They pin only what the
parser gets right and a reader would notice: key actors with roles and affiliations, short
forms merged into one actor, quote and statement speakers. Known defects on these
articles are listed in FINDINGS.md there, not asserted here; what round 30 fixed there is
pinned too."""

from __future__ import annotations

from pathlib import Path

from article_checks import ORG, C, G, L, P, actor_table_tests, fixture_actors

from explorer.model import ActorKind

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen30"

run = fixture_actors(UNSEEN)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "lausanne_olympic_bid": {
        "International Olympic Committee": (ORG, None, None),
        "Lausanne": (L, None, None),
        "Doha": (L, None, None),
        "Istanbul": (L, None, None),
        "Qatar": (C, None, None),
        "Turkey": (C, None, None),
        "Kirsty Coventry-Moyo": (P, "International Olympic Committee", "president"),
        "Future Host Commission": (ORG, None, None),
        "Karl Stoss-Brenner": (P, "Future Host Commission", "chair"),
        "Qatar Olympic Committee": (ORG, "Qatar", None),
        "Osman Askin Bak-Yildiz": (P, "Turkey", "sports minister"),
        "TRT": (ORG, None, None),
        "Indian Olympic Association": (ORG, "India", None),
        "Harsh Sanghavi-Patel": (P, None, "sports minister"),
        "Mehmet Dogan-Arslan": (P, None, "chairman"),
        "Amnesty International": (ORG, None, None),
        "Human Rights Watch": (ORG, None, None),
        "Minky Worden-Hale": (P, "Human Rights Watch", None),
        "Jules Boykoff-Lind": (P, "Pacific University", "political scientist"),
        "World Athletics": (ORG, None, None),
        "Sebastian Coe-Barrow": (P, "World Athletics", "president"),
        "human rights groups": (G, None, None),
        "critics": (G, None, None),
    },
    "berlin_bronzes_return": {
        "Berlin": (L, None, None),
        "Nigeria": (C, None, None),
        "Germany": (C, None, None),
        "Prussian Cultural Heritage Foundation": (ORG, None, None),
        "Hermann Parzinger-Vogt": (P, "Prussian Cultural Heritage Foundation", "president"),
        "Claudia Roth-Engel": (P, "Germany", "culture minister"),
        "Hannatu Musawa-Bello": (P, "Nigeria", "minister"),
        "British Museum": (ORG, None, None),
        "Nicholas Cullinan-Price": (P, "British Museum", "director"),
        "Dan Hicks-Warren": (P, "University of Oxford", "professor"),
        "Department for Culture, Media and Sport": (ORG, "United Kingdom", None),
        "Bénédicte Savoy-Lang": (P, "Technical University of Berlin", "historian"),
        "Emmanuel Macron": (P, "France", "president"),
        "Anja Keller-Brandt": (P, None, "teacher"),
        "Aghatise Erediauwa-Osa": (P, None, "spokesman"),
        "Muhammadu Buhari-Ojo": (P, None, "president"),
        "Smithsonian Institution": (ORG, None, None),
        "campaigners": (G, None, None),
        "researchers": (G, None, None),
    },
    "aden_gulf_piracy": {
        "India": (C, None, None),
        "Somalia": (C, None, None),
        "Indian Navy": (ORG, "India", None),
        "EUNAVFOR Atalanta": (ORG, None, None),
        "Vivek Madhwal-Rao": (P, None, "spokesman"),
        "Meridian Tankers": (ORG, None, None),
        "Lars Pedersen-Holm": (P, "Meridian Tankers", "managing director"),
        "Rajnath Singh-Chauhan": (P, "India", "defence minister"),
        "Cormac Mc Garry-Flynn": (P, "Control Risks", "analyst"),
        "International Maritime Bureau": (ORG, None, None),
        "Michael Howlett-Grant": (P, "International Maritime Bureau", "director"),
        "Ignacio Villanueva-Serrano": (P, "EUNAVFOR Atalanta", None),
        "Houthis": (ORG, None, None),
        "Jakob Larsen-Broe": (P, "BIMCO", "head of security"),
        "Puntland": (L, None, None),
        "Abdulkadir Farah-Jama": (P, None, "minister"),
        "Gulf of Aden": (L, None, None),
        "Eyl": (L, None, None),
        "security experts": (G, None, None),
        "fishermen": (G, None, None),
    },
}

# name -> [(surface, actor id it must link to, every time)]
MERGES: dict[str, list[tuple[str, str]]] = {
    "lausanne_olympic_bid": [
        ("LAUSANNE", "Lausanne"),
        ("Coventry-Moyo", "Kirsty Coventry-Moyo"),
        ("IOA", "Indian Olympic Association"),
        ("QOC", "Qatar Olympic Committee"),
    ],
    "berlin_bronzes_return": [
        ("BERLIN", "Berlin"),
        ("British Museum", "British Museum"),
    ],
    "aden_gulf_piracy": [
        ("IMB", "International Maritime Bureau"),
        ("EUNAVFOR Atalanta", "EUNAVFOR Atalanta"),
    ],
}

# name -> [(start of a quote, its speaker or None)]
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "lausanne_olympic_bid": [
        ('"Doha has shown us', "Kirsty Coventry-Moyo"),
        ('"This is not the end', "Kirsty Coventry-Moyo"),
        ('"We have hosted the World Cup', "Joaan bin Hamad Al-Thani-Kuwari"),
        ('"Istanbul is a bridge', "Osman Askin Bak-Yildiz"),
        ('"The IOC has again', "Minky Worden-Hale"),
        ('"Nobody outside the room', "Jules Boykoff-Lind"),
        ('"The city has the facilities', "Sebastian Coe-Barrow"),
    ],
    "berlin_bronzes_return": [
        ('"These objects were taken', "Hermann Parzinger-Vogt"),
        ('"We cannot undo', "Claudia Roth-Engel"),
        ('"There are still thousands', "Hannatu Musawa-Bello"),
        ('"The Oba wants', "Aghatise Erediauwa-Osa"),
        ('"Loans are a way', "Dan Hicks-Warren"),
        ('"In many cases', "Bénédicte Savoy-Lang"),
        ('"It belongs to them', "Anja Keller-Brandt"),
    ],
    "aden_gulf_piracy": [
        ('"All crew, including', "Vivek Madhwal-Rao"),
        ('"The crew have been', "Meridian Tankers"),
        ('"Our navy has shown', "Rajnath Singh-Chauhan"),
        ('"The navies have moved', "Cormac Mc Garry-Flynn"),
        ('"a good example', "Ignacio Villanueva-Serrano"),
        ('"These criminals', "Abdulkadir Farah-Jama"),
        ('"They come with big ships', "Ahmed Yusuf-Nur"),
        ('"A single hijacking', "Jakob Larsen-Broe"),
    ],
}

# name -> [(start of a sentence, its first speakers)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "lausanne_olympic_bid": [
        ("IOC President", ["Kirsty Coventry-Moyo"]),
        ("The commission's chair", ["Karl Stoss-Brenner"]),
        ("Turkish Sports Minister", ["Osman Askin Bak-Yildiz"]),
        ("The Indian Olympic Association", ["Indian Olympic Association"]),
        ("Amnesty International said", ["Amnesty International"]),
        ("The IOC rejected", ["International Olympic Committee"]),
        ("Critics say", ["critics"]),
        ("World Athletics, which", ["World Athletics"]),
    ],
    "berlin_bronzes_return": [
        ("German Culture Minister", ["Claudia Roth-Engel"]),
        ("Nigeria's Minister of Art", ["Hannatu Musawa-Bello"]),
        ("The director-general of the NCMM", ["Olugbile Holloway-Adeyemi"]),
        ("Its director, Nicholas", ["Nicholas Cullinan-Price"]),
        ("A spokesperson for Britain's", ["Department for Culture, Media and Sport"]),
        ("Campaigners said", ["campaigners"]),
        ("Researchers say", ["researchers"]),
        ("The first 10 objects", ["Prussian Cultural Heritage Foundation"]),
    ],
    "aden_gulf_piracy": [
        ("NEW DELHI/MOGADISHU", ["Indian Navy"]),
        ("The Liberian-flagged", ["EUNAVFOR Atalanta"]),
        ("Its managing director", ["Lars Pedersen-Holm"]),
        ("The International Maritime Bureau", ["International Maritime Bureau"]),
        ("EUNAVFOR Atalanta, which", ["EUNAVFOR Atalanta"]),
        ("Its commander", ["Ignacio Villanueva-Serrano"]),
        ("Puntland's minister", ["Abdulkadir Farah-Jama"]),
        ("The Indian Navy said", ["Indian Navy"]),
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


# What round 30 fixed here: no actor made of a portfolio's fields, of a law's name or of
# half a body of water's.
ABSENT: dict[str, set[str]] = {
    "berlin_bronzes_return": {"Art", "Culture", "Creative Economy", "British Museum Act"},
    "aden_gulf_piracy": {"Gulf", "Aden"},
}


def test_no_false_actors() -> None:
    for name, absent in ABSENT.items():
        ids = {a.id for a in run(name)[1].actors}
        assert not (ids & absent), (name, ids & absent)


def test_the_bids_chairman_is_no_iocs_officer() -> None:
    actors = {a.id: a for a in run("lausanne_olympic_bid")[1].actors}
    assert actors["Mehmet Dogan-Arslan"].affiliation is None
