"""Speed of reading saved web pages (explorer/sources/html.py), which happens on every
launch (the cache is looked up by the article's text, after the page is read).

Run: .venv/bin/python bench/bench_html.py [--repeat N]

The page is generated: a news page's shape at about 280 kB (200 inline scripts, 50 style
blocks, a navigation of 300 links, a 60-paragraph article, a footer of 2,000 elements).
Prints MB/s of markup, ms per page and the article text's length.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from explorer.sources.html import parse_html


def news_page() -> str:
    parts = ["<!DOCTYPE html><html><head><title>T</title>"]
    parts += [
        "<script>" + f"var x{i} = {{a: 1, b: [1,2,3], c: 'abc'}};" * 20 + "</script>"
        for i in range(200)
    ]
    parts += ["<style>" + f".c{i}{{color:red;margin:0 auto}}" * 30 + "</style>" for i in range(50)]
    links = "".join(f'<a href="/x{i}" class="nav-link">Item {i}</a>' for i in range(300))
    parts.append(f"</head><body><nav>{links}</nav><article>")
    for i in range(60):
        parts.append(
            f'<div class="wrap"><p class="p">Paragraph {i}: The minister said on Monday that '
            f'talks would resume, officials said. <a href="/l{i}">link</a> <em>more</em>.</p></div>'
        )
    parts.append(
        "</article><footer>" + "<div><span>x</span></div>" * 2000 + "</footer></body></html>"
    )
    return "".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    page = news_page()
    parse_html(page)
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.process_time()
        found = parse_html(page)
        best = min(best, time.process_time() - t0)
    mb = len(page.encode()) / 1e6
    print(f"page: {mb * 1000:.0f} kB of markup -> {len(found.text):,} characters of text")
    speed = f"{best * 1000:.1f} ms per page, {mb / best:.0f} MB/s"
    print(f"parse_html: {speed} (best of {args.repeat}, CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
