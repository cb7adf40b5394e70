"""Dating on the timeline: the news day of an article, and when a sentence happens when
none of its dates tells (:class:`ContextDater`): by context, by the event an offset counts
from, or, for a statement, by when it was made.

Works on one parsed article; :mod:`explorer.timeline` builds the events.

- :mod:`.newsday`: the news day, and where a date stands (quotes, clauses, nouns);
- :mod:`.statements`: when a statement was made (speech cues, occasions, "at the time");
- :mod:`.offsets`: "three days after ...", "Days later, ...";
- :mod:`.ages`: "She left school at 15", counted from the birth year the story gives;
- :mod:`.context`: :class:`ContextDater`, the date a sentence takes from its context;
- :mod:`.sentences`: a sentence's own dates, and its times when none is.
"""

from explorer.dating.context import ContextDater
from explorer.dating.newsday import (
    dated_timexes,
    in_quotes,
    in_relative_clause,
    news_day,
    published_range,
)
from explorer.dating.sentences import (
    DescribingDates,
    already_shown,
    dates_itself,
    own_times,
    range_of,
)
from explorer.dating.statements import ends_sentence, reply_in_deeds

__all__ = [
    "ContextDater",
    "DescribingDates",
    "already_shown",
    "dated_timexes",
    "dates_itself",
    "ends_sentence",
    "in_quotes",
    "in_relative_clause",
    "news_day",
    "own_times",
    "published_range",
    "range_of",
    "reply_in_deeds",
]
