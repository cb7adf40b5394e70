"""The id of a generic group's mention ("a union official", "the protesters"): definite
mentions link to the earlier ones of their head word."""

from __future__ import annotations

from explorer.parse.actors.mentions.raw import Raw

_INDEFINITE = frozenset({"a", "an", "one", "another"})
_A_AN = frozenset({"a", "an"})
_DEFINITE = frozenset({"the", "that", "this"})
# Vowels read as "you" or "won", after "a": "a union official", "a university spokesman".
_YOU_SOUNDS = ("uni", "use", "usu", "eu", "one")


def group_id(raw: Raw, earlier: dict[str, list[str]]) -> tuple[str, str]:
    """The id of a generic group mention, linking definite mentions to earlier ones, and
    its head word (the key of ``earlier``)."""
    core = raw.core or raw.name
    words = core.split()
    head = words[-1]
    plural = head.endswith("s") and not head.endswith("ss")
    if raw.det in _DEFINITE or raw.det in _INDEFINITE:
        if raw.det in _DEFINITE:
            for gid in reversed(earlier.get(head, [])):
                gwords = gid.split()
                if set(words[:-1]) <= set(gwords[:-1]):
                    return gid, head
        if plural:
            return core, head
        if raw.det in _INDEFINITE:
            # Before a name, the article as written ("a U.S. official", "an FBI
            # official", "an Iraqi official"); "one official" is "an official".
            if (
                raw.det in _A_AN
                and core[:1].isupper()
                and raw.end - raw.start == len(raw.det) + 1 + len(core)
            ):
                return f"{raw.det} {core}", head
            vowel = core[:1] in "aeiou" and not core.startswith(_YOU_SOUNDS)
            return ("an " if vowel else "a ") + core, head
        return "the " + core, head
    return core, head
