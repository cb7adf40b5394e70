"""The nouns for a person's relatives: a name apposed to one is a person's ("Her husband,
Yousef, was killed"; "said his daughter, Rosa")."""

from __future__ import annotations

KIN_NOUNS = (
    "husband", "wife", "son", "daughter", "brother", "sister", "mother", "father", "widow",
    "widower", "uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter",
    "grandmother", "grandfather", "fiancé", "fiancée",
)  # fmt: skip
