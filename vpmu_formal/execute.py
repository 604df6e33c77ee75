"""Concrete execution of the IR: replaying a saved counterexample without Z3.

A witness (bmc.witness_of) pins every free symbol of a k-step run: the
configuration, the kept atoms of the initial state, and per step the
action index, every action's inputs and every `any` value.  Checking it is
therefore running the spec, not solving: `replay` executes the sliced
system on plain integers and frozensets and builds the same Trace that
Unrolling.trace would build from a Z3 model pinned to the witness
(bmc.replay), in a fraction of the time.

The semantics are exactly those of encode._Env, concretised:

* bit-vectors are Python ints in [0, 2^w); every operator wraps modulo
  2^w as Z3's does (shifts by >= the width give 0); Booleans are 0/1;
* a label is the frozenset of domains whose data a value may hold; every
  operator joins its operands' labels (an if-expression's condition
  included), `owned_by` reads a label as data and carries none itself;
* a field write keeps the register's other bits and therefore ORs the old
  labels into the written ones; an explicit `@D` label or a havoc sets
  the label; `fault` ends the body (earlier writes stay); an `if`
  statement runs the taken branch only, and the locals it binds end with
  it (the encoder restores them after merging);
* an array read at an out-of-range index yields the last element, joined
  with the index's labels; an array write at an out-of-range index writes
  nothing;
* an intercept query is evaluated where it occurs, in every operand of
  an operator (the encoder evaluates both arms of an if-expression, so
  both record their query); rdpmc consults the first rule (true if
  none), an MSR access the first rule whose MSR matches (true if none);
* slicing: an atom the slice does not keep is 0/false in every state and
  is never updated, as in Encoder.state_vars/transition; within one body,
  a write to such a cell is still seen by later statements of that body,
  as in the encoder's symbolic environment.
"""
from __future__ import annotations

from typing import Optional

from . import ir
# The encoder's own walks: which havocs an action has (their symbols) and
# which references a trace's final state shows must be the same here.
from .encode import MONITOR_PREFIX, _havocs
from .engines.unroll import _refs
from .memo import PerSystem
from .results import Change, InterceptDecision, ObservationEvent, Shown, Trace, TraceStep
from .lang.events import is_event
from .slicing import VALUE, value_atoms

EMPTY: frozenset = frozenset()
_M32 = (1 << 32) - 1


class _Stop(Exception):
    """A `fault` ran: the rest of the action body has no effect."""


class _Run:
    """The mutable state of one expression or body evaluation."""
    __slots__ = ("cells", "cfg", "inputs", "havocs", "locals", "intercepts",
                 "observations", "fault")

    def __init__(self, cells, cfg, inputs=None, havocs=None):
        self.cells = cells            # cell name -> (value, labels)
        self.cfg = cfg                # config cell name -> (value, EMPTY)
        self.inputs = inputs or {}    # input name -> (value, labels)
        self.havocs = havocs or {}    # havoc uid -> value
        self.locals: dict = {}
        self.intercepts: list = []    # (query, msr value or None, decision)
        self.observations: list = []  # (Observe statement, (value, labels))
        self.fault = None             # the Fault statement that ran


def _join(x: frozenset, y: frozenset) -> frozenset:
    # Most values carry no label; skip building a new set when nothing changes.
    if not y or x is y:
        return x
    if not x:
        return y
    return x | y


def _mask(w: int) -> int:
    return (1 << w) - 1


# ---- expressions -------------------------------------------------------------
# Each expression compiles to a closure from a _Run to (value, labels).

def _unary(e: ir.Op):
    op = e.op
    if op == "not":
        return lambda a: a ^ 1
    if op == "bvnot":
        m = _mask(e.type.width)
        return lambda a: ~a & m
    if op == "bvneg":
        m = _mask(e.type.width)
        return lambda a: -a & m
    if op == "extract":
        hi, lo = e.params
        m = _mask(hi - lo + 1)
        return lambda a: (a >> lo) & m
    if op == "bit":
        i = e.params[0]
        return lambda a: (a >> i) & 1
    if op == "zext":
        return lambda a: a
    if op == "sext":
        w = e.args[0].type.width
        sign = 1 << (w - 1)
        ext = _mask(e.params[0]) << w
        return lambda a: a | ext if a & sign else a
    raise AssertionError(op)


