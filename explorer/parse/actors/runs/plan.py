"""The plan of a run of several words (:func:`run_plan`): its items made steps in order,
a title's role and affiliation given to the name after it."""

from __future__ import annotations

from functools import cache, lru_cache

from explorer.model import ActorKind
from explorer.parse.actors.acronyms import hyphened_acronym
from explorer.parse.actors.lexicon import Entry, Lexicon
from explorer.parse.actors.place_offices import (
    PLACE_DIRECTIONS,
    holds_place_office,
    office_place_words,
)
from explorer.parse.actors.runs.items import Item, _segment
from explorer.parse.actors.runs.organisations import _organisations, _places, place_head_forms
from explorer.parse.actors.runs.ports import port_of
from explorer.parse.actors.runs.sets import (
    _AFFILIATING,
    CHURCH_TITLES,
    Sets,
    run_sets,
    strip_possessive,
)
from explorer.parse.actors.runs.shapes import (
    _COMPASS,
    _FEATURES,
    after_adjective,
    chamber_party,
    compass_place,
    feature_place,
    law_words,
    may_have_shape,
    saint_name,
    sport_body,
    surname_demonym,
    titled_office,
    trailing_abbreviation,
    without_named_thing,
)
from explorer.parse.actors.runs.steps import (
    Known,
    Name,
    Office,
    Step,
    UnknownOrg,
    UnknownPlace,
    _name_step,
    _shifted,
)
from explorer.parse.actors.runs.words import _PLAIN, _PLAIN_OWNER, _new_token, _offsets, _tokens
from explorer.parse.timex import grammar as g

_COUNTRY = ActorKind.COUNTRY
_PLACE = ActorKind.PLACE

# Sectors after "Big" that name an industry, though their word ends companies' names ("Big
# Tech", "Big Pharma"; not "the Big Board", the New York Stock Exchange).
BIG_SECTORS = frozenset({"Tech", "Pharma", "Oil", "Media", "Telecom", "Steel", "Energy", "Food"})


def _first_name_country(items: list[Item], k: int, words: list[str], titled: bool) -> bool:
    """Whether the known country or place at ``items[k]`` is a first name: one word
    ("Israel", "Jordan", "Victoria"), right after a title waiting for its name, before the
    one unknown word of a surname that ends the run ("Defence Minister Israel Katz", "Prime
    Minister Jordan Smith", "Attorney General Victoria Ames"; not "Minister Israel's
    ...")."""
    _, i, j, entry, _ = items[k]
    return (
        titled
        and entry is not None
        # (a place's too: "Attorney General Victoria Ames", "Mayor Florence Okafor")
        and (entry.kind is _COUNTRY or entry.kind is _PLACE)
        and j - i == 1
        and k > 0
        and items[k - 1][0] == "TITLE"
        and k + 2 == len(items)
        and items[k + 1][0] == "NAME"
        and items[k + 1][2] - items[k + 1][1] == 1
        and words[i].isalpha()
        and words[i][1:].islower()
    )


# Portuguese particles of a surname: a place's name before one is a name's word too ("Lima
# dos Santos said"); not "de", which joins places' names ("Santiago de Compostela").
_SURNAME_PARTICLES = frozenset({"da", "das", "do", "dos"})


def _place_in_name(items: list[Item], k: int, words: list[str], particles: frozenset[str]) -> bool:
    """Whether the known place of one word at ``items[k]`` is a word of a person's name:
    before a name's particle and name, after a name ("Arthur Lima dos Santos", "Ana Paris
    de Souza") or opening the run before a Portuguese particle ("Lima dos Santos")."""
    _, i, j, entry, _ = items[k]
    if (
        entry is None
        or entry.kind is not _PLACE
        or j - i != 1
        or k + 2 >= len(items)
        or items[k + 1][0] != "CONN"
        or items[k + 2][0] != "NAME"
    ):
        return False
    particle = words[items[k + 1][1]]
    if k > 0 and items[k - 1][0] == "NAME":
        return particle in particles
    return k == 0 and particle in _SURNAME_PARTICLES


# A capitalised word opening a sentence's run that is the role's, never a name's ("Former").
_RUN_OPENERS = frozenset({"Former"})
# The endings of an NHS trust's name, of any words before them, and its owner.
NHS_TRUSTS = (" NHS Trust", " NHS Foundation Trust", " NHS Trust's", " NHS Foundation Trust's")
NHS = "National Health Service"

