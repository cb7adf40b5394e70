"""More nouns a reader calls an organisation by (for nominal._ORG_NOUNS): the word of its
name that makes it one ("The Coordination Headquarters for ... said. The headquarters
said"), or the noun of its apposition ("The Kenya Private Sector Alliance, the main business
lobby, urged ... The lobby said"; APPOSED_NOUNS, for nominal._APPOSED_KIND)."""

from __future__ import annotations

MORE_ORG_NOUNS: dict[str, frozenset[str]] = {
    "headquarters": frozenset({"Headquarters"}),
    "endowment": frozenset({"Endowment"}),
    "lobby": frozenset({"Lobby"}),
    # ("The China Chamber of Commerce ... said. The chamber said"; "the Chamber of Deputies")
    "chamber": frozenset({"Chamber"}),
}
# The nouns an apposition gives an organisation ("X, the main business lobby,").
APPOSED_NOUNS = "collective|charity|agency|lobby"
