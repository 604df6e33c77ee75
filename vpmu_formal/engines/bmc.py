"""Bounded model checking: shortest counterexample first.

Depth i asks "is the property false in the state after i steps?" under an
assumption literal, so the unrolling is shared by all depths without
push/pop (Z3's QF_BV solver with assumptions was up to 10x faster than the
default solver with push/pop on the seed model).  The first satisfiable
depth is therefore the length of a shortest counterexample.
"""
from __future__ import annotations

import time

import z3

from .. import ir
from .. import slicing
from ..encode import encoder_for
from ..results import Result, Verdict
from . import common
from .unroll import Unrolling


def check(ts: ir.TransitionSystem, prop: ir.Property, depth: int, timeout: float,
          base: dict, witness_sink=None, model_sink=None) -> Result:
    """`witness_sink(witness, k)` is called with a found counterexample,
    `model_sink(unrolling, model, k)` with the model it came from."""
    start = time.monotonic()
    deadline = start + timeout
    enc = encoder_for(ts, slicing.compute(ts, prop))
    solver = common.new_solver(enc)
    vac = common.add_background(enc, solver)

    def result(verdict, k, reason="", trace=None):
        return Result(**base, verdict=verdict, engine="bmc", depth=k,
                      seconds=time.monotonic() - start, reason=reason, trace=trace)

    if vac is not None:
        return result(Verdict.VACUOUS, 0, common.describe_vacuity(vac))
    un = Unrolling(enc, solver)
    for c in enc.init(un.states[0]):
        solver.add(c)
    for k in range(depth + 1):
        if k > 0:
            un.extend()
        left = deadline - time.monotonic()
        if left <= 0:
            return result(Verdict.UNKNOWN, k - 1, f"timeout after {timeout:g}s at depth {k}")
        common.set_deadline(solver, left)
        bad = z3.Bool(f"__bad{k}", enc.ctx)
        solver.add(z3.Implies(bad, z3.Not(enc.holds(prop, un.states[k]))))
        r = solver.check(bad)
        if r == z3.sat:
            trace = un.trace(solver.model(), k, prop)
            if witness_sink is not None:
                witness_sink(witness_of(un, solver.model(), k), k)
            if model_sink is not None:
                model_sink(un, solver.model(), k)
            verdict = Verdict.COVERED if prop.is_cover else Verdict.VIOLATED
            return result(verdict, k, trace=trace)
        if r == z3.unknown:
            why = solver.reason_unknown()
            if "timeout" in why or "canceled" in why:
                why = f"timeout after {timeout:g}s at depth {k}"
            return result(Verdict.UNKNOWN, max(0, k - 1), why)
    return result(Verdict.BOUNDED, depth,
                  f"no {'witness' if prop.is_cover else 'violation'} up to depth {depth}; "
                  "this is not a proof")


# ---- witnesses: saved counterexamples, replayed exactly -----------------

def witness_of(un: Unrolling, model: z3.ModelRef, k: int) -> dict:
    """Every free symbol of a k-step counterexample, by name: the config,
    the initial state, and each step's action, inputs and `any` values."""
    enc = un.enc
    syms = list(enc.config_terms.values())
    for c in enc.cells:
        if enc.keeps_value(c.name):
            syms.append(un.states[0][c.name].term)
        syms += [un.states[0][c.name].labels[d] for d in enc.domains
                 if enc.keeps_label(c.name, d)]
    for sv in un.step_vars[:k]:
        syms += [sv.act, *sv.inputs.values(), *sv.havocs.values()]
    out = {}
    for s in syms:
        v = model.eval(s, model_completion=True)
        out[str(s)] = (1 if z3.is_true(v) else 0) if z3.is_bool(v) else v.as_long()
    return out


def replay(ts: ir.TransitionSystem, prop: ir.Property, witness: dict, k: int,
           timeout: float, base: dict):
    """Re-check a saved counterexample: with every free symbol pinned to
    its saved value, the property must fail after exactly k steps.  Returns
    the Result, or None if the witness does not replay (stale or forged)."""
    start = time.monotonic()
    enc = encoder_for(ts, slicing.compute(ts, prop))
    solver = common.new_solver(enc)
    if common.add_background(enc, solver) is not None:
        return None
    un = Unrolling(enc, solver)
    for c in enc.init(un.states[0]):
        solver.add(c)
    for _ in range(k):
        un.extend()
    by_name = {}
    for s in list(enc.config_terms.values()) + [t for c in enc.cells for t in
                                                [un.states[0][c.name].term,
                                                 *un.states[0][c.name].labels.values()]]:
        by_name[str(s)] = s
    for sv in un.step_vars:
        for s in [sv.act, *sv.inputs.values(), *sv.havocs.values()]:
            by_name[str(s)] = s
    for name, value in sorted(witness.items()):
        s = by_name.get(name)
        if s is None:
            return None
        solver.add(s == (z3.BoolVal(bool(value), enc.ctx) if z3.is_bool(s)
                         else z3.BitVecVal(value, s.size(), enc.ctx)))
    solver.add(z3.Not(enc.holds(prop, un.states[k])))
    common.set_deadline(solver, max(0.5, timeout))
    if solver.check() != z3.sat:
        return None
    verdict = Verdict.COVERED if prop.is_cover else Verdict.VIOLATED
    return Result(**base, verdict=verdict, engine="witness", depth=k,
                  seconds=time.monotonic() - start, trace=un.trace(solver.model(), k, prop))
