"""The fast paths of the name lookups give the straightforward versions' results."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.lexicon import norm_key
from explorer.parse.actors.people import Listed, find_person, people
from explorer.parse.actors.surnames import surname_key


def plain_surname_key(name: str) -> str:
    words = name.split()
    last = words[-1].lower() if words else ""
    last = "".join(c for c in unicodedata.normalize("NFD", last) if not unicodedata.combining(c))
    particles = "|".join(sorted(vocabulary().name_particles, key=len, reverse=True))
    return re.sub(rf"^(?:{particles})[-‐‑]", "", last)


def plain_find_person(name: str) -> Listed | None:
    p = people()
    actor = p.full.get(norm_key(name))
    if actor is not None:
        return Listed(actor, False)
    if " " not in name.strip():
        actor = p.bare.get(plain_surname_key(name))
        if actor is not None:
            return Listed(actor, True)
    return None


def _listed_names() -> list[str]:
    return sorted(
        {n for a in (*people().full.values(), *people().bare.values()) for n in (a.id, *a.aliases)}
    )


_NAMES = _listed_names()
_WORDS = sorted({w for n in _NAMES for w in n.split()})
_PIECES = [
    *("al-", "Al-", "el-", "bin", "ibn", "abu", "de", "von der", "van", "the", "The", "Mr"),
    *("‐", "‑", "–", "-", ".", "’", "'", "‘", "'s", "’s", "s'", "Jr.", "J.", "St."),
    *("İ", "ß", "Ø", "Ğ", "é"),
]
_SEPARATORS = ["", " ", " ", "  ", "\t", "\u00a0", "\n"]
_word = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(str.lower),
    st.sampled_from(_WORDS).map(str.upper),
    st.sampled_from(_PIECES),
    st.text(alphabet="abcXYZ-.'’ ", max_size=6),
)
_parts = st.lists(st.tuples(_word, st.sampled_from(_SEPARATORS)), max_size=5).map(
    lambda parts: "".join(w + sep for w, sep in parts)
)
# Random words, and listed names with random words before and after ("the Angela Merkel's").
names = st.one_of(
    _parts,
    st.tuples(_parts, st.sampled_from(_NAMES), _parts).map("".join),
    st.tuples(st.sampled_from(["", "the ", "The "]), st.sampled_from(_NAMES), _word).map("".join),
    # A listed surname after a particle and a dash: "al-Assad", "Al‑Maliki".
    st.tuples(
        st.sampled_from(["", "al", "Al", "el", "bin", "ad", "xy"]),
        st.sampled_from(["-", "‐", "‑", "–"]),
        st.sampled_from(sorted(people().bare)).map(str.title),
    ).map("".join),
)


@settings(max_examples=3000, deadline=None)
@given(names)
def test_find_person_as_straightforward(name: str) -> None:
    assert find_person.__wrapped__(name) == plain_find_person(name)


@settings(max_examples=3000, deadline=None)
@given(names)
def test_surname_key_as_straightforward(name: str) -> None:
    assert surname_key.__wrapped__(name) == plain_surname_key(name)


def test_listed_names_and_aliases_found() -> None:
    for a in (*people().full.values(), *people().bare.values()):
        for n in (a.id, *a.aliases, f"{a.id}'s", f"the {a.id}", a.id.upper(), a.id + "."):
            assert find_person.__wrapped__(n) == plain_find_person(n), n
