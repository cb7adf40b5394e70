"""patterns.caseless_trie_words matches what its words' trie matches under re.IGNORECASE:
each first letter's class holds exactly the characters the flag takes for that letter, over
all of Unicode, and group_before finds what its form under the flag finds."""

from __future__ import annotations

import random
import re
import string

from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.patterns import caseless_trie_words, patterns, trie_words

_ALL = [chr(u) for u in range(0x110000) if not 0xD800 <= u < 0xE000]


def test_each_first_letter_is_what_ignorecase_matches() -> None:
    for ch in string.ascii_letters + "-’é":
        flagged = re.compile(re.escape(ch), re.IGNORECASE).fullmatch
        plain = re.compile(caseless_trie_words([ch])).fullmatch
        assert [c for c in _ALL if flagged(c)] == [c for c in _ALL if plain(c)], ch


def test_group_before_matches_its_ignorecase_form() -> None:
    v = vocabulary()
    g_mods = trie_words(sorted({w.lower() for w in v.group_modifiers}))
    dets = trie_words(sorted({w.lower() for w in v.determiners}))
    flagged = re.compile(
        rf"(?<![\w’'\-‐‑])(?:(?P<det>{dets})\s+)?(?P<mods>(?:(?:{g_mods})\s+){{0,2}})$",
        re.IGNORECASE,
    )
    plain = patterns().group_before
    words = [*v.determiners, *v.group_modifiers, "said", "U.S.", "officials", "ſ", "ı", "İ"]
    rng = random.Random(5)

    def variant(w: str) -> str:
        r = rng.random()
        if r < 0.2:
            w = w.upper()
        elif r < 0.4:
            w = "".join(c.upper() if rng.random() < 0.5 else c for c in w)
        elif r < 0.5:
            w = w.replace("s", "ſ").replace("i", "ı").replace("k", "\u212a")
        return rng.choice(["", "", "(", "x.", "-"]) + w + rng.choice(["", "", ",", "’s"])

    for _ in range(2000):
        text = "".join(
            variant(rng.choice(words)) + rng.choice([" ", "  ", "\n", "\u00a0"])
            for _ in range(rng.randint(1, 6))
        )
        for hs in range(len(text) + 1):
            lo = max(0, hs - 60)
            a, b = flagged.search(text, lo, hs), plain.search(text, lo, hs)
            assert (a is None) == (b is None), text
            if a is not None and b is not None:
                assert (a.span(), a.groups()) == (b.span(), b.groups()), text
