"""Corpus-level linking and filter lookup."""

from __future__ import annotations

from explorer.model import Actor, ActorKind
from explorer.parse.actors import analyse_actors, link_corpus, match_actor_names
from explorer.parse.segment import segment


def analyse(text: str):  # type: ignore[no-untyped-def]
    return analyse_actors(text, segment(text).sentences)


def test_link_surname_across_articles() -> None:
    a = analyse("Foreign Secretary Helen Marsh said talks would resume.")
    b = analyse("Marsh told reporters the talks had failed.")
    assert "Marsh" in {x.id for x in b.actors}
    mapping = link_corpus([a, b])
    assert mapping["Marsh"] == "Helen Marsh"
    assert mapping["Helen Marsh"] == "Helen Marsh"


def test_ambiguous_surname_is_not_linked() -> None:
    a = analyse("Senator Tom Reyes said no. Governor Maria Reyes said yes.")
    b = analyse("Reyes said the bill would pass.")
    mapping = link_corpus([a, b])
    assert mapping["Reyes"] == "Reyes"


def test_match_actor_names() -> None:
    actors = [
        Actor("United States", ActorKind.COUNTRY, ("US", "U.S.", "American")),
        Actor("John Kerry", ActorKind.PERSON, ("Kerry", "Mr Kerry")),
        Actor("Russia", ActorKind.COUNTRY, ("Russian Federation",)),
        Actor("United Nations", ActorKind.ORGANISATION, ("UN",)),
        Actor("the activist", ActorKind.GROUP),
    ]
    for query in ("us", "U.S.", "american", "USA", "united states", "America"):
        assert "United States" in match_actor_names(query, actors), query
    assert match_actor_names("kerry", actors) == {"John Kerry"}
    assert match_actor_names("russian", actors) == {"Russia"}
    assert match_actor_names("u.n.", actors) == {"United Nations"}
    assert match_actor_names("activist", actors) == {"the activist"}
    assert match_actor_names("", actors) == set()
    assert match_actor_names("zzz", actors) == set()
