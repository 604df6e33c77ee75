"""Plain-text report: a summary table and one story per interesting result.

Written to be pasted into a review email: ASCII, lines of at most 72
columns, and deterministic (with `timing=False`, byte-identical between
runs).
"""
from __future__ import annotations

import textwrap
from typing import Iterable

from ..results import Outcome, Result, Trace, TraceStep, Verdict
from . import values as V
from .common import change_groups, raised_events, reuse_tally

WIDTH = 72
MAX_INVARIANT_TEXT = 600     # longer invariants stay in the certificate file


def _wrap(text: str, indent: str, hang: str = "    ") -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent,
                         subsequent_indent=indent + hang,
                         break_long_words=True, break_on_hyphens=False) or [indent.rstrip()]


def verdict_text(r: Result) -> str:
    return r.verdict.value


def outcome_word(r: Result) -> str:
    return {Outcome.AS_EXPECTED: "ok", Outcome.INCONCLUSIVE: "INCONCLUSIVE",
            Outcome.MISMATCH: "UNEXPECTED", Outcome.ERROR: "ERROR"}[r.outcome]


def summary(results: list[Result], timing: bool) -> list[str]:
    lines = ["VERDICT     ENGINE      DEPTH " + ("   TIME " if timing else "")
             + "RESULT       SPEC.PROPERTY"]
    for r in results:
        t = f"{r.seconds:6.2f}s " if timing else ""
        row = (f"{verdict_text(r):<11} {r.engine:<11} {r.depth:>5} {t}"
               f"{outcome_word(r):<12} ")
        name = f"{r.spec}.{r.property}"
        if len(row) + len(name) <= WIDTH:
            lines.append(row + name)
        else:
            # Email width: a long name goes on its own line under its row.
            lines.append(row.rstrip())
            lines += _wrap(name, "      ")
    return lines


def header(r: Result, timing: bool) -> list[str]:
    t = f", {r.seconds:.2f}s" if timing else ""
    lines = _wrap(f"{r.span}: {verdict_text(r)} {r.property}", "")
    if r.declared:
        lines += _wrap(f"(declared at {r.declared}, inherited by {r.spec})", "  ")
    lines += _wrap(f"({r.engine}, depth {r.depth}{t}; expected {r.expect}: "
                   f"{outcome_word(r).lower()})", "  ")
    lines += _wrap(r.statement, "  ")
    return lines


def details(r: Result, timing: bool) -> list[str]:
    lines = header(r, timing)
    if r.reason:
        lines += _wrap(r.reason, "  ")
    if r.verdict is Verdict.BOUNDED:
        lines += _wrap("BOUNDED is not a proof: longer traces were not explored.", "  ")
    for note in r.notes:
        if note.startswith("invariant: ") and len(note) > MAX_INVARIANT_TEXT:
            note = (f"invariant: {len(note)} characters, not shown; it is in the "
                    "certificate (--save-proofs)")
        lines += _wrap(note, "  ")
    if r.trace is not None:
        lines.append("")
        lines += trace_lines(r.trace, r)
    return lines


def trace_lines(tr: Trace, r: Result) -> list[str]:
    lines = ["  Configuration:"] if tr.config else []
    for name, v in tr.config:
        lines += _wrap(f"{name} = {V.with_fields(v)}", "    ")
    interesting = [(n, v) for n, v in tr.initial if v.value != 0 or v.labels]
    if interesting:
        lines.append("  Initial state (non-zero or labelled):")
        for name, v in interesting:
            lines += _wrap(f"{name} = {V.with_fields(v)}", "    ")
    for st in tr.steps:
        if lines:                   # `details` already separates the first block
            lines.append("")
        lines += step_lines(st, tr, r)
    if tr.final:
        lines.append("")
        lines.append("  Values the property reads at the end:")
        for name, v in tr.final:
            lines += _wrap(f"{name} = {V.with_fields(v)}", "    ")
    lines.append("")
    if r.verdict is Verdict.COVERED:
        lines += _wrap(f"Cover goal '{r.property}' is reached after step {len(tr.steps)}.", "  ")
    else:
        lines += _wrap(f"Property '{r.property}' is violated after step {len(tr.steps)}.", "  ")
    return lines


def step_lines(st: TraceStep, tr: Trace, r: Result) -> list[str]:
    lines = _wrap(f"Step {st.index}: {st.action}  ({st.span})", "  ")
    if st.cites:
        lines += _wrap(f"models {st.cites}", "    ")
    if st.inputs:
        parts = []
        for name, v in st.inputs:
            text = f"{name} = {V.with_fields(v)}"
            named = V.msr_name(v.value, tr.names)
            if named:
                text += f" ({named})"
            parts.append(text)
        lines += _wrap("inputs: " + ", ".join(parts), "    ")
    for ic in st.intercepts:
        what = ic.access
        if ic.msr is not None:
            named = V.msr_name(ic.msr, tr.names)
            what += f" {named}" if named else f" {hex(ic.msr)}"
        decision = "exits to KVM (intercepted)" if ic.exited else \
            "does not exit (passed through)"
        rule = f"rule {ic.rule_span}" if ic.rule_span else "no rule: intercepted by default"
        if ic.rule_cites:
            rule += f", {ic.rule_cites}"
        lines += _wrap(f"{what}: {decision}; {rule}", "    ")
    for kind, span in st.faults:
        lines += _wrap(f"fault #{kind} ({span})", "    ")
    raised = raised_events(st)
    if raised:
        lines += _wrap("events: " + ", ".join(raised), "    ")
    for title, texts in change_groups(st):
        lines.append(f"    {title}:")
        for text in texts:
            lines += _wrap(text, "      ")
    for ob in st.observations:
        mark = ""
        if r.kind == "never_observes" and ob.observer == r.observer and \
                r.label in ob.value.labels:
            mark = "  <-- the property breaks here"
        lines += _wrap(f"{ob.observer} observes {V.with_fields(ob.value)}{mark}", "    ")
    return lines


def render(results: list[Result], errors: Iterable[str], timing: bool = True,
           versions: str = "", verbose: bool = False) -> str:
    out: list[str] = []
    if versions:
        out.append(versions)
        out.append("")
    if results:
        out += summary(results, timing)
    for r in results:
        if not verbose and r.verdict in (Verdict.PROVED, Verdict.UNREACHABLE) \
                and r.outcome is Outcome.AS_EXPECTED:
            # A passing proof is a table row, unless it carries a note a
            # reviewer must read (an event it reads never happens).
            notes = [n for n in r.notes if n.startswith("note: ")]
            if notes:
                out.append("")
                out += header(r, timing)
                for note in notes:
                    out += _wrap(note, "  ")
            continue
        out.append("")
        out += details(r, timing)
    counts: dict[str, int] = {}
    for r in results:
        counts[r.verdict.value] = counts.get(r.verdict.value, 0) + 1
    errors = list(errors)
    out.append("")
    tally = ", ".join(f"{n} {v}" for v, n in sorted(counts.items()))
    bad = sum(1 for r in results if r.outcome is not Outcome.AS_EXPECTED)
    noun = "property" if len(results) == 1 else "properties"
    head = f"{len(results)} {noun}: {tally}" if results else "no properties"
    out += _wrap(f"{head}; {bad} not as expected"
                 + (f"; {len(errors)} spec error(s)" if errors else "")
                 + (f"; {reuse_tally(results)}" if results else ""), "")
    return "\n".join(out) + "\n"
