"""Bounded model checking: shortest counterexample first.

Depth i asks "is the property false in the state after i steps?"; the
first satisfiable depth is the length of a shortest counterexample.

Up to FRESH_DEPTH each depth is a fresh QF_BV solver given the whole
unrolling: Z3 bit-blasts a fresh query and hands it to its SAT solver,
while a second `check` of the same solver goes to the incremental SMT
core.  On the shipped specs' violations (depth 2-7) fresh solvers were
2-3x faster in total than one solver with an assumption literal per
depth, re-blasting the prefix included.  Past FRESH_DEPTH the re-blasting
grows quadratically, so the search continues in one incremental solver
with an assumption literal per depth (which beat push/pop by up to 10x).
"""
from __future__ import annotations

import time

import z3

from .. import execute, ir, slicing
from ..encode import encoder_for
from ..results import Result, Verdict
from . import common
from .unroll import Unrolling


def check(ts: ir.TransitionSystem, prop: ir.Property, depth: int, timeout: float,
          base: dict, witness_sink=None, model_sink=None, enc=None) -> Result:
    """`witness_sink(witness, k)` is called with a found counterexample,
    `model_sink(unrolling, model, k)` with the model it came from.  `enc`:
    an encoder of exactly this property's slice (slicing.compute(ts,
    prop)) that the caller made for its own checks of the same property;
    its parsed relation is then used instead of parsing it again into a
    fresh context (a tenth of BMC's time).  The caller's checks come in
    the same order on every run, so the answers stay reproducible."""
    start = time.monotonic()
    deadline = start + timeout
    if enc is None:
        keep = slicing.compute(ts, prop)
        enc = encoder_for(ts, keep)
    else:
        keep = enc.keep
    solver = common.new_solver(enc)
    vac = common.add_background(enc, solver)

    def result(verdict, k, reason="", trace=None):
        return Result(**base, verdict=verdict, engine="bmc", depth=k,
                      seconds=time.monotonic() - start, reason=reason, trace=trace)

    if vac is not None:
        return result(Verdict.VACUOUS, 0, common.describe_vacuity(vac))
    facts = _Facts()
    un = Unrolling(enc, facts)
    facts.add(*enc.init(un.states[0]))
    incremental = None
    for k in range(depth + 1):
        if k > 0:
            un.extend()
        left = deadline - time.monotonic()
        if left <= 0:
            return result(Verdict.UNKNOWN, k - 1, f"timeout after {timeout:g}s at depth {k}")
        bad_k = z3.Not(enc.holds(prop, un.states[k]))
        if k <= FRESH_DEPTH:
            solver = common.one_query_solver(enc)
            common.add_background(enc, solver, probe=False)
            solver.add(*facts.items, bad_k)
            common.set_deadline(solver, left)
            r = solver.check()
        else:
            if incremental is None:
                incremental = common.new_solver(enc)
                common.add_background(enc, incremental, probe=False)
                un.solver = incremental
                incremental.add(*facts.items)
            solver = incremental
            common.set_deadline(solver, left)
            bad = z3.Bool(f"__bad{k}", enc.ctx)
            solver.add(z3.Implies(bad, bad_k))
            r = solver.check(bad)
        if r == z3.sat:
            model = solver.model()
            witness = witness_of(un, model, k)
            # The trace is the witness run by the concrete executor: the
            # same Trace the model gives (tests/test_execute.py holds the
            # two to each other), for a fraction of the model evaluations,
            # and by construction the one a later run replays from the
            # saved witness.
            trace = execute.replay(ts, prop, keep, witness, k) or un.trace(model, k, prop)
            if witness_sink is not None:
                witness_sink(witness, k)
            if model_sink is not None:
                model_sink(un, model, k)
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


FRESH_DEPTH = 10


class _Facts:
    """Collects what an Unrolling asserts, so each depth can hand all of
    it to a fresh solver."""

    def __init__(self) -> None:
        self.items: list = []

    def add(self, *terms) -> None:
        self.items.extend(terms)


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
    # The model's own assignments are read once, by name; a symbol the
    # model leaves out is unconstrained, and model completion would give
    # it false / 0, so that is its value here too.  An interpretation that
    # is a term rather than a literal is evaluated.  Read through Z3's C
    # API: z3py wraps every declaration and value in Python objects, and
    # that was a twentieth of a cold check of specs/.
    assigned = {}
    ctx = enc.ctx
    c, m = ctx.ref(), model.model
    bool_ref = z3.BoolSort(ctx)          # held: its AST is used below
    bool_sort = bool_ref.ast
    for i in range(z3.Z3_model_get_num_consts(c, m)):
        d = z3.Z3_model_get_const_decl(c, m, i)
        sym = z3.Z3_get_decl_name(c, d)
        if z3.Z3_get_symbol_kind(c, sym) != z3.Z3_STRING_SYMBOL:
            continue                   # not one of ours (ours are all named)
        name = z3.Z3_get_symbol_string(c, sym)
        v = z3.Z3_model_get_const_interp(c, m, d)
        if z3.Z3_get_ast_kind(c, v) == z3.Z3_NUMERAL_AST:
            assigned[name] = int(z3.Z3_get_numeral_string(c, v))
            continue
        truth = z3.Z3_get_bool_value(c, v) if z3.Z3_is_eq_sort(
            c, z3.Z3_get_sort(c, v), bool_sort) else z3.Z3_L_UNDEF
        if truth != z3.Z3_L_UNDEF:
            assigned[name] = int(truth == z3.Z3_L_TRUE)
            continue
        value = model.eval(z3.FuncDeclRef(d, ctx)(), model_completion=True)
        if z3.is_bv_value(value):
            assigned[name] = value.as_long()
        elif z3.is_true(value) or z3.is_false(value):
            assigned[name] = int(z3.is_true(value))
    # decl().name() is the symbol's name as str() prints it, without a
    # trip through z3py's pretty printer.
    names = [s.decl().name() for s in syms]
    return {n: assigned.get(n, 0) for n in names}


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
