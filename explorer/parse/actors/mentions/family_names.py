"""A family named by its surname before "family": "The Underwood family said" is one group
of that name, the family of the article's persons of that surname ("their father, Ray
Underwood-Fisk"), not a person, and not the anonymous "the family"."""

from __future__ import annotations

_DETERMINERS = ("the ", "The ")
# Nouns "family" modifies ("the Kessler family foundation", "the Smith family home"): the
# phrase names a thing or an organisation, no family speaking.
_MODIFIED = frozenset(
    {
        "foundation", "business", "businesses", "firm", "company", "trust", "trusts",
        "office", "fortune", "home", "homes", "farm", "estate", "members", "member",
        "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "attorney",
        "attorneys", "friend", "friends", "holding", "holdings", "empire", "dynasty",
        "name", "tree", "feud", "wealth", "house", "vault", "tomb", "doctor", "pet",
    }
)  # fmt: skip


def family_name_before(text: str, hs: int) -> tuple[int, str] | None:
    """Where the phrase "the <Surname> family" whose "family" starts at ``hs`` starts, and
    the surname as written; None if the word before ``hs`` is no capitalised name word
    right after "the" ("the royal family", "his family", "The family")."""
    if hs < 6 or text[hs - 1] != " ":
        return None
    if (
        text.startswith(" ", hs + 6)
        and text[hs + 7 : hs + 20].split(" ", 1)[0].rstrip(",.;:") in _MODIFIED
    ):
        return None
    ws = text.rfind(" ", max(0, hs - 40), hs - 1) + 1
    if ws < 4:
        return None
    word = text[ws : hs - 1]
    if (
        not word[:1].isupper()
        or not word.replace("-", "").isalpha()
        or word.isupper()
        or (not word[1:].replace("-", "").islower() and "-" not in word)
    ):
        return None
    for det in _DETERMINERS:
        if text.startswith(det, ws - 4):
            return ws - 4, word
    return None
