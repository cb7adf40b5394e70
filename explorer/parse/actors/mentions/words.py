"""Small tests of the words around a name that several parts of the scan share: a role
made former or lesser by the words before its title, a possessive after a name, an
abbreviation, the word before a position, whether a speech cue may follow."""

from __future__ import annotations

from explorer.parse.actors.data import load_toml


def _former(role: str | None, lead: str) -> str | None:
    """``role`` held in the past where ``lead``, the words before its title, say so ("a
    61-year-old former mayor", "Former President", "former Costa Rican Foreign Minister"):
    "former mayor". A reader takes a bare "mayor" for the sitting one. So is an opposition's
    "shadow" role: "the shadow home secretary" is no home secretary."""
    if (
        role
        and "hadow" in lead
        and not role.startswith(("shadow ", "former shadow "))
        and "shadow" in lead.lower().split()
    ):
        role = f"shadow {role}"
    if role and lead.endswith(_RANK_ENDS):
        # "the union's deputy general secretary, X": a deputy, not the general secretary
        rank = lead.rsplit(maxsplit=1)[-1].lower()
        if rank in _ROLE_RANKS and not role.startswith(rank):
            role = f"{rank} {role}"
    if (
        role
        and "ormer" in lead
        and not role.startswith("former ")
        and "former" in lead.lower().replace("-", " ").split()
    ):
        return f"former {role}"
    return role


# Words before a title that make the role a lesser or a passing one ("deputy general
# secretary", "acting president"); the ends of the text before the title that may hold one.
_ROLE_RANKS = frozenset(load_toml("vocabulary.toml")["title_ranks"])
_RANK_ENDS = tuple(f"{w[-3:]} " for w in _ROLE_RANKS)


def _abbreviation(name: str) -> bool:
    """An abbreviation in capitals ("RJD", "ANC")."""
    return len(name) > 1 and name.isalpha() and name.isupper()


def _is_owner(text: str, end: int) -> bool:
    """True if a possessive follows the name ending at ``end`` ("Varga's", "Reuters'")."""
    return text.startswith(("’s", "'s"), end) or (
        text.startswith(("’", "'"), end) and text[end - 1 : end] == "s"
    )


# What can stand right after a name, or after one space after it, where cue_after may
# match though no cue word starts there: a possessive, an apposition, more white space.
_CUE_GAP = frozenset(",’'")


def _cue_may_follow(text: str, e: int, prefixes: frozenset[str]) -> bool:
    """False where ``cue_after`` cannot match at ``e`` (a test before the regex, which
    costs more even when it fails at once). ``prefixes``: ``cue_after_prefixes``."""
    j = e + 1 if text.startswith(" ", e) else e
    head = text[j : j + 3]
    if head[:1].isalpha():
        # A cue, or a word allowed before one, starts here (they are lower-case ASCII).
        return head in prefixes or head[:2] in prefixes
    return head[:1] in _CUE_GAP or head[:1].isspace()


def _previous_word(text: str, pos: int) -> str:
    """The word just before ``pos`` (lower case), or "" ."""
    end = pos
    while end > 0 and text[end - 1] in " \t\u00a0":
        end -= 1
    lo = end - 20 if end > 20 else 0
    start = max(text.rfind(" ", lo, end), text.rfind("\n", lo, end)) + 1  # (a line's first)
    return text[start:end].lower() if start > 0 or end - start < 20 else ""
