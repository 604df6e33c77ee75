"""Shrinking a proved invariant to the conjuncts its property needs.

Houdini keeps every lemma and ownership candidate that is inductive, and
Spacer's answers carry lemmas from every frame; a property usually rests
on a fraction of them.  Re-validating a certificate costs one query per
action over the whole invariant, so every conjunct the property does not
need is paid for on every run that reuses it: 139 of the 172 shipped
certificates could be cut, to 38% of their conjuncts, and the tree's
certificates then re-validated in half the solver time.

The needed set is a least fixpoint over unsat cores.  It starts with the
conjuncts that imply the property (a core of  I /\\ ~P); then, for each
action, a core of the hypotheses  I /\\ guard_a /\\ ~N(post_a)  names the
conjuncts that keep the needed set N true across that action, and they
join N, until no action adds one.  N then holds initially (it is a subset
of I, which does), is kept by every action (in the last round, each
action's query with N's changed conjuncts as the conclusion was unsat
with hypotheses inside N, the conjuncts N keeps unchanged hold by
themselves) and implies P.

Nothing here is trusted: the caller re-validates the shrunken invariant
with certificate.validate, exactly like the original, and keeps the
original if that fails or time runs out.  Only the saving of a
certificate uses this (check --minimize-proofs); a reused certificate is
re-validated as stored.
"""
from __future__ import annotations

import time
from typing import Optional

import z3

from .. import ir
from ..encode import Encoder, conj
from . import common
from .certificate import action_moves, conjuncts


def needed(enc: Encoder, prop: ir.Property, inv: z3.BoolRef, pre: dict,
           seconds: float) -> Optional[z3.BoolRef]:
    """The conjunction of the conjuncts of `inv` that `prop` needs, in
    their order, or None if it is not smaller or the solver did not
    answer in time (the caller keeps `inv`)."""
    deadline = time.monotonic() + seconds
    parts = conjuncts(inv)
    if len(parts) < 2:
        return None
    lits = [z3.Bool(f"__conjunct{i}", enc.ctx) for i in range(len(parts))]
    guarded = [z3.Implies(lit, part) for lit, part in zip(lits, parts)]
    index = {lit.get_id(): i for i, lit in enumerate(lits)}
    background = enc.background()

    def core(*facts) -> Optional[set]:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        # Z3's finite-domain solver: bit-blasting into its SAT solver,
        # which answers under assumptions and gives their core.
        s = z3.SolverFor("QF_FD", ctx=enc.ctx)
        s.set(random_seed=common.SEED)
        common.set_deadline(s, left)
        s.add(*background, *guarded, *facts)
        if s.check(*lits) != z3.unsat:
            return None
        return {index[x.get_id()] for x in s.unsat_core()}

    found = core(z3.Not(enc.holds(prop, pre)))
    if found is None:
        return None
    need = set(found)
    moves = [(facts, [move(p) for p in parts]) for _, facts, move in action_moves(enc, pre)]
    while True:
        grown = set(need)
        for facts, moved in moves:
            changed = [moved[i] for i in sorted(need) if not moved[i].eq(parts[i])]
            if not changed:
                continue
            found = core(*facts, z3.Not(conj(changed, enc.ctx)))
            if found is None:
                return None
            grown |= found
        if grown == need:
            break
        need = grown
    if len(need) == len(parts):
        return None
    return conj([parts[i] for i in sorted(need)], enc.ctx)
