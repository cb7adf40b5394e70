"""Speed of reading hostile input: a 5 MB article of one line, decoded, loaded from a file
and made safe for the terminal (explorer/sources/decode.py, explorer/sources/__init__.py,
explorer/sanitize.py). The tests check what these give; this prints how fast.

Run: .venv/bin/python bench/bench_inputs.py [--repeat N]

Prints seconds per call, best of N (a regression to a quadratic scan shows as minutes).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from explorer.sanitize import display_text
from explorer.sources import load_articles
from explorer.sources.decode import decode_bytes


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = b"word " * 1_000_000  # 5 MB, one line
    hostile = ("word \x1b[31m" * 200_000) + ("\x9d" * 100_000) + ("\x1b]" * 100_000)
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "big.txt"
        f.write_bytes(data)
        rows = [
            ("decode 5 MB one line", _best(lambda: decode_bytes(data), args.repeat)),
            ("load 5 MB one-line file", _best(lambda: list(load_articles([str(f)])), args.repeat)),
            ("sanitise 2.6 MB of escapes", _best(lambda: display_text(hostile), args.repeat)),
        ]
    for label, seconds in rows:
        print(f"{label:30} {seconds:6.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
