"""Helpers shared by the machine-readable reporters (Markdown, JSON, JUnit,
SARIF, VCD): span parsing, which results get a story, one-line step
descriptions, value encodings and ASCII safety.

Everything here is a pure function of the result records.
"""
from __future__ import annotations

import re
from typing import Optional

from .. import ir
from ..results import Outcome, Result, TraceStep, Verdict
from ..lang.events import is_event, is_history
from . import values as V

_SPAN = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+)$")
_SPAN_IN_TEXT = re.compile(r"(?P<path>[^\s,;:()]+):(?P<line>\d+):(?P<col>\d+)")


def parse_span(span: Optional[str]) -> Optional[tuple[str, int, int]]:
    """`path:line:col` -> (path, line, col); None when it is not one (or
    points at no line, like the `<builtin>:0:0` of synthesised nodes)."""
    if not span:
        return None
    m = _SPAN.match(span)
    if m is None:
        return None
    line, col = int(m["line"]), int(m["col"])
    if line <= 0:
        return None
    return m["path"], line, max(col, 1)


def spans_in(text: str) -> list[tuple[str, int, int]]:
    """Every `path:line:col` mentioned in a free-text reason, in order."""
    out = []
    for m in _SPAN_IN_TEXT.finditer(text or ""):
        if int(m["line"]) > 0:
            out.append((m["path"], int(m["line"]), max(int(m["col"]), 1)))
    return out


def has_story(r: Result) -> bool:
    """Results the text report details (everything but an expected proof)."""
    return not (r.verdict in (Verdict.PROVED, Verdict.UNREACHABLE)
                and r.outcome is Outcome.AS_EXPECTED)


def is_finding(r: Result) -> bool:
    """A SARIF finding: a bad verdict, or anything not as expected."""
    return (r.verdict in (Verdict.VIOLATED, Verdict.VACUOUS, Verdict.UNKNOWN, Verdict.ERROR)
            or r.outcome is not Outcome.AS_EXPECTED)


def outcome_name(r: Result) -> str:
    return r.outcome.name


def ascii_text(s: str) -> str:
    """Non-ASCII characters as `\\uXXXX` escapes, so every report is ASCII."""
    if s.isascii():
        return s
    return s.encode("ascii", "backslashreplace").decode("ascii")


def type_name(t: ir.ScalarT) -> str:
    if isinstance(t, ir.BoolT):
        return "bool"
    if isinstance(t, ir.EnumT):
        return t.name
    return f"bv{t.width}"


def type_width(t: ir.ScalarT) -> int:
    if isinstance(t, ir.BoolT):
        return 1
    return t.width


def hex_digits(width: int) -> int:
    return max(1, (width + 3) // 4)


def hex_value(value: int, width: int) -> str:
    return f"0x{value:0{hex_digits(width)}x}"


def step_description(st: TraceStep, names: tuple, r: Optional[Result] = None) -> str:
    """One line per step: what ran and what it did (SARIF thread flows)."""
    parts = [f"Step {st.index}: {st.action}"]
    if st.cites:
        parts.append(f"models {st.cites}")
    if st.inputs:
        ins = []
        for name, v in st.inputs:
            text = f"{name} = {V.with_fields(v)}"
            named = V.msr_name(v.value, names)
            if named:
                text += f" ({named})"
            ins.append(text)
        parts.append("inputs: " + ", ".join(ins))
    for ic in st.intercepts:
        what = ic.access
        if ic.msr is not None:
            named = V.msr_name(ic.msr, names)
            what += f" {named}" if named else f" {hex(ic.msr)}"
        parts.append(f"{what} {'exits to KVM' if ic.exited else 'is passed through'}")
    for kind, _span in st.faults:
        parts.append(f"fault #{kind}")
    raised = raised_events(st)
    if raised:
        parts.append("events: " + ", ".join(raised))
    for title, texts in change_groups(st):
        parts.append(f"{title}: " + ", ".join(texts))
    for ob in st.observations:
        text = f"{ob.observer} observes {V.with_fields(ob.value)}"
        if r is not None and breaks_here(r, ob):
            text += " (the property breaks here)"
        parts.append(text)
    return ascii_text("; ".join(parts))


def raised_events(st: TraceStep) -> list[str]:
    """The event flags (lang/events.py) the step raised: a flag holds for
    the step that sets it, so a step lists the ones it set."""
    return [c.cell for c in st.changes if c.ghost and is_event(c.cell) and c.new.value]


def change_groups(st: TraceStep) -> list[tuple[str, list[str]]]:
    """The step's changes as text, in groups: ("changed", ...) for the
    machine's state, ("ghost", ...) for ghost state other than event
    flags (raised_events) and past-time memories (derived, not shown).
    A register whose fields changed and whose owners did not is shown
    field by field.  Empty groups are left out."""
    machine = [c for c in st.changes if not c.ghost]
    ghost = [c for c in st.changes
             if c.ghost and not is_event(c.cell) and not is_history(c.cell)]
    out = []
    for title, group in (("changed", machine), ("ghost", ghost)):
        texts: list[str] = []
        for c in group:
            fc = V.field_changes(c.cell, c.old, c.new)
            if fc and c.old.labels == c.new.labels:
                texts += fc
            else:
                texts.append(f"{c.cell}: {V.with_fields(c.old)} -> {V.with_fields(c.new)}")
        if texts:
            out.append((title, texts))
    return out


def breaks_here(r: Result, ob) -> bool:
    return (r.kind == "never_observes" and ob.observer == r.observer
            and r.label in ob.value.labels)


def reuse_counts(results: list[Result]) -> tuple[int, int]:
    """(reused, checked): results taken from saved certificates or
    witnesses, and results searched for in this run."""
    reused = sum(1 for r in results if r.reused)
    return reused, len(results) - reused


def reuse_tally(results: list[Result]) -> str:
    """"N reused, M checked": how much of a run came from saved results."""
    reused, checked = reuse_counts(results)
    return f"{reused} reused, {checked} checked"


def verdict_counts(results: list[Result]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in results:
        counts[r.verdict.value] = counts.get(r.verdict.value, 0) + 1
    return dict(sorted(counts.items()))