def _binary(e: ir.Op):
    op = e.op
    if op in ("and", "bvand"):
        return lambda a, b: a & b
    if op in ("or", "bvor"):
        return lambda a, b: a | b
    if op in ("xor", "bvxor"):
        return lambda a, b: a ^ b
    if op == "implies":
        return lambda a, b: (a ^ 1) | b
    if op == "eq":
        return lambda a, b: 1 if a == b else 0
    if op == "bvult":
        return lambda a, b: 1 if a < b else 0
    if op == "bvule":
        return lambda a, b: 1 if a <= b else 0
    if op == "bvugt":
        return lambda a, b: 1 if a > b else 0
    if op == "bvuge":
        return lambda a, b: 1 if a >= b else 0
    w = e.type.width
    m = _mask(w)
    if op == "bvadd":
        return lambda a, b: (a + b) & m
    if op == "bvsub":
        return lambda a, b: (a - b) & m
    if op == "bvmul":
        return lambda a, b: (a * b) & m
    # Guarded before shifting: a shift amount can be as large as 2^64.
    if op == "bvshl":
        return lambda a, b: (a << b) & m if b < w else 0
    if op == "bvlshr":
        return lambda a, b: a >> b if b < w else 0
    raise AssertionError(op)


def _compile_expr(ts: ir.TransitionSystem, e: ir.Expr):
    if isinstance(e, ir.Lit):
        # BitVecVal/BoolVal: the literal modulo 2^w, a Boolean as 0/1.
        c = (1 if e.value else 0, EMPTY) if isinstance(e.type, ir.BoolT) \
            else (e.value & _mask(e.type.width), EMPTY)
        return lambda r: c
    if isinstance(e, ir.Ref):
        name = ir.cell_name(e.name, e.index)
        if e.kind == "config":
            return lambda r: r.cfg[name]
        if e.kind == "state":
            return lambda r: r.cells[name]
        if e.kind == "input":
            return lambda r: r.inputs[e.name]
        local = e.name
        return lambda r: r.locals[local]
    if isinstance(e, ir.ArrayRead):
        idx = _compile_expr(ts, e.index)
        names = [ir.cell_name(e.name, i) for i in range(e.length)]
        last = e.length - 1
        if e.kind == "config":
            def read_cfg(r):
                iv, il = idx(r)
                # Config values carry no label: only the index's.
                return (r.cfg[names[iv if iv < last else last]][0], il)
            return read_cfg

        def read(r):
            iv, il = idx(r)
            v, lab = r.cells[names[iv if iv < last else last]]
            return (v, _join(lab, il))
        return read
    if isinstance(e, ir.InterceptQuery):
        return _compile_intercept(ts, e)
    if isinstance(e, ir.OwnedBy):
        f = _compile_expr(ts, e.value)
        d = e.domain
        return lambda r: (1 if d in f(r)[1] else 0, EMPTY)
    assert isinstance(e, ir.Op), e
    args = [_compile_expr(ts, a) for a in e.args]
    if e.op == "ite":
        fc, fa, fb = args

        def ite(r):
            # Both arms are evaluated, as in the encoder (their intercept
            # queries are recorded); the condition's labels are joined.
            c, a, b = fc(r), fa(r), fb(r)
            return (a[0] if c[0] else b[0], _join(_join(c[1], a[1]), b[1]))
        return ite
    if len(args) == 1:
        g1 = _unary(e)
        f1 = args[0]

        def un(r):
            a = f1(r)
            return (g1(a[0]), a[1])
        return un
    g2 = _binary(e)
    fa2, fb2 = args

    def bi(r):
        a, b = fa2(r), fb2(r)
        return (g2(a[0], b[0]), _join(a[1], b[1]))
    return bi


def _compile_intercept(ts, q: ir.InterceptQuery):
    if q.access == "rdpmc":
        # The checker allows at most one rdpmc rule.
        cond = _compile_expr(ts, q.rules[0].cond) if q.rules else None

        def rdpmc(r):
            d = cond(r)[0] if cond is not None else 1
            r.intercepts.append((q, None, d))
            return (d, EMPTY)
        return rdpmc
    msr = _compile_expr(ts, q.msr)
    # The encoder builds ite(msr == r0, c0, ite(msr == r1, c1, ... true))
    # from the last rule backwards: the first rule whose MSR matches
    # decides.  Only its condition is evaluated here: the type checker
    # forbids `intercepted` in rule conditions, so the others' evaluation
    # has no effect (it was most of the executor's time on the big specs).
    # A condition is compiled when first consulted: a query has dozens of
    # rules and a witness consults one or two.
    first: dict = {}
    for rule in q.rules:
        first.setdefault(rule.msr & _M32, rule.cond)
    compiled: dict = {}

    def access(r):
        mv = msr(r)[0]
        cond = compiled.get(mv)
        if cond is None and mv in first:
            cond = compiled[mv] = _compile_expr(ts, first[mv])
        d = cond(r)[0] if cond is not None else 1
        r.intercepts.append((q, mv, d))
        return (d, EMPTY)
    return access


