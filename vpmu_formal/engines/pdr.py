"""Unbounded proofs with PDR/IC3 (Z3's Spacer on constrained Horn clauses).

The (sliced) system becomes three kinds of clauses over one relation
Inv(config, state):
    Inv(c, s)             <- init(s), assumes(c)
    Inv(c, post_a(s, i))  <- Inv(c, s), guard_a(s, i)      one per action
    false                 <- Inv(c, s), not P(s)
Spacer answers "unsat" (safe) with an interpretation of Inv: an inductive
invariant.  That invariant is never trusted as is: `certificate.validate`
re-checks it with three plain QF_BV queries (init, consecution, safety)
before PROVED is reported.  "sat" means the error is reachable; the caller
then produces the shortest trace with BMC.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Optional

import z3

from .. import ir
from ..encode import Encoder
from . import common


@dataclass
class PdrAnswer:
    status: str                        # "safe" | "unsafe" | "unknown"
    invariant: Optional[z3.BoolRef]    # over the encoder's state symbols
    state: Optional[dict]              # the symbols the invariant is over
    reason: str = ""
    seconds: float = 0.0


def state_atoms(enc: Encoder, s: dict) -> list:
    """The kept atoms of a state, in a fixed order: the relation's columns."""
    out = list(enc.config_terms.values())
    for c in enc.cells:
        if enc.keeps_value(c.name):
            out.append(s[c.name].term)
        for d in enc.domains:
            if enc.keeps_label(c.name, d):
                out.append(s[c.name].labels[d])
    return out


def next_state_pairs(enc: Encoder, pre: dict, post: dict) -> list:
    """(current atom, next-state term) pairs for z3.substitute, for turning
    a formula over `pre` into the same formula one step later."""
    return [(a, b) for a, b in zip(state_atoms(enc, pre), state_atoms(enc, post))
            if not a.eq(b)]


def interpretation(answer: z3.ExprRef, rel: z3.FuncDeclRef, cols: list):
    """Inv's definition from Spacer's answer, over the state columns.

    The answer is a conjunction holding `ForAll(vs, Inv(vs) == body)`.
    (Not `get_cover_delta(-1)`: that returns only the lemmas pushed to the
    fixpoint level, which need not be the whole invariant.)  The bound
    variables are de Bruijn indices; each argument position of Inv's
    application says which column an index stands for.
    """
    parts = answer.children() if z3.is_and(answer) else [answer]
    for part in parts:
        body = part.body() if z3.is_quantifier(part) else part
        if not z3.is_eq(body):
            continue
        lhs, rhs = body.arg(0), body.arg(1)
        if not (z3.is_app(lhs) and lhs.decl().eq(rel)):
            continue
        if lhs.num_args() == 0:
            return rhs
        mapping = {}
        for j in range(lhs.num_args()):
            a = lhs.arg(j)
            if not z3.is_var(a):
                return None
            mapping[z3.get_var_index(a)] = cols[j]
        if sorted(mapping) != list(range(len(mapping))):
            return None
        return z3.substitute_vars(rhs, *[mapping[i] for i in range(len(mapping))])
    return None


def solve(enc: Encoder, prop: ir.Property, timeout: float) -> PdrAnswer:
    start = time.monotonic()
    ctx = enc.ctx
    fp = z3.Fixedpoint(ctx=ctx)
    fp.set(engine="spacer")
    fp.set("spacer.random_seed", common.SEED)
    fp.set(timeout=max(1, int(timeout * 1000)))
    pre, sv, _, step_constraints, steps = enc.template()
    cols = state_atoms(enc, pre)
    inv = z3.Function("Inv", *[c.sort() for c in cols], z3.BoolSort(ctx))
    err = z3.Function("Err", z3.BoolSort(ctx))
    fp.register_relation(inv, err)
    variables = list(cols) + [sv.act] + list(sv.inputs.values()) + list(sv.havocs.values())
    fp.declare_var(*variables)

    background = enc.background()
    fp.rule(inv(*cols), background + enc.init(pre))
    well_formed = enc.step_constraints(sv)
    for st in steps:
        post_cols = list(enc.config_terms.values())
        for c in enc.cells:
            v = st.post[c.name]
            if enc.keeps_value(c.name):
                post_cols.append(v.term)
            for d in enc.domains:
                if enc.keeps_label(c.name, d):
                    post_cols.append(v.labels[d])
        body = [inv(*cols), st.guard] + well_formed + st.constraints
        fp.rule(inv(*post_cols), body)
    fp.rule(err(), [inv(*cols), z3.Not(enc.holds(prop, pre))])
    try:
        r = fp.query(err())
    except z3.Z3Exception as exc:
        return PdrAnswer("unknown", None, None, f"spacer failed: {exc}",
                         time.monotonic() - start)
    took = time.monotonic() - start
    if r == z3.unsat:
        invariant = interpretation(fp.get_answer(), inv, cols)
        if invariant is None:
            return PdrAnswer("unknown", None, None,
                             "spacer proved it but its invariant could not be read",
                             took)
        return PdrAnswer("safe", invariant, pre, "", took)
    if r == z3.sat:
        return PdrAnswer("unsafe", None, None, "", took)
    why = fp.reason_unknown()
    if "timeout" in why or "canceled" in why:
        why = f"timeout after {timeout:g}s"
    return PdrAnswer("unknown", None, None, why, took)
