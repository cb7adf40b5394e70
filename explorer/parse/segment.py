"""Split article text into paragraphs and sentences, and recognise page furniture.

Pure functions over a string; every span is a character offset into that string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.model import Sentence

# Lines a scraper leaves behind that are not part of the story.
FURNITURE_PATTERNS: tuple[str, ...] = (
    r"share(?: this(?: article| story)?)?",
    r"advertisement",
    r"advert",
    r"sponsored(?: content)?",
    r"(?:video|watch|photo|image|gallery|audio|listen|graphic)\s*:.*",
    r"read (?:more|next|full story|the full story).*",
    r"(?:related|more on this story|most read|recommended|see also)\s*:?.*",
    r"(?:image|photo) (?:copyright|caption|credit).*",
    r"(?:like|tweet|email|print|comment|comments|follow us.*|subscribe.*)",
    r"click here.*",
    r"(?:sign up|log in|sign in).*",
    r"\(?(?:ap|afp|reuters|getty images)\)?",
    r"skip to .*",
    r"(?:copyright|©).*",
)
_FURNITURE_RE = re.compile(
    r"^\s*(?:" + "|".join(FURNITURE_PATTERNS) + r")\s*$", re.IGNORECASE | re.DOTALL
)

# Abbreviations before a name: a capitalised word after one continues the sentence
# ("Maj. Gen. Ali Hassan", "Det. Sgt. Kay Rand", "St. Petersburg", "Mt. Kenya", "Maj. Gen.
# (ret.) Samuel Chebet").
_PREFIX_WORDS = """
mr mrs ms dr prof gen col lt maj sgt capt cmdr cdr adm sen sens rep reps gov pres brig det
supt insp cpl pvt lieut cmdt sec rev hon messrs mme mmes st mt ft ret adj comr asst atty
amb pfc spc cpt radm vadm
"""
# Abbreviations that end a name or stand alone ("Halvorsen Inc.", "the U.S."): the period
# ends the sentence only before a word that often opens one ("... Inc. The shares rose").
_OTHER_WORDS = """
jr sr inc corp co ltd plc bros dept univ assn est vs etc approx mon tue tues wed thu thur
thurs fri sat sun u.s u.n u.k e.u a.m p.m i.e e.g d.c n.y l.a u.s.a
"""
# Abbreviations only before a number ("No. 10", "Jan. 5", "Sept. 11"): "said no." ends.
_NUMBER_WORDS = "no nos fig jan feb mar apr jun jul aug sep sept oct nov dec"
PREFIX_ABBREVIATIONS: frozenset[str] = frozenset(_PREFIX_WORDS.split())
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset(_NUMBER_WORDS.split())
ABBREVIATIONS: frozenset[str] = (
    PREFIX_ABBREVIATIONS | NUMBER_ABBREVIATIONS | frozenset(_OTHER_WORDS.split())
)
# Words that often open a sentence and never follow an abbreviation inside one.
_OPENER_WORDS = """
The A An It Its He She His Her They Their Them We Our I In On At As But And Or So Yet
This That These Those There Then However Meanwhile After Before When While If Although
Since For With From By Earlier Later Last Some Many Most All Both Each Shares Analysts
"""
SENTENCE_OPENERS: frozenset[str] = frozenset(_OPENER_WORDS.split())
# Titles before a name: after a clock time's "a.m." or "p.m.", a title and a capitalised
# word open a sentence ("... read at 2:30 p.m. Judge Lee Park set sentencing ..."), while
# "at 9 a.m. New York time" or "at 4 p.m. Friday" go on.
_TITLE_LIST = """
Judge Justice President Prime Minister Mayor Governor Senator Police Prosecutor Prosecutors
Attorney Sheriff Chief Officer Officers Commissioner Inspector Detective Sergeant Captain
General Colonel Coach Manager Chairman Chairwoman Director Secretary Spokesman Spokeswoman
Professor Doctor Dr Mr Mrs Ms Rev Father Bishop Pope King Queen Prince Princess Deputy
Lawyer Lawyers Defense Defence Representative Rep Sen Gov Gen Col Lt Maj Sgt Capt Det
"""
_TITLE_WORDS = frozenset(_TITLE_LIST.split())
_CLOCK_WORDS = frozenset({"a.m", "p.m"})
_TITLE_AND_NAME = re.compile(r"""\s*['"“‘(\[]?([A-Z][a-z]+)\.?\s+[A-Z][a-z]""")
_NEXT_WORD = re.compile(r"""\s*['"“‘(\[]?([A-Za-z]+)""")

_SENTENCE_END = re.compile(
    r"""[.!?…]+['"’”)\]]*(?=\s+['"“‘(\[]?[A-Z0-9\u00C0-\u024F])|[.!?…]+['"’”)\]]*(?=\s*$)"""
)
# The word before a period, whole: the "s" of "her 80s." or "Moody’s." is no initial.
_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Za-z][A-Za-z.]*)\.$")
# Initials written together ("R.M.A.L.", "J.R.R."), without their last period.
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_TERMINAL = re.compile(r"""[.!?…:;]['"’”)\]]*\s*$""")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Segmentation:
    sentences: tuple[Sentence, ...]
    furniture: tuple[tuple[int, int], ...]  # spans of lines that are page furniture