# ---- statements --------------------------------------------------------------

def _has_local(stmts) -> bool:
    return any(isinstance(s, ir.Local) for s in stmts)


def _compile_write(ts, t: ir.Target):
    """A closure (run, value, labels) -> None storing into the target."""
    if isinstance(t.type, ir.ArrayT):
        elem = t.type.elem
        names = [ir.cell_name(t.name, i) for i in range(t.type.length)]
        idx = _compile_expr(ts, t.index)
    else:
        elem = t.type
        names = None
        idx = None
    if t.field is not None:
        hi, lo = t.field
        fm = _mask(hi - lo + 1)
        hole = ~(fm << lo) & _mask(elem.width)

        def store(r, name, v, lab):
            ov, ol = r.cells[name]
            r.cells[name] = ((ov & hole) | ((v & fm) << lo), _join(ol, lab))
    else:
        def store(r, name, v, lab):
            r.cells[name] = (v, lab)
    if names is None:
        scalar = t.name
        return lambda r, v, lab: store(r, scalar, v, lab)
    n = len(names)

    def store_elem(r, v, lab):
        # The index is evaluated after the value, as in _Env.write.
        iv = idx(r)[0]
        if iv < n:
            store(r, names[iv], v, lab)
    return store_elem


def _compile_body(ts, stmts, domains) -> list:
    return [_compile_stmt(ts, s, domains) for s in stmts]


def _run_body(body, r) -> None:
    for s in body:
        s(r)


def _compile_stmt(ts, s, domains):
    if isinstance(s, ir.Local):
        f = _compile_expr(ts, s.value)
        name = s.name

        def local(r):
            r.locals[name] = f(r)
        return local
    if isinstance(s, ir.Assign):
        f = _compile_expr(ts, s.value)
        w = _compile_write(ts, s.target)
        if s.label is None:
            def assign(r):
                v, lab = f(r)
                w(r, v, lab)
            return assign
        lab = frozenset(d for d in domains if d in s.label)

        def assign_labelled(r):
            w(r, f(r)[0], lab)
        return assign_labelled
    if isinstance(s, ir.Havoc):
        w = _compile_write(ts, s.target)
        lab = frozenset(d for d in domains if d in s.label)
        uid = s.uid

        def havoc(r):
            w(r, r.havocs[uid], lab)
        return havoc
    if isinstance(s, ir.Observe):
        f = _compile_expr(ts, s.value)

        def observe(r):
            r.observations.append((s, f(r)))
        return observe
    if isinstance(s, ir.Fault):
        def fault(r):
            r.fault = s
            raise _Stop
        return fault
    if isinstance(s, ir.If):
        c = _compile_expr(ts, s.cond)
        then = _compile_body(ts, s.then, domains)
        orelse = _compile_body(ts, s.orelse, domains)
        # Locals bound in a branch end with it; copying the dict is only
        # needed when the branch binds one.
        scoped = _has_local(s.then) or _has_local(s.orelse)

        def branch(r):
            body = then if c(r)[0] else orelse
            if scoped:
                saved = r.locals
                r.locals = dict(saved)
                _run_body(body, r)
                r.locals = saved
            else:
                _run_body(body, r)
        return branch
    raise AssertionError(s)


def _limit(t: ir.ScalarT) -> int:
    """One more than the largest value a symbol of type t may take: its
    width's range, or for an enum its members (the domain constraint)."""
    if isinstance(t, ir.BoolT):
        return 2
    if isinstance(t, ir.EnumT):
        return min(len(t.members), 1 << t.width)
    return 1 << t.width


