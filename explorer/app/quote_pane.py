"""The source-quote pane: where the selected event comes from, with its spans styled."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from explorer.app.text import display_spans, inline
from explorer.labels import date_label, dated_by_note, published_label
from explorer.model import DatedBy, Event, ParsedArticle
from explorer.timeline import Timeline, news_day


class QuotePane(VerticalScroll, can_focus=True):
    """Title, publication date, the paragraph with the sentence highlighted, the date's
    explanation and the citation (file:line) of the selected event."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "app.switch_pane", "Pane", show=False),
        Binding("escape", "app.switch_pane", "Back", show=False),  # Enter came here
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "quote--title",
        "quote--label",
        "quote--sentence",
        "quote--timex",
        "quote--mention",
        "quote--quote",
        "quote--dim",
    }

    def compose(self) -> ComposeResult:
        yield Static(id="quote-body")

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def show_message(self, message: str) -> None:
        self.query_one("#quote-body", Static).update(Text(message, style=self._style("quote--dim")))

    def show_event(self, timeline: Timeline, event_index: int | None) -> None:
        if event_index is None or not (0 <= event_index < len(timeline.events)):
            self.show_message("Nothing selected.")
            return
        event = timeline.events[event_index]
        body = self.query_one("#quote-body", Static)
        body.update(self.render_event(timeline, event))
        self.scroll_home(animate=False)

    def render_event(self, timeline: Timeline, event: Event) -> Text:
        parsed = timeline.articles[event.article_id]
        art = parsed.article
        label = self._style("quote--label")
        out = Text(end="")
        out.append(inline(art.title or art.id) + "\n", style=self._style("quote--title"))
        out.append("Published ", style=label)
        out.append(published_label(art.published, art.published_source))
        if art.source:
            out.append(" · " + inline(art.source))
        out.append("\n\n")
        out.append_text(self.paragraph_text(parsed, event))
        out.append("\n\n")
        out.append("Date ", style=label)
        out.append(date_label(event.range))
        out.append(" — ", style=label)
        out.append(self.explanation(timeline, event))
        who = []
        speakers = (event.speaker_id, *event.co_speaker_ids) if event.speaker_id else ()
        if speakers:
            label_word = "speakers" if len(speakers) > 1 else "speaker"
            who.append(f"{label_word} " + ", ".join(inline(a) for a in speakers))
        others = [a for a in event.actor_ids if a not in speakers]
        if others:
            who.append("actors " + ", ".join(inline(a) for a in others))
        if who:
            out.append("\nWho ", style=label)
            out.append("; ".join(who))
        sent = parsed.sentences[event.sentence_index]
        out.append("\nSource ", style=label)
        out.append(inline(art.place_of(sent.start)))
        if event.also_in:
            n = len(event.also_in)
            out.append(f"\nAlso in {n} article{'s' if n != 1 else ''}", style=label)
            names = [
                inline(timeline.articles[a].article.title or a) if a in timeline.articles else a
                for a in event.also_in[:5]
            ]
            out.append(": " + "; ".join(names))
        return out

    def explanation(self, timeline: Timeline, event: Event) -> str:
        parsed = timeline.articles[event.article_id]
        if event.dated_by is DatedBy.EXPLICIT and event.timex_index is not None:
            timex = parsed.timexes[event.timex_index]
            return f"“{inline(timex.text)}”: {inline(timex.explanation)}"
        if event.dated_by is DatedBy.CONTEXT:
            source = self._context_source(parsed, event)
            return f"dated by context: {source}" if source else "dated by context"
        if event.dated_by is DatedBy.NEWS_DAY:
            lead = news_day(parsed)[1]
            if lead is not None:
                text = inline(parsed.timexes[lead].text)
                return f"news day: “{text}” in the lead (no date of its own)"
        return dated_by_note(event.dated_by)

    @staticmethod
    def _context_source(parsed: ParsedArticle, event: Event) -> str:
        """The time expression of the nearest preceding sentence with the same range."""
        start = parsed.sentences[event.sentence_index].start
        for timex in reversed(parsed.timexes):
            if timex.start < start and timex.range == event.range:
                return f"“{inline(timex.text)}” earlier in the article"
        return ""

    def paragraph_text(self, parsed: ParsedArticle, event: Event) -> Text:
        """The sentence's paragraph; sentence, timexes, mentions and quotes styled.

        The paragraph is cleaned once with an offset map, so every span lands on the
        characters it covers in the original text.
        """
        sent = parsed.sentences[event.sentence_index]
        same = [s for s in parsed.sentences if s.paragraph == sent.paragraph]
        p_start = min(s.start for s in same) if same else sent.start
        p_end = max(s.end for s in same) if same else sent.end
        raw = parsed.article.text[p_start:p_end]
        shown, omap = display_spans(raw, tab_width=4)
        text = Text(shown, end="")

        def stylize(start: int, end: int, style: Style) -> None:
            a = max(start, p_start) - p_start
            b = min(end, p_end) - p_start
            if b <= a:
                return
            da, db = omap.span_to_display(a, b)
            if db > da:
                text.stylize(style, da, db)

        stylize(sent.start, sent.end, self._style("quote--sentence"))
        for q in parsed.quotes:
            stylize(q.start, q.end, self._style("quote--quote"))
        for m in parsed.mentions:
            stylize(m.start, m.end, self._style("quote--mention"))
        for t in parsed.timexes:
            stylize(t.start, t.end, self._style("quote--timex"))
        if event.timex_index is not None:
            t = parsed.timexes[event.timex_index]
            stylize(t.start, t.end, Style(reverse=True))
        return text
