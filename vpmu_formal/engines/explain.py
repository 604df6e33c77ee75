"""`explain`: a counterexample with the value of every sub-formula of the
property in every state of the trace, so a reader sees which conjunct went
false, and when.

The trace is BMC's shortest counterexample; the values are read from the
model that produced it, so the table and the trace describe one run.
"""
from __future__ import annotations

from dataclasses import dataclass

import z3

from .. import ir
from ..results import Result
from . import bmc


@dataclass(frozen=True)
class Row:
    text: str                 # the sub-formula as written in the spec
    depth: int                # nesting level, for indentation
    values: tuple             # one per state: True / False / int, or None


@dataclass(frozen=True)
class Explanation:
    result: Result
    rows: tuple[Row, ...]


def subformulas(e: ir.Expr, depth: int = 0, limit: int = 4):
    """Boolean connectives are opened up to `limit` levels; everything else
    is shown as one row (its value)."""
    yield e, depth
    if depth >= limit or not isinstance(e, ir.Op):
        return
    if e.op in ("and", "or", "implies", "not", "xor") or \
            (e.op == "eq" and all(isinstance(a.type, ir.BoolT) for a in e.args)):
        for a in e.args:
            yield from subformulas(a, depth + 1, limit)


def explain(ts: ir.TransitionSystem, prop: ir.Property, depth: int, timeout: float,
            base: dict, source_text) -> Explanation:
    """`source_text(span)` returns the spec text of a span (or None)."""
    found: dict = {}

    def keep(un, model, k):
        found.update(un=un, model=model, k=k)

    res = bmc.check(ts, prop, depth, timeout, base, model_sink=keep)
    if not found or prop.expr is None:
        return Explanation(res, ())
    un, model, k = found["un"], found["model"], found["k"]
    enc = un.enc
    rows = []
    for sub, level in subformulas(prop.expr):
        text = source_text(sub.span) or "<expression>"
        values = []
        for s in un.states[:k + 1]:
            v = model.eval(enc.eval_expr(sub, s).term, model_completion=True)
            values.append(z3.is_true(v) if z3.is_bool(v) else v.as_long())
        rows.append(Row(text, level, tuple(values)))
    return Explanation(res, tuple(rows))
