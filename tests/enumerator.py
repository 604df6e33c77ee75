"""A brute-force explicit-state model checker for a small fragment of the IR.

It is deliberately independent of the Z3 encoding (encode.py), slicing and
every engine: it walks `ir.TransitionSystem` directly with Python integers,
so that the symbolic engines can be checked against it on small random
systems.

Supported fragment
------------------
* config and state variables of type bool or bvN (small N), and arrays of
  them (one cell per element, named `x[i]` as in traces); no enums; `any`
  initial values; initial labels;
* expressions: Lit, Ref (config/state/input/local, an array element at a
  constant index), ArrayRead (a computed index), InterceptQuery, OwnedBy
  and Op with the operators listed in `_OPS` below;
* statements: Local, Assign (whole variable, an array element, or a
  constant bit/field), Havoc, If, Fault, Observe.

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
* An array read at a computed index past the end gives the last element,
  with the index's label joined in; a write there changes nothing (the
  documented meaning, README "Arrays").
* `intercepted(rdpmc)` is the condition of the rdpmc rule, or true with no
  rule; `intercepted(rdmsr, m)` is the condition of the first rule (in
  declaration order) whose MSR equals m's value, or true with none.  The
  decision carries no label.
* `fault` ends the action body: the statements after it (in the body and
  in enclosing blocks) have no effect, but writes before it persist.
* `observe D: e` with L in e's label latches a violation of every
  `never D observes @L` property; the property fails in the state after
  that step.  (The synthetic kind "cover_observe", label None, latches on
  any observation by D.)  Labels of `if` *statement* conditions are not
  propagated.
* Each step runs one action whose guard holds, with any input values.

The result of `explore` is, per property, the least number of steps after
which a state violating it (for a cover: satisfying it) is reachable, or
None; and per observer, the least number of steps after which it has
observed anything.  `complete` says whether the exploration reached a
fixpoint (then None means "never", not merely "not within the depth").
"""
from __future__ import annotations

import itertools
import random
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
    observed: dict          # observer -> least depth after which it observed
    complete: bool          # fixpoint reached: None means unreachable
    explored: int           # the depth explored
    states: int             # distinct (config, state) pairs visited