# Words between a title and its field ("Minister for Foreign Affairs", "Rapporteur on",
# "Minister of Finance").
_FIELD_LINKS = frozenset({"for", "on", "of"})


# A chamber's bill: "Assembly Bill 1142", "Senate Bill 54" (a bill's name, no actor).
_BILL_ENDS = (" Bill", " Bills")


@cache
def _holidays() -> dict[str, bool]:
    """The holidays' names of several words, in lower case (-> True)."""
    names = (*g.HOLIDAYS, *g.EASTER_HOLIDAYS, *g.LUNAR_HOLIDAYS, *g.HOLIDAY_RULES)
    return {n: True for n in (*names, *g.HOLIDAY_DAYS_AFTER, *g.EASTER_WEEKS) if " " in n}


# The last words of the holidays' names of several words, in lower case ("eve", "day").
_HOLIDAY_ENDS = frozenset(n.rsplit(" ", 1)[1] for n in _holidays())


def _holiday_words(words: list[str]) -> int:
    """How many of the last words of a run name a holiday (0 for none)."""
    names = _holidays()
    for k in range(min(len(words), 4), 1, -1):
        if names.get(" ".join(words[-k:]).lower()):
            return k
    return 0


@lru_cache(maxsize=1 << 15)
def run_plan(run: str, lex: Lexicon) -> tuple[Step, ...]:
    """What a run of several words says, in order: known names, unknown organisations and
    unknown names (with the title before them). A function of the run's text alone, so
    cached (names recur); what depends on the words around the run is decided later."""
    words = run.split()
    if words[0] in _RUN_OPENERS and len(words) > 1:
        # "Former Arsenal captain Tony Adams" opening a sentence: a capitalised word of the
        # role, never of a name
        at = _offsets(run, words)[1][0]
        return tuple(_shifted(step, at) for step in run_plan(run[at:], lex))
    if words[-1].lower() in _HOLIDAY_ENDS and (day_words := _holiday_words(words)):
        # ("New Year's Eve", "Valentine's Day", "Lunar New Year": a day, no one; "On New
        # Year's Eve": nor the word before)
        kept = len(words) - day_words
        while kept and words[kept - 1] in ("and", "or", "&"):
            kept -= 1  # ("through Christmas and New Year's Day": both days)
        if kept < 2:
            return ()
        return run_plan(run[: _offsets(run, words)[kept - 1][1]], lex)
    if run.endswith(NHS_TRUSTS) and len(words) > 3:
        # "Manchester University NHS Foundation Trust", "Northern Care Alliance NHS
        # Foundation Trust": one trust of the NHS, whatever organisation words it holds
        start = 4 if words[0] in ("The", "the") else 0
        return (UnknownOrg(start, strip_possessive(run, start, len(run)), NHS),)
    # (The tests of after_adjective and trailing_abbreviation that reject most runs made
    # here first: no closure made for them.)
    if "-" in run and (
        (described := after_adjective(run, words, lambda rest: run_plan(rest, lex))) is not None
    ):
        return described
    if may_have_shape(words) and (shaped := _shaped(run, words, lex)) is not None:
        return shaped
    n = len(words)
    known = _tokens(lex)
    infos = [known.get(w) or _new_token(w, lex, known) for w in words]
    # Many runs: one unknown name ("Fidel Castro"), all plain words, a possessive only at
    # the end ("Elian's Miami relatives" names Elian, then Miami). (Plain words share two
    # tokens: counting them is the cheapest test.)
    if "St" in run and (
        saint := saint_name(
            run,
            words,
            [t.stopword for t in infos],
            [t.connector for t in infos],
            infos[-1].org_head,
        )
    ):
        return saint  # "St. Peter's Basilica"
    plain = infos.count(_PLAIN)
    if plain == n or (plain == n - 1 and infos[-1] is _PLAIN_OWNER):
        if words[0] in CHURCH_TITLES:
            # "Cardinal Anselm Otieno", "Bishop Lukas Brandauer": a church title before
            # plain names (only opening the run: "Julie Bishop" is a surname; before a
            # company's word, "Cardinal Health", the run is not all plain)
            start = len(words[0]) + 1
            church = (words[0].lower(), None)
            step = _name_step(run, start, strip_possessive(run, start, len(run)), n - 1, church)
            return () if step is None else (step,)
        if n == 2 and words[0] in _FEATURES:
            return (UnknownPlace(0, strip_possessive(run, 0, len(run))),)  # "Lake Turkana"
        step = _name_step(run, 0, strip_possessive(run, 0, len(run)), n, None)
        return () if step is None else (step,)
    if words[0] in CHURCH_TITLES and n >= 3 and (cleric := _church_titled(run, words, lex)):
        return cleric  # "Cardinal Paul Odhiambo": "Paul" opens a known name
    # Many others: one known name ("United States"), which is what _segment finds first.
    if n in infos[0].lex_counts and not infos[-1].connector:
        entry = lex.lookup(run)
        if entry is not None:
            start = 4 if run.startswith(("The ", "the ")) and len(run) > 4 else 0
            return (Known(entry, start, strip_possessive(run, 0, len(run)), 0),)
    toks = _offsets(run, words)
    items = _segment(run, toks, infos, lex)
    if words[0] in _COMPASS and not any(info.org_head for info in infos):
        # "North Darfur" (not in an organisation's name: "North Atlantic Fisheries
        # Organization")
        items = compass_place(items)
    if not _FEATURES.isdisjoint(words) and not any(info.org_head for info in infos):
        # "Lake Victoria", "Mount Kenya" (an organisation's run keeps them: "the Mount
        # Kenya Trust")
        items = feature_place(items, words)
    for info in infos:
        if info.org_head:
            items = _organisations(run, items, toks, infos, lex.cities)
            break
    if not place_head_forms().isdisjoint(words[1:]):
        items = _places(run, items, toks, infos)
    sets = run_sets()
    steps: list[Step] = []
    # A title waiting for its name: (role, affiliation).
    pending: tuple[str | None, str | None] | None = None
    # The last known name, if right before the current item: (entry, end).
    prev_lex: tuple[Entry, int] | None = None
    # An abbreviation right before the current title ("FTC Chair"): the organisation.
    prev_org: str | None = None
    # A place right before the current title ("Chicago Mayor"): the place, if the title is
    # one of its offices.
    prev_place: str | None = None
    # The first words of the title to come ("Chief Election| Commissioner", "Labour|
    # Minister"), lower case, and the affiliation found before them.
    prefix: tuple[str, str | None] | None = None
    field_end = -1  # the item after a title's field ("Minister of State| for Trade")
    k = 0
    count_items = len(items)
    while k < count_items:
        kind, i, j, entry, role = items[k]
        s, e = toks[i][0], toks[j - 1][1]
        if kind == "NAME":
            prev_place = None  # (set again below if this name is a place)
            if (
                pending is not None
                and k >= 3
                and items[k - 1][0] == "CONN"
                and words[items[k - 1][1]] == "the"
                and items[k - 2][0] == "CONN"
                and words[items[k - 2][1]] in _FIELD_LINKS
                and items[k - 3][0] == "TITLE"
            ):
                # "President of the Republic Emmanuel Macron": the field's word, then the
                # name; "the Princess of the Stars" (a ship), "Queen of the South" (a club):
                # the title's object alone, no holder
                if k + 1 < count_items and items[k + 1][0] == "NAME":
                    k += 1
                    continue
                pending = None
            if (
                pending is not None
                and k >= 2
                and items[k - 1][0] == "CONN"
                and words[items[k - 1][1]] == "for"
                and items[k - 2][0] == "TITLE"
                and words[items[k - 2][2] - 1].lower() in sets.member_titles
            ):
                # "the MP for Leeds": a member's constituency, a place (no person after)
                last = k
                while last + 1 < count_items and items[last + 1][0] == "NAME":
                    last += 1
                steps.append(UnknownPlace(s, strip_possessive(run, s, toks[items[last][2] - 1][1])))
                pending = prev_lex = None
                k = last + 1
                continue
            if (
                pending is not None
                and k >= 2
                and items[k - 1][0] == "CONN"
                and words[items[k - 1][1]] in _FIELD_LINKS
                # (after a field: "Minister of State for Trade X")
                and (items[k - 2][0] == "TITLE" or k - 1 == field_end)
            ):
                # "Minister for Foreign Affairs Penny Wong", "High Commissioner for Human
                # Rights": the field's words are the title's, the name comes after them.
                m = k
                while (
                    m < count_items
                    and items[m][0] == "NAME"
                    and items[m][2] - items[m][1] == 1
                    and words[items[m][1]].lower() in sets.title_fields
                ):
                    m += 1
                if m > k:
                    k = field_end = m
                    continue
            if (
                pending is not None
                and infos[i].org_head
                and k + 1 < count_items
                and items[k + 1][0] == "NAME"
                and items[k - 1][0] == "CONN"
                and words[items[k - 1][1]] == "of"
            ):
                # "Inspector General of Police Lazarus Phiri": the person's name follows.
                k += 1
                kind, i, j, entry, role = items[k]
                s, e = toks[i][0], toks[j - 1][1]
            # The name goes on over names and one or two particles between two ("Jurie de
            # Wet", "Sebastián de la Fuente", "Ruud van der Berg"), up to a possessive.
            last = k
            while (
                last + 1 < count_items
                and not infos[items[last][2] - 1].owner
                and (
                    items[last + 1][0] == "NAME"
                    # "Arthur Lima dos Santos": a place's name before a particle
                    or (
                        items[last + 1][0] == "LEX"
                        and _place_in_name(items, last + 1, words, sets.particles)
                    )
                    # "Volker Turk": a demonym noun ending a name is its surname
                    or (
                        last + 2 == count_items
                        and items[last + 1][0] == "LEX"
                        and items[last + 1][2] - items[last + 1][1] == 1
                        and surname_demonym(
                            words[items[last + 1][1]],
                            items[last + 1][3],
                            pending is not None and last == k and items[k][2] - items[k][1] == 1,
                        )
                    )
                    or (
                        items[last + 1][0] == "CONN"
                        and last + 2 < count_items
                        and words[items[last + 1][1]] in sets.particles
                        and (
                            items[last + 2][0] == "NAME"
                            or (
                                items[last + 2][0] == "CONN"
                                and last + 3 < count_items
                                and items[last + 3][0] == "NAME"
                                and words[items[last + 2][1]] in sets.particles
                            )
                        )
                    )
                )
            ):
                last += 1
            end_tok = items[last][2]
            end = strip_possessive(run, s, toks[end_tok - 1][1])
            count = end_tok - i
            # "Witnesses said": a generic group, found by the group scan.
            word = run[s:end]
            if (
                count <= 2
                and last + 1 < count_items
                and items[last + 1][0] == "TITLE"
                and end == toks[end_tok - 1][1]
                and words[items[last + 1][1]].lower() not in sets.member_titles
            ):
                # "Chief Election| Commissioner", "Labour| Minister": words of the title.
                head = _title_head(words, i, end_tok, items, k, pending, sets)
                if head is not None:
                    aff = pending[1] if pending is not None else None
                    if (
                        aff is None
                        and prev_lex is not None
                        and prev_lex[0].kind in _AFFILIATING
                        and run[prev_lex[1] : s].strip(" ’'s") == ""
                    ):
                        aff = prev_lex[0].id  # "Kenya's Health Secretary"
                    prefix = (head, aff)
                    pending = prev_lex = None
                    k = last + 1
                    continue
            if (
                count == 1
                and pending is None
                and last + 1 < count_items
                and items[last + 1][0] == "TITLE"
                and len(word) > 1
                and word.isupper()
                and (word.isalpha() or hyphened_acronym(word))  # ("SAG-AFTRA President X")
            ):
                # "FTC Chair Daniel Ferreira": an abbreviation before a title is the
                # organisation the title is held in.
                steps.append(UnknownOrg(s, end, None))
                prev_org = word
                k = last + 1
                continue
            if (
                pending is None
                and last + 1 < count_items
                and items[last + 1][0] == "TITLE"
                and end == toks[end_tok - 1][1]
                and holds_place_office(items[last + 1][4])
                and office_place_words(words[i:end_tok], sets.name_openers)
                and (
                    k == 0
                    or items[k - 1][0] != "STOP"
                    or words[items[k - 1][1]] in PLACE_DIRECTIONS
                )
            ):
                # "Chicago Mayor Brandon Johnson", "Uvalde Sheriff X", "Western Cape
                # Premier X": an unknown name before an office of a place's government is
                # that place.
                if k > 0 and items[k - 1][0] == "STOP":
                    s = toks[items[k - 1][1]][0]
                steps.append(UnknownPlace(s, end))
                prev_place = run[s:end]
                k = last + 1
                continue
            if not (count == 1 and word.lower() in sets.group_words):
                step = _name_step(run, s, end, count, pending)
                if step is not None:
                    steps.append(step)
                    if type(step) is UnknownPlace:
                        prev_place = run[s:end]  # "Fort St. John| Mayor X"
            pending = None
            prev_lex = None
            k = last
        elif kind == "LEX" and entry is not None:
            if _first_name_country(items, k, words, pending is not None) or _place_in_name(
                items, k, words, sets.particles
            ):
                # "Defence Minister Israel Katz": a country's name as a first name; "Arthur
                # Lima dos Santos": a place's as a word of a surname
                items[k] = ("NAME", i, j, None, None)
                continue
            end = strip_possessive(run, s, e)
            start = s + 4 if run.startswith(("The ", "the "), s) and e - s > 4 else s
            steps.append(Known(entry, start, end, s))
            if pending is not None and pending[1] is None and entry.kind in _AFFILIATING:
                pending = (pending[0], entry.id)
            prev_lex = (entry, end)
        elif kind == "PLACE":
            end = strip_possessive(run, s, e)
            steps.append(UnknownPlace(s, end))
            pending = prev_lex = prev_org = None
            prev_place = run[s:end]
            k += 1
            continue  # (prev_place kept for the title after: "Uvalde County Sheriff X")
        elif kind == "ORG":
            if (run.startswith("Big ", s) and run[s + 4 : e] in BIG_SECTORS) or run.endswith(
                _BILL_ENDS, s, e
            ):
                # "Big Tech", "Big Pharma": an industry; "Assembly Bill": a bill's name
                prev_lex = prev_org = None
                k += 1
                continue
            if (
                role is None
                and prev_lex is not None
                and prev_lex[0].kind in _AFFILIATING
                and run[prev_lex[1] : s].strip(" ’'s") == ""
            ):
                role = prev_lex[0].id  # "Brazil's Supreme Federal Court": of Brazil
            steps.append(UnknownOrg(s, strip_possessive(run, s, e), role))
            prev_lex = None
        elif kind == "TITLE":
            if prefix is not None:
                pending = (f"{prefix[0]} {role}" if role else None, prefix[1])
                prefix = prev_lex = None
                k += 1
                continue
            if infos[j - 1].owner:
                # "the Attorney General's office", "Prime Minister's visit": no person's
                # title.
                if k + 1 == count_items:
                    aff = None
                    if (
                        prev_lex is not None
                        and prev_lex[0].kind in _AFFILIATING
                        and run[prev_lex[1] : s].strip(" ’'s") == ""
                    ):
                        aff = prev_lex[0].id
                    steps.append(Office(s, e, aff))
                pending = prev_lex = None
                k += 1
                continue
            if (
                pending is not None
                and role
                and items[k - 1][0] == "TITLE"
                and items[k - 1][2] - items[k - 1][1] == 1
                and (first := words[items[k - 1][1]].lower()) in sets.title_prefixes
            ):
                pending = (f"{first} {role}", pending[1])  # "Chief Rabbi"
                k += 1
                continue
            if (
                pending is not None
                and pending[0] is not None
                and k >= 2
                and items[k - 1][0] == "CONN"
                and words[items[k - 1][1]] == "and"
                and items[k - 2][0] == "TITLE"
            ):
                # "Qatar's Prime Minister and Foreign Minister X", "Aramco President and
                # Chief Executive X": the last title, of the first one's country
                pending = (role or None, pending[1])
                prev_lex = None
                k += 1
                continue
            if pending is not None and pending[0] is not None and items[k - 1][0] == "TITLE":
                # "Health Minister Dr. Sarah Achieng": the first title is the role.
                k += 1
                continue
            aff = None
            if (
                prev_lex is not None
                and (prev_lex[0].kind in _AFFILIATING or prev_lex[0].kind is _PLACE)
                and run[prev_lex[1] : s].strip(" ’'s") == ""
            ):
                # (a place too: "Colorado Attorney General X", "Chicago Mayor X")
                aff = prev_lex[0].id
            elif prev_org is not None:
                aff = prev_org
            elif prev_place is not None and holds_place_office(role):
                aff = prev_place
            elif items[k - 1][0] == "ORG" and steps and type(steps[-1]) is UnknownOrg:
                # "Bank of France Governor X", "Nordlys Bank Chief Executive X": the
                # organisation before the title employs the person
                aff = run[steps[-1].start : steps[-1].end]
            pending = (role or None, aff)
            prev_lex = None
        elif kind == "STOP":
            pending = None
            prev_lex = None
        if kind != "NAME":
            prev_org = prev_place = None
        k += 1
    if "Port of " in run:
        steps = list(port_of(run, 0, tuple(steps)))  # "Port of Rotterdam Authority": one
    return without_named_thing(run, _of_affiliations(run, steps))