class _Action:
    """An action compiled once per system."""

    def __init__(self, ts, a: ir.Action, havoc_names: dict):
        self.ts = ts
        self.action = a
        self._code = None
        self.inputs = [(inp.name, frozenset(d for d in ts.domains if d in inp.label))
                       for inp in a.inputs]
        self.input_syms = [(inp, f".{a.name}.{inp.name}") for inp in a.inputs]
        # Havoc symbols are keyed by uid (Encoder.step_vars): with a uid in
        # two actions the later action's name wins, as there.
        self.havocs = [(h.uid, havoc_names[h.uid]) for h in _havocs(a.body)]
        self.havoc_limits = [(havoc_names[h.uid], _limit(h.type)) for h in _havocs(a.body)]
        self.shown_inputs = [(inp.name, inp.type, tuple(sorted(inp.label)) if inp.label else ())
                             for inp in a.inputs]

    def code(self) -> tuple:
        """(guard, body), compiled when a witness first runs the action:
        a witness runs a few of a system's actions, and compiling them all
        cost more than replaying."""
        if self._code is None:
            self._code = (_compile_expr(self.ts, self.action.guard),
                          _compile_body(self.ts, self.action.body, self.ts.domains))
        return self._code


class _System:
    """Everything about a system that does not depend on the slice."""

    def __init__(self, ts: ir.TransitionSystem):
        self.ts = ts
        self.domains = ts.domains
        cells = []
        for var in ts.state:
            for name, idx, t in ir.scalar_elems(var):
                cells.append((ir.cell_name(name, idx), var, t))
        self.state_cells = cells
        self.monitors = [p for p in ts.properties if p.monitored]
        # (name, var (None for a monitor), type), in Encoder.cells order.
        self.cells = cells + [(MONITOR_PREFIX + p.name, None, ir.BoolT()) for p in self.monitors]
        self.configs = []
        for var in ts.configs:
            for name, idx, t in ir.scalar_elems(var):
                self.configs.append((ir.cell_name(name, idx), t))
        self.assumes = [_compile_expr(ts, a.expr) for a in ts.assumes]
        self.inits = {var.name: _compile_expr(ts, var.init) for var in ts.state
                      if var.init is not None}
        names: dict = {}
        for a in ts.actions:
            for h in _havocs(a.body):
                names[h.uid] = f".{a.name}.{h.uid}"
        self.havoc_names = names
        self.actions = [_Action(ts, a, names) for a in ts.actions]
        # Every step's symbol suffixes, in witness_of's order: (suffix, limit).
        self.step_inputs = [(f"{a.name}.{inp.name}", _limit(inp.type))
                            for a in ts.actions for inp in a.inputs]
        act_width = max(1, (len(ts.actions) - 1).bit_length()) if ts.actions else 1
        self.act_limit = min(len(ts.actions), 1 << act_width)
        self.props: dict = {}
        self._layouts: dict = {}

    def layout(self, t):
        if not isinstance(t, ir.BvT):
            return None
        key = t.layout
        if key not in self._layouts:
            self._layouts[key] = self.ts.layout(key)
        return self._layouts[key]

    def prop_expr(self, prop: ir.Property):
        if prop.name not in self.props or self.props[prop.name][0] is not prop:
            self.props[prop.name] = (prop, _compile_expr(self.ts, prop.expr)
                                     if prop.expr is not None else None)
        return self.props[prop.name][1]


class _Sliced:
    """The slice-dependent part: which atoms exist, what a report may show."""

    def __init__(self, sysc: _System, keep):
        ts = sysc.ts
        doms = sysc.domains

        def kv(c):
            return keep is None or keep.keeps_value(c)

        def kl(c, d):
            return keep is None or keep.keeps_label(c, d)
        # Per cell: (name, kept value?, kept label domains, type).
        self.cells = [(name, kv(name), frozenset(d for d in doms if kl(name, d)), t)
                      for name, _, t in sysc.cells]
        self.kept_value = {name: k for name, k, _, _ in self.cells}
        self.kept_labels = {name: lab for name, _, lab, _ in self.cells}
        all_doms = frozenset(doms)
        # Cells whose post-state needs projecting (some atom not kept).
        self.project = [(name, k, lab) for name, k, lab, _ in self.cells
                        if not k or lab != all_doms]
        self.monitors = [(MONITOR_PREFIX + p.name, p.observer, p.label)
                         for p in sysc.monitors]
        # State-0 symbols: (name, cell, None for the value or the domain, limit).
        syms = []
        for name, var, t in sysc.cells:
            if kv(name):
                syms.append((f"s0.{name}", name, None, _limit(t)))
            for d in doms:
                if kl(name, d):
                    syms.append((f"s0.{name}@{d}", name, d, 2))
        self.state_syms = syms
        self.shown = [(name, t, k, sysc.layout(t)) for name, k, lab, t in self.cells
                      if not name.split("[", 1)[0].startswith("__") and (k or lab)]
        self.known: dict = {}     # id(Observe) -> does its value read only kept atoms?

        def known(e):
            return all(kv(cell) for kind, cell in value_atoms(ts, e) if kind == VALUE)
        self._known = known

    def value_known(self, stmt: ir.Observe) -> bool:
        k = self.known.get(stmt.uid)
        if k is None:
            k = self.known[stmt.uid] = self._known(stmt.value)
        return k


