"""Solver set-up shared by the engines: determinism, assumptions, vacuity."""
from __future__ import annotations

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


def set_deadline(solver: z3.Solver, seconds_left: float) -> None:
    # Z3's own timeout is a courtesy; the runner enforces the hard limit by
    # killing the worker process.
    solver.set(timeout=max(1, int(seconds_left * 1000)))


@dataclass(frozen=True)
class Vacuity:
    """The assumes cannot all hold: these conflict (an unsat core)."""
    assumes: tuple[ir.Assume, ...]


def add_background(enc: Encoder, solver: z3.Solver) -> Optional[Vacuity]:
    """Assert config domain constraints and the assumes.

    Returns a Vacuity if the assumes are inconsistent (then every property
    would hold trivially, so no engine may report a proof).
    """
    for c in enc.config_constraints():
        solver.add(c)
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
        return Vacuity(conflicting or tuple(a for _, a in tracked))
    for lit in lits:
        solver.add(lit)
    return None


def describe_vacuity(v: Vacuity) -> str:
    where = ", ".join(str(a.span) for a in v.assumes)
    return f"the assumptions are inconsistent: {where}"
