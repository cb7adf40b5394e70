"""What actor extraction adds to the parse, counted in CPU instructions (deterministic).

Run: .venv/bin/python bench/bench_instructions.py [--timeml-docs N]

Needs valgrind (its cachegrind tool). A shared or noisy machine makes timings swing by
10 % or more from one run to the next (the same commit measured minutes apart gave an
actors' share of 48 % and of 116 %); an instruction count is the same on every run, so
a change of a few per cent can be seen. Instructions are not seconds (cache misses and
branch mispredictions differ), but on this pure-Python code they track CPU time closely.

Corpus: the seed article 10 times, the news fixtures of the tests (about twenty distinct
wire stories) and the first N TimeML documents (120 by default; skipped when
../shared/timeml is absent). For each stage, the instructions of a first pass (memoised
lookups cleared) are the count of a run with two passes minus that of a run with one, so
start-up, imports and data loading are left out. String hashing is seeded the same in
every run (``PYTHONHASHSEED=0``): with random seeds, set and dict orders, and so the
count, moved by a few million from run to run. The budget is 50 %: actors / (segment +
time expressions).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _work(stage: str, passes: int, timeml_docs: int) -> None:
    """The measured work, run under valgrind: ``passes`` first passes of ``stage``."""
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_actors as b

    from explorer.parse.actors import analyse_actors, clear_caches
    from explorer.parse.segment import segment
    from explorer.parse.timex import find_timexes

    docs = [(b.SEED.read_text(encoding="utf-8"), date(2016, 9, 23))] * 10
    docs += b._fixture_docs()
    timeml = b._timeml_dir()
    if timeml.is_dir():
        docs += b._timeml_docs(timeml)[:timeml_docs]
    segs = [segment(text).sentences for text, _ in docs]
    for (text, published), sentences in zip(docs, segs, strict=True):  # load the data
        if stage == "actors":
            analyse_actors(text, sentences)
        else:
            find_timexes(text, published, segment(text).sentences)
    for _ in range(passes):
        if stage == "actors":
            clear_caches()
            for (text, _), sentences in zip(docs, segs, strict=True):
                analyse_actors(text, sentences)
        else:
            b._clear_timex_caches()
            for text, published in docs:
                find_timexes(text, published, segment(text).sentences)


def _count(stage: str, passes: int, timeml_docs: int) -> int:
    cmd = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--work",
        stage,
        str(passes),
        "--timeml-docs",
        str(timeml_docs),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    run = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
    found = _REFS.search(run.stderr)
    if found is None:
        raise SystemExit("valgrind printed no instruction count")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeml-docs", type=int, default=120)
    parser.add_argument("--work", nargs=2, metavar=("STAGE", "PASSES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.work:
        _work(args.work[0], int(args.work[1]), args.timeml_docs)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: this benchmark counts instructions with cachegrind")
        return 1
    per_pass: dict[str, int] = {}
    for stage in ("actors", "timex"):
        one = _count(stage, 1, args.timeml_docs)
        two = _count(stage, 2, args.timeml_docs)
        per_pass[stage] = two - one
    actors, base = per_pass["actors"], per_pass["timex"]
    print(f"  segment + time expressions: {base / 1e6:8.0f} M instructions per first pass")
    print(f"  actors:                     {actors / 1e6:8.0f} M instructions per first pass")
    print(f"  actors add {100 * actors / base:.1f} % (budget 50 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
