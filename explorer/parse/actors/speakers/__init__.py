"""Speakers: who makes the statement of a sentence ("X said", "said X", "according to X").

The speaker is a mention next to a cue verb: the subject before it (across one apposition:
"X, the director of a hospital, told ..."), or after an inverted cue ("..., said X"). A
pronoun before the cue refers back: "he/she said" to a person named before, of the
pronoun's gender if the text says one (_choose_referent), or else the one person named
nearby who may be meant (sole_referent); "it said" to the organisation or country that has
just spoken.

The modules, bottom first (each imports only those above it in this list):

    speaker_kinds   the kinds that may speak, and that "it said" may mean
    quote_spans     mentions and cues inside or outside quotes (bisect over spans)
    statement_cues  statement_cue: "rejected", "denied", "added"... as speech only
    gaps            what may stand between a subject named before a cue and the cue
    subjects        a main clause's subject, "it said"'s subject, a country's service
    pronouns        whom "he/she/they said" and "the Italian said" refer to
    spokesmen       whom "his office", "a Toyota spokesman", "a spokesman for X" speak for
    inverted        the speaker after "..., said X" and "according to X"
    speaker_pass    SpeakerPass: one text's pass state (indexes, memos), speaker_of
    referents       whom "he said", "it said", "the Italian said" refer back to
    before_cue      the speaker named before a cue, an office's, a service
    after_cue       the speaker after an inverted cue
    find            find_speakers: the pass over the cues, and SpeakerResult
"""

from explorer.parse.actors.speakers.find import find_speakers as find_speakers
from explorer.parse.actors.speakers.results import SpeakerResult as SpeakerResult
from explorer.parse.actors.speakers.statement_cues import statement_cue as statement_cue

__all__ = ["SpeakerResult", "find_speakers", "statement_cue"]
