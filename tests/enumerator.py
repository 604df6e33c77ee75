"""A brute-force explicit-state model checker for a small fragment of the IR.

It is deliberately independent of the Z3 encoding (encode.py), slicing and
every engine: it walks `ir.TransitionSystem` directly with Python integers,
so that the symbolic engines can be checked against it on small random
systems.

Supported fragment
------------------
* config and state variables of type bool or bvN (small N), no arrays or
  enums; `any` initial values; initial labels;
* expressions: Lit, Ref (config/state/input/local), OwnedBy and Op with the
  operators listed in `_OPS` below;
* statements: Local, Assign (whole variable or a constant bit/field),
  Havoc, If, Fault, Observe.

Semantics (the documented ones of the language, see encode.py's docstring)
---------------------------------------------------------------------------
* A cell holds a value and a label: the set of domains whose data it may
  hold.  Lits and configs carry no label, an input carries its declared
  label, an operator's result carries the union of its operands' labels
  (an if-expression's condition included).  `owned_by(e, d)` is the
  unlabelled Boolean "d is in e's label".
* `x := e` gives x the label of e, or the explicit `@D` label; a write of
  a bit or field of x keeps the rest of x's bits, so the new label is the
  union of the old one and the written one.  `x := any @D` writes any value
  of x's type (or of the field's type) with label {D}.
* `fault` ends the action body: the statements after it (in the body and
  in enclosing blocks) have no effect, but writes before it persist.
* `observe D: e` with L in e's label latches a violation of every
  `never D observes @L` property; the property fails in the state after
  that step.  Labels of `if` *statement* conditions are not propagated.
* Each step runs one action whose guard holds, with any input values.

The result of `explore` is, per property, the least number of steps after
which a state violating it (for a cover: satisfying it) is reachable, or
None.  `complete` says whether the exploration reached a fixpoint (then
None means "never", not merely "not within the depth").
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Optional

from vpmu_formal import ir


class Unsupported(Exception):
    pass


def _width(t) -> int:
    if isinstance(t, ir.BoolT):
        return 1
    if isinstance(t, ir.BvT):
        return t.width
    raise Unsupported(f"type {t}")


def _values(t) -> list:
    if isinstance(t, ir.BoolT):
        return [False, True]
    return list(range(1 << _width(t)))


def _mask(w: int) -> int:
    return (1 << w) - 1


def _sext(v: int, w: int, extra: int) -> int:
    if v >> (w - 1) & 1:
        return v | (_mask(extra) << w)
    return v


_OPS = {
    "not": lambda e, a: not a[0],
    "and": lambda e, a: a[0] and a[1],
    "or": lambda e, a: a[0] or a[1],
    "xor": lambda e, a: a[0] != a[1],
    "implies": lambda e, a: (not a[0]) or a[1],
    "eq": lambda e, a: a[0] == a[1],
    "ite": lambda e, a: a[1] if a[0] else a[2],
    "bvadd": lambda e, a: (a[0] + a[1]) & _mask(e.type.width),
    "bvsub": lambda e, a: (a[0] - a[1]) & _mask(e.type.width),
    "bvmul": lambda e, a: (a[0] * a[1]) & _mask(e.type.width),
    "bvand": lambda e, a: a[0] & a[1],
    "bvor": lambda e, a: a[0] | a[1],
    "bvxor": lambda e, a: a[0] ^ a[1],
    "bvnot": lambda e, a: ~a[0] & _mask(e.type.width),
    "bvneg": lambda e, a: -a[0] & _mask(e.type.width),
    "bvshl": lambda e, a: (a[0] << a[1]) & _mask(e.type.width) if a[1] < e.type.width else 0,
    "bvlshr": lambda e, a: a[0] >> a[1] if a[1] < e.type.width else 0,
    "bvult": lambda e, a: a[0] < a[1],
    "bvule": lambda e, a: a[0] <= a[1],
    "bvugt": lambda e, a: a[0] > a[1],
    "bvuge": lambda e, a: a[0] >= a[1],
    "extract": lambda e, a: (a[0] >> e.params[1]) & _mask(e.params[0] - e.params[1] + 1),
    "bit": lambda e, a: bool(a[0] >> e.params[0] & 1),
    "zext": lambda e, a: a[0],
    "sext": lambda e, a: _sext(a[0], e.type.width - e.params[0], e.params[0]),
}


class _Stop(Exception):
    """A `fault` ran: the rest of the body has no effect."""


@dataclass
class _Ctx:
    config: dict            # name -> value
    cells: dict             # name -> (value, frozenset label)
    inputs: dict            # name -> (value, label)
    havocs: dict            # uid -> value
    locals: dict
    observed: list          # (observer, label)


@dataclass(frozen=True)
class Exploration:
    depths: dict            # property name -> least depth, or None
    complete: bool          # fixpoint reached: None means unreachable
    explored: int           # the depth explored
    states: int             # distinct (config, state) pairs visited


class Enumerator:
    def __init__(self, ts: ir.TransitionSystem):
        self.ts = ts
        for v in ts.configs + ts.state:
            if isinstance(v.type, (ir.ArrayT, ir.EnumT)):
                raise Unsupported(f"{v.name}: {v.type}")
        self.cells = [v.name for v in ts.state]
        self.monitors = [p for p in ts.properties if p.kind == "never_observes"]

    # ---- expressions ------------------------------------------------------
    def ev(self, e, cx: _Ctx):
        """(value, label) of an expression."""
        if isinstance(e, ir.Lit):
            return (bool(e.value) if isinstance(e.type, ir.BoolT) else e.value), frozenset()
        if isinstance(e, ir.Ref):
            if e.index is not None:
                raise Unsupported("array element")
            if e.kind == "config":
                return cx.config[e.name], frozenset()
            if e.kind == "state":
                return cx.cells[e.name]
            if e.kind == "input":
                return cx.inputs[e.name]
            if e.kind == "local":
                return cx.locals[e.name]
            raise Unsupported(e.kind)
        if isinstance(e, ir.OwnedBy):
            return e.domain in self.ev(e.value, cx)[1], frozenset()
        if isinstance(e, ir.Op):
            fn = _OPS.get(e.op)
            if fn is None:
                raise Unsupported(e.op)
            args = [self.ev(a, cx) for a in e.args]
            label = frozenset().union(*[l for _, l in args])
            return fn(e, [v for v, _ in args]), label
        raise Unsupported(type(e).__name__)

    # ---- statements -------------------------------------------------------
    def run(self, stmts, cx: _Ctx) -> None:
        for s in stmts:
            if isinstance(s, ir.Local):
                cx.locals[s.name] = self.ev(s.value, cx)
            elif isinstance(s, ir.Assign):
                v, l = self.ev(s.value, cx)
                self.write(s.target, v, l if s.label is None else frozenset(s.label), cx)
            elif isinstance(s, ir.Havoc):
                self.write(s.target, cx.havocs[s.uid], frozenset(s.label), cx)
            elif isinstance(s, ir.If):
                c, _ = self.ev(s.cond, cx)
                saved = dict(cx.locals)
                try:
                    self.run(s.then if c else s.orelse, cx)
                finally:
                    cx.locals = saved
            elif isinstance(s, ir.Fault):
                raise _Stop()
            elif isinstance(s, ir.Observe):
                cx.observed.append((s.observer, self.ev(s.value, cx)[1]))
            else:
                raise Unsupported(type(s).__name__)

    def write(self, t: ir.Target, v, label, cx: _Ctx) -> None:
        if t.index is not None or isinstance(t.type, ir.ArrayT):
            raise Unsupported("array write")
        old_v, old_l = cx.cells[t.name]
        if t.field is None:
            cx.cells[t.name] = (v, label)
            return
        hi, lo = t.field
        part = int(v) & _mask(hi - lo + 1)
        m = _mask(hi - lo + 1) << lo
        cx.cells[t.name] = ((old_v & ~m) | (part << lo), old_l | label)

    # ---- the system -------------------------------------------------------
    def configs(self) -> list:
        names = [v.name for v in self.ts.configs]
        out = []
        for vals in itertools.product(*[_values(v.type) for v in self.ts.configs]):
            cfg = dict(zip(names, vals))
            cx = _Ctx(cfg, {}, {}, {}, {}, [])
            if all(self.ev(a.expr, cx)[0] for a in self.ts.assumes):
                out.append(cfg)
        return out

    def initial_states(self, cfg: dict) -> list:
        cx = _Ctx(cfg, {}, {}, {}, {}, [])
        per_var = []
        for v in self.ts.state:
            label = frozenset(v.label)
            if v.init is None:
                per_var.append([(x, label) for x in _values(v.type)])
            else:
                per_var.append([(self.ev(v.init, cx)[0], label)])
        mons = tuple(False for _ in self.monitors)
        return [(tuple(cells), mons) for cells in itertools.product(*per_var)]

    def _ctx(self, cfg, state, inputs=None, havocs=None) -> _Ctx:
        return _Ctx(cfg, dict(zip(self.cells, state[0])), inputs or {}, havocs or {}, {}, [])

    def successors(self, cfg: dict, state, action: ir.Action, inputs: Optional[dict] = None):
        """All post-states of one action (with the given input values, or
        all input values when `inputs` is None)."""
        havocs = _havocs(action.body)
        in_choices = ([[(inputs[i.name], frozenset(i.label))] for i in action.inputs]
                      if inputs is not None else
                      [[(x, frozenset(i.label)) for x in _values(i.type)] for i in action.inputs])
        out = []
        for ins in itertools.product(*in_choices):
            inp = {i.name: x for i, x in zip(action.inputs, ins)}
            if not self.ev(action.guard, self._ctx(cfg, state, inp))[0]:
                continue
            for hv in itertools.product(*[_values(h.type) for h in havocs]):
                cx = self._ctx(cfg, state, inp, {h.uid: x for h, x in zip(havocs, hv)})
                try:
                    self.run(action.body, cx)
                except _Stop:
                    pass
                mons = tuple(m or any(obs == p.observer and p.label in lab
                                      for obs, lab in cx.observed)
                             for m, p in zip(state[1], self.monitors))
                out.append((tuple(cx.cells[c] for c in self.cells), mons))
        return out

    def bad(self, cfg: dict, state, prop: ir.Property) -> bool:
        """The property fails in this state (for a cover: the goal holds)."""
        if prop.kind == "never_observes":
            return state[1][self.monitors.index(prop)]
        v = self.ev(prop.expr, self._ctx(cfg, state))[0]
        return bool(v) if prop.is_cover else not v

    def explore(self, depth: int, props=None) -> Exploration:
        """Breadth-first search up to `depth` steps (or to the fixpoint)."""
        props = list(self.ts.properties if props is None else props)
        found: dict = {p.name: None for p in props}
        frontier = set()
        for cfg in self.configs():
            key = tuple(sorted(cfg.items()))
            for s in self.initial_states(cfg):
                frontier.add((key, s))
        seen = set(frontier)
        k = 0
        while True:
            for key, s in frontier:
                cfg = dict(key)
                for p in props:
                    if found[p.name] is None and self.bad(cfg, s, p):
                        found[p.name] = k
            if not frontier:
                return Exploration(found, True, k, len(seen))
            if k == depth:
                return Exploration(found, False, k, len(seen))
            nxt = set()
            for key, s in frontier:
                cfg = dict(key)
                for a in self.ts.actions:
                    for t in self.successors(cfg, s, a):
                        if (key, t) not in seen:
                            seen.add((key, t))
                            nxt.add((key, t))
            frontier = nxt
            k += 1


def _havocs(stmts) -> list:
    out = []
    for s in stmts:
        if isinstance(s, ir.Havoc):
            out.append(s)
        elif isinstance(s, ir.If):
            out += _havocs(s.then) + _havocs(s.orelse)
    return out


def shown_value(t, value: int):
    """A trace value (results.Shown.value) as the enumerator represents it."""
    return bool(value) if isinstance(t, ir.BoolT) else value


def replay(en: Enumerator, trace, prop: ir.Property) -> str:
    """Re-run a counterexample/witness trace on the explicit-state semantics.

    The configuration and the action inputs are taken from the trace; the
    initial state must agree with the trace on every value the trace shows
    as known (sliced-away cells are free).  Havocs may take any value.
    Returns "" if some run along the trace ends in a state where `prop`
    fails (for a cover: holds), else a description of the first problem.
    """
    ts = en.ts
    cfg_types = {v.name: v.type for v in ts.configs}
    cfg = {name: shown_value(cfg_types[name], v.value) for name, v in trace.config}
    if set(cfg) != set(cfg_types):
        return f"trace configuration {sorted(cfg)} does not name every config"
    if cfg not in en.configs():
        return f"trace configuration {cfg} violates the assumes"
    types = {v.name: v.type for v in ts.state}
    shown = {name: shown_value(types[name], v.value) for name, v in trace.initial
             if v.known and name in types}
    states = set()
    for s in en.initial_states(cfg):
        cells = dict(zip(en.cells, s[0]))
        if all(cells[n][0] == x for n, x in shown.items()):
            states.add(s)
    if not states:
        return f"no initial state agrees with the trace's initial values {shown}"
    actions = {a.name: a for a in ts.actions}
    for i, st in enumerate(trace.steps, 1):
        a = actions.get(st.action)
        if a is None:
            return f"step {i}: unknown action {st.action}"
        in_types = {inp.name: inp.type for inp in a.inputs}
        inputs = {n: shown_value(in_types[n], v.value) for n, v in st.inputs}
        if set(inputs) != set(in_types):
            return f"step {i}: inputs {sorted(inputs)} != {sorted(in_types)}"
        nxt = set()
        for s in states:
            nxt.update(en.successors(cfg, s, a, inputs))
        if not nxt:
            return f"step {i}: action {st.action} with inputs {inputs} is not enabled"
        states = nxt
    if not any(en.bad(cfg, s, prop) for s in states):
        return "no run along the trace reaches a state where the property fails"
    return ""
