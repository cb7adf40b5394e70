"""Speed of actor extraction against the rest of the parse, measured in the same run.

Run: .venv/bin/python bench/bench_actors.py [--repeat N] [--seed-copies N] [--timeml DIR]

Corpora: the seed article repeated (one text) and the TimeML documents (tags stripped).
For each corpus it prints MB/s of segment, find_timexes and analyse_actors, best of N with
the three interleaved (so machine load hits them alike), and the overhead of actors:
actors time / (segment + timex time); the budget is 50 %. Both engines memoise lookups
(names; date values): "first pass" clears those caches before every repetition (the cost
of a corpus's first articles), "warm" keeps them (a long corpus run).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from explorer.model import Sentence
from explorer.parse.actors import analyse_actors, clear_caches
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed-copies", type=int, default=300)
    ap.add_argument("--timeml", type=Path, default=_timeml_dir())
    args = ap.parse_args()
    seed = SEED.read_text(encoding="utf-8")
    analyse_actors(seed, segment(seed).sentences)  # load the data and compile the regexes
    repeated = "\n\n".join([seed] * args.seed_copies)
    bench(f"seed x{args.seed_copies}", [(repeated, date(2016, 9, 22))], args.repeat)
    docs = _timeml_docs(args.timeml)
    if docs:
        bench("timeml", docs, args.repeat)
    else:
        print(f"no .tml files under {args.timeml}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
