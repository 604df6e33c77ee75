"""Solver set-up shared by the engines: determinism, assumptions, vacuity."""
from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Optional

import z3

from .. import ir
from ..encode import Encoder

SEED = 0


def new_solver(enc: Encoder, logic: Optional[str] = "QF_BV") -> z3.Solver:
    """A solver with fixed seeds, so a CI gate never flaps between runs."""
    s = z3.SolverFor(logic, ctx=enc.ctx) if logic else z3.Solver(ctx=enc.ctx)
    s.set(random_seed=SEED)
    return s


def one_query_solver(enc: Encoder) -> z3.Solver:
    """A solver for a single QF_BV check() without assumptions: the
    query is simplified, equalities solved, terms over unconstrained
    inputs eliminated, bit-blasted and handed to the SAT solver as one
    tactic, with no SMT core behind it.  On the shipped specs that
    answered BMC's fresh per-depth queries in 78% of the time of
    SolverFor("QF_BV") and certificate re-validation in 75% (elim-uncnstr
    alone took re-validation from 4.1 s to 3.6 s), with the same answers.  Models come back through the tactics' model
    converters.  A query the bit-blaster refuses (an invariant from
    Spacer may hold an existential quantifier) goes to Z3's general SMT
    tactic instead, as SolverFor("QF_BV") falls back to its SMT core."""
    if not _TACTIC or _TACTIC[0] is not enc.ctx:
        # The SAT solver's own preprocessing (failed-literal probing,
        # variable elimination, subsumption, asymmetric branching, SCC)
        # is off: these queries are small, solved in a few milliseconds,
        # and the preprocessing cost more than it saved (a sample of 1,869
        # queries of a cold check of specs/: 10.7 s -> 7.3 s, sat and
        # unsat answers alike; the cold check 24.2 s -> 21.3 s).  The
        # parameters go to the tactic itself (z3.With), not through the
        # solver, so that they, and the seed, are what it runs with.
        sat = z3.With(z3.Tactic("sat", ctx=enc.ctx), random_seed=SEED, probing=False,
                      elim_vars=False, subsumption=False, asymm_branch=False, scc=False)
        blast = z3.Then("simplify", "propagate-values", "solve-eqs", "elim-uncnstr",
                        "simplify", "bit-blast", sat, ctx=enc.ctx)
        _TACTIC[:] = [enc.ctx, z3.OrElse(blast, z3.Tactic("smt", ctx=enc.ctx), ctx=enc.ctx)]
    s = _TACTIC[1].solver()
    s.set(random_seed=SEED)
    return s


# The tactic of the last context asked for, made once: a tactic holds no
# state between the solvers made from it, and building it for each of the
# ~2000 queries of a warm check cost a quarter of a second.  One entry
# only: it keeps its context alive until the next context's first query.
_TACTIC: list = []


def set_deadline(solver: z3.Solver, seconds_left: float) -> None:
    # Z3's own timeout is a courtesy; the runner enforces the hard limit by
    # killing the worker process.
    solver.set(timeout=max(1, int(seconds_left * 1000)))


@dataclass(frozen=True)
class Vacuity:
    """The assumes cannot all hold: these conflict (an unsat core)."""
    assumes: tuple[ir.Assume, ...]


def add_background(enc: Encoder, solver: z3.Solver, probe: bool = True) -> Optional[Vacuity]:
    """Assert config domain constraints and the assumes.

    Returns a Vacuity if the assumes are inconsistent (then every property
    would hold trivially, so no engine may report a proof).  With
    `probe=False` the assumes are only asserted, for a caller that has
    already made that check on another solver: checking here would spend
    this solver's one fresh (bit-blasting) query.
    """
    for c in enc.config_constraints():
        solver.add(c)
    known = _CONSISTENCY.get(enc.source, _UNKNOWN)
    if not probe or known is None:
        for _, term in enc.assumptions():
            solver.add(term)
        return None
    if known is not _UNKNOWN:
        return known
    tracked = []
    for i, (a, term) in enumerate(enc.assumptions()):
        lit = z3.Bool(f"__assume{i}", enc.ctx)
        solver.add(z3.Implies(lit, term))
        tracked.append((lit, a))
    lits = [lit for lit, _ in tracked]
    r = solver.check(*lits)
    if r == z3.unsat:
        core = {str(x) for x in solver.unsat_core()}
        conflicting = tuple(a for lit, a in tracked if str(lit) in core)
        _CONSISTENCY[enc.source] = found = Vacuity(conflicting or tuple(a for _, a in tracked))
        return found
    for lit in lits:
        solver.add(lit)
    if r == z3.sat:
        _CONSISTENCY[enc.source] = None
    return None


# The probe's answer per slice encoding: it reads only the slice's config
# constraints and assumes, which every encoder of the slice shares, so the
# same question asked by the property, its BMC pass, its trigger and event
# checks got the same answer each time (a tenth of a cold check of specs/
# went to asking it).  Every encoder parses the same text into a fresh
# context, so the first answer (and an inconsistency's core) is the one
# any of them would get.  An `unknown` is not kept.
_CONSISTENCY: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_UNKNOWN = object()


def describe_vacuity(v: Vacuity) -> str:
    where = ", ".join(str(a.span) for a in v.assumes)
    return f"the assumptions are inconsistent: {where}"
