"""An organisation's word in the plural opening a sentence is the common noun, no one's
name: '"Universities promised to audit athletic recruits," said X' (was a person
"Universities"), "Banks raised rates", "Hospitals are critical infrastructure". A surname
the text writes after a given name stays one ("Tony Banks ... Banks said")."""

from __future__ import annotations

from explorer.model import ActorKind
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.mentions.raw import Raw

_PERSON = ActorKind.PERSON


def _singular(word: str) -> str:
    """The singular of an English plural ("Universities" -> "University")."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def without_plural_heads(text: str, out: list[Raw]) -> list[Raw]:
    """``out`` without the unknown one-word names opening a sentence that are the plural of
    an organisation's word ("Universities", "Banks") and follow no capitalised word
    anywhere in the text."""
    heads = vocabulary().organisation_heads
    drop = {
        i
        for i, r in enumerate(out)
        if r.initial
        and not r.known
        and (r.kind is None or r.kind is _PERSON)
        and r.name[-1:] == "s"
        and " " not in r.name
        and _singular(r.name) in heads
        and not _after_capital(text, r.name)
    }
    return out if not drop else [r for i, r in enumerate(out) if i not in drop]


def _after_capital(text: str, name: str) -> bool:
    """Whether ``name`` follows a capitalised word and a space somewhere ("Tony Banks",
    "Mr. Banks")."""
    at = text.find(" " + name)
    while at > 0:
        word = text[text.rfind(" ", 0, at) + 1 : at]
        if word[:1].isupper():  # (a title's abbreviation too: "Mr. Banks")
            return True
        at = text.find(" " + name, at + 1)
    return False
