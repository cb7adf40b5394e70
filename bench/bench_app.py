"""Benchmark the Textual app on a synthetic timeline of ~100k events (headless).

Run: .venv/bin/python bench/bench_app.py [--events 100000]

Prints: timeline build time, mount-to-first-screen, time per key press redraw,
actor-filter apply time and search apply time.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from explorer.app import ExplorerApp
from explorer.model import (
    Actor,
    ActorKind,
    Article,
    Attribution,
    DateRange,
    Mention,
    ParsedArticle,
    Precision,
    PublishedSource,
    Sentence,
    Timex,
    TimexType,
)
from explorer.timeline import Timeline

WORDS = [
    "the",
    "ceasefire",
    "talks",
    "resumed",
    "after",
    "rebels",
    "shelled",
    "the",
    "city",
    "while",
    "officials",
    "denied",
    "any",
    "role",
    "in",
    "the",
    "strike",
    "on",
    "the",
    "convoy",
    "near",
    "the",
    "border",
    "crossing",
]


def synthetic_articles(n_events: int, per_article: int = 50, seed: int = 7) -> list[ParsedArticle]:
    rng = random.Random(seed)
    actors = tuple(
        Actor(f"Actor {i:03d}", ActorKind.PERSON if i % 3 else ActorKind.COUNTRY, (f"A{i}",))
        for i in range(200)
    )
    out: list[ParsedArticle] = []
    n_articles = max(1, n_events // per_article)
    base = datetime(2000, 1, 1)
    for a in range(n_articles):
        text = ""
        sentences: list[Sentence] = []
        timexes: list[Timex] = []
        mentions: list[Mention] = []
        attributions: list[Attribution] = []
        for s in range(per_article):
            if s:
                text += " " if s % 5 else "\n\n"
            actor = actors[rng.randrange(len(actors))]
            when = base + timedelta(days=rng.randrange(365 * 20))
            label = f"{when:%d %B %Y}"
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(8, 30)))
            sentence = f"{actor.id} said {words} on {label}."
            start = len(text)
            text += sentence
            sentences.append(Sentence(start, len(text), s // 5, sentence))
            mentions.append(Mention(start, start + len(actor.id), actor.id, actor.id))
            cue = start + len(actor.id) + 1
            attributions.append(Attribution(s, actor.id, cue, cue + 4))
            if s % 4:  # three in four sentences carry a date; the rest are context-dated
                t0 = start + sentence.index(label)
                rng_ = DateRange(when, when + timedelta(days=1), Precision.DAY)
                timexes.append(
                    Timex(t0, t0 + len(label), label, TimexType.DATE, rng_.iso(), "absolute", rng_)
                )
        article = Article(
            id=f"art{a:05d}",
            text=text,
            title=f"Synthetic article {a}",
            published=date(2020, 1, 1),
            published_source=PublishedSource.METADATA,
            origin=f"synthetic/art{a:05d}.txt",
        )
        out.append(
            ParsedArticle(
                article,
                tuple(sentences),
                tuple(timexes),
                actors,
                tuple(mentions),
                (),
                tuple(attributions),
            )
        )
    return out


async def load_corpus(corpus: str, pilot_app: ExplorerApp) -> None:
    """Time a real launch on a folder: first rows on screen, then fully loaded."""
    t3 = time.perf_counter()
    async with pilot_app.run_test(size=(160, 45)) as pilot:
        first = None
        while True:
            await pilot.pause(0.02)
            if first is None and pilot_app.shown:
                first = time.perf_counter()
                print(f"launch → first rows:    {(first - t3) * 1000:.0f} ms ({corpus})")
            if not pilot_app.loading and pilot_app.timeline.events:
                break
        t4 = time.perf_counter()
        tl = pilot_app.timeline
        print(
            f"launch → fully loaded:  {(t4 - t3):.2f} s "
            f"({len(tl.articles)} articles, {len(tl.events)} events)"
        )
        await measure(pilot, pilot_app, tl, 100)


def _first_draw() -> list[float]:
    """Record when the timeline view draws its first line (the first screen the user sees)."""
    from explorer.app.timeline_view import TimelineView

    seen: list[float] = []
    original = TimelineView.render_line

    def render_line(self: TimelineView, y: int) -> Any:
        if not seen:
            seen.append(time.perf_counter())
        return original(self, y)

    TimelineView.render_line = render_line  # type: ignore[method-assign]
    return seen


async def bench(n_events: int, presses: int) -> None:
    t0 = time.perf_counter()
    parsed = synthetic_articles(n_events)
    t1 = time.perf_counter()
    timeline = Timeline.build(parsed)
    t2 = time.perf_counter()
    print(f"synthetic articles:     {len(parsed)} articles in {t1 - t0:.2f} s")
    print(f"Timeline.build:         {len(timeline.events)} events in {t2 - t1:.2f} s")

    app = ExplorerApp(timeline=timeline)
    drawn = _first_draw()
    t3 = time.perf_counter()
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        t4 = time.perf_counter()
        print(
            f"mount → first screen:   {(drawn[0] - t3) * 1000:.0f} ms (first timeline line drawn)"
        )
        print(f"mount → idle:           {(t4 - t3) * 1000:.0f} ms (search index warmed too)")
        await measure(pilot, app, timeline, presses)


async def measure(pilot: Any, app: ExplorerApp, timeline: Timeline, presses: int) -> None:
    # Pilot.press waits for the app to go idle (a fixed wait of its own), so the wall
    # time per press is mostly the pilot; CPU time per press is the app's real cost.
    for key, count in (("down", presses), ("pagedown", 20)):
        c5, t5 = time.process_time(), time.perf_counter()
        for _ in range(count):
            await pilot.press(key)
        await pilot.pause()
        c6, t6 = time.process_time(), time.perf_counter()
        print(
            f"key press ({key}) ×{count}: {(c6 - c5) / count * 1000:.1f} ms CPU per press "
            f"({(t6 - t5) / count * 1000:.0f} ms wall incl. pilot idle wait)"
        )
    c5 = time.process_time()
    for _ in range(presses):
        app.view.action_cursor_down()
        app.screen._compositor.render_update(full=True)  # a full frame
    c6 = time.process_time()
    print(f"cursor move + full frame render: {(c6 - c5) / presses * 1000:.1f} ms CPU")

    t5 = time.perf_counter()
    await pilot.press("end")
    await pilot.pause()
    print(f"key press (end):        {(time.perf_counter() - t5) * 1000:.1f} ms")

    counts = timeline.actor_counts()
    top = sorted(counts, key=lambda a: -counts[a][0])[:3]
    t7 = time.perf_counter()
    app.set_actor_filter(frozenset(top))
    t8 = time.perf_counter()
    await pilot.pause()
    t9 = time.perf_counter()
    print(
        f"actor filter (3 actors): {(t8 - t7) * 1000:.0f} ms to apply, "
        f"{(t9 - t7) * 1000:.0f} ms to screen; {len(app.shown)} events shown"
    )

    t7 = time.perf_counter()
    app.set_actor_filter(frozenset())
    t8 = time.perf_counter()
    print(f"actor filter cleared:   {(t8 - t7) * 1000:.0f} ms")
    await app.workers.wait_for_complete()  # the search index warms in a thread

    for label, needle in (("search (first, cold)", "convoy near"), ("search", "rebels shel")):
        t7 = time.perf_counter()
        app.event_filter = replace(app.event_filter, search=needle)
        t8 = time.perf_counter()
        await pilot.pause()
        t9 = time.perf_counter()
        print(
            f"{label + ':':<24}{(t8 - t7) * 1000:.0f} ms to apply, "
            f"{(t9 - t7) * 1000:.0f} ms to screen; {len(app.shown)} events shown"
        )

    t7 = time.perf_counter()
    await pilot.press("slash", "x", "escape")
    await pilot.pause()
    print(f"search typed + cleared: {(time.perf_counter() - t7) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--presses", type=int, default=200)
    parser.add_argument(
        "--corpus", help="launch on this folder instead (through the cache, as a user would)"
    )
    args = parser.parse_args()
    if args.corpus:
        asyncio.run(load_corpus(args.corpus, ExplorerApp(paths=[args.corpus])))
    else:
        asyncio.run(bench(args.events, args.presses))


if __name__ == "__main__":
    main()
