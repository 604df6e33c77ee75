"""k-induction, the cross-check of PDR and the lemma prover.

For k = 0, 1, ...: the base case is BMC to depth k (no violation in k
steps from an initial state); the step case asks whether k+1 consecutive
states satisfying the property (and a strengthening invariant S) can be
followed by a violation.  With `simple_path`, the k+1 states must also be
pairwise distinct, which makes the method complete for finite systems but
costs quadratic constraints.

S is the largest inductive subset of the spec's lemmas and the automatic
ownership candidates (houdini.strengthening), computed without the
property.  Assuming S in every state of the step case is sound because S
holds in every reachable state: it holds initially and is preserved by
every step, which is checked again, in a fresh context, before a proof is
reported.  (Assuming the lemmas as they are written would be unsound if
one were false, and demanding that all of them be inductive together
fails as soon as one needs a candidate the spec does not list.)

A proof at k is re-checked in fresh contexts (the invariance of S, the
base and the step query are asked again) before PROVED is reported.  A
counterexample to the step case is *not* a violation: the verdict stays
open until the base case finds a real trace.
"""
from __future__ import annotations

import time

import z3

from .. import ir, slicing
from ..encode import conj, disj, encoder_for
from ..results import Result, Verdict
from . import bmc, certificate, common, houdini
from .pdr import state_atoms
from .unroll import Unrolling


def _encoder(ts, prop, lemmas):
    return encoder_for(ts, slicing.compute(ts, prop, [lem.expr for lem in lemmas]))


def _strengthening(enc, lemmas, names) -> z3.BoolRef:
    """S over the template state, rebuilt by name in `enc`'s context."""
    cands = houdini.candidates(enc, lemmas)
    return conj([cands[n] for n in names], enc.ctx)


def _still_inductive(ts, prop, lemmas, names, seconds: float) -> bool:
    """S holds initially and every step preserves it (fresh context)."""
    enc = _encoder(ts, prop, lemmas)
    pre = enc.template()[0]
    for _, formula in certificate.inductiveness(enc, _strengthening(enc, lemmas, names), pre):
        solver = common.new_solver(enc)
        common.set_deadline(solver, max(0.1, seconds))
        solver.add(formula)
        if solver.check() != z3.unsat:
            return False
    return True


def _step_query(ts, prop, k: int, simple_path: bool, seconds: float, lemmas,
                names) -> z3.CheckSatResult:
    enc = _encoder(ts, prop, lemmas)
    solver = common.new_solver(enc)
    solver.add(*enc.background())
    un = Unrolling(enc, solver, prefix="i")
    for _ in range(k + 1):
        un.extend()
    strength = _strengthening(enc, lemmas, names)
    good = []
    for i in range(k + 1):
        good.append(enc.holds(prop, un.states[i]))
        good.append(un.at(i, strength))      # template state -> state i
    solver.add(*good)
    if simple_path:
        atoms = [state_atoms(enc, s) for s in un.states[:k + 1]]
        for i in range(k + 1):
            for j in range(i + 1, k + 1):
                solver.add(disj([a != b for a, b in zip(atoms[i], atoms[j])], enc.ctx))
    solver.add(z3.Not(enc.holds(prop, un.states[k + 1])))
    common.set_deadline(solver, max(0.1, seconds))
    return solver.check()


def check(ts: ir.TransitionSystem, prop: ir.Property, max_k: int, timeout: float,
          base: dict, simple_path: bool = False) -> Result:
    start = time.monotonic()
    deadline = start + timeout
    lemmas = ir.lemmas_for(ts, prop) if not prop.is_cover else ()

    def result(verdict, k, reason="", trace=None, notes=()):
        return Result(**base, verdict=verdict, engine="kind", depth=k,
                      seconds=time.monotonic() - start, reason=reason, trace=trace,
                      notes=tuple(notes))

    names: tuple = ()
    if lemmas:
        names = houdini.strengthening(_encoder(ts, prop, lemmas), lemmas,
                                      max(0.5, (deadline - time.monotonic()) / 3))
        if names is None:
            names, lemmas = (), ()          # no strengthening: plain k-induction
    for k in range(max_k + 1):
        left = deadline - time.monotonic()
        if left <= 0:
            return result(Verdict.UNKNOWN, k, f"timeout after {timeout:g}s at k={k}")
        b = bmc.check(ts, prop, k, left, base)
        if b.verdict in (Verdict.VIOLATED, Verdict.COVERED, Verdict.VACUOUS, Verdict.UNKNOWN):
            return result(b.verdict, b.depth, b.reason, b.trace)
        if prop.is_cover:
            continue        # induction shows invariants; covers need a witness
        r = _step_query(ts, prop, k, simple_path, deadline - time.monotonic(), lemmas, names)
        if r == z3.unsat:
            # Re-check every part from scratch before calling it a proof.
            again = _step_query(ts, prop, k, simple_path,
                                max(1.0, deadline - time.monotonic()), lemmas, names)
            base_again = bmc.check(ts, prop, k, max(1.0, deadline - time.monotonic()), base)
            s_ok = _still_inductive(ts, prop, lemmas, names,
                                    max(1.0, deadline - time.monotonic()))
            if again == z3.unsat and base_again.verdict is Verdict.BOUNDED and s_ok:
                spec_lemmas = [n for n in names if not n.startswith("auto: ")]
                auto = len(names) - len(spec_lemmas)
                used = (f" strengthened by lemmas {', '.join(spec_lemmas) or '(none)'}"
                        f" and {auto} ownership candidates") if names else ""
                return result(Verdict.PROVED, k, notes=(
                    f"{k}-inductive{used}{' (simple path)' if simple_path else ''}; "
                    + ("base, step and strengthening re-checked" if names
                       else "base and step re-checked"),))
            return result(Verdict.UNKNOWN, k, "k-induction proof failed its re-check")
        if r == z3.unknown:
            return result(Verdict.UNKNOWN, k, f"step case at k={k}: solver gave up")
    return result(Verdict.BOUNDED, max_k,
                  f"not {max_k}-inductive and no violation up to depth {max_k}; "
                  "this is not a proof")
