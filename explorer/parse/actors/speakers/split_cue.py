"""The cue of a quote over several sentences that ends with a question or exclamation
and whose cue the segmenter put in a sentence of its own: '"You are telling me she
waits. Where does she sleep?" Sotomayor-Reyes asked.' is split after '?"', so the
quote's last sentence has no cue; the short sentence right after it in the paragraph
has."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from explorer.model import Attribution, Sentence

# A cue sentence standing alone after a quote is short ("Smith asked.", "the minister
# said angrily."); a longer one is a statement of its own.
_SHORT = 60


def cue_after_split(
    q_end: int,
    last: int,
    sentences: Sequence[Sentence],
    by_sentence: Mapping[int, list[Attribution]],
) -> list[Attribution]:
    """The attributions of the sentence after ``last`` when the quote ending at ``q_end``
    closes sentence ``last`` and that next sentence is short, in the same paragraph, and
    attributed; else none."""
    nxt = last + 1
    if nxt >= len(sentences):
        return []
    said = by_sentence.get(nxt)
    if not said:
        return []
    sent, after = sentences[last], sentences[nxt]
    if q_end < sent.end - 1 or after.paragraph != sent.paragraph or len(after.text) > _SHORT:
        return []
    return said[:1]
