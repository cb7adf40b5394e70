"""Regular expressions compiled once from the vocabulary data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from explorer.parse.actors.data import load_toml, vocabulary
from explorer.parse.segment import SENTENCE_OPENERS

# A word of the place or body after an apposed title ("envoy for the U.N. Security
# Council"): letters, or an abbreviation's dots, never a sentence's final dot.
_APPOS_WORD = r"(?:(?:[A-Z]\.){2,}|[\w’'\-]+(?:\.(?!\s)[\w’'\-]*)*)"


def _alt(words: tuple[str, ...] | list[str]) -> str:
    """An alternation of literal words/phrases, longest first, spaces as \\s+."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_Node = dict[str, "_Node"]


def trie_alt(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words built as a character trie (fast to scan)."""
    root: _Node = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    escape = re.escape

    def build(node: _Node) -> str:
        # One way on ("minister"): its characters in a row, no group (a shorter pattern
        # compiles faster; the regex is the same), followed without a call per character.
        chain: list[str] = []
        while len(node) == 1 and "" not in node:
            ch, node = next(iter(node.items()))
            chain.append(escape(ch))
        head = "".join(chain)
        alts = [escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return head
        end = "" in node
        if len(alts) == 1 and not end:
            return head + alts[0]
        return head + "(?:" + "|".join(alts) + ")" + ("?" if end else "")

    return build(root)


def trie_words(words: list[str] | tuple[str, ...]) -> str:
    """Like :func:`_alt` (spaces as \\s+), built as a trie: the same matches, faster."""
    return trie_alt(sorted(set(words))).replace(r"\ ", r"\s+")


# The characters the regex engine, ignoring case, takes for an ASCII letter besides its two
# cases (the others: tests/parse/test_actors_caseless_tries.py checks all of Unicode).
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def caseless_trie_words(words: list[str] | tuple[str, ...]) -> str:
    """:func:`trie_words` of ``words`` (in lower case) as under ``re.IGNORECASE``, each
    first letter a class of what the flag takes for it, the rest under the flag.

    Under the flag, the regex engine enters the alternatives of the trie's first letters
    one by one (its quick test of an alternative's first character is for plain
    characters and classes only): a thousand instructions or more for each word the
    pattern is tried at. Classes for the first letters alone keep that quick test and
    cost the compiler little (a class per letter of the trie would cost it some 5 ms)."""
    by_first: dict[str, list[str]] = {}
    for w in sorted({w.lower() for w in words}):
        by_first.setdefault(w[0], []).append(w[1:])
    alts = []
    for first, rests in by_first.items():
        rest = trie_words(rests)
        low = first.lower()
        if first.isascii() and first.isalpha():
            head = f"[{low}{low.upper()}]"
            if low in _FOLDS:  # (apart: a class of three runs costs the compiler a lot)
                head = f"(?:{head}|{'|'.join(_FOLDS[low])})"
        else:
            head = f"(?i:{re.escape(first)})"
        alts.append(head + (f"(?i:{rest})" if rest else ""))
    return "(?:" + "|".join(alts) + ")"


@dataclass(frozen=True, slots=True)
class Patterns:
    # A run of capitalised words, with connectors between; one opening with a name
    # particle ("al-Assad") matches from its capital: see run_start().
    run_from_capital: re.Pattern[str]
    title_before: re.Pattern[str]  # lower-case title phrase right before a name
    cue_after: re.Pattern[str]  # a cue verb following a name (maybe after an apposition)
    said_before: re.Pattern[str]  # "..., said NAME"
    appos_title: re.Pattern[str]  # "NAME, the director of ..."
    appos_before: re.Pattern[str]  # "OWNER's foreign minister, NAME"
    appos_org: re.Pattern[str]  # "NAME, the state grid operator,": an organisation
    # The last words of the titles, lower case: one of them is among the last six words
    # before the comma of an appos_before match (an ASCII one: the pattern ignores case).
    title_last_lower: frozenset[str]
    prep_before: re.Pattern[str]  # "in NAME" -> place
    direction_before: re.Pattern[str]  # "eastern PLACE"
    directions: tuple[str, ...]  # its words (a quick test before the search)
    group_head: re.Pattern[str]  # a group noun ("rebels", "source", "groups")
    group_before: re.Pattern[str]  # determiner and modifiers before a group noun
    bound_heads: frozenset[str]  # group nouns that need a modifier
    group_before_words: int  # most words a group_before match can span
    group_before_last: frozenset[str]  # last words of determiners and modifiers, lower case
    cue: re.Pattern[str]
    # What a cue_after match can start with after the name and one space: the first three
    # letters of a cue or a word before it, or a shorter such word whole ("on").
    cue_after_prefixes: frozenset[str]


_CAPWORD = r"[A-Z\u00C0-\u00DE][\w\u00C0-\u024F’'\-‐‑]*"


def _plural(noun: str) -> str:
    """The plural of an organisation's noun ("company" -> "companies", "firm" -> "firms")."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def _first_capital(particles: tuple[str, ...]) -> str:
    """The first capitalised token of a run, not preceded by a word character; for a token
    opening with a name particle ("al-Assad") only its part from the capital ("Assad"),
    the particle tested by looking behind.

    Written to start with a character class, the character before tested only after the
    first character matched: the regex engine skips all other characters in C (about twice
    as fast to scan as a pattern opening with the look-behind).
    """
    by_len: dict[int, list[str]] = {}
    for w in particles:
        by_len.setdefault(len(w), []).append(w)
    before = r"[\w’'\-‐‑.]"
    after_particle = "|".join(
        rf"(?<=(?<!{before})(?:{'|'.join(re.escape(w) for w in sorted(ws))})[-‐‑].)"
        for _, ws in sorted(by_len.items())
    )
    rest = r"[\w\u00C0-\u024F’'\-‐‑]*"
    # A first initial alone before a surname ("said S. Kumaravel"), unless the word after
    # it opens sentences ("Plan B. The minister said"), as the segmenter reads it.
    openers = "|".join(sorted(SENTENCE_OPENERS))
    # (The dots first, the capital before them tested after: the regex engine skips an
    # alternative opening with a character that does not match at no cost, "Smith"'s "m".)
    initial = rf"\.(?<=[A-Z]\.)(?=[ \u00a0]+(?!(?:{openers})[ \u00a0,])[A-Z][a-z])"
    # "St. Louis", "St. Peter's Square": the abbreviated saint opens the name (a dot tested
    # first, so a word without one costs one failed character).
    saint = r"(?:\.(?<=St\.)(?=[ \u00a0]+[A-Z]))?"
    return (
        rf"[A-Z\u00C0-\u00DE](?:(?<!{before}.)(?:\.(?<=[A-Z]\.)(?:[A-Z]\.)+|{initial}|{rest}{saint})"
        rf"|(?:{after_particle}){rest})"
    )


def run_start(text: str, start: int) -> int:
    """The start of a run matched by ``run_from_capital`` at ``start``: before the name
    particle when the match follows one ("al-Assad": the particle's first letter)."""
    if start and text[start - 1] in "-‐‑":
        start -= 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1
    return start


# Words cue_after allows between a name and its cue verb ("Smith also said").
_CUE_ADVERBS = (
    *("also", "then", "later", "has", "had", "have", "was", "again", "quickly"),
    *("previously", "earlier", "reportedly"),
)


def _cue_after_prefixes(cues: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The first three characters of every cue and adverb (the whole word if shorter)."""
    firsts = [w.split()[0] for w in (*cues, *_CUE_ADVERBS, "on")]
    assert all(w.isalpha() and w.islower() and len(w) >= 2 for w in firsts)
    return frozenset(w[:3] for w in firsts)


@cache
def patterns() -> Patterns:
    v = vocabulary()
    # (tries, not lists: the same matches, fewer alternatives tried after each word of a
    # run and at each position of a search)
    particles = trie_words(v.name_particles)
    captok = (
        r"(?:[A-Z]\.){2,}"
        # A middle initial: "James C. Kopp".
        r"|[A-Z]\.(?=[ \u00a0]+[A-Z])"
        # "In St. Peter's Basilica" (see _first_capital)
        r"|St\.(?=[ \u00a0]+[A-Z])"
        rf"|(?:(?:{particles})[-‐‑])?{_CAPWORD}"
    )
    conn = trie_words(v.connectors)
    # (also "for a": "the Committee for a Responsible Federal Budget", "the Alliance for a
    # Green Revolution in Africa";
    # and "pro" of "President pro Tem(pore)", a presiding officer's title)
    more = (
        rf"(?:[ \u00a0]+(?:(?:for[ \u00a0]+an?|pro(?=[ \u00a0]Tem)|{conn})[ \u00a0]+){{0,2}}"
        rf"(?:{captok}))*"
    )
    titles = trie_words(list(v.titles))
    mods = trie_words(v.title_modifiers)
    extra = load_toml("vocabulary.toml")
    ranks = set(extra["title_ranks"])
    appos_titles = trie_words(
        [*(t for t in v.titles if t not in ranks), *(t.upper() for t in extra["acronym_titles"])]
    )
    org_nouns = {*extra["company_nouns"], *extra["organisation_nouns"]}
    cues = trie_words(v.cues)
    # Case-blind tries, the look-behind under the flag too: the same matches as the whole
    # pattern under re.IGNORECASE (as lower-case tries), faster.
    g_mods = caseless_trie_words(v.group_modifiers)
    dets = caseless_trie_words(v.determiners)
    heads = [*v.group_heads, *v.bound_group_heads]
    group_head = re.compile(
        rf"(?<![\w’'\-‐‑]){trie_alt([*heads, *(h.capitalize() for h in heads)])}"
        r"(?![\w\-‐‑]|['’]\w)"
    )
    group_before = re.compile(
        rf"(?i:(?<![\w’'\-‐‑]))(?:(?P<det>{dets})\s+)?(?P<mods>(?:(?:{g_mods})\s+){{0,2}})$"
    )
    preps = [*v.place_prepositions, *(w.capitalize() for w in v.place_prepositions)]
    return Patterns(
        run_from_capital=re.compile(rf"{_first_capital(v.name_particles)}{more}"),
        title_before=re.compile(rf"(?<![\w-])((?:(?:{mods})\s+){{0,2}}(?:{titles}))\.?\s+$"),
        cue_after=re.compile(
            r"(?:[’']s)?\s*(?:,[^,.;“”\"]{1,100},\s*)?"
            rf"(?:(?:{'|'.join(_CUE_ADVERBS)}|on\s+\w+)\s+){{0,2}}"
            rf"(?:{cues})\b"
        ),
        said_before=re.compile(
            r"\b(?:said|says|added|according\s+to|told|wrote|asked|declared)\s+$"
        ),
        appos_title=re.compile(
            # (after an adverb of time: "NAME, now a television commentator, said")
            r",\s+(?:(?:now|also|formerly|once|still)\s+)?(?:(?:the|a|an|his|her|its|their)\s+)?"
            # (no verb or clause word before the title: "NAME, was promoted to minister",
            # "NAME, who became minister" name no minister)
            r"(?:(?!(?:was|were|is|are|has|had|have|been|being|who|which|then|and|but|will"
            # ("and" between two of them: "NAME, an oil and gas analyst at X"; an article
            # among them is a verb's object: "NAME, met the envoy")
            # (an abbreviation with dots among the words: "NAME, the U.N. envoy to Haiti,")
            r"|would|to|the|a|an)\s)(?:[\w’'-]+|(?:[A-Z]\.){2,})\s+(?:and\s+(?=[a-z]))?){0,3}?"
            rf"(?P<title>{appos_titles})\b"
        ),
        appos_before=re.compile(
            # (an owner's dot is no sentence's end: "Monday. The Commission's")
            r"(?<![\w’'\-])(?:(?P<owner>[A-Z](?:[\w\-]|\.(?!\s))*(?:\s+[A-Z](?:[\w\-]|\.(?!\s))*){0,3})(?:[’']s|(?<=s)[’'])"
            r"|[Tt]he|[Aa]n?|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|whose)\s+"
            # (an abbreviation with dots among the words: "China's U.N. envoy, Li Wen,")
            rf"(?:(?:[\w’'\-]+|(?:[A-Z]\.){{2,}})\s+){{0,3}}?(?P<title>(?i:{titles}))"
            # "The United Nations special envoy for Yemen, Hans Grundberg,", "Its spokesman
            # on energy, X," (no sentence's end among its words: "an analyst at Bernstein.
            # Another analyst, NAME" is no analyst at Bernstein; "for the U.N. mission" is one)
            # ("Nigeria's Minister of State for Petroleum Resources, X,": a junior minister)
            r"(?:\s+of\s+State)?"
            rf"(?:\s+(?:for|of|to|at|in|on)\s+(?:the\s+)?{_APPOS_WORD}(?:\s+{_APPOS_WORD}){{0,2}})?,\s+$"
        ),
        # (No "of" before the noun: "NAME, a member of the group," is a person.)
        appos_org=re.compile(
            # (an owner for the article: "Keidanren, Japan's largest business lobby,")
            # ("The Coordination Rurale, a smaller and more radical union,": four words)
            r", (?:(?:the|a|an|[A-Z][\w.\-]*[’']s) (?:(?!of\s)[\w’'\-]+\s+){0,4}?"
            rf"(?:{trie_words(sorted(org_nouns))})"
            # "X, one of Germany's largest retail chains,": one of several organisations
            r"|one of (?:the|[A-Z][\w.\-]*[’']s) (?:(?!of\s)[\w’'\-]+\s+){0,4}?"
            rf"(?:{trie_words(sorted(_plural(n) for n in org_nouns))}))"
            # ("of" too: "X, an umbrella organisation of national associations,")
            r"(?=[,.;:)]|\s+(?:that|which|in|based|with|whose|said|says|of)\b)"
        ),
        title_last_lower=frozenset(t.split()[-1].lower() for t in v.titles),
        # (capitalised: opening a sentence, "Inside El Fasher, ...")
        prep_before=re.compile(rf"\b(?:{trie_words(preps)})\s+(?:the\s+)?$"),
        direction_before=re.compile(
            # (across one line break, not a blank line: "... in the south\n\nLIMA")
            # (not a verb's participle: "which has besieged El Fasher")
            r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bwas )(?<!\bwere )(?<!\bbeen )"
            rf"(?<![\w-])(?:{trie_words(v.place_directions)})[ \t\u00a0]*\n?[ \t\u00a0]*\Z"
        ),
        directions=tuple(v.place_directions),
        group_head=group_head,
        group_before=group_before,
        bound_heads=frozenset(v.bound_group_heads),
        group_before_words=max(len(w.split()) for w in v.determiners)
        + 2 * max(len(w.split()) for w in v.group_modifiers),
        group_before_last=frozenset(
            w.lower().split()[-1] for w in (*v.determiners, *v.group_modifiers)
        ),
        cue=re.compile(rf"(?<![\w-]){trie_words([*v.cues, 'According to'])}(?![\w-])"),
        cue_after_prefixes=_cue_after_prefixes(v.cues),
    )
