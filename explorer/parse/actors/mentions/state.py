"""The run scanner's state: the text, the lexicon and the vocabulary's sets its rules
read, what it has found so far, and :meth:`_ScanState.known`, the mention of a lexicon
entry every rule emits. The base of the scanner's rule classes
(employers -> titles -> names -> scanner), each in its own module."""

from __future__ import annotations

from functools import cache

from explorer.model import ActorKind
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.lexicon import Entry, Lexicon
from explorer.parse.actors.mentions.raw import Raw, is_initial
from explorer.parse.actors.mentions.tables import _NOT_INSIDE
from explorer.parse.actors.patterns import patterns
from explorer.parse.actors.runs import run_sets

_PLACE = ActorKind.PLACE


@cache
def _people_nouns() -> frozenset[str]:
    """Nouns for people, after which "from NAME" is a place: "residents from X"."""
    sets = run_sets()
    return sets.employee_nouns | sets.group_words


@cache
def _title_modifiers() -> frozenset[str]:
    """The vocabulary's title modifiers as a set (its list is in the data's order)."""
    return frozenset(vocabulary().title_modifiers)


class _ScanState:
    """The state the run scanner's rules share (see the module)."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.clubs = lex.clubs
        self.lex = lex
        sets = run_sets()
        self.club_heads = sets.club_heads
        self.chambers = sets.chambers
        self.company_nouns = sets.company_nouns
        # The nouns of an organisation's trade that open no name ("Lender", "Regulator",
        # "Broadcaster"; not "Bank", "Network", "Club": "Bank Negara", "Network Rail").
        self.trade_nouns = sets.trade_nouns
        self.name_openers = sets.name_openers
        self.party_plurals = sets.party_plurals
        self.possessive_orgs = sets.possessive_orgs
        self.list_name_heads = sets.list_name_heads
        # Organisations whose name goes on over a list ("Ministry of Economy, Trade and
        # Industry"): their spans, whose other runs are words of the name.
        self.lists: list[tuple[int, int]] = []
        self.v = vocabulary()
        self.p = patterns()
        self.out: list[Raw] = []
        self.title_last = sets.title_last
        self.prepositions = sets.prepositions
        self.particles = sets.particles
        self.not_subject = sets.not_subject
        self.employee_nouns = sets.employee_nouns
        # (two tables built from the data once, not per text)
        self.people_nouns = _people_nouns()
        self.titles = self.v.titles
        self.title_modifiers = _title_modifiers()
        # Where an employer after "at" starts, found by an apposition before it.
        self.employers_at: set[int] = set()
        # Where a one-word employer whose possessive owns an apposed title starts ("NAME,
        # Tunebox's head of global affairs"): an organisation.
        self.employer_owners: set[int] = set()
        # Persons' names holding a known one-word name ("Israel Katz"; _entity_in_name).
        self.entity_names: set[str] = set()
        # Unknown names written before a thing's noun ("HBM chips"): a thing's wherever
        # written ("Demand for HBM").
        self.things: set[str] = set()

    def known(self, entry: Entry, start: int, end: int, s: int) -> Raw:
        """A mention of a lexicon entry; a place takes a direction before it along
        ("eastern Aleppo"). ``s``: where the name itself starts."""
        text = self.text
        kind = entry.kind
        if kind is _PLACE:
            lo = s - 20 if s > 20 else 0
            # (Most places follow no direction word: the search only where one ends.)
            if text[lo:s].rstrip().endswith(self.p.directions):
                m = self.p.direction_before.search(text, lo, s)
                if m is not None:
                    start = m.start()
        # is_initial(text, s), its usual case decided here ("... word Name").
        initial = (
            False
            if s > 1 and text[s - 1] == " " and text[s - 2] not in _NOT_INSIDE
            else is_initial(text, s)
        )
        return Raw(
            start, end, kind, entry.id, True, entry.role, entry.affiliation, None, None, initial
        )
