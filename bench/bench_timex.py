"""Speed of find_timexes over the TimeML dev set, against dateparser's search_dates.

Run: .venv/bin/python bench/bench_timex.py [TIMEML_DIR] [--sample CHARS]
search_dates is slow, so it runs on a sample (the first --sample characters, default 60 000)
of the same text; both figures are characters per second. The whole parse of an article
(parse_article: segmentation, time expressions, actors) is timed over the same documents,
with the actor caches cleared before each pass, so it is a first pass over the set.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path

from explorer.model import Article, PublishedSource
from explorer.parse.actors import clear_caches
from explorer.parse.pipeline import parse_article
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes
from explorer.sources.timeml import TimeMLError, parse_timeml


def _default_dir() -> Path:
    env = os.environ.get("EXPLORER_TIMEML")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1].parent / "shared" / "timeml"


def _docs(base: Path) -> list[tuple[str, date]]:
    out = []
    for path in sorted(base.rglob("*.tml")):
        try:
            doc = parse_timeml(path.read_text(encoding="utf-8", errors="replace"))
        except TimeMLError:
            continue
        out.append((doc.text, doc.dct or date(2000, 1, 1)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("base", nargs="?", type=Path, default=_default_dir())
    ap.add_argument("--sample", type=int, default=60_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = _docs(args.base)
    if not docs:
        print(f"no .tml files under {args.base}", file=sys.stderr)
        return 1
    chars = sum(len(t) for t, _ in docs)
    segs = [segment(t).sentences for t, _ in docs]
    best = float("inf")
    found = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        found = sum(len(find_timexes(t, d, s)) for (t, d), s in zip(docs, segs, strict=True))
        best = min(best, time.perf_counter() - t0)
    ours = chars / best
    print(f"find_timexes: {len(docs)} docs, {chars:,} chars, {found} timexes")
    print(f"  {best:.3f} s  ->  {ours:,.0f} chars/s ({ours / 1e6:.2f} MB/s, sentences pre-split)")

    articles = [
        Article(f"doc{i}", t, None, d, PublishedSource.METADATA, "bench")
        for i, (t, d) in enumerate(docs)
    ]
    whole = float("inf")
    for _ in range(args.repeat):
        clear_caches()
        t0 = time.perf_counter()
        for article in articles:
            parse_article(article)
        whole = min(whole, time.perf_counter() - t0)
    per_core = chars / whole
    print(f"whole parse (parse_article: segment + timex + actors), {len(docs)} docs:")
    print(f"  {whole:.3f} s  ->  {per_core:,.0f} chars/s ({per_core / 1e6:.2f} MB/s per core)")

    from dateparser.search import search_dates

    sample_docs: list[tuple[str, date]] = []
    total = 0
    for text, d in docs:
        if total >= args.sample:
            break
        sample_docs.append((text, d))
        total += len(text)
    t0 = time.perf_counter()
    for text, _ in sample_docs:
        search_dates(text, languages=["en"])
    dp_time = time.perf_counter() - t0
    theirs = total / dp_time
    print(f"dateparser.search_dates on a sample of {len(sample_docs)} docs ({total:,} chars):")
    print(f"  {dp_time:.3f} s  ->  {theirs:,.0f} chars/s")
    print(f"ratio: find_timexes is {ours / theirs:,.1f}x faster")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