def _shaped(run: str, words: list[str], lex: Lexicon) -> tuple[Step, ...] | None:
    """The plan of a run of a special shape (a title holder's office, a name then its
    abbreviation, a sport's national body, a chamber and a party, a law's name), None for
    any other run. (Only called where :func:`may_have_shape`: no other run has such a
    shape.)"""
    if (office := titled_office(run, words)) is not None:
        return office
    if len(words) >= 3 and (
        (named := trailing_abbreviation(run, words, lex, lambda r: run_plan(r, lex))) is not None
    ):
        return named
    if (body := sport_body(run, words, lex)) is not None:
        return body  # "Athletics Jamaica"
    if (apart := chamber_party(words)) is not None:
        return apart
    if (cut := law_words(words, lex)) is not None:
        if cut == 0:
            return ()
        end = _offsets(run, words)[cut - 1][1]
        return run_plan(run[:end], lex)  # "European Convention| on Human Rights"
    return None


def _title_head(
    words: list[str],
    i: int,
    j: int,
    items: list[Item],
    k: int,
    pending: tuple[str | None, str | None] | None,
    sets: Sets,
) -> str | None:
    """The first words of a title (lower case) that the words ``i``..``j`` of an unknown
    name before a title make with it: all of them title words ("Deputy", "Labour"), or
    any after a title prefix before them ("Chief| Election"), which they join. None if
    they are no title's."""
    head = " ".join(words[i:j]).lower()
    if (
        pending is not None
        and k > 0
        and items[k - 1][0] == "TITLE"
        and items[k - 1][2] - items[k - 1][1] == 1
        and (first := words[items[k - 1][1]].lower()) in sets.title_prefixes
    ):
        return f"{first} {head}"
    if all(w in sets.title_words for w in head.split()):
        return head
    return None


