"""Speed of actor extraction against the rest of the parse, measured in the same run.

Run: .venv/bin/python bench/bench_actors.py [--repeat N] [--seed-copies N] [--timeml DIR]

Corpora: the seed article as N separate articles (news as the app reads it) and the
TimeML documents (tags stripped). For each corpus, best of N runs:

- stages: MB/s of segment, find_timexes and analyse_actors, each over the whole corpus,
  and the overhead of actors: actors time / (segment + timex time);
- pipeline: the parse as the engine runs it (``parse_batch`` over tasks of 32 articles),
  with actors and with actor extraction switched off: what actors add to parse time.

The budget is 50 %. Both engines memoise lookups (names; date values): "first pass"
clears those caches before every repetition (the cost of a corpus's first articles),
"warm" keeps them (a long corpus run).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from explorer.model import Article, PublishedSource, Sentence
from explorer.parse import pipeline
from explorer.parse.actors import ActorAnalysis, analyse_actors, clear_caches
from explorer.parse.segment import segment
from explorer.parse.timex import explain_value, find_timexes
from explorer.parse.timex.calendar import value_range
from explorer.sources.timeml import TimeMLError, parse_timeml

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_24064f7563997bfd.txt"

Doc = tuple[str, date]


def _timeml_dir() -> Path:
    env = os.environ.get("EXPLORER_TIMEML")
    return Path(env) if env else ROOT.parent / "shared" / "timeml"


def _timeml_docs(base: Path) -> list[Doc]:
    out: list[Doc] = []
    for path in sorted(base.rglob("*.tml")):
        try:
            doc = parse_timeml(path.read_text(encoding="utf-8", errors="replace"))
        except TimeMLError:
            continue
        out.append((doc.text, doc.dct or date(2000, 1, 1)))
    return out


def _timed(fn: Callable[[], object], times: list[float]) -> None:
    t0 = time.perf_counter()
    fn()
    times.append(time.perf_counter() - t0)


def _clear_timex_caches() -> None:
    """Forget the time-expression engine's memoised values (a first pass pays for them)."""
    explain_value.cache_clear()
    value_range.cache_clear()


def bench(name: str, docs: list[Doc], repeat: int) -> None:
    chars = sum(len(t) for t, _ in docs)
    segs: list[Sequence[Sentence]] = [segment(t).sentences for t, _ in docs]
    seg_t: list[float] = []
    tim_first: list[float] = []
    tim_warm: list[float] = []
    act_first: list[float] = []
    act_warm: list[float] = []

    def actors() -> None:
        for (text, _), sentences in zip(docs, segs, strict=True):
            analyse_actors(text, sentences)

    def timexes() -> None:
        for (text, published), sentences in zip(docs, segs, strict=True):
            find_timexes(text, published, sentences)

    for _ in range(repeat):
        _timed(lambda: [segment(t) for t, _ in docs], seg_t)
        _clear_timex_caches()
        _timed(timexes, tim_first)
        _timed(timexes, tim_warm)
        clear_caches()
        _timed(actors, act_first)
        _timed(actors, act_warm)
    seg = min(seg_t)
    mb = chars / 1e6
    print(f"{name}: {len(docs)} docs, {chars:,} chars")
    print(f"  segment                     {mb / seg:6.2f} MB/s")
    for label, tim, act in (
        ("first pass", min(tim_first), min(act_first)),
        ("warm", min(tim_warm), min(act_warm)),
    ):
        print(
            f"  {label:10}  find_timexes {mb / tim:5.2f} MB/s   analyse_actors {mb / act:5.2f} MB/s"
            f"   overhead {100 * act / (seg + tim):5.1f} % (budget 50 %)"
        )


def bench_pipeline(docs: list[Doc], repeat: int, task: int = 32) -> None:
    articles = [
        Article(f"bench{i}", text, None, published, PublishedSource.METADATA, "bench")
        for i, (text, published) in enumerate(docs)
    ]

    def parse() -> None:
        for lo in range(0, len(articles), task):
            pipeline.parse_batch(articles[lo : lo + task])

    def no_actors(text: str, sentences: Sequence[Sentence], dictionary: object = None) -> object:
        return ActorAnalysis()

    first: list[float] = []
    warm: list[float] = []
    without: list[float] = []
    real = pipeline.analyse_actors
    for _ in range(repeat):
        clear_caches()
        _clear_timex_caches()
        _timed(parse, first)
        _timed(parse, warm)
        pipeline.analyse_actors = no_actors  # type: ignore[assignment]
        try:
            _timed(parse, without)
        finally:
            pipeline.analyse_actors = real
    base = min(without)
    print(
        f"  pipeline (parse_batch, tasks of {task}): without actors {base:.3f} s; actors add"
        f" {100 * (min(first) - base) / base:5.1f} % first pass,"
        f" {100 * (min(warm) - base) / base:5.1f} % warm (budget 50 %)"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed-copies", type=int, default=300)
    ap.add_argument("--timeml", type=Path, default=_timeml_dir())
    args = ap.parse_args()
    seed = SEED.read_text(encoding="utf-8")
    analyse_actors(seed, segment(seed).sentences)  # load the data and compile the regexes
    news = [(seed, date(2016, 9, 23))] * args.seed_copies
    bench(f"news: the seed article x{args.seed_copies}", news, args.repeat)
    bench_pipeline(news, args.repeat)
    docs = _timeml_docs(args.timeml)
    if docs:
        bench("timeml", docs, args.repeat)
        bench_pipeline(docs, args.repeat)
    else:
        print(f"no .tml files under {args.timeml}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
