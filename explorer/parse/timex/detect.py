"""Find candidate time expressions with one compiled regular expression.

The pattern is assembled from the word tables in ``grammar.py``. Each alternative is a
named rule (``R_<name>``); alternatives are ordered most specific first because a regex
alternation takes the first branch that matches at a position, not the longest.
"""

from __future__ import annotations

import importlib
import re
import string
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from explorer.parse.timex import grammar as g


def _char(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _trie(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, factored by common prefix (fast to scan)."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        end = "" in node
        alts = [_char(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return emit(tree)


def _alt(words: Iterable[str]) -> str:
    """Literal words (longest preferred), spaces matching any whitespace.

    Written as a prefix trie, not a flat alternation: the regex engine then rejects a
    position after one character instead of trying every word in turn.
    """
    return "(?:" + _trie(set(words)) + ")"


def _cased(words: Iterable[str]) -> str:
    """Case-sensitive alternation of Capitalised and UPPER forms of the words."""
    forms: set[str] = set()
    for w in words:
        cap = " ".join(p[:1].upper() + p[1:] for p in w.split(" "))
        forms.update({cap, w.upper(), w[:1].upper() + w[1:]})
        if " " in w:  # "New Year holiday", "New Year's day": the name, then a plain noun
            forms.add(cap.rpartition(" ")[0] + " " + w.rpartition(" ")[2])
        first, _, rest = cap.partition(" ")
        if rest and len(first) <= 3:  # an initialism opening it: "MLK Day"
            forms.add(first.upper() + " " + rest)
    return "(?-i:" + _alt(forms) + ")"


def _month_words() -> list[str]:
    out = []
    for name in g.MONTHS:
        if name in g.MONTH_ABBREVIATIONS:
            out.append(name + ".")
        else:
            out.append(name)
    return out


MONTH = _cased(_month_words())
# Wire copy drops the abbreviation dot ("Sept 23 (Reuters)"): allowed only before a day.
MONTH_NODOT = _cased(g.MONTH_ABBREVIATIONS) + r"(?=\s+[0-3]?\d(?!\d))"
WEEKDAY = _cased(g.WEEKDAYS)
_ONES = [
    w
    for w, v in g.NUMBER_WORDS.items()
    if isinstance(v, int) and 1 <= v <= 9 and " " not in w and len(w) > 2
]
NUMWORD = (
    r"(?:(?:"
    + _alt(g.TENS)
    + r"(?:[\s-]"
    + _alt(_ONES)
    + r")?|"
    + _alt([w for w in g.NUMBER_WORDS if w not in g.TENS])
    + "|"
    + _alt(q for q in g.VAGUE_QUANTITIES if q not in {"the", "recent"})
    + r")(?:[\s-]and[\s-]a[\s-]half)?)(?!\w)"
)
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+1/2|[\s-]and[\s-]a[\s-]half)?(?![\d/])"
NUM = f"(?:{DIGITS}|{NUMWORD})"
UNIT = (
    "(?:"
    + _alt(list(g.UNIT_PLURALS) + [u + "s" for u in g.UNITS if u != "century"] + list(g.UNITS))
    + r")(?!\w)"
)
UNIT_SG = "(?:" + "|".join(sorted(g.UNITS, key=len, reverse=True)) + r")(?!\w)"
YEAR4 = r"(?<![$#\d.,/])(?<!(?<!\d)\d{3}-)(?:1[0-9]\d\d|20\d\d)(?![\d,]\d|\.\d|\s*(?:%|percent))"
SPELLED_YEAR = r"(?:nineteen|twenty)[\s-]+" + _alt(g.TENS) + r"(?:[\s-]" + _alt(_ONES) + ")?"
# "mid-to-late 2027", "early to mid 2020s": the span's first part gives the modifier.
PERIOD = (
    r"(?:(?P<{n}>(?:early|mid)(?:-|\s+)(?:to|or)(?:-|\s+)(?:mid|late)|early|late|mid"
    r"|the\s+(?:beginning|start|end|middle|first\s+half|second\s+half"
    r"|last\s+half|last\s+(?:(?:working|business|trading)\s+)?day"
    r"|(?:first|last|final)\s+(?:week|weekend|few\s+days|days)|(?:second|third|fourth)\s+week)"
    r"\s+of)(?:\s+|-|\s*-\s*))"
)
QMOD = _alt(g.QUANTITY_MODS)
POD = _alt(g.PARTS_OF_DAY)
TZ = "(?-i:" + _alt(g.TIME_ZONES) + ")"
AMPM = r"(?:[ap]\.\s?m\.|[ap]\.\s?m\b|[ap]m\b)"
DEICTIC = _alt(g.DEICTICS)
SEASON = _alt(g.SEASONS)
DECADE_WORD = _alt(g.DECADE_WORDS)
BARE_SEASON = _alt(s for s in g.SEASONS if s != "fall")
DAYWORD = _alt(g.DAY_WORDS)
ORDINAL = _alt(g.ORDINALS)
OFFSET = _alt(g.OFFSET_WORDS)
HOLIDAY = _cased(
    list(g.HOLIDAYS)
    + list(g.HOLIDAY_RULES)
    + list(g.EASTER_HOLIDAYS)
    + list(g.ORTHODOX_EASTER_HOLIDAYS)
    + list(g.LUNAR_HOLIDAYS)
    + [re.sub(r"-(\w)", lambda h: "-" + h.group(1).upper(), n) for n in g.LUNAR_HOLIDAYS]
    + list(g.EASTER_WEEKS)
    + list(g.HOLIDAY_DAYS_AFTER)
)
DAY_ORDINAL_WORD = _alt(g.DAY_ORDINAL_WORDS)
TWILIGHT = _alt(g.TWILIGHT)
BLOCKED = (
    "(?-i:"
    + _alt(g.NOT_TIME_NAMES)
    # mid-sentence, after a lower-case word or a comma: "the band Second Sunday"
    + "|(?<=[a-z,;] )"
    + _alt(g.NAME_ORDINALS)
    + " "
    + _alt(w.capitalize() for w in g.WEEKDAYS)
    + r")(?!\w)"
)
AGED = _alt(g.AGED_THINGS)
# "Sept. 23-25": the last day of a range written with a dash.
# A quarter or half joined to a word that makes it a thing, not a time: "the
# quarter-final", "the second quarter-finals", "a first half-century", "the half-time".
NOT_A_PERIOD = r"-(?:finals?|backs?|time|centur|hour|mile|way|dozen|brother|sister)"
# "the second half of October": a part of the month, no half-year
HALVED_MONTH = (
    r"(?-i:(?:Jan|Febr)uary|March|April|May|June|July|August|September|October|November|December)"
)
DAY_RANGE_END = r"(?:\s*[-–]\s*(?P<{n}>[0-3]?\d)(?![\d:]|\s*(?:%|percent)))?"

RULES: tuple[tuple[str, str], ...] = (
    ("block", BLOCKED),
    (
        "time",
        rf"(?P<t_h4>[012]\d)(?P<t_m4>[0-5]\d)\s*(?P<t_tz4>{TZ})(?!\w)"
        rf"|(?P<t_tw>{TWILIGHT})(?:\s+(?:on\s+)?(?P<t_day3>{WEEKDAY}|{DAYWORD}))?(?!\w)"
        # ("2.30pm", British: a full stop before the minutes, only with am/pm after)
        rf"|(?<![£$€¥])(?P<t_h>\d{{1,2}})(?:[:.](?P<t_m>[0-5]\d))?\s*(?P<t_ap>{AMPM})(?:\s+(?P<t_tz>{TZ}))?"
        rf"(?:,?\s+(?:(?P<t_day>{WEEKDAY}|{DAYWORD})|(?P<t_mon>{MONTH})\s+(?P<t_md>[0-3]?\d)(?![\d:])))?"
        rf"|(?P<t_h2>[012]?\d):(?P<t_m2>[0-5]\d)(?::(?P<t_s2>[0-5]\d))?(?![\d:])(?:\s*(?P<t_tz2>{TZ}))?"
        rf"|(?P<t_named>noon|midday|midnight)(?:\s+(?P<t_day2>{WEEKDAY}|{DAYWORD}))?"
        rf"|(?P<t_h3>\d{{1,2}}|{NUMWORD})\s+(?:o'clock|o’clock|in\s+the\s+(?P<t_pod>morning|afternoon|evening))",
    ),
    (
        "full",
        rf"(?:(?P<f_wk>the\s+week(?:(?P<f_we>end)?\s+of|\s+(?:beginning|starting|commencing|ending|ended)))\s+)?"
        rf"(?:(?P<f_wd>{WEEKDAY}),?\s+)?(?P<f_the>the\s+)?"
        rf"(?:(?P<f_m>{MONTH}|{MONTH_NODOT})\s+(?P<f_d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"
        rf"{DAY_RANGE_END.format(n='f_de')}(?:,?\s+(?P<f_y>{YEAR4}))?"
        rf"|(?P<f_dw>{DAY_ORDINAL_WORD})\s+of\s+(?P<f_m4>{MONTH})(?:,?\s+(?P<f_y4>{YEAR4}))?"
        rf"|(?P<f_d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<f_m2>{MONTH})(?:,?\s+(?P<f_y2>{YEAR4}))?"
        rf"|{PERIOD.format(n='f_pm')}?(?P<f_m3>{MONTH}),?\s+(?:of\s+)?(?:(?P<f_y3>{YEAR4})|(?P<f_sy>{SPELLED_YEAR})"
        r"|(?P<f_rel>this|last|next)\s+year(?!\w|['’])))",
    ),
    (
        # "the second Sunday of May", "the last Saturday in June 2027": one day of a month
        "nthwd",
        rf"(?:the\s+)?(?P<nw_o>first|second|third|fourth|fifth|last|final)\s+(?P<nw_wd>{WEEKDAY})"
        rf"\s+(?:of|in)\s+(?:(?P<nw_m>{MONTH}|(?-i:Advent))(?:,?\s+(?P<nw_y>{YEAR4}))?|(?P<nw_tm>the\s+month))(?!\w)",
    ),
    (
        "nth",
        r"(?<=\bon\s)the\s+(?P<n_o>[0-3]?\d)(?:st|nd|rd|th)(?![\w-])"
        r"(?=\s*(?:[.,;:)!?]|$)|\s+(?:and|or|but|when|after|before|at|in|as|with|while)\b)",
    ),
    (
        "iso",
        r"(?P<i_y>1\d{3}|20\d\d)-(?P<i_m>[01]\d)-(?P<i_d>[0-3]\d)(?:T(?P<i_h>[012]\d):(?P<i_mi>[0-5]\d))?(?!\d)"
        r"|(?P<n_m>[01]?\d)/(?P<n_d>[0-3]?\d)/(?P<n_y>\d{4}|\d{2})(?![\d/])"
        r"|(?P<e_d>[0-3]?\d)\.(?P<e_m>[01]?\d)\.(?P<e_y>1[89]\d\d|20\d\d)(?!\d|\.\d)",
    ),
    (
        "ago",
        # ("the year before", "the week earlier" ending a clause: one unit)
        rf"(?:(?P<a_q>{QMOD})\s+)?(?P<a_n>{NUM}|the(?=\s+(?:week|month|year)\s+(?:before|earlier"
        rf"|after|later)\s*(?:[,.;:)!?]|$)))[\s-]+(?P<a_u>{UNIT})(?:(?P<a_half>\s+and\s+a\s+half)(?=\s+(?:ago|from\s+now)\b))?\s+(?P<a_w>{OFFSET})(?!(?:(?<=after)|(?<=before))\s+(?:the|a|an|he|she|they|it|we|his|her|their)\b)",
    ),
    (
        # "the first meeting of the new year": the year about to begin, or just begun
        # ("the New Year" is the holiday)
        "newyear",
        r"the\s+(?-i:new\s+year)(?![\w'’-]|\s+(?:Day|Eve|holiday)\b)",
    ),
    (
        "sport",
        # a season of a sport: "last season", "this season's", "the 2026-27 season" (not
        # "the last season of the show", a final one, nor "the 2026 season", a year)
        r"(?:(?<!the\s)(?P<sp_det>last|this|next)|the\s+(?P<sp_det2>current|coming|upcoming))"
        r"\s+season(?![\w-]|\s+(?:of|finale|premiere)\b)"
        rf"|the\s+(?P<sp_y>{YEAR4})\s*[-–/]\s*(?P<sp_y2>\d\d(?:\d\d)?)\s+season(?![\w-])",
    ),
    (
        "quarter",
        # "the June quarter", "the March quarter": the quarter ending in that month
        r"the\s+(?P<q_qm>(?-i:March|June|September|December))\s+quarter(?!\w)"
        # "the January-March quarter", "April-June 2025": a span of months, often a quarter
        rf"|(?P<q_rm1>{MONTH})\s*[-–—]\s*(?P<q_rm2>{MONTH})"
        rf"(?:,?\s+(?P<q_ry>{YEAR4}))?(?:\s+(?P<q_ru>quarter|period|half))?(?![\w-])"
        rf"|(?-i:Q(?P<q_qn>[1-4])|(?P<q_qn2>[1-4])Q|H(?P<q_hn>[12]))"
        rf"(?:\s+(?P<q_qy>{YEAR4})|['’](?P<q_qyy>\d\d))?(?![\w-])"
        rf"|(?:the\s+)?(?:comparable\s+)?(?:(?P<q_yr>this|last|next)\s+year(?:'s|’s)\s+)?(?:(?P<q_fis>fiscal|calendar)\s+)?"
        rf"(?P<q_ord>{ORDINAL}|latest|last|current|year-ago|year-earlier|previous|prior|same|next|final|recent|year-ago)"
        rf"[\s-]+(?:fiscal\s+|calendar\s+)?(?P<q_u>quarter|half)(?!\w|{NOT_A_PERIOD}|\s+of\s+(?:the\s+month|{HALVED_MONTH})\b)"
        rf"(?:\s+of\s+(?:(?P<q_y>{YEAR4})|(?:fiscal\s+)(?P<q_y2>{YEAR4})|(?P<q_yd>this|last|next|the)\s+year))?"
        rf"|(?:the\s+)?(?P<q_y0>{YEAR4})\s+(?:(?P<q_ord0>{ORDINAL})\s+)?(?:quarter|period)(?!\w)"
        r"|the\s+(?:comparable\s+|same\s+)?(?P<q_ord1>year-ago|year-earlier|latest|previous|prior|year-ago)"
        r"\s+period(?!\w)|(?P<q_adj>year-earlier|year-ago)(?!\w)"
        r"|the\s+(?:(?:comparable|corresponding|same|year-ago)\s+)?(?:quarter|period)\s+"
        r"(?P<q_ya>last\s+year|a\s+year\s+(?:ago|earlier))(?!\w|['’])"
        r"|last\s+year(?:'s|’s)\s+(?:(?:comparable|corresponding|same)\s+)?(?P<q_lyq>quarter|period)(?!\w)"
        rf"|the\s+(?P<q_bare>quarter)(?!\w|{NOT_A_PERIOD})",
    ),
    (
        "theyear",
        r"(?P<ty_pm>the\s+(?:end|beginning|start|middle|turn)\s+of)\s+the\s+(?P<ty_u>month|week|decade|century|millennium)(?!\w)"
        # "in the first week of the month", "into the last week of the month"
        r"|(?P<ty_pm3>the\s+(?:first|second|last)\s+half|the\s+(?:first|last|final)\s+(?:week|fortnight"
        r"|few\s+days|(?:ten|10)\s+days|days))\s+of\s+the\s+(?P<ty_u3>month)(?!\w)"
        # "a generation ago": about thirty years before publication
        r"|(?P<ty_gen>a\s+generation\s+ago)(?!\w)"
        # "by midweek", "until midweek": the middle of the week under way
        r"|(?<=\s)(?P<ty_mw>midweek)(?![\w-])"
        # "year-to-date sales", "up 4% year to date": the year so far
        r"|(?P<ty_ytd>year[-\s]to[-\s]date)(?![\w-])"
        r"|(?:(?P<ty_around>around|about)\s+)?"
        r"(?P<ty_ye>year[-\s]end|year['’]s\s+end)(?![\w-])"
        # "next fiscal year", "the previous financial year": a fiscal year by another
        r"|(?:the\s+)?(?P<ty_rel>next|last|previous|prior|following|coming|latest)\s+"
        r"(?:fiscal|financial)\s+year(?![\w-])"
        r"|(?:(?P<ty_pm2>the\s+(?:end|beginning|start|middle|turn)\s+of)\s+)?"
        r"the\s+(?:(?P<ty_a>full|fiscal|financial|calendar|current\s+fiscal|entire|whole)\s+)?year"
        r"(?!\w|-|\s+(?:before|after|earlier|later|ago|two|one|nineteen|\d))",
    ),
    (
        "decade",
        rf"(?:the\s+)?{PERIOD.format(n='d_pm')}?(?:(?P<d_y>1\d\d0|20\d0)'?s|'(?P<d_yy>\d0)s)(?!\w)"
        rf"|(?:the\s+)?(?P<c_ord>{ORDINAL})[\s-]+century(?!\w)"
        # "the nineties", "the early nineteen-sixties": a decade of the 1900s in words
        rf"|the\s+{PERIOD.format(n='d_pm2')}?(?:nineteen[\s-]+)?(?P<d_sp>{DECADE_WORD})(?!\w)",
    ),
    (
        "holiday",
        rf"(?:(?P<h_det>last|next|this)\s+)?(?P<h_n>{HOLIDAY})(?:,?\s+(?P<h_y>{YEAR4}))?(?!\w)",
    ),
    (
        "season",
        rf"{PERIOD.format(n='s_pm')}?(?:the\s+)?(?P<s_s>{SEASON})\s+(?:of\s+)?(?:(?P<s_y>{YEAR4})|(?P<s_sy>{SPELLED_YEAR}))"
        # "since the summer": a season without a year ("the fall" is too often a drop)
        rf"|{PERIOD.format(n='s_pm2')}?the\s+(?:(?P<s_pm3>early|late|mid)[\s-]+)?"
        rf"(?P<s_bare>{BARE_SEASON})(?![\w-])"
        # "by spring", "in summer": a season after a preposition of time, without "the"
        r"|(?:(?<=\bin )|(?<=\bby )|(?<=\buntil )|(?<=\bsince )|(?<=\bduring )|(?<=\bbefore )"
        rf"|(?<=\bafter ))(?P<s_bare4>(?-i:{BARE_SEASON}))(?![\w-])",
    ),
    (
        "rel",
        rf"(?:(?P<r_pm>early|late|earlier|later|mid|the\s+(?:beginning|start|end|middle|rest)\s+of)\s+)?"
        # (not a season with its year: "said that spring 2025 was the warmest" is "spring 2025")
        rf"(?P<r_det>{DEICTIC})\s+(?P<r_x>{UNIT_SG}|{WEEKDAY}|{MONTH}"
        rf"|{SEASON}(?!\s+(?:of\s+)?(?:1[89]|20)\d\d(?!\d))|{POD})(?!-)"
        # (not "the last day of March", "the last week (weekend) of January": the month's
        # end, read with the month)
        rf"(?!(?:(?<=[Dd]ay)|(?<=[Ww]eek)|(?<=[Ww]eekend))\s+of\s+{MONTH})"
        r"(?:\s+(?P<r_md>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]|,\d|\s*(?:%|percent)))?"
        r"|the\s+(?P<r_we>weekend)(?!\w)|the\s+week\s+(?P<r_wan>after\s+next)(?!\w)",
    ),
    (
        "dayword",
        # (not the idiom "like there is no tomorrow")
        rf"(?:(?P<w_pm>early|late|earlier|later)\s+)?(?<![Nn]o\s)(?P<w_w>{DAYWORD})"
        rf"(?:\s+(?P<w_pod>{POD}))?"
        r"|the\s+day\s+(?P<w_ba>before\s+yesterday|after\s+tomorrow)"
        r"|the\s+day\s+(?P<w_rel>before|after|earlier|later)(?=\s*(?:[,.;:)!?]|$))"
        # "the night before", "the evening before": that part of the day before ("the morning
        # after" is as often the pill or the hangover)
        r"|the\s+(?P<w_rpod>night|evening|morning|afternoon)\s+(?:before|earlier)"
        r"(?=\s*(?:[,.;:)!?]|$))"
        # "the day before the accident": counted from an event the story names
        r"|(?P<w_an>the\s+day)(?=\s+(?P<w_ab>before|after)\s+(?:the|his|her|their|its)\s+[a-z])"
        # "on the eve of the vote": the day before an event the story names
        r"|(?P<w_eve>the\s+eve)(?=\s+of\s+(?:the|his|her|their|its)\s+[a-z])"
        # "on the night of the killing": the day (and part of it) of an event the story named
        r"|the\s+(?P<w_of>day|night|morning|evening|afternoon)"
        r"(?=\s+of\s+(?:the|his|her|their|its)\s+[a-z])"
        rf"|(?P<w_on>overnight)(?:\s+(?:on\s+)?(?P<w_onday>{WEEKDAY}))?(?!\w)"
        r"|this\s+time\s+(?P<w_tt>last|next)\s+year(?!\w)"
        rf"|(?P<w_mid>mid[-\s]?(?:morning|afternoon|evening))(?:\s+(?P<w_midday>{WEEKDAY}|{DAYWORD}))?"
        r"(?!\w)",
    ),
    (
        "year",
        rf"{PERIOD.format(n='y_pm')}?(?:(?P<y_fis>fiscal|calendar|financial|the\s+year|model\s+year)\s+)?"
        rf"(?:(?P<y_y>{YEAR4})(?:[-–/](?P<y_y2>\d\d)(?![\w/-]))?|(?P<y_sp>{SPELLED_YEAR}))"
        r"(?!\w|-(?:year|old))"
        rf"|(?-i:FY)\s?(?P<y_fy>{YEAR4}|\d\d)(?!\w)"
        # "the year two thousand": only after "the year" ("two thousand people" is a count)
        rf"|the\s+year\s+(?P<y_2k>two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?{_alt(_ONES)})?)(?!\w)",
    ),
    ("month", rf"{PERIOD.format(n='m_pm')}?(?P<m_m>{MONTH})(?!\w|-)"),
    (
        "weekday",
        rf"(?:(?P<k_pm>early|late)(?:\s+on)?\s+)?"
        rf"(?P<k_wd>{WEEKDAY})(?:(?P<k_pl>s)|\s+(?P<k_pod>{POD})(?P<k_pl2>s)?)?(?!\w)",
    ),
    (
        "duration",
        rf"(?:(?P<u_q>{QMOD})\s+)?(?:(?P<u_det>the|a|an)\s+)?"
        # ("coming twelve months ago": "coming" is the verb's, the months are ago)
        r"(?:(?P<u_rel>last|past|next|first|coming(?!\s+[\w-]+(?:\s+[\w-]+)?\s+ago\b)|previous"
        r"|following|final|latest|remaining|initial"
        r"|preceding|ensuing|recent|further|additional|extra)\s+)?"
        # ("three straight years": the same length; "missed forecasts for three consecutive
        # quarters" counts results, no length)
        rf"(?P<u_n>{NUM})(?:\s+more)?[\s-]+(?:(?:trading|business|working|(?:straight"
        rf"|consecutive|successive)(?!\s+quarters?\b))\s+)?(?P<u_u>{UNIT})"
        # "an hour and a half", "a year and a half"
        r"(?P<u_half>\s+and\s+a\s+half(?!\w))?"
        r"(?P<u_long>-long)?"
        rf"(?P<u_old>-old(?=\s+(?:[a-z]+\s+)?{AGED}(?!\w)))?(?P<u_tm>['’]s?\s+time(?!\w))?"
        r"(?!-(?:old|earlier|ago|end)\b)"
        rf"|(?:the\s+)?(?P<u_rel2>past|last|next|coming|recent|previous|following)\s+(?P<u_u2>{UNIT})"
        r"|(?P<u_dl>(?P<u_dlu>days?|weeks?|months?|years?|decades?|hours?|centuries|century))"
        r"-long(?!\w)"
        rf"|(?P<u_bare>years|decades|months|weeks|centuries|days|hours|minutes)(?!\w)",
    ),
    (
        "set",
        rf"(?P<e_w>{_alt(g.SETS)})(?!\w)"
        rf"|every\s+(?P<e_n3>{NUM})\s+(?P<e_u3>{UNIT})"
        rf"|every\s+(?P<e_mon>{MONTH})(?:\s+(?P<e_md>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]))?(?!\w)"
        rf"|(?:every|each)\s+(?P<e_sea>{SEASON})(?!\w)"
        r"|(?:every|each)\s+(?P<e_wkd>week(?:day|night))(?!\w)"
        rf"|(?:every|each)\s+(?:(?P<e_oth>other|second|third)\s+)?(?P<e_u>{UNIT_SG}|{WEEKDAY}|{POD})"
        rf"|(?P<e_n>once|twice|three\s+times|four\s+times)\s+(?:a|an|per|every)\s+(?P<e_u2>{UNIT_SG})",
    ),
    ("vague", rf"(?P<v_w>{_alt(g.VAGUE)})(?!\w)"),
)

_FLAGS = re.IGNORECASE
_HEAD = r"(?<![\w'’])"


def _full_pattern() -> re.Pattern[str]:
    return re.compile(
        _HEAD + "(?:" + "|".join(f"(?P<R_{name}>{pat})" for name, pat in RULES) + ")", _FLAGS
    )


def _first_words() -> set[str]:
    tables: list[Iterable[str]] = [
        g.MONTHS, g.WEEKDAYS, g.NUMBER_WORDS, g.TENS, g.VAGUE_QUANTITIES, g.ORDINALS,
        g.QUANTITY_MODS, g.DEICTICS, g.DAY_WORDS, g.VAGUE, g.SETS, g.HOLIDAYS,
        g.HOLIDAY_RULES, g.SEASONS, g.NAMED_TIMES, g.PERIOD_MODS, g.EASTER_HOLIDAYS,
        g.TWILIGHT, g.NOT_TIME_NAMES, g.DAY_ORDINAL_WORDS, g.EASTER_WEEKS,
        g.HOLIDAY_DAYS_AFTER, g.NAME_ORDINALS, g.ORTHODOX_EASTER_HOLIDAYS, g.LUNAR_HOLIDAYS,
        ("the", "a", "an", "early", "late", "mid", "earlier", "later", "every", "each", "once",
         "twice", "fiscal", "calendar", "financial", "model", "comparable", "year", "years",
         "decades", "months", "weeks", "centuries", "this", "last", "next", "half", "quarter",
         "three", "four", "nineteen", "twenty", "noon", "midday", "midnight", "past",
         "recent", "coming", "previous", "following", "first", "latest", "current", "same",
         "q1", "q2", "q3", "q4", "h1", "h2", "fy", "overnight", "days", "hours", "minutes",
         "day", "week", "month", "hour", "decade", "century", "midweek"),
        [w + "s" for w in g.WEEKDAYS],
    ]  # fmt: skip
    out: set[str] = set()
    for table in tables:
        for phrase in table:
            head = re.split(r"[\s\-.'’]", phrase.lower())[0]
            if head:
                out.add(head)
    return out


# Positions where some rule can start: a first word from the tables, a digit, or '80s.
_TRIGGER = r"(?<![\w'’])(?:" + _trie(sorted(_first_words())) + r")(?![a-z])|(?<![\w'’])\d|'\d"
TRIGGER = re.compile(_TRIGGER, re.IGNORECASE)
# The same triggers, on most text: the pattern without IGNORECASE over the lower-cased
# text (same length, same offsets), which the regex engine scans about twice as fast.
# Only when every trigger word is ASCII: an IGNORECASE Kelvin sign would match a 'k'.
_TRIGGER_LOWER = (
    re.compile(_TRIGGER) if all(w.isascii() and w == w.lower() for w in _first_words()) else None
)


# --- Which rules can start at a trigger ---------------------------------------------------
#
# The whole pattern tries its alternatives in order at every trigger, and most fail on the
# first word. So each rule is compiled on its own, and for every trigger word the rules
# that could match text starting with that word are worked out once, from the parsed
# patterns. Trying those rules in order gives exactly the match of the whole pattern: an
# alternation with nothing after it takes the first branch that matches, and a rule left
# out is one that cannot match there. Each rule's pattern also carries every other rule's
# group names in a branch that never matches, so ``group(name)`` answers as it would on a
# match of the whole pattern.

_END = "\x00"  # stands for the character after a trigger word: anything but a letter
_NEXT = " ,.:/-'%"  # characters after a digit that pick out the rules to try
_NUM = string.digits + _NEXT
_DIGITS = frozenset(string.digits)
_LETTER = re.compile("[a-z]", re.IGNORECASE)  # what the trigger's (?![a-z]) excludes
_Matcher = Callable[[str, int], "re.Match[str] | None"]


class _Unfamiliar(Exception):
    """The regex parser produced a node this analysis does not know."""


def _same_char(lit: str, ch: str) -> bool:
    if ch == _END:
        return _LETTER.match(lit) is None
    return ch == lit or ch.lower() == lit.lower() or ch.upper() == lit.upper()


class _Reach:
    """Where each rule can stop in a trie of trigger keys, read case-blind.

    States are trie nodes; a leaf (the end of a key) absorbs: past the key anything may
    follow. Lookarounds and anchors are taken as always true, so the answer can only err
    towards "may match", which costs time, never a match.
    """

    def __init__(self, keys: Iterable[str], c: Any) -> None:
        self.kids: list[dict[str, int]] = [{}]
        for key in keys:
            node = 0
            for ch in key:
                nxt = self.kids[node].get(ch)
                if nxt is None:
                    nxt = len(self.kids)
                    self.kids.append({})
                    self.kids[node][ch] = nxt
                node = nxt
        self.leaves = {n for n, k in enumerate(self.kids) if not k}
        self.spelled: dict[int, list[str]] = {}
        self.classes: dict[tuple[int, str], bool] = {}
        self.c = c
        self.categories: dict[Any, Callable[[str], bool]] = {
            c.CATEGORY_DIGIT: str.isdigit,
            c.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdigit(),
            c.CATEGORY_SPACE: str.isspace,
            c.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
            c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
            c.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_"),
        }

    def spellings(self, code: int) -> list[str]:
        """The key characters a literal matches (the same as ``_same_char``: keys are ASCII)."""
        found = self.spelled.get(code)
        if found is None:
            lit = chr(code)
            low, up = lit.lower(), lit.upper()
            found = list({lit, low, up, low.upper(), up.lower()})
            if _same_char(lit, _END):
                found.append(_END)
            self.spelled[code] = found
        return found

    def in_class(self, items: Any, ch: str) -> bool:
        key = (id(items), ch)  # the parsed patterns outlive this object
        found = self.classes.get(key)
        if found is None:
            found = self.classes[key] = self._in_class(items, ch)
        return found

    def _in_class(self, items: Any, ch: str) -> bool:
        c = self.c
        for op, av in items:
            if op is c.LITERAL:
                if _same_char(chr(av), ch):
                    return True
            elif op is c.RANGE:
                lo, hi = av
                if ch == _END:
                    if hi - lo > 64 or any(
                        _LETTER.match(chr(x)) is None for x in range(lo, hi + 1)
                    ):
                        return True
                elif any(lo <= ord(x) <= hi for x in (ch, ch.lower(), ch.upper())):
                    return True
            elif op is c.CATEGORY and ch != _END and av in self.categories:
                if self.categories[av](ch):
                    return True
            else:
                return True  # negation, an unknown category, the end marker: may match
        return False

    def seq(self, items: Any, states: set[int]) -> set[int]:
        for op, av in items:
            if not states:
                break
            states = self.node(op, av, states)
        return states

    def node(self, op: Any, av: Any, states: set[int]) -> set[int]:
        c = self.c
        out = states & self.leaves
        live = states - out
        if op is c.LITERAL:
            chars = self.spellings(av)
            for n in live:
                kids = self.kids[n]
                out.update(kids[ch] for ch in chars if ch in kids)
        elif op is c.IN:
            for n in live:
                out.update(kid for ch, kid in self.kids[n].items() if self.in_class(av, ch))
        elif op is c.NOT_LITERAL or op is c.ANY:
            for n in live:
                out.update(self.kids[n].values())
        elif op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            return set(states)
        elif op is c.SUBPATTERN:
            out |= self.seq(av[-1], live)
        elif op is c.ATOMIC_GROUP:
            out |= self.seq(av, live)
        elif op is c.BRANCH:
            for alt in av[1]:
                out |= self.seq(alt, set(live))
        elif op is c.MAX_REPEAT or op is c.MIN_REPEAT or op is c.POSSESSIVE_REPEAT:
            lo, hi, sub = av
            seen: set[int] = set()
            frontier = set(live)
            k = 0
            while True:
                if k >= lo:
                    if frontier <= seen:
                        break  # nothing new: later rounds only repeat earlier ones
                    seen |= frontier
                if k == hi or not frontier:
                    break
                frontier = self.seq(sub, frontier)
                k += 1
                if k > 10_000:
                    raise _Unfamiliar("repeat")
            out |= seen
        else:
            raise _Unfamiliar(str(op))
        return out


def _rule_table() -> tuple[dict[str, tuple[_Matcher, ...]], tuple[_Matcher, ...]]:
    """The rules to try at each trigger, by its lower-case text, alone or with what follows.

    Keys with what follows are the trigger word, a space and one or two letters ("the m",
    "the se"), or a digit and the next one or two characters ("7 ", "199"); the longest
    key found is used (every key stands for the text it spells, so any one found is
    right; a longer one leaves fewer rules).
    """
    parser: Any = importlib.import_module("re._parser")
    c: Any = importlib.import_module("re._constants")
    trees = [(name, parser.parse(pat, _FLAGS)) for name, pat in RULES]
    groups = {name: list(tree.state.groupdict) for name, tree in trees}
    every = [f"R_{name}" for name, _ in RULES] + [x for name, _ in RULES for x in groups[name]]
    matchers: dict[str, _Matcher] = {}
    for name, pat in RULES:
        own = {f"R_{name}", *groups[name]}
        dead = "".join(f"(?P<{x}>)" for x in every if x not in own)
        matchers[name] = re.compile(f"{_HEAD}(?:(?P<R_{name}>{pat})|(?!){dead})", _FLAGS).match
    words = [w for w in _first_words() if w.isascii() and w[0] != "'" and not w[0].isdigit()]
    digits = string.digits
    letters = string.ascii_lowercase
    table: dict[str, tuple[_Matcher, ...]] = {}
    chosen: dict[int, tuple[_Matcher, ...]] = {}

    def choose(keys: dict[str, str]) -> None:
        """Fill ``table`` for keys spelled out as the text they stand for."""
        reach = _Reach(keys.values(), c)
        # A rule may match at a key if it can stop on any node of the key's path.
        stop = [0] * len(reach.kids)
        for bit, (_, tree) in enumerate(trees):
            for node in reach.seq(tree, {0}):
                stop[node] |= 1 << bit
        on_path = stop[:]
        for node, kids in enumerate(reach.kids):  # parents come before their children
            for kid in kids.values():
                on_path[kid] |= on_path[node]
        for key, spelled in keys.items():
            node = 0
            for ch in spelled:
                node = reach.kids[node][ch]
            mask = on_path[node]
            if mask not in chosen:
                chosen[mask] = tuple(
                    matchers[name] for bit, (name, _) in enumerate(trees) if mask >> bit & 1
                )
            table[key] = chosen[mask]

    # A trigger alone: a word (then a character that is not a letter), a digit, ' digit.
    alone = {w: w + _END for w in words}
    alone.update({d: d for d in digits})
    alone.update({"'" + d: "'" + d for d in digits})
    choose(alone)
    # With what follows, for the words that start several rules: the word, a space and a
    # letter ("the m"); a digit and one more character ("7 ").
    after = {f"{w} {a}": f"{w} {a}" for w in words if len(table[w]) > 2 for a in letters}
    after.update({d + x: d + x for d in digits for x in letters + digits + _NEXT})
    choose(after)
    # And one character more where that still leaves several rules ("the se", "19 ").
    more = [k + x for k in after if len(table[k]) > 3 for x in (letters if " " in k else _NUM)]
    choose({k: k for k in more})
    return table, tuple(matchers[name] for name, _ in RULES)


try:
    _TABLE, _EVERY = _rule_table()
except Exception:  # an unfamiliar regex parser: try the whole pattern at every trigger
    _TABLE, _EVERY = {}, (_full_pattern().match,)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# The characters other than a-z that IGNORECASE matches to a-z (İ ı ſ and the Kelvin sign).
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _lowered(text: str) -> str | None:
    """``text.lower()`` if scanning it case-sensitively finds the IGNORECASE triggers.

    True of ASCII text, and of text whose other characters lower-case to one character of
    the same kind (a letter or digit stays one) and never match a-z under IGNORECASE.
    """
    if not text.isascii():
        for ch in set(_NON_ASCII.findall(text)):
            lo = ch.lower()
            if (
                ch in _FOLDS_TO_ASCII
                or len(lo) != 1
                or lo.isalnum() != ch.isalnum()
                or lo.isdecimal() != ch.isdecimal()
            ):
                return None
    return text.lower()


def candidates(text: str) -> Iterator[re.Match[str]]:
    """Leftmost, non-overlapping rule matches in text order.

    Equivalent to ``PATTERN.finditer(text)``, but a rule is only tried where a cheap
    trigger (a word that can start an expression, or a digit) occurs, and only the rules
    that can start with that trigger.
    """
    done = 0
    table = _TABLE
    every = _EVERY
    low = _lowered(text) if _TRIGGER_LOWER is not None else None
    if _TRIGGER_LOWER is not None and low is not None:  # most text: the quick scan
        for t in _TRIGGER_LOWER.finditer(low):
            start = t.start()
            if start < done:
                continue
            word = t.group()
            after = t.end()
            short = after + (1 if word[-1] in _DIGITS else 2)  # "the m", "7 "
            found = table.get(word + low[after : short + 1])  # "the se", "199"
            if found is None:
                found = table.get(word + low[after:short])
            for match in table.get(word, every) if found is None else found:
                m = match(text, start)
                if m is not None:
                    if m.end() > start:
                        done = m.end()
                        yield m
                    break
        return
    for t in TRIGGER.finditer(text):
        start = t.start()
        if start < done:
            continue
        word = t.group()
        rules = every
        if word.isascii():
            key = word.lower()
            after = t.end()
            nxt = text[after : after + (1 if key[-1] in _DIGITS else 2)]
            found = table.get(key + nxt.lower()) if nxt.isascii() else None
            rules = table.get(key, every) if found is None else found
        for match in rules:
            m = match(text, start)
            if m is not None:
                if m.end() > start:
                    done = m.end()
                    yield m
                break


def __getattr__(name: str) -> re.Pattern[str]:
    """``PATTERN``, the whole alternation, compiled on first use (tests compare with it)."""
    if name == "PATTERN":
        pattern = _full_pattern()
        globals()["PATTERN"] = pattern
        return pattern
    raise AttributeError(name)


def rule_of(m: re.Match[str]) -> str:
    name = m.lastgroup or ""
    return name[2:] if name.startswith("R_") else name