# Church titles whose holder is "of" a see, a city ("Archbishop X of Taranto"), not of an
# organisation.
_SEE_TITLES = frozenset({"bishop", "archbishop", "cardinal", "patriarch"})


def _church_titled(run: str, words: list[str], lex: Lexicon) -> tuple[Step, ...] | None:
    """A church title before a name that is not all plain words ("Cardinal Paul Odhiambo":
    "Paul" opens a known name, "Paul Kagame"), the name planned alone: the titled name and
    what follows "of" (a see: "of Kisumu"); None when the rest is no single unknown name."""
    start = len(words[0]) + 1
    cut = run.find(" of ", start)
    end = len(run) if cut < 0 else cut
    name = run_plan(run[start:end], lex)
    if len(name) != 1 or type(head := name[0]) is not Name or head.titled or head.start:
        return None
    steps: list[Step] = [Name(start, start + head.end, head.words, True, words[0].lower(), None)]
    if cut >= 0:
        tail = cut + 4
        steps.extend(_shifted(step, tail) for step in run_plan(run[tail:], lex))
    return _of_affiliations(run, steps)


def _of_affiliations(run: str, steps: list[Step]) -> tuple[Step, ...]:
    """A name followed by "of (the) ORGANISATION" in the run is affiliated with it
    ("Jorge Paredes of the Peruvian Fire Department"); a one-word unknown name there is
    the organisation ("Maria Santos of Morningstar")."""
    for k in range(len(steps) - 1):
        a, b = steps[k], steps[k + 1]
        if type(a) is not Name or a.affiliation is not None:
            continue
        if run[a.end : b.start] not in (" of ", " of the "):
            continue
        if type(b) is Known:
            if b.entry.kind not in _AFFILIATING:
                continue
            aff = b.entry.id
        elif type(b) is UnknownOrg:
            aff = run[b.start : b.end]
        elif type(b) is Name and b.words == 1 and not b.titled and a.words >= 2:
            if (
                a.role is not None
                and a.role.rpartition(" ")[2] in _SEE_TITLES
                and run[a.end : b.start] == " of "
            ):
                # "Bishop Anton Kessler of Fulda": a cleric's see is a place, no employer
                # (not "Bishop X of the Archdiocese of Buffalo")
                steps[k + 1] = UnknownPlace(b.start, b.end)
                continue
            aff = run[b.start : b.end]
            steps[k + 1] = UnknownOrg(b.start, b.end, None)
        else:
            continue
        steps[k] = Name(a.start, a.end, a.words, a.titled, a.role, aff)
    return tuple(steps)
