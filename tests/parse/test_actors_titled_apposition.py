"""A name set off by commas with a full title before it ("Its head, Air Marshal NAME,
said"): the name speaks, and "its"/"the agency's" gives the affiliation, as with an
abbreviated title ("Gen. NAME") or none."""

from __future__ import annotations

import pytest
from speaker_checks import run, speakers_of


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "The coast guard sent two ships. Its commander, Rear Admiral Tomas Ekberg, said "
            "the search would go on overnight.",
            "Its commander",
            "Tomas Ekberg",
        ),
        (
            "The ministry's spokesman, Colonel Ruta Maskell, told reporters the convoy was safe.",
            "The ministry's spokesman",
            "Ruta Maskell",
        ),
        (
            "Its chief, Lt. Gen. Ivo Marant, warned that more floods would come.",
            "Its chief",
            "Ivo Marant",
        ),
        (
            "The committee's chairman, Senator Dana Whitlow, said the bill was dead.",
            "The committee's chairman",
            "Dana Whitlow",
        ),
    ],
)
def test_a_titled_name_between_commas_speaks(text: str, opening: str, speaker: str) -> None:
    assert speakers_of(text, opening) == [speaker]


def test_its_head_with_a_rank_is_the_organisations() -> None:
    text = (
        "The Nordmark Air Force flew 40 sorties on Monday. Its head, Air Marshal Pieter Olm, "
        "said the planes would fly again."
    )
    actors = {a.id: a for a in run(text).actors}
    assert actors["Pieter Olm"].role == "air marshal"
    assert actors["Pieter Olm"].affiliation == "Nordmark Air Force"


def test_a_comma_before_a_list_of_names_makes_no_speaker_of_the_first() -> None:
    # "Lena Kross, Tomas Ekberg and ... said": all of the list speak, the first is no
    # apposition.
    text = "Two lawmakers, Lena Kross and Tomas Ekberg, said they would vote against it."
    assert speakers_of(text, "Two lawmakers") == ["Lena Kross", "Tomas Ekberg"]