def is_furniture_line(line: str) -> bool:
    """True for a line that is page furniture ("Share", "Advertisement", "Video: ...")."""
    return bool(_FURNITURE_RE.match(line))


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs: blocks between blank lines; one per line if the text has no blank lines."""
    spans: list[tuple[int, int]] = []
    if _BLANK_LINE.search(text):
        pos = 0
        for m in _BLANK_LINE.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
    else:
        spans = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    return _trimmed(text, spans)


def _trimmed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without surrounding white space; empty ones dropped."""
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _ends_after_abbreviation(text: str, word: str, cut: int, end: int) -> bool:
    """Whether the period of the abbreviation ``word`` (lower case, no last dot) before
    ``cut`` ends the sentence after all: "said no. Tom", "Halvorsen Inc. The shares"; not
    "Maj. Gen. Ali", "No. 10", "Halvorsen Inc. Chief Executive"."""
    if word in PREFIX_ABBREVIATIONS:
        return False
    nxt = text[cut : cut + 3].lstrip()
    if word in NUMBER_ABBREVIATIONS:
        return not nxt[:1].isdigit()
    if word in _CLOCK_WORDS:
        title = _TITLE_AND_NAME.match(text, cut, min(end, cut + 40))
        if title is not None and title.group(1) in _TITLE_WORDS:
            return True  # "at 2:30 p.m. Judge Lee Park set ...": a new sentence
    m = _NEXT_WORD.match(text, cut, min(end, cut + 40))
    return m is not None and m.group(1) in SENTENCE_OPENERS and text[m.end() : m.end() + 1] != "."


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        cut = m.end()
        head = text[max(pos, m.start() - 40) : m.start() + 1]  # bounded: no quadratic scan
        wb = _WORD_BEFORE.search(head)
        if wb and m.group().startswith("."):
            word = wb.group(1).lower().rstrip(".")
            # "Mr.", "U.S.", initials "John F. Kennedy", "R.M.A.L. Rathnayake": not an end.
            if (
                word in ABBREVIATIONS or len(word) == 1 or _INITIALS.fullmatch(wb.group(1))
            ) and not _ends_after_abbreviation(text, word, cut, end):
                continue
        if cut > pos:
            out.append((pos, cut))
        pos = cut
    if pos < end:
        out.append((pos, end))
    return _trimmed(text, out)


# No real sentence is this long: text without sentence ends (a scraped page on one line)
# is cut into pieces of at most this many characters, at a space where there is one, so
# an event never carries megabytes of text.
MAX_SENTENCE_CHARS = 2000


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
        cut = limit if cut <= start else cut
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def _is_headline(text: str, s: int, e: int) -> bool:
    """A short standalone line with no closing punctuation (title, related-story link)."""
    line = text[s:e]
    return "\n" not in line and not _TERMINAL.search(line) and len(line.split()) <= 16


def segment(text: str) -> Segmentation:
    """Sentences (with paragraph numbers) and furniture spans of ``text``."""
    sentences: list[Sentence] = []
    furniture: list[tuple[int, int]] = []
    paragraph = 0
    for ps, pe in _paragraph_spans(text):
        # A furniture line inside a paragraph block is cut out of it.
        chunks: list[tuple[int, int]] = []
        cs = ps
        for lm in _LINE.finditer(text, ps, pe):
            if is_furniture_line(lm.group()):
                if cs < lm.start():
                    chunks.append((cs, lm.start()))
                furniture.append((lm.start(), lm.end()))
                cs = lm.end()
        if cs < pe:
            chunks.append((cs, pe))
        found = False
        for cs, ce in chunks:
            for ss, se in (
                piece for span in _split_sentences(text, cs, ce) for piece in _bounded(text, *span)
            ):
                if not text[ss:se].strip():
                    continue
                if _is_headline(text, ss, se) and (ss, se) == (cs, ce):
                    furniture.append((ss, se))
                    continue
                sentences.append(Sentence(ss, se, paragraph, text[ss:se]))
                found = True
        if found:
            paragraph += 1
    return Segmentation(tuple(sentences), tuple(sorted(furniture)))
