"""Tables of the mention scan read by more than one of its modules: the words, nouns and
patterns the rules test names against (a table used by one module stays there, by its
rule). Also the names other parts of the engine import (``COMPANY_AFTER``, ``PARTY_IDS``,
...). At the bottom of the package: it imports none of it."""

from __future__ import annotations

import re

from explorer.model import ActorKind
from explorer.parse.actors.data import load_toml

_OPENERS = frozenset("“\"‘'([—–-")
_ENDERS = frozenset(".!?:;\n")
# Titles held in an organisation, whose owner before them is one ("Chelsea manager X").
# (Title phrases and their roles: "Kestrel Chief Executive Officer X", "Hoshida President X",
# "CUT president X", "NASA Administrator X"; not "mayor" or "governor": "Riverton mayor".)
_EMPLOYEE_TITLES = frozenset(
    {"manager", "coach", "chief executive", "ceo", "chief", "chairman", "chairwoman", "chair"}
    | {"spokesman", "spokeswoman", "spokesperson", "director", "founder", "captain", "boss"}
    | {"president", "chief executive officer", "chief financial officer", "cfo"}
    | {"chief operating officer", "coo", "chief technology officer", "cto", "head coach"}
    | {"administrator", "managing director", "executive director", "general secretary"}
    | {"secretary-general", "secretary general", "chief economist", "chief engineer"}
    | {"analyst", "economist", "strategist", "leader"}
    | {"goalkeeper", "keeper", "striker", "forward", "midfielder", "defender", "winger"}
    | {"team principal", "team boss", "driver", "technical director"}
)
_EMPLOYERS = (ActorKind.COUNTRY, ActorKind.ORGANISATION)
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Last words of a diplomat's role: a country before the organisation before such a title
# sends the diplomat there ("Russia's U.N. Ambassador X" is Russia's, "Germany's EU envoy").
_ENVOY_ENDS = ("ambassador", "envoy", "representative", "delegate")
# Lower-case nouns after which a name is a place's ("North Kivu province").
_AREA_NOUNS = frozenset(
    {"province", "state", "region", "district", "county", "prefecture", "municipality"}
)
# Nouns before "of" after which a name is a place's ("the village of Sungai Jariang").
# What follows a company's name and no person's: its shares, its officers, "which", "said
# its ..." or "said it would cut ..." (not "said it was": a dummy "it"), its refinery.
COMPANY_AFTER = re.compile(
    r"(?:['’]s?\s+(?:shares|stock|share\s+price|profits?|revenues?|sales|earnings|"
    r"chief\s+executive|chief\s+financial\s+officer|board|chairman|CEO|CFO|headquarters|"
    r"(?:chief\s+|senior\s+)?(?:economists?|analysts?|strategists?)|shareholders|"
    r"subsidiary|factories|factory|plants?|customers|products|workforce|employees)\b"
    r"|,\s+which\s"
    r"|\s+(?:said|says|announced|reported|posted|added)\s+"
    r"(?:on\s+\w+\s+|in\s+a\s+(?:statement|filing)\s+|late\s+\w+\s+|that\s+)*"
    r"(?:its\s|it\s+(?:plans|planned|expects|expected|intends|intended|aims|agreed|has\s+agreed|"
    r"had\s+agreed|had|would|will)\s+(?:to\s+)?(?:cut|close|buy|sell|invest|hire|pay|raise|"
    r"appeal|acquire|merge|expand|shut|build|supply|launch|resume|reduce|lay\s+off|"
    r"push|press|sue|lobby|campaign|fight|challenge|seek|file|review|monitor))"
    r"|\s+(?:shares|stock)\s+(?:rose|fell|jumped|slumped|climbed|dropped|gained|lost|closed)\b"
    # (a plant only a company runs: "at the TotalEnergies refinery")
    r"|\s+(?:refinery|refineries|smelter|smelters)\b)"
)
# What such a match opens with where it makes an unknown name of no kind an organisation
# (a test before the regex; not ", which": places too).
COMPANY_AFTER_FIRST = frozenset("'’")
COMPANY_AFTER_WORDS = (" shares ", " stock ")
# The rest of a sentence, then a next one that opens with "The company" or "The firm" (or
# quotes it as "the company said"): after a name, what makes it that company.
COMPANY_NEXT = re.compile(
    r"[^.!?\n]*[.!?][\"”’]?[ \n]+(?:The (?:company|firm)\b|[\"“][^\"”\n]{1,300}[,.?!][\"”] "
    r"the (?:company|firm) (?:said|says|added)\b)"
)
# Nouns of companies and funds (lower case): a group's noun before one is its modifier
# ("the activist fund X"; not "group" or "party": "the opposition party said").
_ORG_NOUNS = frozenset(
    (
        *load_toml("vocabulary.toml")["company_nouns"],
        *load_toml("vocabulary.toml")["organisation_nouns"],
    )
) - {"group", "party", "bloc"}
# Party names in the singular ("Labour", vocabulary.toml's party_names) and the verbs they
# stand before as a party: a cue's first word or a word in -ed ("Labour said", "Labour
# voted"), not a noun ("Labour costs rose").
_PARTY_NAMES = frozenset(load_toml("vocabulary.toml")["party_names"])


