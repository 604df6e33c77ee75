"""k-induction, the cross-check of PDR and the lemma prover.

For k = 0, 1, ...: the base case is BMC to depth k (no violation in k
steps from an initial state); the step case asks whether k+1 consecutive
states satisfying the property (and the spec's lemmas, if any, which must
themselves be part of the induction) can be followed by a violation.  With
`simple_path`, the k+1 states must also be pairwise distinct, which makes
the method complete for finite systems but costs quadratic constraints.

A proof at k is re-checked in fresh solvers (both the base and the step
query are asked again) before PROVED is reported.  A counterexample to the
step case is *not* a violation: the verdict stays open until the base case
finds a real trace.
"""
from __future__ import annotations

import time

import z3

from .. import ir, slicing
from ..encode import disj, encoder_for
from ..results import Result, Verdict
from . import bmc, common
from .pdr import state_atoms
from .unroll import Unrolling


def _step_query(ts, prop, k: int, simple_path: bool, seconds: float, lemmas) -> z3.CheckSatResult:
    enc = encoder_for(ts, slicing.compute(ts, prop, [lem.expr for lem in lemmas]))
    solver = common.new_solver(enc)
    solver.add(*enc.background())
    un = Unrolling(enc, solver, prefix="i")
    for _ in range(k + 1):
        un.extend()
    good = []
    for i in range(k + 1):
        s = un.states[i]
        good.append(enc.holds(prop, s))
        good += [enc.eval_expr(lem.expr, s).term for lem in lemmas]
    solver.add(*good)
    if simple_path:
        atoms = [state_atoms(enc, s) for s in un.states[:k + 1]]
        for i in range(k + 1):
            for j in range(i + 1, k + 1):
                solver.add(disj([a != b for a, b in zip(atoms[i], atoms[j])], enc.ctx))
    last = un.states[k + 1]
    bad = [z3.Not(enc.holds(prop, last))]
    bad += [z3.Not(enc.eval_expr(lem.expr, last).term) for lem in lemmas]
    solver.add(disj(bad, enc.ctx))
    common.set_deadline(solver, max(0.1, seconds))
    return solver.check()


def check(ts: ir.TransitionSystem, prop: ir.Property, max_k: int, timeout: float,
          base: dict, simple_path: bool = False) -> Result:
    start = time.monotonic()
    deadline = start + timeout
    lemmas = ts.lemmas if not prop.is_cover else ()

    def result(verdict, k, reason="", trace=None, notes=()):
        return Result(**base, verdict=verdict, engine="kind", depth=k,
                      seconds=time.monotonic() - start, reason=reason, trace=trace,
                      notes=tuple(notes))

    for k in range(max_k + 1):
        left = deadline - time.monotonic()
        if left <= 0:
            return result(Verdict.UNKNOWN, k, f"timeout after {timeout:g}s at k={k}")
        b = bmc.check(ts, prop, k, left, base)
        if b.verdict in (Verdict.VIOLATED, Verdict.COVERED, Verdict.VACUOUS, Verdict.UNKNOWN):
            return result(b.verdict, b.depth, b.reason, b.trace)
        if prop.is_cover:
            continue        # induction shows invariants; covers need a witness
        r = _step_query(ts, prop, k, simple_path, deadline - time.monotonic(), lemmas)
        if r == z3.unsat:
            # Re-check both halves from scratch before calling it a proof.
            again = _step_query(ts, prop, k, simple_path,
                                max(1.0, deadline - time.monotonic()), lemmas)
            base_again = bmc.check(ts, prop, k, max(1.0, deadline - time.monotonic()), base)
            if again == z3.unsat and base_again.verdict is Verdict.BOUNDED:
                used = f" with lemmas {', '.join(lem.name for lem in lemmas)}" if lemmas else ""
                return result(Verdict.PROVED, k, notes=(
                    f"{k}-inductive{used}{' (simple path)' if simple_path else ''}; "
                    "base and step re-checked",))
            return result(Verdict.UNKNOWN, k, "k-induction proof failed its re-check")
        if r == z3.unknown:
            return result(Verdict.UNKNOWN, k, f"step case at k={k}: solver gave up")
    return result(Verdict.BOUNDED, max_k,
                  f"not {max_k}-inductive and no violation up to depth {max_k}; "
                  "this is not a proof")
