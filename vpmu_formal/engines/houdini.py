"""Proofs from spec lemmas: Houdini filtering, then 1-induction.

A spec may offer `lemma`s: candidate invariants, typically the reviewer's
argument ("the shadow copy never holds host data; while the guest context
is loaded, counters below nr_gp hold guest data").  Lemmas are never
trusted.  Houdini repeatedly drops every candidate that some
counterexample-to-induction falsifies, until the remaining set (the
property included) is inductive, or the property itself falls.  With the
property, the test that the set is inductive is `certificate.validate`
itself, the check every invariant passes before PROVED is reported: a
round that it passes ends the search with the set validated, and one it
fails names the action whose counterexample drops the next candidates.

This is k-induction at k=1 strengthened by the lemmas; on the seed model
it proves in milliseconds what Spacer takes seconds for or misses, because
the lemmas supply exactly the generalisation (per-counter ownership under
a context condition) that PDR has to discover from bit-level models.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Optional

import z3

from .. import ir
from ..encode import Encoder, conj
from . import certificate, common
from .certificate import action_moves

PROPERTY = "<property>"


@dataclass
class HoudiniAnswer:
    status: str                       # "safe" | "unknown"
    invariant: Optional[z3.BoolRef]
    state: Optional[dict]
    kept: tuple = ()
    dropped: tuple = ()
    reason: str = ""
    seconds: float = 0.0
    # certificate.validate answered ok on exactly `invariant` (prove's
    # last round is that validation); PROVED may rest on nothing less.
    validated: bool = False


def candidates(enc: Encoder, lemmas: tuple) -> dict:
    """name -> term over the template state: the spec's lemmas, then
    per-register ownership candidates ("this cell never holds d's data").
    Most of the latter are false and dropped at once; the true ones spare
    the spec author from listing every configuration field."""
    pre = enc.template()[0]
    cands = dict(zip((lem.name for lem in lemmas),
                     enc.values_on_template([lem.expr for lem in lemmas])))
    for c in enc.cells:
        for d in enc.domains:
            if enc.keeps_label(c.name, d):
                cands[f"auto: {c.name} never @{d}"] = z3.Not(pre[c.name].labels[d])
    return cands


def prove(enc: Encoder, prop: ir.Property, lemmas: tuple, seconds: float) -> HoudiniAnswer:
    """A "safe" answer's invariant has passed certificate.validate: the
    fixpoint's last round is that validation (see _fixpoint)."""
    start = time.monotonic()
    pre = enc.template()[0]
    cands = candidates(enc, lemmas)
    cands[PROPERTY] = enc.holds(prop, pre)

    def confirm(inv: z3.BoolRef, left: float, start: str) -> certificate.Check:
        return certificate.validate(enc, prop, inv, pre, max(0.1, left), start)
    fix = _fixpoint(enc, cands, start + seconds, confirm)
    took = time.monotonic() - start
    if fix.failed is not None:
        return HoudiniAnswer("unknown", None, None, kept=fix.kept, dropped=fix.dropped,
                             reason=fix.failed, seconds=took)
    kept = tuple(n for n in cands if n != PROPERTY)
    dropped = [n for n in fix.dropped if not n.startswith("auto: ")]
    return HoudiniAnswer("safe", conj(cands.values(), enc.ctx), pre, kept, tuple(dropped),
                         seconds=took, validated=True)


def strengthening(enc: Encoder, lemmas: tuple, seconds: float) -> Optional[tuple]:
    """The names of the largest inductive subset of the candidates, without
    the property (for k-induction: an invariant to assume in every state),
    or None if the solver gave up or time ran out."""
    cands = candidates(enc, lemmas)
    fix = _fixpoint(enc, cands, time.monotonic() + seconds)
    return None if fix.failed is not None else tuple(cands)


@dataclass
class _Fixpoint:
    failed: Optional[str]             # why the property fell, or the solver gave up
    dropped: list
    kept: tuple = ()