# A party's adjective before a politician's noun ("Republican lawmaker", "a Labour MP") ->
# the party's id as its plural or name stands for it ("Republicans", "Labour"; merged with
# the article's "Republican Party" as they are).
_PARTY_ADJECTIVES: dict[str, str] = {
    **{
        p[:-3] + "y" if p.endswith("ies") else p[:-1]: p
        for p in load_toml("vocabulary.toml")["party_plurals"]
    },
    "Democratic": "Democrats",
    **{name: name for name in _PARTY_NAMES},
}
_PARTY_STATE = re.compile(r"(?:, | \()([RD])-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?(?:[,)]|\.(?!\w))")
# The parties a person may be affiliated with by their adjective ("Republicans"), named in
# the article or not.
PARTY_IDS = frozenset(_PARTY_ADJECTIVES.values())
# Group heads a party's adjective makes the party's ("Labour MPs", "Republican voters").
_PARTY_MEMBERS = frozenset(
    {"mps", "meps", "lawmakers", "senators", "members", "voters", "supporters", "activists"}
    | {"candidates", "leaders", "legislators", "councillors", "politicians", "delegates"}
    | {"aides", "staffers", "advisers"}
)
_POLITICIAN_ROLES = frozenset(
    {"lawmaker", "senator", "mp", "mep", "peer", "congressman", "congresswoman"}
    | {"representative", "legislator", "councillor", "councilor", "politician", "candidate"}
    | {"leader", "governor", "mayor", "deputy", "whip", "backbencher", "strategist", "member"}
    | {"sen", "sens", "rep", "reps", "gov"}  # (abbreviated: "Republican Sen. X")
)
# Endings of a profession's noun ("volcanologist", "cartographer", "physician",
# "journalist"), not of a name ("Lindqvist", "Almquist").
_PROFESSION_ENDS = ("ologist", "ographer", "ician", "ist")
_NOT_PROFESSION = ("qvist", "quist", "christ")
# A description of an employer between "of the"/"at the" after a job and the employer's
# name: up to three words (a "-based" compound, a capitalised adjective, lower-case words),
# then a noun of an organisation ("executive director of the Santiago-based consultancy
# Plusmining", "head of research at the British cybersecurity firm Northgate Labs",
# "chairman of the Colombo-based think tank Advocata Institute").
# Words before a party's name that say its place in parliament ("the opposition
# Conservatives", "the ruling Labour Party"): a description, no group.
_PARTY_ROLES = frozenset({"opposition", "ruling", "governing"})
_PERSON_OR_UNKNOWN = frozenset({ActorKind.PERSON, None})
# Roles of honorifics, which an appositive job after the name replaces ("Dr. Layla Amiri,
# a researcher at ...", "Sheikh Hamdan ..., the foreign minister of ...").
HONORIFIC_ROLES = frozenset(
    {"doctor", "professor", "sheikh", "prince", "princess", "sultan", "emir", "reverend"}
    # church titles ("Cardinal X, the Vatican's secretary of state,": see CHURCH_TITLES)
    | {"cardinal", "bishop", "sister"}
)


_INITIAL_SKIP = " \t\u00a0" + "".join(sorted(_OPENERS))
# A character before a space before a name that makes it no sentence's first word at once.
_NOT_INSIDE = frozenset(_INITIAL_SKIP) | _ENDERS


# " (NPP)": an abbreviation in brackets, as _POSSESSIVE_NAME's look-ahead ends.
_BRACKETED_ABBREVIATION = re.compile(r" \([A-Z]{2,8}\)")


_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE
