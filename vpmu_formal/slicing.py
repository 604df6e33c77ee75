"""Cone-of-influence slicing at the level of *atoms*.

An atom is either the value of a state cell, ("v", cell), or one of its
labels, (domain, cell).  A property needs some atoms; an atom is needed if
a needed atom's update reads it.  Everything else is dropped from the
encoding (its symbols become constants and its next-state equalities are
not asserted).

Soundness: let N be the closure.  For every action, the updates of atoms in
N read only atoms in N (by construction), including the control
conditions the update sits under (guard, every if-condition and fault
position of the action, intercept rules consulted, array indices): control
is taken coarsely, per action.  Hence the projection onto N of every run
of the full system is a run of the sliced system and vice versa, up to
steps of actions that update nothing in N; those are stuttering steps for
N and change neither reachability nor the property.  So a property over N
has the same verdict on both systems (counterexample lengths can only
shrink, by dropping stutter steps).
"""
from __future__ import annotations

from dataclasses import dataclass

from . import ir
from .memo import PerSystem

VALUE = "v"


@dataclass(frozen=True)
class Slice:
    atoms: frozenset          # (kind, cell name); kind is "v" or a domain

    def keeps_value(self, cell: str) -> bool:
        return (VALUE, cell) in self.atoms

    def keeps_label(self, cell: str, domain: str) -> bool:
        return (domain, cell) in self.atoms


def _cells_of(ts: ir.TransitionSystem, name: str, index) -> list[str]:
    for var in ts.state:
        if var.name == name:
            if isinstance(var.type, ir.ArrayT):
                if index is None:
                    return [ir.cell_name(name, i) for i in range(var.type.length)]
                return [ir.cell_name(name, index)]
            return [name]
    return []


class _Deps:
    """Atoms read by expressions, with locals expanded to their definitions."""

    def __init__(self, ts: ir.TransitionSystem, domains):
        self.ts = ts
        self.domains = domains
        self.locals: dict = {}

    def value(self, e) -> set:
        out: set = set()
        self._walk(e, out, None)
        return out

    def label(self, e, d: str) -> set:
        out: set = set()
        self._walk(e, out, d)
        return out

    def _walk(self, e, out: set, d) -> None:
        """d None: atoms the value depends on; else atoms label d depends on
        (labels of every operand, plus values that select between operands)."""
        if isinstance(e, ir.Lit):
            return
        if isinstance(e, ir.Ref):
            if e.kind == "state":
                for c in _cells_of(self.ts, e.name, e.index):
                    out.add((VALUE if d is None else d, c))
            elif e.kind == "local" and e.name in self.locals:
                self._walk(self.locals[e.name], out, d)
            return
        if isinstance(e, ir.ArrayRead):
            if e.kind == "state":
                for c in _cells_of(self.ts, e.name, None):
                    out.add((VALUE if d is None else d, c))
            self._walk(e.index, out, None)
            if d is not None:
                self._walk(e.index, out, d)
            return
        if isinstance(e, ir.OwnedBy):
            if d is None:
                self._walk(e.value, out, e.domain)
            return
        if isinstance(e, ir.InterceptQuery):
            if d is None:
                if e.msr is not None:
                    self._walk(e.msr, out, None)
                for r in e.rules:
                    self._walk(r.cond, out, None)
            return
        assert isinstance(e, ir.Op)
        if d is not None and e.op == "ite":
            self._walk(e.args[0], out, None)
        for a in e.args:
            self._walk(a, out, d)


@dataclass
class _Update:
    atom: tuple
    deps: set


def _action_updates(ts, a: ir.Action, deps: _Deps, monitors) -> tuple[list, set]:
    """(updates, control atoms) of one action."""
    deps.locals = {}
    control: set = set(deps.value(a.guard))
    updates: list = []

    def walk(stmts):
        for s in stmts:
            if isinstance(s, ir.Local):
                deps.locals[s.name] = s.value
            elif isinstance(s, ir.If):
                control.update(deps.value(s.cond))
                walk(s.then)
                walk(s.orelse)
            elif isinstance(s, (ir.Assign, ir.Havoc)):
                t = s.target
                if t.index is not None:
                    control.update(deps.value(t.index))
                cells = _cells_of(ts, t.name, None if t.index is None or not
                                  isinstance(t.index, ir.Lit) else t.index.value)
                for c in cells:
                    vdeps = set() if isinstance(s, ir.Havoc) else deps.value(s.value)
                    updates.append(_Update((VALUE, c), vdeps | {(VALUE, c)}))
                    for d in deps.domains:
                        if isinstance(s, ir.Havoc) or s.label is not None:
                            ldeps: set = set()
                        else:
                            ldeps = deps.label(s.value, d)
                        updates.append(_Update((d, c), ldeps | {(d, c)}))
            elif isinstance(s, ir.Observe):
                for p in monitors:
                    if p.observer == s.observer:
                        reads = deps.label(s.value, p.label) if p.label else set()
                        updates.append(_Update((VALUE, "__observed_" + p.name), reads))
            # Faults only end the body: their position is control.
        # Intercept queries inside expressions read rule conditions; those are
        # already value deps of the expressions that contain them.

    walk(a.body)
    return updates, control


def property_atoms(ts: ir.TransitionSystem, prop: ir.Property) -> set:
    deps = _Deps(ts, ts.domains)
    if prop.monitored:
        return {(VALUE, "__observed_" + prop.name)}
    return deps.value(prop.expr)


def compute(ts: ir.TransitionSystem, prop: ir.Property, extra=()) -> Slice:
    """The atoms `prop` (and the expressions in `extra`, e.g. lemmas) need."""
    deps = _Deps(ts, ts.domains)
    per_action = _PER_ACTION.get(ts, None, lambda: _all_updates(ts))
    needed = set(property_atoms(ts, prop))
    for e in extra:
        deps.locals = {}
        needed |= deps.value(e)
    changed = True
    while changed:
        changed = False
        for updates, control in per_action:
            hit = False
            for u in updates:
                if u.atom in needed:
                    hit = True
                    new = u.deps - needed
                    if new:
                        needed |= new
                        changed = True
            if hit and not control <= needed:
                needed |= control
                changed = True
    return Slice(frozenset(needed))


_PER_ACTION = PerSystem()


def _all_updates(ts: ir.TransitionSystem) -> list:
    """Every action's (updates, control atoms): the same for every property
    of the system, so computed once per system."""
    deps = _Deps(ts, ts.domains)
    monitors = [p for p in ts.properties if p.monitored]
    return [_action_updates(ts, a, deps, monitors) for a in ts.actions]


def full(ts: ir.TransitionSystem, cells) -> Slice:
    """No slicing: every atom of every cell."""
    atoms = set()
    for c in cells:
        atoms.add((VALUE, c))
        for d in ts.domains:
            atoms.add((d, c))
    return Slice(frozenset(atoms))


def value_atoms(ts: ir.TransitionSystem, e: ir.Expr) -> set:
    """Atoms the value of an expression reads (locals are not expanded)."""
    return _Deps(ts, ts.domains).value(e)
