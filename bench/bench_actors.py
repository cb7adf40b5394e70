"""Speed of actor extraction against the rest of the parse, measured in the same run.

Run: .venv/bin/python bench/bench_actors.py [--repeat N] [--seed-copies N] [--timeml DIR]
     [--corpus N]

Corpora: the seed article as N separate articles (news as the app reads it) and the
TimeML documents (tags stripped). For each corpus, best of N runs:

- stages: MB/s of segment, find_timexes and analyse_actors, each over the whole corpus,
  and the overhead of actors: actors time / (segment + timex time);
- pipeline: the parse as the engine runs it (``parse_batch`` over tasks of 32 articles),
  with actors and with actor extraction switched off: what actors add to parse time.

- end to end: a cold parse of the generated corpus (bench/make_corpus.py, 1,000 articles
  by default) as ``explorer parse`` runs it (reading, parsing, dating the events, writing
  the cache; one process), CPU seconds with actors and with actor extraction switched off.

The news corpora: the seed article as N separate articles (one text, every name lookup
memoised after the first), and the news fixtures of the tests (tests/fixtures/actors_news,
actors_unseen and the seed: some twenty distinct invented wire stories, dense with names
and quotes) repeated to about the same size.

The budget is 50 %. Both engines memoise lookups (names; date values): "first pass"
clears those caches before every repetition (the cost of a corpus's first articles),
"warm" keeps them (a long corpus run).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
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


def _fixture_docs() -> list[Doc]:
    """The news fixtures of the tests with their publication dates, and the seed."""
    out: list[Doc] = []
    paths = [SEED]
    for folder in ("actors_news", "actors_unseen"):
        paths += sorted((ROOT / "tests" / "fixtures" / folder).glob("*.txt"))
    for path in paths:
        published = date(2016, 9, 23)
        meta = path.with_name(path.name + ".meta.toml")
        if meta.exists():
            for line in meta.read_text(encoding="utf-8").splitlines():
                if line.startswith("published"):
                    published = date.fromisoformat(line.split("=", 1)[1].strip().strip('"'))
        out.append((path.read_text(encoding="utf-8"), published))
    return out


def bench_end_to_end(corpus: Path, repeat: int) -> None:
    """CPU seconds of a cold corpus parse (reading, parsing, dating, writing the cache), one
    process, with and without actor extraction."""
    from explorer.corpus import iter_parsed

    def run() -> float:
        with tempfile.TemporaryDirectory() as cache:
            t0 = time.process_time()
            n = sum(1 for _ in iter_parsed([str(corpus)], jobs=1, cache_dir=cache))
            spent = time.process_time() - t0
        assert n > 0
        return spent

    with_actors: list[float] = []
    without: list[float] = []
    real = pipeline.analyse_actors
    for _ in range(repeat):
        clear_caches()
        _clear_timex_caches()
        with_actors.append(run())
        pipeline.analyse_actors = no_actors  # type: ignore[assignment]
        try:
            without.append(run())
        finally:
            pipeline.analyse_actors = real
    base, full = min(without), min(with_actors)
    print(
        f"  end to end (cold corpus parse, {corpus.name}, jobs 1, CPU): without actors"
        f" {base:.2f} s, with {full:.2f} s: actors add {100 * (full - base) / base:5.1f} %"
        " (budget 50 %)"
    )


def no_actors(text: str, sentences: Sequence[Sentence], dictionary: object = None) -> object:
    return ActorAnalysis()


_STARTUP = """
import time
from datetime import date
from explorer.parse.segment import segment
text = "Mr John Smith said on Friday that Russia would go. The army said so."
sentences = segment(text).sentences
t0 = time.process_time()
from explorer.parse.timex import find_timexes
find_timexes(text, date(2016, 9, 23), sentences)
t1 = time.process_time()
from explorer.parse.actors import analyse_actors
analyse_actors(text, sentences)
t2 = time.process_time()
print(f"{(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f}")
"""


def bench_startup(repeat: int) -> None:
    """CPU milliseconds each engine costs a fresh process before its first answer (its
    modules imported, its data read, its regexes compiled): paid once per process."""
    timex: list[float] = []
    actors: list[float] = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", _STARTUP], capture_output=True, text=True, check=True
        ).stdout.split()
        timex.append(float(out[0]))
        actors.append(float(out[1]))
    print(
        f"startup (a fresh process, import and first call, CPU): time expressions"
        f" {min(timex):.0f} ms, actors {min(actors):.0f} ms"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed-copies", type=int, default=300)
    ap.add_argument("--timeml", type=Path, default=_timeml_dir())
    ap.add_argument(
        "--corpus", type=int, default=1000, help="articles of the end-to-end corpus (0: skip)"
    )
    args = ap.parse_args()
    bench_startup(max(1, args.repeat // 2))
    seed = SEED.read_text(encoding="utf-8")
    analyse_actors(seed, segment(seed).sentences)  # load the data and compile the regexes
    news = [(seed, date(2016, 9, 23))] * args.seed_copies
    bench(f"news: the seed article x{args.seed_copies}", news, args.repeat)
    bench_pipeline(news, args.repeat)
    fixtures = _fixture_docs()
    copies = max(1, sum(len(t) for t, _ in news) // sum(len(t) for t, _ in fixtures))
    bench(f"news: {len(fixtures)} distinct stories x{copies}", fixtures * copies, args.repeat)
    bench_pipeline(fixtures * copies, args.repeat)
    docs = _timeml_docs(args.timeml)
    if docs:
        bench("timeml", docs, args.repeat)
        bench_pipeline(docs, args.repeat)
    else:
        print(f"no .tml files under {args.timeml}")
    if args.corpus > 0 and not docs:
        print("end to end: skipped (the generated corpus is made from the TimeML documents)")
    elif args.corpus > 0:
        sys.path.insert(0, str(ROOT / "bench"))
        from bench_corpus import corpus

        print(f"generated corpus of {args.corpus} articles (bench/make_corpus.py)")
        bench_end_to_end(corpus(args.corpus), max(1, args.repeat // 2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
