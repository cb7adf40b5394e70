"""The linking keys of a personal name: its surname (lower case, without "al-"), its first
word, the words inside it. Keys are without accents: "Velez" is a spelling of "Vélez"."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from explorer.parse.actors.data import vocabulary

# Particles before a father's name, not a surname ("Faisal bin Khalid Al Saud").
_PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "ould", "binti"})


def fold(word: str) -> str:
    """A word in lower case without accents ("Vélez" -> "velez"; "Łukasz" keeps its "ł",
    a letter of its own, not an accent)."""
    word = word.lower()
    if word.isascii():
        return word
    return "".join([c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)])


@cache
def _particle_re() -> re.Pattern[str]:
    words = "|".join(sorted(vocabulary().name_particles, key=len, reverse=True))
    return re.compile(rf"^(?:{words})[-‐‑]")


@lru_cache(maxsize=1 << 16)
def surname_key(name: str) -> str:
    """The linking key of a personal name: its last word, lower case, without "al-" and
    accents."""
    # The last word only: rsplit makes at most two parts, split one per word.
    words = name.rsplit(None, 1)
    last = fold(words[-1]) if words else ""
    if "-" not in last and "‐" not in last and "‑" not in last:
        return last  # no particle: one is always followed by a dash (the regex is slower)
    return _particle_re().sub("", last)


@lru_cache(maxsize=1 << 14)
def first_key(name: str) -> str:
    """The first word of a personal name, lower case without accents (a surname in East
    Asian order)."""
    words = name.split()
    return fold(words[0]) if words else ""


@lru_cache(maxsize=4096)
def inner_keys(name: str) -> tuple[str, ...]:
    """The words inside a full name (not its first or last), lower case without accents,
    that may stand for it alone: capitalised, and no father's name ("bin Khalid")."""
    words = name.split()
    return tuple(
        fold(w)
        for i in range(1, len(words) - 1)
        if (w := words[i])[:1].isupper()
        and "." not in w
        and words[i - 1].lower() not in _PATRONYMIC_PARTICLES
    )
