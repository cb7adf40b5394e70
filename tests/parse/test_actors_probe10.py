"""Findings of session 10's probes, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actors_by_id, run


def test_a_two_word_state_after_a_party_letter_is_no_country() -> None:
    """ "Sen. X, D-New Mexico," is a Democrat from a US state: no mention of Mexico (the
    country would crowd the actor filter of a story that never names it)."""
    text = (
        "Sen. Ana Ortiz, D-New Mexico, said the bill was flawed. Rep. Tom Reyes, "
        "R-New Jersey, agreed."
    )
    assert actor_ids(text) == {"Ana Ortiz", "Tom Reyes", "Democrats", "Republicans"}
    found = actors_by_id(run(text))
    assert found["Ana Ortiz"].affiliation == "Democrats"
    # The country is still the country where the text names it.
    assert "Mexico" in actor_ids("Mexico said the border would reopen.")
