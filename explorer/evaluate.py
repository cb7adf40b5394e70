"""TempEval-3 style scoring of the time-expression engine against TimeML gold files.

Extent: strict (same start and end) and relaxed (any overlap) precision/recall/F1.
Attributes: type and value F1 = relaxed F1 x accuracy over relaxed matches (as TE3).
Importable without side effects; ``evaluate_paths`` reads files, everything else is pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from explorer.model import Timex
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes
from explorer.sources.timeml import GoldTimex, TimeMLDoc, TimeMLError, parse_timeml

__all__ = [
    "Counts",
    "DocScore",
    "EvalReport",
    "Finding",
    "evaluate_doc",
    "evaluate_paths",
    "render_report",
]


@dataclass(frozen=True, slots=True)
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0  # exact-extent matches
    relaxed: int = 0  # overlapping matches (one to one)
    type_ok: int = 0  # relaxed matches with the right type
    value_ok: int = 0  # relaxed matches with the right value

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.gold + other.gold,
            self.system + other.system,
            self.strict + other.strict,
            self.relaxed + other.relaxed,
            self.type_ok + other.type_ok,
            self.value_ok + other.value_ok,
        )

    @staticmethod
    def _prf(hit: int, system: int, gold: int) -> tuple[float, float, float]:
        p = hit / system if system else 0.0
        r = hit / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return self._prf(self.strict, self.system, self.gold)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._prf(self.relaxed, self.system, self.gold)

    @property
    def type_f1(self) -> float:
        return self._prf(self.type_ok, self.system, self.gold)[2]

    @property
    def value_f1(self) -> float:
        return self._prf(self.value_ok, self.system, self.gold)[2]


@dataclass(frozen=True, slots=True)
class Finding:
    """One miss, false positive or wrong attribute, for tuning."""

    doc: str
    kind: str  # "miss" | "false-positive" | "wrong-value" | "wrong-type" | "extent"
    text: str
    gold: str  # "TYPE value" or ""
    system: str  # "TYPE value" or ""
    context: str  # the surrounding words


@dataclass(frozen=True, slots=True)
class DocScore:
    doc: str
    counts: Counts
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class EvalReport:
    docs: tuple[DocScore, ...]
    total: Counts
    errors: tuple[str, ...] = ()  # files that could not be read

    def findings(self, kind: str | None = None) -> tuple[Finding, ...]:
        return tuple(f for d in self.docs for f in d.findings if kind is None or f.kind == kind)


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def _label(x: GoldTimex | Timex) -> str:
    t = x.type if isinstance(x, GoldTimex) else x.type.value
    return f"{t} {x.value}"


def evaluate_doc(name: str, doc: TimeMLDoc, published: date | None = None) -> DocScore:
    """Score the engine on one parsed TimeML document (DCT, else ``published``)."""
    anchor = doc.dct or published or date(2000, 1, 1)
    system = find_timexes(doc.text, anchor, segment(doc.text).sentences)
    gold = doc.gold
    findings: list[Finding] = []
    used: set[int] = set()
    strict = relaxed = type_ok = value_ok = 0
    j0 = 0
    for gt in gold:
        match_i = -1
        while j0 < len(system) and system[j0].end <= gt.start:
            j0 += 1
        for i in range(j0, len(system)):
            s = system[i]
            if s.start >= gt.end:
                break
            if i not in used and s.start < gt.end and gt.start < s.end:
                match_i = i
                break
        if match_i < 0:
            findings.append(
                Finding(name, "miss", gt.text, _label(gt), "", _context(doc.text, gt.start, gt.end))
            )
            continue
        s = system[match_i]
        used.add(match_i)
        relaxed += 1
        ctx = _context(doc.text, gt.start, gt.end)
        if (s.start, s.end) == (gt.start, gt.end):
            strict += 1
        else:
            findings.append(
                Finding(name, "extent", f"{gt.text} / {s.text}", _label(gt), _label(s), ctx)
            )
        if s.type.value == gt.type:
            type_ok += 1
        else:
            findings.append(Finding(name, "wrong-type", gt.text, _label(gt), _label(s), ctx))
        if s.value == gt.value:
            value_ok += 1
        else:
            findings.append(Finding(name, "wrong-value", gt.text, _label(gt), _label(s), ctx))
    for i, s in enumerate(system):
        if i not in used:
            ctx = _context(doc.text, s.start, s.end)
            findings.append(Finding(name, "false-positive", s.text, "", _label(s), ctx))
    counts = Counts(len(gold), len(system), strict, relaxed, type_ok, value_ok)
    return DocScore(name, counts, tuple(findings))


def _files(paths: Sequence[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(
                sorted(
                    q
                    for q in p.rglob("*")
                    if q.is_file() and q.suffix.lower() in (".tml", ".te3input", ".xml")
                )
            )
        else:
            out.append(p)
    return out


def evaluate_paths(paths: Sequence[Path]) -> EvalReport:
    """Score the engine on TimeML files (directories are searched for .tml, .TE3input
    and .xml files)."""
    docs: list[DocScore] = []
    errors: list[str] = []
    total = Counts()
    for path in _files(paths):
        try:
            doc = parse_timeml(path.read_text(encoding="utf-8", errors="replace"))
        except (OSError, TimeMLError) as exc:
            errors.append(f"{path}: {exc}")
            continue
        if doc.dct is None:
            errors.append(f"{path}: no usable DCT; skipped")
            continue
        score = evaluate_doc(path.name, doc)
        docs.append(score)
        total = total + score.counts
    return EvalReport(tuple(docs), total, tuple(errors))


def render_report(report: EvalReport, details: int = 0) -> str:
    """A plain-text summary (and up to ``details`` findings of each kind)."""
    t = report.total
    sp, sr, sf = t.strict_prf
    rp, rr, rf = t.relaxed_prf
    lines = [
        f"documents: {len(report.docs)}   gold: {t.gold}   system: {t.system}",
        f"strict   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}",
        f"relaxed  P {rp:.3f}  R {rr:.3f}  F1 {rf:.3f}",
        f"type F1  {t.type_f1:.3f}   value F1  {t.value_f1:.3f}",
    ]
    lines += [f"error: {e}" for e in report.errors]
    if details:
        for kind in ("miss", "false-positive", "wrong-value", "wrong-type", "extent"):
            found = report.findings(kind)
            lines.append(f"-- {kind}: {len(found)}")
            for f in found[:details]:
                lines.append(
                    f"  {f.doc}: {f.text!r} gold={f.gold!r} sys={f.system!r} | {f.context}"
                )
    return "\n".join(lines)
