"""Time expressions fixed in round 12 (dates): the open items of
tests/fixtures/dates_unseen10 and dates_unseen11/FINDINGS.md, each on invented sentences.
"""

from __future__ import annotations

from datetime import date

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes


def _values(text: str, published: date) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


_FISCAL = (
    "Alder Mills rose 4% after it raised its forecast for FY27, its fiscal year that ends "
    "in June. The company expects sales growth of 5% in the second half, after 3% in H1. "
)


def test_fiscal_calendar_stays_with_its_company() -> None:
    # Another company's quarter of results is on the calendar, not on Alder's fiscal year
    text = _FISCAL + (
        "Brenton Power fell 3% after it said fourth-quarter output would be lower than "
        "expected because of a pipeline outage in October."
    )
    assert ("fourth-quarter", "2026-Q4") in _values(text, date(2026, 11, 27))


def test_fiscal_calendar_holds_for_its_own_company() -> None:
    # ... while Alder's own quarter (named again, or "the company") is its fiscal one
    for later in (
        "Alder Mills said fourth-quarter sales would be lower than expected.",
        "The company said fourth-quarter sales would be lower than expected.",
    ):
        assert ("fourth-quarter", "2026-Q2") in _values(_FISCAL + later, date(2026, 11, 27))