def _fixpoint(enc: Encoder, cands: dict, deadline: float, confirm=None) -> _Fixpoint:
    """Drop, in place, every candidate some initial state or some
    counterexample to induction falsifies, until the rest is inductive.
    Stops early if the PROPERTY candidate (when present) falls.

    With `confirm` (certificate.validate of the conjunction), the rounds
    after the initial states are driven by it: while it fails at an
    action's consecution, that action's counterexample drops candidates;
    once it passes, the set is inductive and validated in one go.  The
    plain loop ends with a pass over every action that drops nothing,
    which is the validation's own consecution queries asked once more:
    a fifth of a cold check of specs/ went to asking them twice."""
    pre = enc.template()[0]
    background = enc.background()
    dropped: list = []

    def left() -> float:
        return deadline - time.monotonic()

    # Initiation: a lemma false in some initial state cannot be invariant.
    # One query for all candidates; each model drops every candidate it
    # falsifies, so the survivors are exactly those true in every initial
    # state (one query per candidate gave the same set, 20-60 queries
    # slower on the full models).  Drops are listed in candidate order.
    order = {name: i for i, name in enumerate(cands)}
    initial = [*background, *enc.init(pre)]
    while cands:
        # A fresh solver per query: see consecution below.
        init = common.one_query_solver(enc)
        common.set_deadline(init, max(0.1, left()))
        names = list(cands)
        init.add(*initial, z3.Not(conj([cands[n] for n in names], enc.ctx)))
        r = init.check()
        if r == z3.unsat:
            break
        if r == z3.unknown:
            return _Fixpoint("solver gave up", dropped)
        m = init.model()
        falsified = [n for n in names if z3.is_false(m.eval(cands[n], model_completion=True))]
        if PROPERTY in falsified:
            return _Fixpoint("the property fails in an initial state", dropped)
        for n in falsified:
            dropped.append(n)
            del cands[n]
    dropped.sort(key=order.__getitem__)

    # Consecution, one action at a time (certificate.consecution_by_action
    # says why that is the same obligation), each query in a fresh solver:
    # Z3's QF_BV solver bit-blasts a fresh query, but answers a second
    # check of the same solver with its incremental SMT core, which was
    # 5-35x slower on these queries.  A pass over the actions that drops
    # nothing ends the loop; a drop weakens the hypothesis, so actions
    # passed before are asked again.  The surviving set is the largest
    # inductive subset of the candidates, whatever the order of queries.
    moves = action_moves(enc, pre)
    if confirm is not None:
        return _confirmed(enc, cands, deadline, confirm, moves, background, dropped, order)
    stable = 0
    i = 0
    while cands and stable < len(moves):
        if left() <= 0:
            return _Fixpoint("timeout", dropped)
        st, step_facts, move = moves[i % len(moves)]
        i += 1
        r, fell = _drop(enc, cands, st, step_facts, move, background, left(), dropped, order)
        if r == z3.unsat:
            stable += 1
            continue
        if fell is not None:
            return fell
        stable = 0
        i -= 1              # the same action again, with the weaker hypothesis
    return _Fixpoint(None, _in_order(dropped, order))


def _confirmed(enc, cands, deadline, confirm, moves, background, dropped, order) -> _Fixpoint:
    """_fixpoint's consecution rounds, each a validation of the current
    set; see _fixpoint."""
    by_action = {st.action.name: (st, facts, move) for st, facts, move in moves}
    start = ""
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return _Fixpoint("timeout", dropped)
        names = list(cands)
        # From the action that failed last: a drop weakens the hypothesis,
        # and that action is the likeliest to fail again.
        check = confirm(conj([cands[n] for n in names], enc.ctx), left, start)
        if check.ok:
            return _Fixpoint(None, _in_order(dropped, order))
        if not check.action:
            return _Fixpoint(check.failed, _in_order(dropped, order))
        start = check.action
        st, step_facts, move = by_action[start]
        r, fell = _drop(enc, cands, st, step_facts, move, background,
                        deadline - time.monotonic(), dropped, order)
        if r == z3.unsat:
            # Validation found a counterexample this query does not.
            return _Fixpoint(f"validation and Houdini disagree on '{st.action.name}'",
                             _in_order(dropped, order))
        if fell is not None:
            return fell


def _drop(enc, cands, st, step_facts, move, background, seconds, dropped, order) -> tuple:
    """Ask whether action `st` keeps every candidate; on a counterexample,
    drop (in place) each candidate it falsifies.  (the answer, a
    _Fixpoint if the search ends here: the solver gave up, or the
    property itself fell)."""
    names = list(cands)
    nxt = {n: move(cands[n]) for n in names}
    step = common.one_query_solver(enc)
    common.set_deadline(step, max(0.1, seconds))
    step.add(*background, *[cands[n] for n in names], *step_facts,
             z3.Not(conj(nxt.values(), enc.ctx)))
    r = step.check()
    if r == z3.unknown:
        return r, _Fixpoint(step.reason_unknown(), dropped)
    if r == z3.unsat:
        return r, None
    m = step.model()
    falsified = [n for n in names if z3.is_false(m.eval(nxt[n], model_completion=True))]
    if PROPERTY in falsified:
        return r, _Fixpoint("the property is not inductive relative to the surviving "
                            f"lemmas (a counterexample to induction takes action "
                            f"'{st.action.name}')",
                            _in_order(dropped, order), tuple(n for n in names if n != PROPERTY))
    for n in falsified:
        dropped.append(n)
        del cands[n]
    return r, None


def _in_order(names: list, order: dict) -> list:
    """Dropped candidates in the spec's order: which model a solver found
    must not show in a report."""
    return sorted(names, key=order.__getitem__)
