"""Build a reproducible corpus of N realistic news articles for benchmarks.

Each article re-dates and recombines the TimeML development documents (TimeBank and
AQUAINT ``.tml``; tags stripped with a regex): the body of one document, sometimes
followed by paragraphs of another, published on its own date; about 5% of articles
carry a paragraph of wire copy shared with another article. Written as ``NAME.txt``
plus a ``NAME.txt.meta.toml`` sidecar (``title``, ``published``, ``source``).

    python bench/make_corpus.py 1000                # -> bench/out/corpus-1000-s0/
    python bench/make_corpus.py 10000 --seed 1 -o /tmp/c10k
    python bench/make_corpus.py 500 --source ~/news  # any folder of .txt/.tml files

Same N, seed and source documents -> byte-identical output.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "timeml"
OUTLETS = ("Wire Service", "Daily Planet", "The Observer", "Evening Post", "Radio News")

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", re.S)
_TAG = re.compile(r"<[^>]+>")
_SENT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"')]))\s+(?=[\"'(]?[A-Z])")
_SPACE = re.compile(r"[ \t]+")


def read_documents(source: Path) -> list[tuple[date | None, list[str]]]:
    """(creation date if known, sentences) of every .tml/.txt file under ``source``."""
    docs: list[tuple[date | None, list[str]]] = []
    files = sorted(p for p in source.rglob("*") if p.suffix.lower() in (".tml", ".txt"))
    for path in files:
        raw = path.read_text(encoding="utf-8", errors="replace")
        m = _TEXT.search(raw)
        body = m.group(1) if m else raw
        d = _DCT.search(raw)
        created = date.fromisoformat(d.group(1)) if d else None
        text = html.unescape(_TAG.sub("", body))
        lines = [_SPACE.sub(" ", ln).strip() for ln in text.splitlines()]
        flat = " ".join(ln for ln in lines if ln)
        sentences = [s.strip() for s in _SENT.split(flat) if len(s.strip()) > 1]
        if len(sentences) >= 3:
            docs.append((created, sentences))
    return docs


def paragraphs(sentences: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(sentences):
        n = rng.randint(1, 3)
        out.append(" ".join(sentences[i : i + n]))
        i += n
    return out


def build(n: int, seed: int, source: Path, out: Path) -> int:
    docs = read_documents(source)
    if not docs:
        sys.exit(f"no documents under {source}")
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    total = 0
    wire: list[str] = []
    for i in range(n):
        created, sentences = docs[rng.randrange(len(docs))]
        paras = paragraphs(sentences, rng)
        if rng.random() < 0.4:
            _, extra = docs[rng.randrange(len(docs))]
            start = rng.randrange(len(extra))
            paras += paragraphs(extra[start : start + rng.randint(2, 8)], rng)
        if wire and rng.random() < 0.05:
            paras.insert(rng.randint(0, len(paras)), rng.choice(wire))
        elif len(paras) > 2 and rng.random() < 0.05:
            wire.append(paras[1])
        base = created or date(2000, 1, 1)
        published = base + timedelta(days=rng.randint(-3000, 6000))
        title = sentences[0][:80].rstrip()
        outlet = OUTLETS[rng.randrange(len(OUTLETS))]
        dateline = f"{outlet.upper()}, {published:%B} {published.day}, {published.year}"
        text = "\n\n".join([dateline, *paras]) + "\n"
        sub = out / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        name = f"article-{i:06d}.txt"
        (sub / name).write_text(text, encoding="utf-8")
        meta = (
            f"title = {_toml_str(title)}\npublished = {published.isoformat()}\n"
            f"source = {_toml_str(outlet)}\n"
        )
        (sub / f"{name}.meta.toml").write_text(meta, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def _toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder of .tml/.txt")
    ap.add_argument("-o", "--out", type=Path, help="output folder (default bench/out/...)")
    args = ap.parse_args(argv)
    out = args.out or ROOT / "bench" / "out" / f"corpus-{args.n}-s{args.seed}"
    if out.resolve().is_relative_to(ROOT) and not out.resolve().is_relative_to(
        ROOT / "bench" / "out"
    ):
        sys.exit("refusing to write a corpus into the repository (use bench/out/ or /tmp)")
    size = build(args.n, args.seed, args.source, out)
    print(f"{args.n} articles, {size / 1e6:.1f} MB -> {out}")


if __name__ == "__main__":
    main()