_SYSTEMS = PerSystem()


def _compiled(ts, keep) -> tuple:
    sysc = _SYSTEMS.get(ts, "system", lambda: _System(ts))
    sl = _SYSTEMS.get(ts, ("slice", keep.atoms if keep is not None else None),
                      lambda: _Sliced(sysc, keep))
    return sysc, sl


def _in_range(v, limit: int) -> bool:
    return type(v) is int and 0 <= v < limit


def replay(ts: ir.TransitionSystem, prop: ir.Property, keep, witness: dict,
           k: int) -> Optional[Trace]:
    """The Trace of the k-step run the witness pins, or None if it is not a
    run of the sliced system (`keep`, as computed by slicing.compute(ts,
    prop)) that violates `prop` (for a cover: reaches it) in state k."""
    if type(k) is not int or k < 0 or not isinstance(witness, dict):
        return None
    sysc, sl = _compiled(ts, keep)
    doms = sysc.domains

    # -- the symbols: exactly those the encoder has, each in its range --
    expected = len(sysc.configs) + len(sl.state_syms) \
        + k * (1 + len(sysc.step_inputs) + len(sysc.havoc_names))
    if len(witness) != expected:
        return None
    get = witness.get
    cfg = {}
    for name, t in sysc.configs:
        v = get("cfg." + name)
        if not _in_range(v, _limit(t)):
            return None
        cfg[name] = (v, EMPTY)
    values = {name: 0 for name, _, _, _ in sl.cells}
    labels = {name: set() for name, _, _, _ in sl.cells}
    for sym, cell, d, limit in sl.state_syms:
        v = get(sym)
        if not _in_range(v, limit):
            return None
        if d is None:
            values[cell] = v
        elif v:
            labels[cell].add(d)
    state = {name: (values[name], frozenset(d for d in doms if d in labels[name]))
             for name, _, _, _ in sl.cells}
    steps_in = []
    for i in range(k):
        act = get(f"acts{i}")
        if not _in_range(act, sysc.act_limit):
            return None
        pre = f"ins{i}."
        for suffix, limit in sysc.step_inputs:
            if not _in_range(get(pre + suffix), limit):
                return None
        hv = f"hvs{i}"
        for uid, suffix in sysc.havoc_names.items():
            v = get(hv + suffix)
            if type(v) is not int or v < 0:
                return None
        a = sysc.actions[act]
        # The domain constraints of every action's havocs hold at every
        # step (Encoder.transition adds them all), and each value fits.
        for ac in sysc.actions:
            for suffix, limit in ac.havoc_limits:
                if witness[hv + suffix] >= limit:
                    return None
        steps_in.append((a, pre, hv))

    # -- background and init --
    r0 = _Run({}, cfg)
    for f in sysc.assumes:
        if not f(r0)[0]:
            return None
    r0.cells = state
    for name, var, t in sysc.state_cells:
        if sl.kept_value[name]:
            if var.init is not None:
                if sysc.inits[var.name](r0)[0] != state[name][0]:
                    return None
            elif isinstance(t, ir.EnumT) and state[name][0] >= len(t.members):
                return None
        want = frozenset(var.label)
        for d in sl.kept_labels[name]:
            if (d in state[name][1]) != (d in want):
                return None
    for name, _, _ in sl.monitors:
        if sl.kept_value[name] and state[name][0]:
            return None

    # -- the steps --
    states = [state]
    runs = []
    for a, pre, hv in steps_in:
        inputs = {name: (witness[pre + a.action.name + "." + name], lab)
                  for name, lab in a.inputs}
        havocs = {uid: witness[hv + suffix] for uid, suffix in a.havocs}
        guard, body = a.code()
        r = _Run(dict(state), cfg, inputs, havocs)
        if not guard(r)[0]:
            return None
        try:
            _run_body(body, r)
        except _Stop:
            pass
        post = r.cells
        for name, observer, label in sl.monitors:
            if sl.kept_value[name] and not state[name][0]:
                for s, (_, lab) in r.observations:
                    if s.observer == observer and (not label or label in lab):
                        post[name] = (1, state[name][1])
                        break
                else:
                    post[name] = state[name]
            else:
                post[name] = state[name]
        for name, kept, lab in sl.project:
            v, have = post[name]
            post[name] = (v if kept else 0, have & lab if have else have)
        state = post
        states.append(state)
        runs.append((a, r))

    # -- the property must fail in state k (a cover: be reached) --
    if prop.monitored:
        if not state[MONITOR_PREFIX + prop.name][0]:
            return None
    else:
        v = sysc.prop_expr(prop)(_Run(state, cfg))[0]
        if bool(v) != prop.is_cover:
            return None
    return _trace(sysc, sl, prop, cfg, states, runs, witness)


