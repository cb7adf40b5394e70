"""Word tables for the time-expression engine: data only, no logic.

The detector (``detect.py``) builds its regular expressions from these tables and the
resolver reads them to turn words into numbers, so adding a word here is enough to
teach the engine a new spelling.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

# Month names and abbreviations (lower case; an abbreviation may carry a final dot).
MONTHS: Final = MappingProxyType(
    {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
        "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    }
)  # fmt: skip
# Abbreviations that must carry their dot to count (“Mar” alone is a name, “Jun” a word).
MONTH_ABBREVIATIONS: Final = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"}
)
# Month names that are also ordinary words: only dates next to a day, year or date cue.
AMBIGUOUS_MONTHS: Final = frozenset({"may", "march"})

WEEKDAYS: Final = MappingProxyType(
    {
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
        "saturday": 5, "sunday": 6,
    }
)  # fmt: skip

# Cardinal number words. "a"/"an" count as one only in front of a unit.
NUMBER_WORDS: Final = MappingProxyType(
    {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "a hundred": 100, "dozen": 12, "a dozen": 12, "a": 1, "an": 1,
        "half a": 0.5, "half an": 0.5, "a couple of": 2, "a couple": 2, "couple of": 2,
        # "a quarter-century ago", "a quarter of an hour" (not "a quarter" alone: 3 months)
        "a quarter": 0.25, "a quarter of a": 0.25, "a quarter of an": 0.25,
    }
)  # fmt: skip
# Decades of the 1900s in words ("the nineties") -> the decade's digit.
DECADE_WORDS: Final = MappingProxyType(
    {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
     "eighties": 8, "nineties": 9}
)  # fmt: skip
TENS: Final = frozenset(
    {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)
# Quantities that are not a number: the TIMEX3 value gets X ("PXY").
VAGUE_QUANTITIES: Final = frozenset(
    {"several", "a few", "few", "many", "some", "numerous", "a number of", "the", "recent"}
)

ORDINALS: Final = MappingProxyType(
    {
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
        "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6,
        "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
        "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12,
        "thirteenth": 13, "13th": 13, "fourteenth": 14, "14th": 14, "fifteenth": 15,
        "15th": 15, "sixteenth": 16, "16th": 16, "seventeenth": 17, "17th": 17,
        "eighteenth": 18, "18th": 18, "nineteenth": 19, "19th": 19, "twentieth": 20,
        "20th": 20, "twenty-first": 21, "21st": 21, "twenty-second": 22, "22nd": 22,
        "twenty-third": 23, "23rd": 23, "twenty-fourth": 24, "24th": 24,
        "twenty-fifth": 25, "25th": 25, "twenty-sixth": 26, "26th": 26,
        "twenty-seventh": 27, "27th": 27, "twenty-eighth": 28, "28th": 28,
        "twenty-ninth": 29, "29th": 29, "thirtieth": 30, "30th": 30,
        "thirty-first": 31, "31st": 31,
    }
)  # fmt: skip
# Ordinals spelled as words, used as a day of the month: "the Fourth of July".
DAY_ORDINAL_WORDS: Final = frozenset(w for w in ORDINALS if not w[0].isdigit())

# Calendar units: word -> TIMEX3 duration unit. Time units are written after a "T".
UNITS: Final = MappingProxyType(
    {
        "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
        "weekend": "WE", "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y",
        "decade": "DE", "century": "CE", "millennium": "ML",
    }
)  # fmt: skip
UNIT_PLURALS: Final = MappingProxyType({"centuries": "century", "millennia": "millennium"})
TIME_UNITS: Final = frozenset({"second", "minute", "hour"})

PARTS_OF_DAY: Final = MappingProxyType(
    {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
)
SEASONS: Final = MappingProxyType(
    {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
)
# Where in a period: "early 1998", "mid-November", "the end of the year".
PERIOD_MODS: Final = MappingProxyType(
    {
        "early": "START", "the beginning of": "START", "the start of": "START",
        "late": "END", "the end of": "END", "mid": "MID", "the middle of": "MID",
        "the first half of": "START", "the second half of": "END", "the last half of": "END",
        "the last": "END",  # "the last day of March", "the last working day of the month"
        # "since the turn of the year", "the turn of the century": where one begins
        "the turn of": "START",
        # "the first week of February", "the final days of 2026"
        "the first": "START", "the final": "END",
    }
)  # fmt: skip
# Quantity hedges kept in the extent: "about five years", "at least 72 hours".
QUANTITY_MODS: Final = MappingProxyType(
    {
        "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX",
        "approximately": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
        "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
        "just under": "LESS_THAN", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
        "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
        "at least": "EQUAL_OR_MORE", "well over": "MORE_THAN", "only": "EQUAL_OR_LESS",
    }
)  # fmt: skip

# Relative words with a fixed day offset from the anchor.
DAY_WORDS: Final = MappingProxyType({"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1})

# Deictic determiners in front of a unit, weekday, month or season.
DEICTICS: Final = MappingProxyType(
    {
        "last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1,
        "this coming": 1, "following": 1, "this": 0, "current": 0, "the current": 0,
        "the present": 0, "the past": -1, "the last": -1, "the previous": -1,
        "the next": 1, "the coming": 1, "the following": 1, "that": 0, "the same": 0,
    }
)  # fmt: skip
# Words that make a relative offset: "two days ago", "a year earlier".
OFFSET_WORDS: Final = MappingProxyType(
    {"ago": -1, "earlier": -1, "before": -1, "previously": -1, "later": 1, "from now": 1,
     "from today": 1, "hence": 1, "after": 1, "afterwards": 1}
)  # fmt: skip
# Offset words whose anchor is the last date mentioned, not publication.
DISCOURSE_OFFSETS: Final = frozenset({"earlier", "later", "before", "after", "afterwards"})

# Vague references (TIMEX3 values).
VAGUE: Final = MappingProxyType(
    {
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
        "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
        "at present": "PRESENT_REF", "right now": "PRESENT_REF",
        "recently": "PAST_REF",  "lately": "PAST_REF",
        "the past": "PAST_REF",
        "in recent years": "PAST_REF", "recent years": "PAST_REF",
        "the future": "FUTURE_REF",
        "as soon as possible": "FUTURE_REF",
        "in the coming years": "FUTURE_REF", "the years ahead": "FUTURE_REF",
        "the months ahead": "FUTURE_REF", "the weeks ahead": "FUTURE_REF",
        "the days ahead": "FUTURE_REF",
        "the near future": "FUTURE_REF",
        "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
        "the long term": "FUTURE_REF", "a later date": "FUTURE_REF",
    }
)  # fmt: skip
# Vague words that are risky alone: only when the tables say they are used as dates.
VAGUE_ALONE: Final = frozenset(
    {"now", "currently", "recently", "previously", "soon", "nowadays", "these days", "lately",
     "the future", "the past", "future", "recent", "current"}
)  # fmt: skip

# Recurrences.
SETS: Final = MappingProxyType(
    {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
     "yearly": "P1Y", "hourly": "PT1H", "annually": "P1Y", "fortnightly": "P2W",
     "biannually": "P6M", "semiannually": "P6M", "semi-annually": "P6M"}
)  # fmt: skip

# Fixed-date holidays: name -> (month, day). Moving feasts use HOLIDAY_RULES.
HOLIDAYS: Final = MappingProxyType(
    {
        "new year's day": (1, 1), "new year’s day": (1, 1), "valentine's day": (2, 14),
        "valentine’s day": (2, 14), "independence day": (7, 4), "bastille day": (7, 14),
        "halloween": (10, 31), "christmas eve": (12, 24), "christmas day": (12, 25),
        "christmas": (12, 25), "boxing day": (12, 26), "new year's eve": (12, 31),
        "new year’s eve": (12, 31), "veterans day": (11, 11), "armistice day": (11, 11),
        "remembrance day": (11, 11),
        # ("the New Year holiday": its day; "the new year" alone is the year)
        "new year holiday": (1, 1), "new year's holiday": (1, 1), "new year’s holiday": (1, 1),
    }
)  # fmt: skip
# Feasts that move with Easter: name -> days from Easter Sunday (Gregorian computus).
EASTER_HOLIDAYS: Final = MappingProxyType(
    {
        "easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2,
        "holy saturday": -1, "easter monday": 1, "maundy thursday": -3, "palm sunday": -7,
        "ash wednesday": -46, "pentecost": 49, "whit monday": 50, "whitsun": 49,
        "whit sunday": 49,
    }
)  # fmt: skip
# Feasts of the Orthodox churches, which move with the Julian Easter: name -> days from it.
ORTHODOX_EASTER_HOLIDAYS: Final = MappingProxyType(
    {"orthodox easter": 0, "orthodox easter sunday": 0, "orthodox good friday": -2}
)
# Feasts of lunar calendars (the tables are in ``lunar``): name -> the table's name.
LUNAR_HOLIDAYS: Final = MappingProxyType(
    {"lunar new year": "lunar new year", "chinese new year": "lunar new year",
     "ramadan": "ramadan", "eid al-fitr": "eid al-fitr", "eid ul-fitr": "eid al-fitr",
     "eid al-adha": "eid al-adha", "eid ul-adha": "eid al-adha",
     "passover": "passover", "pesach": "passover", "rosh hashanah": "rosh hashanah",
     "rosh hashana": "rosh hashanah", "yom kippur": "yom kippur", "hanukkah": "hanukkah",
     "chanukah": "hanukkah", "hanukah": "hanukkah", "diwali": "diwali", "deepavali": "diwali",
     "holi": "holi"}
)  # fmt: skip
# Weeks named by Easter: the ISO week that ends on Easter Sunday.
EASTER_WEEKS: Final = frozenset({"easter week", "holy week"})
# name -> (month, weekday, nth): nth weekday of the month (-1 = last).
HOLIDAY_RULES: Final = MappingProxyType(
    {
        "thanksgiving day": (11, 3, 4), "thanksgiving": (11, 3, 4), "labor day": (9, 0, 1),
        "memorial day": (5, 0, -1), "election day": (11, 1, 0), "presidents' day": (2, 0, 3),
        "presidents’ day": (2, 0, 3), "presidents day": (2, 0, 3), "mlk day": (1, 0, 3),
        "martin luther king day": (1, 0, 3), "martin luther king jr. day": (1, 0, 3),
        "martin luther king jr day": (1, 0, 3),
        "columbus day": (10, 0, 2),
        # (Britain's and the Commonwealth's day of the war dead: the second Sunday of November)
        "remembrance sunday": (11, 6, 2),
    }
)  # fmt: skip
# Shopping days named by a holiday of HOLIDAY_RULES: name -> (that holiday, days after it).
# "Black Friday" is the day after Thanksgiving, not the last Friday.
HOLIDAY_DAYS_AFTER: Final = MappingProxyType(
    {"black friday": ("thanksgiving", 1), "cyber monday": ("thanksgiving", 4)}
)  # fmt: skip

# Nouns a holiday's name describes, naming no day: "its first Christmas market", "Easter
# eggs", "a Halloween costume" (but "Christmas dinner", "the Easter weekend" are that day's).
HOLIDAY_THINGS: Final = frozenset(
    {"market", "markets", "tree", "trees", "card", "cards", "lights", "decorations",
     "carol", "carols", "pudding", "puddings", "cake", "cakes", "present", "presents",
     "gift", "gifts", "song", "songs", "jumper", "jumpers", "sweater", "sweaters",
     "stocking", "stockings", "fair", "fairs", "shopping", "shoppers", "menu", "film",
     "films", "movie", "movies", "special", "album", "single", "number", "spirit", "cheer",
     "bonus", "bonuses", "egg", "eggs", "bunny", "bonnet", "bonnets", "costume", "costumes",
     "candy", "sweets", "turkey", "turkeys", "wreath", "wreaths", "ornaments",
     "crackers", "hamper", "hampers", "sales", "catalogue", "advert", "advertisement",
     "ad", "ads", "window", "windows", "display", "displays", "stall", "stalls", "prices",
     "deals", "discounts", "bargains"}
)  # fmt: skip
# Events a story is about, which "the day before the accident", "the day after the vote"
# count from: the day the story gave them, else the first day of its opening.
STORY_EVENTS: Final = frozenset(
    {"accident", "crash", "collision", "sinking", "capsizing", "derailment", "attack",
     "attacks", "bombing", "bombings", "blast", "explosion", "shooting", "stabbing", "fire",
     "blaze", "earthquake", "quake", "storm", "flood", "floods", "flooding", "landslide",
     "eruption", "disaster", "tragedy", "incident", "raid", "strike", "strikes", "vote",
     "election", "elections", "referendum", "poll", "polls", "match", "game", "final",
     "race", "summit", "meeting", "talks", "hearing", "trial", "verdict", "ruling", "coup",
     "killing", "killings", "murder", "massacre", "collapse", "riot", "riots", "protest",
     "protests", "ceremony", "wedding", "funeral", "launch", "invasion", "ambush", "arrest",
     "robbery", "heist", "outage", "spill", "leak", "evacuation", "rescue", "escape",
     "abduction", "kidnapping", "assassination", "debate", "announcement", "crackdown"}
)  # fmt: skip
# Time zones that may follow a clock time ("9 a.m. EDT").
TIME_ZONES: Final = frozenset(
    {"EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "GMT", "UTC", "BST", "CET"}
)
NAMED_TIMES: Final = MappingProxyType({"noon": "12:00", "midday": "12:00", "midnight": "24:00"})
# Sun-up and sun-down words: the part of day they fall in. Only after a preposition
# ("at dawn", "before dusk"); "the dawn of a new era" is no time.
TWILIGHT: Final = MappingProxyType(
    {"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "first light": "MO", "dusk": "EV",
     "sunset": "EV", "nightfall": "EV", "sundown": "EV"}
)  # fmt: skip

# Proper names that hold a time word but name no time: blocked as a whole (case-sensitive).
NOT_TIME_NAMES: Final = frozenset(
    {"Sunday Times", "Sunday Telegraph", "Sunday Express", "Sunday Mirror", "Sunday Herald",
     "Sunday Post", "Sunday Independent", "Sunday Tribune", "Sunday People", "Sunday Mail",
     "Sunday Sport", "Sunday Star", "Sunday World", "Sunday Business Post", "Mail on Sunday",
     "Independent on Sunday", "Scotland on Sunday", "Saturday Night Live",
     "Good Friday Agreement", "Good Friday agreement", "Good Friday Accord",
     "Good Friday accord", "Bloody Sunday", "Black Monday", "Black Tuesday", "Black Thursday",
     "Man Friday", "Girl Friday", "High Noon", "high noon", "This Week", "Christmas Island",
     "Easter Island", "Easter Rising", "Sheffield Wednesday", "Monday Night Football",
     "Thursday Night Football", "Sunday Night Football", "Friday Night Lights",
     "Good Morning America", "Good Morning Britain"}
)  # fmt: skip
# A Capitalised ordinal right before a weekday makes a name ("the band Second Sunday", "the
# Third Thursday art walk"), not a date; "on the second Sunday of May" is a day.
NAME_ORDINALS: Final = ("First", "Second", "Third", "Fourth", "Fifth")
# A lower-case job before a Capitalised name and a weekday makes the weekday a surname
# ("Council member Ada Sunday, who proposed the tax", "its chief executive, Jonas Tuesday,
# said"), not a date.
NAME_BEFORE_JOBS: Final = frozenset(
    {"member", "executive", "officer", "director", "minister", "spokesman", "spokeswoman",
     "spokesperson", "leader", "chief", "head", "chairman", "chairwoman", "secretary",
     "manager", "coach", "founder", "owner", "analyst", "economist", "professor", "lawyer",
     "attorney", "mayor", "councillor", "councilor", "senator", "governor", "official",
     "historian", "captain", "editor", "reporter", "author", "singer", "actor", "actress",
     "player", "striker", "midfielder", "defender", "goalkeeper", "resident", "student",
     "teacher", "nurse", "doctor", "farmer", "driver", "pilot", "researcher", "colleague",
     "wife", "husband", "daughter", "son", "mother", "father", "sister", "brother",
     # ... and the people of a match, a campus, a shop ("said referee Dana Friday, who")
     "referee", "umpire", "lecturer", "principal", "dean", "chancellor", "vice-chancellor",
     "organiser", "organizer", "volunteer", "shopkeeper", "worker", "engineer", "scientist"}
)  # fmt: skip
# A work or business named after a holiday or a weekday: "the disaster blockbuster
# Independence Day", "watching \"Independence Day\"", "the restaurant chain Tuesday's".
TITLE_BEFORE_NOUNS: Final = frozenset(
    {"film", "movie", "blockbuster", "sitcom", "album", "song", "novel", "musical",
     "documentary", "thriller", "chain", "brand", "restaurant", "label", "magazine",
     # ... and a band, a ship ("the band Black Friday", "the ferry Christmas Star")
     "band", "ship", "vessel", "yacht", "podcast", "opera", "choir"}
)  # fmt: skip
# Capitalised nouns that, right after "the" and a month or a date, make it the name of a
# group, a place or a thing ("the November Singers", "the Ninth of May Foundation", "the
# Sixth of October Bridge", "the October Revolution"), not a date.
NAME_HEAD_NOUNS: Final = frozenset(
    {"Foundation", "Movement", "Group", "Committee", "Singers", "Players", "Choir", "Band",
     "Bridge", "Street", "Square", "Avenue", "Road", "Party", "Revolution", "Club", "Society",
     "Trust", "Alliance", "Front", "Brigade", "Institute", "Prize", "Award", "Awards",
     "Uprising", "Manifesto", "Declaration", "Memorial", "Stadium", "Airport", "Station",
     "Park", "University", "Hospital", "Collective", "Coalition", "Network", "Association",
     "Union", "Council", "Army", "Brigades", "Martyrs", "Generation"}
)  # fmt: skip
# Words that end a company's name: "May Holdings", "March Capital" are firms, not months.
FIRM_HEAD_NOUNS: Final = frozenset(
    {"Holdings", "Inc", "Corp", "Corporation", "Company", "Co", "Ltd", "Limited", "Plc",
     "PLC", "LLC", "Capital", "Partners", "Investments", "Industries", "Brands", "Stores",
     "Foods", "Energy", "Resources", "Securities", "Bank", "Financial", "Enterprises"}
)  # fmt: skip
# Nouns for things every such weekday has: a weekday right before one names no particular
# day ("a Sunday paper", "the Sunday roast", "his Monday column", "Saturday shifts").
WEEKLY_THINGS: Final = frozenset(
    {"paper", "papers", "newspaper", "newspapers", "tabloid", "tabloids", "broadsheet",
     "broadsheets", "supplement", "supplements", "edition", "editions", "magazine", "column",
     "columns", "columnist", "roast", "roasts", "school", "league", "leagues", "shift",
     "shifts", "routine", "ritual", "rituals", "slot", "crossword", "best", "drivers",
     "lie-in", "lunches", "dinners", "markets", "regulars", "crowds", "kind", "sort"}
)  # fmt: skip
# A word right before a four-digit number that makes it a label, not a year: "Route 2016",
# "Windows 2000", "Room 1999", "Flight 1549" (lower case; a final dot is ignored).
# Capitalised words that may stand before a year that is a date ("In 2020", "The 2022
# flood", "Unlike 2019"); any other Capitalised word makes the year part of a name
# ("Vision 2030", "Agenda 2063", "Tokyo 2020").
YEAR_AFTER_CAPITAL: Final = frozenset(
    {"in", "since", "until", "till", "by", "during", "from", "through", "to", "before",
     "after", "of", "last", "next", "this", "early", "late", "mid", "between", "and", "or",
     "around", "that", "each", "every", "on", "the", "a", "an", "its", "his", "her", "their",
     "our", "my", "your", "these", "those", "whose", "all", "some", "both", "unlike", "like",
     "including", "except", "than", "about", "circa", "ca", "c", "over", "throughout",
     "beyond", "within", "past", "at", "for", "with", "as", "when", "against", "versus",
     "vs", "but", "so", "yet", "even", "only", "also", "then", "not", "nor", "either",
     "while", "whereas", "because", "once", "into", "amid", "despite", "given", "per", "via",
     "toward", "towards", "ahead", "prior", "up", "if", "unless", "whether", "where",
     "what", "which", "how", "why", "fiscal", "calendar", "financial", "year", "years",
     "summer", "winter", "spring", "autumn", "fall", "christmas", "easter", "new",
     "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
     "sep", "sept", "oct", "nov", "dec", "approximately", "roughly", "nearly",
     "almost", "just", "already", "still", "again", "ever", "never", "is", "was", "be",
     "are", "were", "it", "we", "they", "he", "she", "i", "you", "there", "here", "now"}
)  # fmt: skip
NOT_YEAR_BEFORE: Final = frozenset(
    {"route", "room", "flight", "windows", "highway", "interstate", "boeing", "airbus",
     "apollo", "gate", "platform", "suite", "box", "unit", "article", "section", "chapter",
     "resolution", "bus", "train", "level", "page", "no", "number", "nos", "code", "pin",
     "extension", "ext", "channel", "model", "version", "v", "tel", "phone", "fax", "call",
     "rule", "bill", "act", "apartment", "apt", "flat", "ward", "block", "lot", "pier", "bay",
     "exit", "mile", "mm", "iso", "rfc", "cve", "ss", "hms", "uss", "mig", "su", "tu", "il",
     "jersey", "shirt", "batch", "order", "case", "docket", "figure", "fig", "table"}
)  # fmt: skip
# A plural count noun right after a four-digit number: "2000 people" is a count, not a year.
COUNT_NOUNS: Final = frozenset(
    {"people", "persons", "troops", "soldiers", "workers", "residents", "protesters",
     "demonstrators", "refugees", "migrants", "civilians", "employees", "jobs", "students",
     "votes", "voters", "cars", "vehicles", "homes", "houses", "units", "shares", "miles",
     "km", "kilometres", "kilometers", "metres", "meters", "feet", "tons", "tonnes", "barrels",
     "dollars", "euros", "pounds", "points", "cases", "deaths", "members", "families",
     "children", "men", "women", "officers", "police", "delegates", "fans", "guests",
     "patients", "prisoners", "inmates", "rebels", "fighters", "militants", "staff",
     "words", "pages", "acres", "hectares", "beds", "seats", "flights", "passengers",
     "companies", "firms", "stores", "shops", "schools", "villages", "tanks", "planes",
     "aircraft", "rockets", "missiles", "bombs", "sheep", "cattle", "head", "times"}
)  # fmt: skip
# Nouns that an "N-year-old" can describe as a length of time ("a five-year-old war");
# any other noun (a boy, a Miami businessman) makes it a person's age, which is no timex.
AGED_THINGS: Final = frozenset(
    {"war", "wars", "conflict", "insurgency", "uprising", "rebellion", "revolt", "crisis",
     "dispute", "feud", "rivalry", "standoff", "stand-off", "siege", "blockade",
     "occupation", "embargo", "ban", "moratorium", "ceasefire", "cease-fire", "truce",
     "law", "rule", "policy", "treaty", "agreement", "accord", "pact", "deal", "alliance",
     "partnership", "regime", "government", "coalition", "campaign", "investigation",
     "probe", "case", "mystery", "tradition", "custom", "record", "monopoly", "program",
     "programme", "plan", "project", "company", "firm", "business", "institution",
     "party", "movement", "system", "network", "building", "bridge", "plant", "reactor",
     "dam", "church", "mosque", "temple", "tree", "debt", "bond", "loan", "contract",
     "franchise", "marriage", "relationship", "career", "peace", "drought", "recession",
     "boom", "slump", "strike", "protest", "protests", "dictatorship", "republic", "union",
     "festival", "tournament", "competition", "organisation", "organization", "practice"}
)  # fmt: skip

# Tense cues read from the sentence around an expression.
FUTURE_CUES: Final = (
    "will", "won't", "wo n't", "'ll", "’ll", "shall", "is going to", "are going to", "am going to",
    "i'm going to", "i’m going to", "we're going to", "we’re going to", "they're going to",
    "they’re going to", "you're going to", "you’re going to",
    "is due to", "are due to", "is due", "are due", "due to", "plans to", "plan to", "planned for",
    "is scheduled", "are scheduled", "scheduled to", "expected to", "is expected", "is to",
    "are to", "intends to", "hopes to", "aims to", "set to", "next", "upcoming", "payable",
    "expire", "expires", "expiring", "effective", "until", "till", "to be", "must", "should",
    "may", "might", "can", "supposed to", "will be", "planned to", "as soon as", "deadline",
    "set for", "scheduled for", "would", "planning to", "is planning", "are planning",
    "has scheduled", "have scheduled", "could", "forecasts", "predicts", "expects",
    # what is threatened or vowed is to come ("a storm threatened to snarl flights on
    # Wednesday", "the union vowed to strike on Friday")
    "threatened to", "threatens to", "threaten to", "vowed to", "vows to", "pledged to",
    "promised to",
    # an imperative that points ahead ('"Ask me in May," the captain said' in December;
    # "See you in March")
    "ask me", "ask us", "see you", "call me", "check back",
    # ... and a threat or a warning of something ("threatening a third week of disruption
    # before Christmas", "warned of more strikes in December", told in November)
    "threatening", "threatened a", "threatened an", "threatened more", "threatened further",
    "threatened new", "threatened fresh", "warned of", "warning of", "warns of",
    # ... and what someone wanted, hoped or aimed to do ("a score she wanted to finish by
    # Christmas", told in July)
    "wanted to", "wants to", "hoped to", "aimed to", "intended to",
    # ... and the plural ("most economists expect the bank to cut rates in March"), and
    # what one expected or sees coming ("said they expected the first cut in June", "a cut
    # is likely in June", "Most now see a first cut in March")
    "expect", "they expected", "we expected", "is likely", "are likely", "see a", "sees a",
    # ... and a forecast reported ("Blizzard conditions were possible on Thursday")
    "was possible", "were possible", "was likely", "were likely",
    # ... and what was expected, told back ("said more snow was expected on Thursday")
    "was expected", "were expected",
    # ... and what a company or a person said it expected of a figure ("the group expected
    # sales to stabilise in the second half")
    "it expected", "he expected", "she expected", "group expected", "company expected",
    "firm expected", "bank expected", "expected sales", "expected profit", "expected profits",
    "expected revenue", "expected revenues", "expected demand", "expected growth",
    "expected earnings", "expected prices", "expected inflation", "expected output",
    # present-tense schedule verbs: "the leaders meet Monday", "the trial opens Thursday"
    "meets", "begins", "starts", "opens", "resumes", "reconvenes", "convenes",
    "arrives", "travels", "visits",
    # ... and their plural forms, for fixtures ("the two sides meet again on Sunday")
    "meet", "host", "face", "visit", "travel",
    # more schedules ("Corwin reports results on Thursday", "the court hears arguments
    # Monday") and forecasts ("winds are forecast to ease Wednesday")
    "reports", "holds", "hosts", "plays", "hears", "releases", "faces",
    # ... and a side's next game or trip ("We go again on Wednesday", "the team flies to
    # Madrid on Wednesday"; not "play", as often the noun: "Rain delayed play on Saturday")
    "go again", "goes again", "flies", "fly to",
    "forecast to", "forecasted to", "likely to", "projected to", "poised to",
    # a rule's start ("the new rules take effect on Friday", "the truce comes into force
    # Monday")
    "takes effect", "take effect", "comes into force", "come into force", "enters into force",
    "enter into force", "goes into effect", "go into effect",
    # an end or a start on a timetable ("the search window closes early on Friday", "the
    # holidays start on Saturday", "talks resume Monday")
    "closes", "ends", "finishes", "kicks off", "start", "begin", "end", "resume", "finish",
    "kick off",
    # ... and polls, shops or markets opening and closing at a time ("Polls close at 8 p.m.
    # on Sunday"; "open" and "close" alone are as often adjectives: "remained open")
    "close at", "open at", "closes at", "opens at",
    # an obligation, as "must" ("Pension funds have to rebalance before Monday")
    "have to", "has to", "need to", "needs to",
    # what one counts on or braces for is ahead ("Retailers, already counting on Super
    # Saturday, ... said")
    "counting on", "banking on", "bracing for", "braced for", "preparing for",
    "gearing up for", "looking forward to",
    # ... and what has a chance or a risk of happening ("a 30 percent chance of a white
    # Christmas", said in December)
    "chance of", "chances of", "odds of", "risk of", "hopes of", "prospect of",
    # ... and what markets bet on ("traders trimmed bets on a cut in March", in February)
    "bets on", "bets of", "wagers on", "expectations of", "expectations for",
)  # fmt: skip
# Plural present schedule verbs that are also base forms or nouns: no cue after a modal,
# "to" or a determiner ("failed to meet on Friday", "his visit on Monday").
BASE_FORM_FUTURE: Final = frozenset(
    {"meet", "host", "face", "visit", "travel", "take effect", "come into force",
     "enter into force", "go into effect", "expect", "start", "begin", "end", "resume",
     "finish", "kick off", "close at", "open at", "go again", "fly to"}
)  # fmt: skip
# ... of which these are nouns as often ("a flying start"): after a determiner and one more
# word, no schedule ("Airports across the region expect" is one; "the slated visit in
# September" stays a schedule).
SCHEDULE_NOUNS: Final = frozenset({"start", "begin", "end", "resume", "finish", "kick off"})
# Future cues that only say something is pending (a deadline, an expiry, an obligation):
# a past-perfect "had" in the same sentence outweighs them ("it had been due to expire
# Friday", "until Thursday they had not called").
WEAK_FUTURE_CUES: Final = frozenset(
    {"until", "till", "deadline", "expire", "expires", "expiring", "due to", "due", "is due",
     "are due", "is due to", "are due to", "effective", "as soon as", "scheduled to",
     "is scheduled", "are scheduled", "set for", "scheduled for", "payable", "must", "should",
     "may", "might", "can", "to be", "set to", "supposed to", "could", "meets",
     "begins", "starts", "opens", "resumes", "reconvenes", "convenes", "arrives", "travels",
     "visits", "meet", "host", "face", "visit", "travel", "reports", "holds", "hosts",
     "plays", "hears", "releases", "faces", "go again", "goes again", "flies", "fly to",
     "forecast to", "forecasted to", "likely to",
     "projected to", "poised to", "takes effect", "take effect", "comes into force",
     "come into force", "enters into force", "enter into force", "goes into effect",
     "go into effect", "closes", "ends", "finishes", "kicks off", "start", "begin", "end",
     "resume", "finish", "kick off", "close at", "open at", "closes at", "opens at",
     "have to", "has to", "need to", "needs to", "counting on", "banking on", "bracing for",
     "braced for", "preparing for", "gearing up for", "looking forward to", "was possible",
     "were possible",
     "was likely", "were likely", "was expected", "were expected", "chance of", "chances of",
     "odds of", "risk of", "hopes of",
     "prospect of", "bets on", "bets of", "wagers on", "expectations of", "expectations for",
     "threatening", "threatened a", "threatened an", "threatened more", "threatened further",
     "threatened new", "threatened fresh", "warned of", "warning of", "warns of"}
)  # fmt: skip
# The past-perfect auxiliary.
PAST_PERFECT_CUES: Final = frozenset({"had", "hadn't", "had n't"})
PAST_CUES: Final = (
    "was", "were", "had", "did", "didn't", "didn’t", "wasn't", "wasn’t", "weren't", "weren’t",
    "went", "met", "came", "took", "made", "gave",
    "saw", "held", "began", "broke", "fell", "rose", "won", "lost", "left", "led", "spoke",
    "struck", "sent", "found", "got", "put", "ran", "brought", "bought", "sold", "thought",
    "kept", "paid", "built", "fought", "became", "chose", "drove", "wrote", "flew", "shot",
    "ago", "earlier", "last", "fled", "hit", "slid", "sank", "swept", "stood", "told",
    "knew", "grew", "spent", "meant", "felt", "heard", "sought", "caught", "taught",
    "wore", "woke", "withdrew", "overthrew", "underwent", "upheld", "oversaw", "forbade",
    "since", "shut", "quit", "cost", "spread",
    "stole", "drew", "threw", "laid", "hid", "tore", "froze", "shook", "swore", "dug", "dealt",
    "wept", "slept", "rode", "rang", "sang", "stuck", "forgot", "sprang", "bled", "hung",
)  # fmt: skip
# Irregular pasts that are also participles used before a noun: "the lost slots", "a paid
# holiday", "its sold shares" are adjectives, no past.
PARTICIPLE_ADJECTIVES: Final = frozenset(
    {"lost", "built", "spent", "sold", "held", "kept", "paid", "bought", "found", "sent",
     "shut", "hung", "stuck", "laid", "broke", "dug"}
)  # fmt: skip
# Past cues spelled like their base form: after a modal they are no past ("will put").
# ("cut" is left out: as often a noun, "a rate cut in March", or a perfect of what is to
# come, "have cut the city from their routes from April".)
BASE_FORM_PAST: Final = frozenset({"put", "hit", "shut", "quit", "cost", "spread"})
# ... and also nouns: one before a preposition is the noun ("the cost of the repairs in
# March"), not the verb ("the floods cost the region 40 million euros in November").
BASE_FORM_PAST_NOUNS: Final = frozenset({"cost", "spread"})
# Reporting verbs are weak past cues: "X said the talks will resume on Monday".
REPORTING_CUES: Final = ("said", "told", "says", "added", "reported", "announced", "stated")
# Regular past participles/adjectives that end in -ed but mark no past event.
NOT_PAST_ED: Final = frozenset(
    {"need", "speed", "feed", "seed", "bed", "red", "hundred", "proceed", "succeed", "based",
     "indeed", "limited", "united", "related", "interested", "concerned", "expected",
     "scheduled", "planned", "supposed", "used", "called", "named", "armed", "wounded",
     "injured", "advanced", "embattled", "besieged", "held", "rebel-held", "ed", "shed"}
)  # fmt: skip
