"""A law named after a body is no actor: "the British Museum Act" (was an organisation that
took "British Museum" as its short form, and employed the museum's director), "the Official
Secrets Act" (was a person "Secrets Act", an official), nor is its last word after a known
body's name ("the National Gallery Act, the minister said": was a person "Act")."""

from __future__ import annotations

from explorer.parse.actors.mentions.raw import Raw

_LAW_ENDS = (" Act", " Acts")


def without_law_names(out: list[Raw]) -> list[Raw]:
    """``out`` without the unknown names ending in "Act" (a law's), also the word alone after
    a known name ("the National Gallery| Act")."""
    return [
        r
        for r in out
        if r.known or not (r.name.endswith(_LAW_ENDS) or r.name == "Act" or r.name == "Acts")
    ]