def _labels(doms, lab: frozenset) -> tuple:
    return tuple(d for d in doms if d in lab) if lab else ()


def _trace(sysc: _System, sl: _Sliced, prop, cfg, states, runs, witness) -> Trace:
    """Unrolling.trace, field by field."""
    ts = sysc.ts
    doms = sysc.domains
    ghosts = ir.ghost_cells(ts)

    def shown(st, name, t, kept, layout):
        v, lab = st[name]
        return Shown(v, t, _labels(doms, lab), layout, kept)

    config = tuple((name, Shown(cfg[name][0], t, (), sysc.layout(t)))
                   for name, t in sysc.configs)
    initial = tuple((name, shown(states[0], name, t, kept, lay))
                    for name, t, kept, lay in sl.shown)
    steps = []
    for i, (a, r) in enumerate(runs):
        act = a.action
        inputs = tuple((name, Shown(r.inputs[name][0], t, lab, sysc.layout(t)))
                       for name, t, lab in a.shown_inputs)
        intercepts = []
        seen = set()
        for q, msr, decision in r.intercepts:
            key = (q.access, msr, str(q.span))
            if key in seen:
                continue
            seen.add(key)
            if q.msr is not None:
                # Unrolling.trace matches the rule on its unreduced value.
                rule = next((rl for rl in q.rules if rl.msr == msr), None)
            else:
                rule = q.rules[0] if q.rules else None
            intercepts.append(InterceptDecision(
                q.access, msr, bool(decision), str(rule.span) if rule else None,
                rule.cites if rule else None, str(q.span)))
        faults = ((r.fault.kind, str(r.fault.span)),) if r.fault is not None else ()
        observations = tuple(
            ObservationEvent(s.observer,
                             Shown(v, s.value.type, _labels(doms, lab),
                                   sysc.layout(s.value.type), sl.value_known(s)),
                             str(s.span))
            for s, (v, lab) in r.observations)
        old, new = states[i], states[i + 1]
        # An event flag raised by two steps in a row does not change, but
        # the second step raised it too.
        changes = tuple(Change(name, shown(old, name, t, kept, lay), after, name in ghosts)
                        for name, t, kept, lay in sl.shown
                        for after in (shown(new, name, t, kept, lay),)
                        if old[name] != new[name] or (is_event(name) and after.value))
        steps.append(TraceStep(i + 1, act.name, str(act.span), act.cites, inputs,
                               tuple(intercepts), faults, observations, changes))
    final = {}
    if prop.expr is not None:
        by_name = {name: (t, kept, lay) for name, t, kept, lay in sl.shown}
        types = {name: t for name, _, t in sysc.cells}
        for ref in _refs(prop.expr):
            if ref.kind == "state":
                name = ir.cell_name(ref.name, ref.index)
                if name in by_name:
                    t, kept, lay = by_name[name]
                else:
                    # A cell the report does not otherwise show.
                    t = types[name]
                    kept, lay = sl.kept_value[name], sysc.layout(t)
                final[name] = shown(states[-1], name, t, kept, lay)
    return Trace(config, initial, tuple(steps), tuple(final.items()), ts.msr_names)