class Enumerator:
    def __init__(self, ts: ir.TransitionSystem):
        self.ts = ts
        for v in ts.configs + ts.state:
            elem = v.type.elem if isinstance(v.type, ir.ArrayT) else v.type
            if isinstance(elem, ir.EnumT):
                raise Unsupported(f"{v.name}: {v.type}")
        self.cells = [ir.cell_name(n, i) for v in ts.state for n, i, _ in ir.scalar_elems(v)]
        self.monitors = [p for p in ts.properties
                         if p.kind in ("never_observes", "cover_observe")]

    # ---- expressions ------------------------------------------------------
    def ev(self, e, cx: _Ctx):
        """(value, label) of an expression."""
        if isinstance(e, ir.Lit):
            return (bool(e.value) if isinstance(e.type, ir.BoolT) else e.value), frozenset()
        if isinstance(e, ir.Ref):
            name = ir.cell_name(e.name, e.index)
            if e.kind == "config":
                return cx.config[name], frozenset()
            if e.kind == "state":
                return cx.cells[name]
            if e.kind == "input":
                return cx.inputs[e.name]
            if e.kind == "local":
                return cx.locals[e.name]
            raise Unsupported(e.kind)
        if isinstance(e, ir.ArrayRead):
            i, il = self.ev(e.index, cx)
            name = ir.cell_name(e.name, min(i, e.length - 1))
            if e.kind == "config":
                return cx.config[name], il
            v, l = cx.cells[name]
            return v, l | il
        if isinstance(e, ir.InterceptQuery):
            if e.access == "rdpmc":
                rules = e.rules
            else:
                m, _ = self.ev(e.msr, cx)
                rules = [r for r in e.rules if r.msr & 0xFFFFFFFF == m]
            return (bool(self.ev(rules[0].cond, cx)[0]) if rules else True), frozenset()
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
        name = t.name
        if isinstance(t.type, ir.ArrayT):
            i, _ = self.ev(t.index, cx)
            if i >= t.type.length:
                return                  # past the end: nothing is written
            name = ir.cell_name(t.name, i)
        old_v, old_l = cx.cells[name]
        if t.field is None:
            cx.cells[name] = (v, label)
            return
        hi, lo = t.field
        part = int(v) & _mask(hi - lo + 1)
        m = _mask(hi - lo + 1) << lo
        cx.cells[name] = ((old_v & ~m) | (part << lo), old_l | label)

    # ---- the system -------------------------------------------------------
    def configs(self) -> list:
        elems = [(ir.cell_name(n, i), t) for v in self.ts.configs
                 for n, i, t in ir.scalar_elems(v)]
        names = [n for n, _ in elems]
        out = []
        for vals in itertools.product(*[_values(t) for _, t in elems]):
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
            for _, _, t in ir.scalar_elems(v):
                if v.init is None:
                    per_var.append([(x, label) for x in _values(t)])
                else:
                    per_var.append([(self.ev(v.init, cx)[0], label)])
        mons = tuple(False for _ in self.monitors)
        return [(tuple(cells), mons) for cells in itertools.product(*per_var)]

    def _ctx(self, cfg, state, inputs=None, havocs=None) -> _Ctx:
        return _Ctx(cfg, dict(zip(self.cells, state[0])), inputs or {}, havocs or {}, {}, [])

    def successors(self, cfg: dict, state, action: ir.Action, inputs: Optional[dict] = None,
                   observers: Optional[set] = None):
        """All post-states of one action (with the given input values, or
        all input values when `inputs` is None).  The observers that
        observed something on the way are added to `observers`."""
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
                mons = tuple(m or any(obs == p.observer and (p.label is None or p.label in lab)
                                      for obs, lab in cx.observed)
                             for m, p in zip(state[1], self.monitors))
                if observers is not None:
                    observers.update(obs for obs, _ in cx.observed)
                out.append((tuple(cx.cells[c] for c in self.cells), mons))
        return out

    def bad(self, cfg: dict, state, prop: ir.Property) -> bool:
        """The property fails in this state (for a cover: the goal holds)."""
        if prop in self.monitors:
            return state[1][self.monitors.index(prop)]
        v = self.ev(prop.expr, self._ctx(cfg, state))[0]
        return bool(v) if prop.is_cover else not v

    def explore(self, depth: int, props=None) -> Exploration:
        """Breadth-first search up to `depth` steps (or to the fixpoint)."""
        props = list(self.ts.properties if props is None else props)
        found: dict = {p.name: None for p in props}
        observed: dict = {}
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
                return Exploration(found, observed, True, k, len(seen))
            if k == depth:
                return Exploration(found, observed, False, k, len(seen))
            nxt = set()
            for key, s in frontier:
                cfg = dict(key)
                for a in self.ts.actions:
                    who: set = set()
                    for t in self.successors(cfg, s, a, None, who):
                        if (key, t) not in seen:
                            seen.add((key, t))
                            nxt.add((key, t))
                    for o in who:
                        observed.setdefault(o, k + 1)
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
    cfg_types = {ir.cell_name(n, i): t for v in ts.configs for n, i, t in ir.scalar_elems(v)}
    cfg = {name: shown_value(cfg_types[name], v.value) for name, v in trace.config}
    if set(cfg) != set(cfg_types):
        return f"trace configuration {sorted(cfg)} does not name every config"
    if cfg not in en.configs():
        return f"trace configuration {cfg} violates the assumes"
    types = {ir.cell_name(n, i): t for v in ts.state for n, i, t in ir.scalar_elems(v)}
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


# ---- random small specs ------------------------------------------------------
# Random small specs (as source text) for differential tests of the engines.
# Each system has 2-3 state variables of bool / bv1 / bv2 / bv3 (one of
# them possibly of a 3-bit layout type with a 2-bit and a 1-bit field),
# often a phase counter `p` that the actions wait for and advance (so that
# properties fail only after several steps), one bv2 config with a
# satisfiable assume, 2-3 actions with 0-1 labelled inputs, guards, locals,
# if/else, whole-variable, bit and field writes, havocs, at most one fault
# and observations by the guest and the host.  Everything is a function of
# the seed.
#
# `SpecGen(seed).spec(name)` returns the source text; afterwards `.core` is
# the text without properties and `.candidates` the property lines (8
# invariants, 3 covers and both `never` properties), of which a test picks
# the interesting ones after enumerating the system once.

LABELS = ["", " @host", " @guest", " @none"]


class _Ref:
    def __init__(self, text: str, kind: str, width: int, layout=None):
        self.text = text
        self.kind = kind          # "bool" or "bv"
        self.width = width        # 0 for bool
        self.layout = layout      # the layout type's name, if any


class SpecGen:
    def __init__(self, seed: int):
        self.seed = seed
        self.r = random.Random(seed)

    # ---- helpers -----------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, xs):
        return self.r.choice(xs)

    def refs(self, env, kind, width=0):
        return [x for x in env if x.kind == kind and (kind == "bool" or x.width == width)]

    # ---- expressions: (text, has_typed_operand) ----------------------------
    def bv_leaf(self, env, w):
        """A typed bvN operand (there is always one: the config c is bv2,
        every bv variable is its own width, and slices give the others)."""
        opts = [x.text for x in self.refs(env, "bv", w)]
        for x in env:
            if x.kind == "bv" and x.width > w:
                lo = self.r.randrange(0, x.width - w + 1)
                opts.append(f"{x.text}[{lo + w - 1}:{lo}]")
            if x.kind == "bv" and x.width < w:
                opts.append(f"zext({x.text}, {w})")
        return self.pick(opts)

    def bv(self, env, w, depth):
        if depth <= 0 or self.chance(0.35):
            if self.chance(0.25):
                return str(self.r.randrange(1 << w)), False
            return self.bv_leaf(env, w), True
        k = self.r.randrange(7)
        if k <= 2:
            op = self.pick(["+", "-", "&", "|", "^", "+", "&", "*", "<<", ">>"])
            a, ta = self.bv(env, w, depth - 1)
            b, tb = self.bv(env, w, depth - 1)
            if not (ta or tb):
                a, ta = self.bv_leaf(env, w), True
            return f"({a} {op} {b})", True
        if k == 3:
            a, ta = self.bv(env, w, depth - 1)
            if not ta:
                a = self.bv_leaf(env, w)
            return f"{self.pick(['~', '-', '~'])}{a}", True
        if k == 4:
            c, _ = self.boolean(env, depth - 1)
            a, ta = self.bv(env, w, depth - 1)
            b, tb = self.bv(env, w, depth - 1)
            if not (ta or tb):
                a = self.bv_leaf(env, w)
            return f"(if {c} then {a} else {b})", True
        if k == 5:
            a, ta = self.bv(env, w, depth - 1)
            b, tb = self.bv(env, w, depth - 1)
            if not (ta or tb):
                a = self.bv_leaf(env, w)
            return f"{self.pick(['min', 'max'])}({a}, {b})", True
        return self.bv_leaf(env, w), True

    def widths(self, env):
        return sorted({x.width for x in env if x.kind == "bv"})

    def boolean(self, env, depth):
        if depth <= 0 or self.chance(0.3):
            opts = [x.text for x in self.refs(env, "bool")]
            for x in env:
                if x.kind == "bv":
                    opts.append(f"{x.text}[{self.r.randrange(x.width)}]")
            if self.chance(0.1) or not opts:
                return self.pick(["true", "false"]), True
            return self.pick(opts), True
        k = self.r.randrange(9)
        if k == 0:
            a, _ = self.boolean(env, depth - 1)
            return f"!{a}", True
        if k in (1, 2):
            op = self.pick(["&&", "||", "^", "==>", "==", "!="])
            a, _ = self.boolean(env, depth - 1)
            b, _ = self.boolean(env, depth - 1)
            return f"({a} {op} {b})", True
        if k in (3, 4, 5):
            w = self.pick(self.widths(env))
            op = self.pick(["==", "!=", "<", "<=", ">", ">="])
            a, ta = self.bv(env, w, depth - 1)
            b, tb = self.bv(env, w, depth - 1)
            if not (ta or tb):
                a = self.bv_leaf(env, w)
            return f"({a} {op} {b})", True
        if k == 6:
            bvs = [x for x in env if x.kind == "bv" and x.width >= 2]
            if bvs:
                x = self.pick(bvs)
                i = self.bv_leaf(env, x.width)
                return f"{x.text}[{i}]", True
            return self.boolean(env, depth - 1)
        if k == 7:
            stateish = [x for x in env]
            x = self.pick(stateish)
            return f"owned_by({x.text}, {self.pick(['host', 'guest'])})", True
        c, _ = self.boolean(env, depth - 1)
        a, _ = self.boolean(env, depth - 1)
        b, _ = self.boolean(env, depth - 1)
        return f"(if {c} then {a} else {b})", True

    def expr(self, env, kind, width, depth=2):
        if kind == "bool":
            return self.boolean(env, depth)[0]
        text, typed = self.bv(env, width, depth)
        return text if typed else self.bv_leaf(env, width)

    # ---- statements ---------------------------------------------------------
    def assign(self, env, state, ind):
        v = self.pick(state)
        r = self.r.random()
        if v.layout and r < 0.3:
            if self.chance(0.5):
                rhs = "any" if self.chance(0.2) else self.expr(env, "bv", 2)
                return f"{ind}{v.text}.LO := {rhs}{self.pick(LABELS)}"
            rhs = "any" if self.chance(0.2) else self.expr(env, "bool", 0)
            return f"{ind}{v.text}.HI := {rhs}{self.pick(LABELS)}"
        if v.kind == "bv" and r < 0.45:
            rhs = "any" if self.chance(0.15) else self.expr(env, "bool", 0)
            return f"{ind}{v.text}[{self.r.randrange(v.width)}] := {rhs}{self.pick(LABELS)}"
        if self.chance(0.15):
            return f"{ind}{v.text} := any{self.pick(LABELS)}"
        if self.chance(0.35):
            # counter-like updates make violations deeper than one step
            if v.kind == "bool":
                rhs = self.pick([f"!{v.text}", f"({v.text} || {self.expr(env, 'bool', 0, 0)})",
                                 f"({v.text} != {self.expr(env, 'bool', 0, 1)})"])
            else:
                one = self.pick(["1", "1", self.bv_leaf(env, v.width)])
                rhs = self.pick([f"({v.text} + {one})", f"({v.text} + 1)", f"({v.text} ^ {one})",
                                 f"(({v.text} << 1) | {one})", f"({v.text} - 1)"])
            return f"{ind}{v.text} := {rhs}{self.pick(['', '', '', ' @host', ' @guest'])}"
        rhs = self.expr(env, v.kind, v.width)
        return f"{ind}{v.text} := {rhs}{self.pick(['', '', ' @host', ' @guest', ' @none'])}"

    def observe(self, env, ind):
        who = "guest" if self.chance(0.75) else "host"
        if self.chance(0.3):
            val = self.expr(env, "bool", 0)
        else:
            val = self.expr(env, "bv", self.pick(self.widths(env)), 1)
        return f"{ind}observe {who}: {val}"

    def block(self, env, state, depth, n, ind, can_fault):
        out = []
        for _ in range(n):
            r = self.r.random()
            if r < 0.5:
                out.append(self.assign(env, state, ind))
            elif r < 0.7:
                out.append(self.observe(env, ind))
            elif r < 0.85 and depth > 0:
                cond = self.expr(env, "bool", 0, 2)
                out.append(f"{ind}if {cond} {{")
                out += self.block(env, state, depth - 1, self.r.randint(1, 2), ind + "  ",
                                  can_fault)
                if self.chance(0.6):
                    out.append(f"{ind}}} else {{")
                    out += self.block(env, state, depth - 1, self.r.randint(1, 2), ind + "  ",
                                      can_fault)
                out.append(f"{ind}}}")
            elif can_fault and self.chance(0.5):
                out.append(f"{ind}fault GP")
            else:
                out.append(self.assign(env, state, ind))
        return out

    # ---- the system ---------------------------------------------------------
    def spec(self, name: str) -> str:
        r = self.r
        lines = [f"spec {name}", "domain host, guest",
                 "layout L3: bv3 { LO[1:0], HI[2] }", "config c: bv2"]
        lines.append("assume ca: " + self.pick(
            [f"c != {r.randrange(4)}", f"c <= {r.randrange(1, 4)}", f"c >= {r.randrange(0, 3)}",
             "c[0] || c[1]", "!c[1]", "c == c"]))
        pool = [("a", "bool", 0, None), ("b", "bv", 2, None), ("d", "bv", 3, "L3"),
                ("e", "bv", 1, None), ("f", "bool", 0, None), ("g", "bv", 3, None)]
        chosen = r.sample(pool, r.choice([2, 3, 3]))
        if not any(k == "bv" for _, k, _, _ in chosen):
            chosen[0] = pool[1]
        # keep the state space small for the enumerator: at most 6 value bits
        while sum(max(1, w) for _, _, w, _ in chosen) > 6:
            chosen.remove(max(chosen, key=lambda v: v[2]))
        state = []
        cfg_env = [_Ref("c", "bv", 2)]
        for n, k, w, lay in chosen:
            t = "bool" if k == "bool" else (lay or f"bv{w}")
            ref = _Ref(n, k, w, lay)
            state.append(ref)
            x = r.random()
            if x < 0.15:
                init = " = any"
            elif x < 0.55:
                init = ""
            elif x < 0.8 or k == "bool":
                init = " = " + self.expr(cfg_env, k, w, 1)
            else:
                init = f" = {r.randrange(1 << w)}"
            label = self.pick(["", "", "", " @host", " @guest"])
            lines.append(f"var {n}: {t}{init}{label}")
        phase = None
        if self.chance(0.75):
            # a step counter: actions wait for a phase and advance it, so
            # properties fail only after several steps
            pw = 3 if sum(max(1, w) for _, _, w, _ in chosen) <= 4 else 2
            phase = _Ref("p", "bv", pw)
            state.append(phase)
            lines.append(f"var p: bv{pw} = 0{self.pick(['', '', ' @guest'])}")
        base_env = cfg_env + state
        any_fault = False
        for i in range(r.choice([2, 3, 3])):
            env = list(base_env)
            params = ""
            if self.chance(0.6):
                it = self.pick(["bool", "bv1", "bv2", "bv2", "bv3"])
                params = f"(i{i}: {it}{self.pick(LABELS)})"
                env.append(_Ref(f"i{i}", "bool" if it == "bool" else "bv",
                                0 if it == "bool" else int(it[2:])))
            guard = ""
            if self.chance(0.6):
                guard = self.expr(env, "bool", 0, 2)
            body = []
            if phase is not None and self.chance(0.8):
                k = r.randrange(1 << phase.width)
                cond = self.pick([f"p == {i}", f"p >= {k}", f"p != {k}", f"p <= {k}",
                                  f"p[{r.randrange(phase.width)}]"])
                guard = f"({cond}) && {guard}" if guard and self.chance(0.5) else cond
                step = self.pick(["p + 1", "p + 1", "p + 1", "p ^ 1",
                                  "p + " + self.bv_leaf(cfg_env, phase.width)])
                body.append(f"  p := {step}")
            if guard:
                guard = " when " + guard
            lines.append(f"action act{i}{params}{guard} {{")
            if self.chance(0.35):
                lw = self.pick(self.widths(env) + [0])
                lk = "bool" if lw == 0 else "bv"
                body.append(f"  let t{i} = {self.expr(env, lk, lw)}")
                env.append(_Ref(f"t{i}", lk, lw))
            can_fault = not any_fault and self.chance(0.5)
            body += self.block(env, state, 2, r.randint(1, 4), "  ", can_fault)
            any_fault = any_fault or any("fault" in b for b in body)
            if not any("observe" in b for b in body) and self.chance(0.5):
                body.append(self.observe(env, "  "))
            lines += body
            lines.append("}")
        if phase is not None and phase.width == 3 and self.chance(0.5):
            # a clock: the phase-dependent properties then fail late
            lines.append(f"action tick when p < {r.randrange(5, 8)} {{ p := p + 1 }}")
        self.core = "\n".join(lines) + "\n"
        self.candidates = []
        prop_env = state if self.chance(0.6) else base_env
        for j in range(8):
            e = self.simple(prop_env) if j % 2 == 0 else self.expr(prop_env, "bool", 0, 2)
            self.candidates.append(f"property inv{j}: invariant {e}")
        for j in range(3):
            # mostly the negation of a simple (initially true) predicate
            e = self.simple(prop_env) if j != 2 else self.expr(prop_env, "bool", 0, 2)
            self.candidates.append(f"cover reach{j}: {'!' if self.chance(0.7) else ''}{e}")
        self.candidates.append("property leak: never guest observes @host")
        self.candidates.append("property leak_back: never host observes @guest")
        return self.core + "\n".join(self.candidates) + "\n"

    def simple(self, env) -> str:
        """A simple state predicate, often true initially and false later."""
        ps = [v for v in env if v.text == "p"]
        if ps and self.chance(0.6):
            k = self.r.randrange(2, 1 << ps[0].width)
            other = self.simple([v for v in env if v.text != "p"])
            return self.pick([f"(p != {k})", f"(p < {k})", f"((p == {k}) ==> {other})",
                              f"((p >= {k}) ==> {other})", f"(p <= {k - 1} || {other})"])
        x = self.pick([v for v in env if v.text != "c"])
        if x.kind == "bool":
            y = self.pick(env)
            return self.pick([f"!{x.text}", x.text, f"!owned_by({x.text}, host)",
                              f"({x.text} ==> !owned_by({y.text}, host))"])
        k = self.r.randrange(1 << x.width)
        c = "c" if x.width == 2 else self.bv_leaf(env, x.width)
        return self.pick([f"({x.text} != {k})", f"({x.text} <= {k})", f"({x.text} < {c})",
                          f"!owned_by({x.text}, {self.pick(['host', 'guest'])})",
                          f"!({x.text} == {k} && {self.boolean(env, 0)[0]})"])
