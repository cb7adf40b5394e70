"""Property tests: the canonical package's shortcuts give what the straightforward code gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.model import ActorKind
from explorer.parse.actors.canonical.org_aliases import _COMPANY_HEADS, _merge_short_forms
from explorer.parse.actors.canonical.person_ids import _PersonIds
from explorer.parse.actors.canonical.records import _GROUP, _Acc
from explorer.parse.actors.surnames import surname_key

_WORDS = ["Halvorsen", "Energy", "Group", "Kerry", "John", "Assad", "al-Assad", "Bank", "FC"]
_name = st.lists(st.sampled_from(_WORDS), min_size=0, max_size=3).map(" ".join)
_kinds = st.sampled_from([ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.GROUP, None])


@settings(max_examples=300, deadline=None)
@given(st.lists(_name, max_size=5), st.sets(_name, max_size=3), _name)
def test_unknown_name_without_person_surname_has_no_id(
    fulls: list[str], singles: set[str], name: str
) -> None:
    """canonicalise skips persons.id() for a name of no kind whose surname key is neither
    an article person's full name's nor a one-word person's, nor a full name's first word
    or a word inside one: the id is None."""
    full: dict[str, list[str]] = {}
    for n in fulls:
        if len(n.split()) >= 2:
            full.setdefault(surname_key(n), []).append(n)
    single_persons = {surname_key(n) for n in singles}
    key = surname_key(name)
    persons = _PersonIds("", [], full, single_persons)
    if (
        key not in full
        and key not in single_persons
        and key not in persons.firsts
        and key not in persons.inner
    ):
        for initial in (False, True):
            assert persons.id(name, None, 0, initial) is None


def _reference_short_forms(
    accs: dict[str, _Acc], known: set[str], org_words: dict[str, list[str]], remap: dict[str, str]
) -> None:
    """The straightforward _merge_short_forms: every actor tested in turn."""
    firsts = {o.split(" ", 1)[0] for o in org_words}
    for aid, acc in accs.items():
        if acc.kind is _GROUP or aid in known or aid in remap:
            continue
        if aid.split(" ", 1)[0] not in firsts:
            continue
        words = aid.split()
        n = len(words)
        longer = {
            o
            for o, owords in org_words.items()
            if o != aid
            and owords[:n] == words
            and o not in remap
            and (n > 1 or owords[-1] in _COMPANY_HEADS)
        }
        if len(longer) > 1:  # not a name joining another organisation's first word
            others = {w[0] for w in org_words.values() if w and w[0] != words[0]}
            joined = {o for o in longer if not others.isdisjoint(org_words[o][1:])}
            if joined and len(joined) < len(longer):
                longer -= joined
        if longer:
            best = max(longer, key=len)
            bwords = org_words[best]
            if all(bwords[: len(org_words[o])] == org_words[o] for o in longer):
                remap[aid] = best


@settings(max_examples=400, deadline=None)
@given(
    st.dictionaries(_name, _kinds.filter(lambda k: k is not None), max_size=8),
    st.sets(_name, max_size=2),
)
def test_short_forms_as_straightforward(accs_kinds: dict[str, ActorKind], known: set[str]) -> None:
    def accs() -> dict[str, _Acc]:
        return {aid: _Acc(kind, [aid]) for aid, kind in accs_kinds.items()}

    org_words = {
        aid: aid.split()
        for aid, kind in accs_kinds.items()
        if kind is ActorKind.ORGANISATION and " " in aid and aid not in known
    }
    got: dict[str, str] = {}
    want: dict[str, str] = {}
    if org_words:
        _merge_short_forms(accs(), known, org_words, got)
        _reference_short_forms(accs(), known, org_words, want)
    assert got == want
