"""Fuzz the whole parser: N generated inputs (default 100,000), count exceptions.

    python bench/fuzz_parse.py [N] [SEED]

Inputs mix date-like words, actor cues, quotes, markup, escape codes, random Unicode and
random publication dates (years 1..9999). Prints how many ran, failures, and the time.
"""

from __future__ import annotations

import random
import sys
import time
import traceback
from datetime import date, timedelta

from explorer.model import Article, PublishedSource
from explorer.parse.pipeline import parse_article
from explorer.timeline import Timeline

_PIECE_WORDS = """Monday on Friday morning last next this week month year since 2012
September 12 Sept.
12th said told says Kerry Mr U.S. US Russia Russian Federation “ ” " ' we may March second
five-and-a-half twenty-four year-old war ago two days earlier later . , ; : \n \n\n Share
Advertisement Video: the UN Security Council Ambassador Reuters according to [bold] [/]
\x1b[31m \x1b]52;c;aGk=\x07 \x00 \u200f \u202e 今天 星期五 🙂 yesterday today tomorrow tonight
1998-99 Q3 10:30 a.m. p.m. 99999 0000-00-00 February 30 10,000 years 1990s mid-1990s the
fall spring summer of 1998 fiscal quarter decade century noon midnight weekend
Embassy embassy Navy Air Force Party Democrats Tories N.V. S.A. 's shares he she said a
spokesman for Kurdish Red Crescent BEIRUT (AFP) - Its head, General Marshal
"""
PIECES = _PIECE_WORDS.split(" ")


def make_input(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.6:
        return " ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 60)))
    if kind < 0.9:
        return "".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(0, 120)))
    return "".join(rng.choice(PIECES) + chr(rng.randint(0, 0x7F)) for _ in range(40))


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    failures = 0
    t0 = time.perf_counter()
    for i in range(n):
        text = make_input(rng)
        published = date(1, 1, 1) + timedelta(days=rng.randint(0, 3_652_058))
        try:
            parsed = parse_article(
                Article(f"f{i}", text, None, published, PublishedSource.OPTION, "fuzz")
            )
            Timeline.build([parsed])
        except Exception:  # the point is to count them
            failures += 1
            if failures <= 5:
                print(f"input {i}: {text!r} published {published}", file=sys.stderr)
                traceback.print_exc()
    elapsed = time.perf_counter() - t0
    print(f"fuzz: {n} inputs, {failures} failures, {elapsed:.1f} s ({n / elapsed:.0f} inputs/s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
