"""A passive speech verb, whose subject says nothing: "at least 23 students were admitted",
"Sununu was told", "Bin Laden is accused of" (were the speakers of their sentences)."""

from __future__ import annotations

# A form of "be" ending a gap before a cue: "students were admitted", "he was told" (a
# passive, whose subject says nothing), unless the cue is a participle in -ing ("officials
# were warning": they spoke).
_BE_ENDS = (" was ", " were ", " is ", " are ", " been ", " be ")


def passive_gap(text: str, end: int, limit: int) -> bool:
    """Whether the gap ``end``..``limit`` before a cue ends with a form of "be" and the cue
    is no participle in -ing: a passive ("23 students were admitted")."""
    if not text.endswith(_BE_ENDS, end - 1 if end > 0 else 0, limit):
        return False
    stop = text.find(" ", limit, limit + 30)
    word = text[limit : stop if stop >= 0 else limit + 30]
    return not word.rstrip(".,;:").endswith("ing")
