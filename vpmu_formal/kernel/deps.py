"""Which properties depend on which spec elements.

A property depends on an action when the action is in the property's
slice (`slicing.compute`): the action updates an atom the property needs.
Actions outside the slice only stutter for the property, so a change in
them cannot change its verdict.  A procedure counts for the properties of
the actions that call it (directly or through other procedures; the call
graph is static).  An intercept rule counts for a property when an action
in the slice consults it (an `intercepted(...)` query that the rule
answers), or the property itself asks about it.
"""
from __future__ import annotations

from .. import ir, slicing


def declaration(rule: ir.InterceptRule) -> str:
    """The key of the declaration a rule came from, which is how spec
    elements name rules (a rule over several MSRs is one element)."""
    return rule.decl_key or rule.key


def _queries(e, out: set) -> None:
    """Keys of the rules an expression's intercept queries consult."""
    if isinstance(e, ir.InterceptQuery):
        out.update(declaration(r) for r in e.rules)
        if e.msr is not None:
            _queries(e.msr, out)
        return
    for attr in ("args",):
        for a in getattr(e, attr, ()) or ():
            _queries(a, out)
    for attr in ("index", "value"):
        sub = getattr(e, attr, None)
        if sub is not None and not isinstance(sub, (int, str)):
            _queries(sub, out)


def _stmt_queries(stmts, out: set) -> None:
    for s in stmts:
        for attr in ("cond", "value", "guard"):
            sub = getattr(s, attr, None)
            if sub is not None and not isinstance(sub, (int, str)):
                _queries(sub, out)
        t = getattr(s, "target", None)
        if t is not None and getattr(t, "index", None) is not None:
            _queries(t.index, out)
        for attr in ("then", "orelse", "body"):
            sub = getattr(s, attr, None)
            if isinstance(sub, tuple):
                _stmt_queries(sub, out)


def action_rules(a: ir.Action) -> frozenset:
    out: set = set()
    _queries(a.guard, out)
    _stmt_queries(a.body, out)
    return frozenset(out)


class Dependencies:
    """Per system: the properties in whose slice each action and rule is."""

    def __init__(self, ts: ir.TransitionSystem):
        self.ts = ts
        deps = slicing._Deps(ts, ts.domains)
        monitors = [p for p in ts.properties if p.monitored]
        updates = {a.name: {u.atom for u in slicing._action_updates(ts, a, deps, monitors)[0]}
                   for a in ts.actions}
        rules_of = {a.name: action_rules(a) for a in ts.actions}
        self.by_action: dict = {a.name: [] for a in ts.actions}
        self.by_rule: dict = {declaration(r): [] for r in ts.intercepts}
        for p in ts.properties:
            if p.kind == "cover_observe":
                continue
            atoms = slicing.compute(ts, p).atoms
            asked: set = set()
            if p.expr is not None:
                _queries(p.expr, asked)
            consulted = set(asked)
            for a in ts.actions:
                if updates[a.name] & atoms:
                    self.by_action[a.name].append(p.name)
                    consulted |= rules_of[a.name]
            for key in consulted:
                if key in self.by_rule:
                    self.by_rule[key].append(p.name)

    def of_action(self, name: str) -> list:
        return self.by_action.get(name, [])

    def of_rule(self, key: str) -> list:
        return self.by_rule.get(key, [])


_CACHE: dict = {}


def for_system(ts: ir.TransitionSystem) -> Dependencies:
    # Keyed by identity: hashing a whole system costs more than the slices.
    hit = _CACHE.get(id(ts))
    if hit is None or hit[0] is not ts:
        hit = _CACHE[id(ts)] = (ts, Dependencies(ts))
    return hit[1]
