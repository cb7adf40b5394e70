"""Corpus-scale figures: cold parse (jobs 1 and 2), warm load from the cache, peak RSS.

    python bench/bench_corpus.py                 # 1k and 10k articles
    python bench/bench_corpus.py --sizes 1000 --jobs 2

Corpora come from bench/make_corpus.py (built if missing, under bench/out/). Every
measurement runs in a fresh process (so peak RSS is its own) with its own cache dir:
"cold" starts from an empty cache (and fills it), "warm" re-reads the cache the cold
jobs=2 run filled. Time covers ``list(iter_parsed(...))``: discovery, reading, cache,
parsing; ``Timeline.build`` is timed separately. Peak RSS: the main process, and the
largest worker. To measure a fixed parser while others edit the tree (the parser version
is a fingerprint of the parser's files), run it from an export of one commit, e.g.
``git archive HEAD | tar -x -C /tmp/x`` and ``EXPLORER_BENCH_COMMIT=<sha> python
/tmp/x/bench/bench_corpus.py``. CPU seconds (main process, workers) show the parallel work even when
the machine is shared and wall-clock speed-up is not visible.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
TARGETS = {"cold_s_10k_jobs2": 60.0, "warm_s_10k": 5.0, "rss_mb": 1024.0}


def corpus(n: int, seed: int = 0) -> Path:
    path = OUT / f"corpus-{n}-s{seed}"
    if not path.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(n), "--seed", str(seed)],
            check=True,
        )
    return path


def corpus_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*.txt"))


def one(path: str, jobs: int, cache_dir: str, use_cache: bool) -> dict[str, Any]:
    """Runs in the child process: one measurement."""
    from explorer.corpus import iter_parsed
    from explorer.timeline import Timeline

    warned: list[str] = []
    problems: list[str] = []
    t0 = time.perf_counter()
    parsed = list(
        iter_parsed(
            [path],
            jobs=jobs,
            use_cache=use_cache,
            cache_dir=cache_dir,
            on_warning=warned.append,
            on_problem=lambda o, m: problems.append(f"{o}: {m}"),
        )
    )
    t1 = time.perf_counter()
    timeline = Timeline.build(parsed)
    t2 = time.perf_counter()
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    self_kb, kids_kb = me.ru_maxrss, kids.ru_maxrss
    return {
        "articles": len(parsed),
        "events": len(timeline.events),
        "seconds": t1 - t0,
        "build_seconds": t2 - t1,
        "rss_mb": self_kb / 1024,
        "worker_rss_mb": kids_kb / 1024,
        "cpu_main_s": me.ru_utime + me.ru_stime,
        "cpu_workers_s": kids.ru_utime + kids.ru_stime,
        "warnings": warned,
        "problems": len(problems),
    }


def measure(path: Path, jobs: int, cache_dir: Path, use_cache: bool = True) -> dict[str, Any]:
    cmd = [
        sys.executable,
        __file__,
        "--one",
        json.dumps([str(path), jobs, str(cache_dir), use_cache]),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"measurement failed: {' '.join(cmd)}\n{proc.stderr}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def machine() -> str:
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB RAM"
    except OSError:
        pass
    return (
        f"{os.cpu_count()} CPUs ({platform.processor() or platform.machine()}), {mem}, "
        f"Python {platform.python_version()} on {platform.system()} {platform.release()}"
    )


def parser_commit() -> str:
    if os.environ.get("EXPLORER_BENCH_COMMIT"):
        return os.environ["EXPLORER_BENCH_COMMIT"]
    try:
        return subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%h %cs %s", "--", "explorer/parse"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        path, jobs, cache_dir, use_cache = json.loads(args.one)
        print(json.dumps(one(path, jobs, cache_dir, use_cache)))
        return

    from explorer.parse.pipeline import PARSER_VERSION

    print(f"machine: {machine()}")
    print(f"parser: PARSER_VERSION={PARSER_VERSION}; last parser commit: {parser_commit()}")
    print(f"date: {time.strftime('%Y-%m-%d %H:%M')}\n")
    header = (
        f"{'articles':>8} {'run':<12} {'s':>7} {'art/s':>8} {'MB/s':>6} "
        f"{'build s':>7} {'rss MB':>7} {'worker MB':>9} {'events':>8} "
        f"{'cpu main':>8} {'cpu wrk':>7}"
    )
    print(header)
    rows: dict[tuple[int, str], dict[str, Any]] = {}
    for n in args.sizes:
        path = corpus(n)
        mb = corpus_bytes(path) / 1e6
        with tempfile.TemporaryDirectory(prefix="explorer-bench-") as tmp:
            runs: list[tuple[str, int, Path]] = []
            for j in args.jobs:
                runs.append((f"cold j{j}", j, Path(tmp) / f"cache-j{j}"))
            warm_from = Path(tmp) / f"cache-j{max(args.jobs)}"
            runs.append(("warm", max(args.jobs), warm_from))
            for name, j, cache_dir in runs:
                r = measure(path, j, cache_dir)
                rows[(n, name)] = r
                s = r["seconds"]
                print(
                    f"{r['articles']:>8} {name:<12} {s:>7.2f} {r['articles'] / s:>8.0f} "
                    f"{mb / s:>6.2f} {r['build_seconds']:>7.2f} {r['rss_mb']:>7.0f} "
                    f"{r['worker_rss_mb']:>9.0f} {r['events']:>8} "
                    f"{r['cpu_main_s']:>8.1f} {r['cpu_workers_s']:>7.1f}",
                    flush=True,
                )
                for w in r["warnings"]:
                    print(f"    warning: {w}")
    if len(args.sizes) >= 2:
        lo, hi = args.sizes[0], args.sizes[-1]
        print(f"\ngrowth {lo} -> {hi} articles (x{hi / lo:g}):")
        for name in sorted({k[1] for k in rows}):
            a, b = rows.get((lo, name)), rows.get((hi, name))
            if a and b:
                print(
                    f"  {name:<12} time x{b['seconds'] / a['seconds']:.1f}, "
                    f"rss x{b['rss_mb'] / a['rss_mb']:.2f}"
                )
    big = max(args.sizes)
    cold = rows.get((big, "cold j2"))
    warm = rows.get((big, "warm"))
    if big == 10000 and cold and warm:
        peak = max(r["rss_mb"] for r in rows.values())
        print("\ntargets (10k articles):")
        print(f"  cold jobs 2 {cold['seconds']:.1f} s (<= {TARGETS['cold_s_10k_jobs2']:.0f} s)")
        print(f"  warm        {warm['seconds']:.1f} s (<= {TARGETS['warm_s_10k']:.0f} s)")
        print(f"  peak RSS    {peak:.0f} MB (<= {TARGETS['rss_mb']:.0f} MB)")


if __name__ == "__main__":
    main()
