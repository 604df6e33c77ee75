"""The z3py encoder that vpmu_formal/encode.py used before the encoding
was built as SMT-LIB text (smt_text.py): kept only as the oracle of
tests/test_smt_text.py and bench/encode_speed.py, which check that the
text encoding means the same and measure what it saves.  The product
never imports it: there is one semantics, smt_text's.

Its action bodies run in `_Env`, one z3py call per operation; the module
is the previous encode.py with what only the product needed (sharing per
slice, translation into fresh contexts) taken out."""
from __future__ import annotations

import dataclasses
from typing import Optional

import z3

from vpmu_formal import encode, ir
# The records and helpers are the product's: only the executor is old.
from vpmu_formal.encode import (MONITOR_PREFIX, TEMPLATE, ActionStep, FaultEvent,
                                InterceptEvent, Observation, StepVars, Value, disj)
from vpmu_formal.smt_exec import havocs as _havocs


def domain_constraint(term: z3.ExprRef, t: ir.ScalarT) -> Optional[z3.BoolRef]:
    """Enums are bit-vectors; keep them inside their member range."""
    if isinstance(t, ir.EnumT) and len(t.members) < (1 << t.width):
        return z3.ULT(term, z3.BitVecVal(len(t.members), t.width, term.ctx))
    return None


class Encoder(encode.Encoder):
    """The product's Encoder (symbols, slice, records) with the old z3py
    construction of every term."""

    def step_constraints(self, sv: StepVars) -> list:
        """Well-formedness of one step's choices (action index, enum inputs)."""
        out = []
        n = len(self.ts.actions)
        if n < (1 << self.act_width):
            out.append(z3.ULT(sv.act, z3.BitVecVal(n, self.act_width, self.ctx)))
        for a in self.ts.actions:
            for inp in a.inputs:
                dc = domain_constraint(sv.inputs[(a.name, inp.name)], inp.type)
                if dc is not None:
                    out.append(dc)
        return out

    def config_constraints(self) -> list:
        out = []
        for var in self.ts.configs:
            for name, idx, t in ir.scalar_elems(var):
                dc = domain_constraint(self.config_terms[ir.cell_name(name, idx)], t)
                if dc is not None:
                    out.append(dc)
        return out

    def background(self) -> list:
        """What every query assumes: config domain constraints and assumes."""
        return list(self.config_constraints()) + [t for _, t in self.assumptions()]

    def assumptions(self) -> list:
        """(assume, term) pairs; the config constraints they rely on are separate."""
        empty: dict = {}
        return [(a, self.expr(a.expr, _Env(empty, self)).term) for a in self.ts.assumes]

    # ---- init and transition ---------------------------------------------
    def init(self, s: dict) -> list:
        out = []
        env = _Env(s, self)
        for var in self.ts.state:
            for name, idx, t in ir.scalar_elems(var):
                cname = ir.cell_name(name, idx)
                cell = s[cname]
                if self.keeps_value(cname):
                    if var.init is not None:
                        out.append(cell.term == self.expr(var.init, env).term)
                    else:
                        dc = domain_constraint(cell.term, t)
                        if dc is not None:
                            out.append(dc)
                for d in self.domains:
                    if self.keeps_label(cname, d):
                        out.append(cell.labels[d] == z3.BoolVal(d in var.label, self.ctx))
        for p in self.monitors:
            name = MONITOR_PREFIX + p.name
            if self.keeps_value(name):
                out.append(z3.Not(s[name].term))
        return out

    def action_step(self, action: ir.Action, pre: dict, sv: StepVars) -> ActionStep:
        inputs = {inp.name: Value(sv.inputs[(action.name, inp.name)],
                                  {d: z3.BoolVal(d in inp.label, self.ctx) for d in self.domains})
                  for inp in action.inputs}
        env = _Env(dict(pre), self, inputs, sv.havocs)
        guard = self.expr(action.guard, env).term
        env.run(action.body)
        post = dict(env.cells)
        for p in self.monitors:
            name = MONITOR_PREFIX + p.name
            # never_observes latches on the forbidden owner; cover_observe
            # on any observation at all.
            hits = [z3.And(o.cond, o.value.labels[p.label]) if p.label else o.cond
                    for o in env.observations if o.observer == p.observer]
            if hits:
                post[name] = Value(z3.Or(pre[name].term, *hits), pre[name].labels)
        constraints = []
        for h in _havocs(action.body):
            dc = domain_constraint(sv.havocs[h.uid], h.type)
            if dc is not None:
                constraints.append(dc)
        return ActionStep(action, guard, post, env.observations, env.faults,
                          env.intercepts, constraints)

    def template(self) -> tuple[dict, StepVars, dict, list, list]:
        """The transition over the template symbols (state prefix and step
        name "p"), built once per encoder: (pre, step vars, post,
        constraints, action steps)."""
        if self._template is None:
            pre, sv = self.state_vars(TEMPLATE), self.step_vars(TEMPLATE)
            self._template = (pre, sv) + self.transition(pre, sv)
        return self._template

    def transition(self, pre: dict, sv: StepVars) -> tuple[dict, list, list]:
        """Functional one-step relation: (post cells, constraints).

        post[c] = ite(act == 0, post_0[c], ite(act == 1, post_1[c], ...)),
        and the constraint that the chosen action's guard holds.
        """
        steps = [self.action_step(a, pre, sv) for a in self.ts.actions]
        sel = [sv.act == z3.BitVecVal(i, self.act_width, self.ctx) for i in range(len(steps))]
        enabled = disj([z3.And(sel[i], st.guard) for i, st in enumerate(steps)], self.ctx)
        post = {}
        for c in self.cells:
            term = pre[c.name].term
            labels = dict(pre[c.name].labels)
            keep_v = self.keeps_value(c.name)
            for i in reversed(range(len(steps))):
                v = steps[i].post[c.name]
                if keep_v and not v.term.eq(pre[c.name].term):
                    term = z3.If(sel[i], v.term, term)
                for d in self.domains:
                    if self.keeps_label(c.name, d) and not v.labels[d].eq(pre[c.name].labels[d]):
                        labels[d] = z3.If(sel[i], v.labels[d], labels[d])
            post[c.name] = Value(term, labels)
        constraints = [enabled] + self.step_constraints(sv)
        for st in steps:
            constraints.extend(st.constraints)
        return post, constraints, steps

    # ---- properties ---------------------------------------------------------
    def holds(self, prop: ir.Property, s: dict) -> z3.BoolRef:
        """The property's "good" predicate on a state (for covers: "not reached")."""
        if prop.monitored:
            return z3.Not(s[MONITOR_PREFIX + prop.name].term)
        term = self.expr(prop.expr, _Env(s, self)).term
        return z3.Not(term) if prop.is_cover else term

    def eval_expr(self, e: ir.Expr, s: dict) -> Value:
        return self.expr(e, _Env(s, self))

    # ---- expressions --------------------------------------------------------
    def expr(self, e: ir.Expr, env: "_Env") -> Value:
        return env.expr(e)

    def no_labels(self) -> dict:
        return {d: self.false for d in self.domains}


def _lbool(t) -> int:
    """1 for the literal true, -1 for false, 0 otherwise: one C call, where
    z3.is_true/is_false take several and dominated encoding time."""
    return z3.Z3_get_bool_value(t.ctx_ref(), t.as_ast())


def _is_true(t) -> bool:
    return _lbool(t) == 1


def _or(terms: list, ctx) -> z3.BoolRef:
    terms = [t for t in terms if _lbool(t) != -1]
    if not terms:
        return z3.BoolVal(False, ctx)
    if any(_lbool(t) == 1 for t in terms):
        return z3.BoolVal(True, ctx)
    return terms[0] if len(terms) == 1 else z3.Or(*terms)


def _ite(c, a, b):
    v = _lbool(c)
    if v == 1:
        return a
    if v == -1:
        return b
    if a.eq(b):
        return a
    return z3.If(c, a, b)


class _Env:
    """Symbolic execution state of one action body."""

    def __init__(self, cells: dict, enc: Encoder, inputs: Optional[dict] = None,
                 havocs: Optional[dict] = None):
        self.cells = cells
        self.enc = enc
        self.ctx = enc.ctx
        self.inputs = inputs or {}
        self.havocs = havocs or {}
        self.locals: dict = {}
        self.alive: z3.BoolRef = enc.true
        self.observations: list = []
        self.faults: list = []
        self.intercepts: list = []
        self.pc: z3.BoolRef = enc.true

    # -- statements --
    def run(self, stmts) -> None:
        for s in stmts:
            self.stmt(s)

    def stmt(self, s) -> None:
        if isinstance(s, ir.Local):
            self.locals[s.name] = self.expr(s.value)
        elif isinstance(s, ir.Assign):
            v = self.expr(s.value)
            labels = v.labels if s.label is None else \
                {d: z3.BoolVal(d in s.label, self.ctx) for d in self.enc.domains}
            self.write(s.target, Value(v.term, labels), explicit=s.label is not None)
        elif isinstance(s, ir.Havoc):
            term = self.havocs[s.uid]
            labels = {d: z3.BoolVal(d in s.label, self.ctx) for d in self.enc.domains}
            self.write(s.target, Value(term, labels), explicit=True)
        elif isinstance(s, ir.Observe):
            self.observations.append(Observation(s.uid, s.observer, z3.And(self.pc, self.alive),
                                                 self.expr(s.value), s))
        elif isinstance(s, ir.Fault):
            self.faults.append(FaultEvent(s.kind, z3.And(self.pc, self.alive), s))
            self.alive = self.enc.false
        elif isinstance(s, ir.If):
            self.branch(s)
        else:
            raise AssertionError(s)

    def branch(self, s: ir.If) -> None:
        c = self.expr(s.cond).term
        saved_cells, saved_locals, saved_alive, saved_pc = \
            dict(self.cells), dict(self.locals), self.alive, self.pc
        self.pc = z3.And(saved_pc, c) if not _is_true(saved_pc) else c
        self.run(s.then)
        then_cells, then_alive = self.cells, self.alive
        self.cells, self.locals, self.alive = dict(saved_cells), dict(saved_locals), saved_alive
        self.pc = z3.And(saved_pc, z3.Not(c)) if not _is_true(saved_pc) else z3.Not(c)
        self.run(s.orelse)
        else_cells, else_alive = self.cells, self.alive
        merged = {}
        for name, tv in then_cells.items():
            ev = else_cells[name]
            if tv is ev:
                merged[name] = tv
                continue
            merged[name] = Value(_ite(c, tv.term, ev.term),
                                 {d: _ite(c, tv.labels[d], ev.labels[d]) for d in tv.labels})
        self.cells = merged
        self.alive = _ite(c, then_alive, else_alive)
        self.locals = saved_locals
        self.pc = saved_pc

    def write(self, t: ir.Target, v: Value, explicit: bool) -> None:
        elem_t = t.type.elem if isinstance(t.type, ir.ArrayT) else t.type
        if isinstance(t.type, ir.ArrayT):
            idx = self.expr(t.index).term
            for i in range(t.type.length):
                name = ir.cell_name(t.name, i)
                hit = idx == z3.BitVecVal(i, idx.size(), self.ctx) if i < (1 << idx.size()) \
                    else self.enc.false
                hit = z3.simplify(hit) if z3.is_bv_value(idx) else hit
                self.write_cell(name, elem_t, t.field, v, z3.And(self.alive, hit))
        else:
            self.write_cell(t.name, elem_t, t.field, v, self.alive)

    def write_cell(self, name: str, t: ir.ScalarT, fld, v: Value, when) -> None:
        old = self.cells[name]
        term, labels = v.term, v.labels
        if fld is not None:
            hi, lo = fld
            w = t.width
            part = z3.If(term, z3.BitVecVal(1, 1, self.ctx), z3.BitVecVal(0, 1, self.ctx)) \
                if z3.is_bool(term) else term
            pieces = []
            if hi < w - 1:
                pieces.append(z3.Extract(w - 1, hi + 1, old.term))
            pieces.append(part)
            if lo > 0:
                pieces.append(z3.Extract(lo - 1, 0, old.term))
            term = z3.Concat(*pieces) if len(pieces) > 1 else pieces[0]
            # The rest of the register keeps its bits, hence its owners.
            labels = {d: _or([old.labels[d], labels[d]], self.ctx) for d in labels}
        when = z3.simplify(when) if not _is_true(when) else when
        self.cells[name] = Value(_ite(when, term, old.term),
                                 {d: _ite(when, labels[d], old.labels[d]) for d in labels})

    # -- expressions --
    def expr(self, e: ir.Expr) -> Value:
        ctx = self.ctx
        if isinstance(e, ir.Lit):
            if isinstance(e.type, ir.BoolT):
                return Value(z3.BoolVal(bool(e.value), ctx), self.enc.no_labels())
            return Value(z3.BitVecVal(e.value, e.type.width, ctx), self.enc.no_labels())
        if isinstance(e, ir.Ref):
            if e.kind == "config":
                return Value(self.enc.config_terms[ir.cell_name(e.name, e.index)],
                             self.enc.no_labels())
            if e.kind == "state":
                return self.cells[ir.cell_name(e.name, e.index)]
            if e.kind == "input":
                return self.inputs[e.name]
            return self.locals[e.name]
        if isinstance(e, ir.ArrayRead):
            idx = self.expr(e.index)
            elems = []
            for i in range(e.length):
                if e.kind == "config":
                    elems.append(Value(self.enc.config_terms[ir.cell_name(e.name, i)],
                                       self.enc.no_labels()))
                else:
                    elems.append(self.cells[ir.cell_name(e.name, i)])
            # Out-of-range reads yield the last element: total, and the
            # spec's guards are expected to bound the index (a documented
            # simplification; checks never rely on the out-of-range value).
            term, labels = elems[-1].term, dict(elems[-1].labels)
            width = idx.term.size()
            for i in reversed(range(e.length - 1)):
                if i >= (1 << width):
                    continue
                hit = idx.term == z3.BitVecVal(i, width, ctx)
                term = z3.If(hit, elems[i].term, term)
                labels = {d: z3.If(hit, elems[i].labels[d], labels[d]) for d in labels}
            labels = {d: _or([labels[d], idx.labels[d]], ctx) for d in labels}
            return Value(term, labels)
        if isinstance(e, ir.InterceptQuery):
            return self.intercept(e)
        if isinstance(e, ir.OwnedBy):
            return Value(self.expr(e.value).labels[e.domain], self.enc.no_labels())
        assert isinstance(e, ir.Op)
        args = [self.expr(a) for a in e.args]
        labels = {d: _or([a.labels[d] for a in args], ctx) for d in self.enc.domains}
        return Value(_apply(e, [a.term for a in args], ctx), labels)

    def intercept(self, q: ir.InterceptQuery) -> Value:
        msr = None
        if q.access == "rdpmc":
            # The checker allows at most one rdpmc rule.
            decision = self.expr(q.rules[0].cond).term if q.rules else self.enc.true
        else:
            msr = self.expr(q.msr).term
            decision = self.enc.true
            for r in reversed(q.rules):
                cond = self.expr(r.cond).term
                decision = z3.If(msr == z3.BitVecVal(r.msr, 32, self.ctx), cond, decision)
        self.intercepts.append(InterceptEvent(q, z3.And(self.pc, self.alive), decision, msr))
        return Value(decision, self.enc.no_labels())


def _apply(e: ir.Op, a: list, ctx) -> z3.ExprRef:
    op = e.op
    if op == "not":
        return z3.Not(a[0])
    if op == "and":
        return z3.And(a[0], a[1])
    if op == "or":
        return z3.Or(a[0], a[1])
    if op == "xor":
        return z3.Xor(a[0], a[1])
    if op == "implies":
        return z3.Implies(a[0], a[1])
    if op == "eq":
        return a[0] == a[1]
    if op == "ite":
        return z3.If(a[0], a[1], a[2])
    if op == "bvadd":
        return a[0] + a[1]
    if op == "bvsub":
        return a[0] - a[1]
    if op == "bvmul":
        return a[0] * a[1]
    if op == "bvand":
        return a[0] & a[1]
    if op == "bvor":
        return a[0] | a[1]
    if op == "bvxor":
        return a[0] ^ a[1]
    if op == "bvshl":
        return a[0] << a[1]
    if op == "bvlshr":
        return z3.LShR(a[0], a[1])
    if op == "bvnot":
        return ~a[0]
    if op == "bvneg":
        return -a[0]
    if op == "bvult":
        return z3.ULT(a[0], a[1])
    if op == "bvule":
        return z3.ULE(a[0], a[1])
    if op == "bvugt":
        return z3.UGT(a[0], a[1])
    if op == "bvuge":
        return z3.UGE(a[0], a[1])
    if op == "extract":
        return z3.Extract(e.params[0], e.params[1], a[0])
    if op == "bit":
        i = e.params[0]
        return z3.Extract(i, i, a[0]) == z3.BitVecVal(1, 1, ctx)
    if op == "zext":
        return z3.ZeroExt(e.params[0], a[0])
    if op == "sext":
        return z3.SignExt(e.params[0], a[0])
    raise AssertionError(op)


# ---- what each further encoder of a slice paid: translate.py ------------
# The z3py template was built once per slice and copied into each
# property's context; bench/encode_speed.py measures that copy beside the
# parse that replaced it.

def translate(obj, ctx: z3.Context):
    """`obj` with every Z3 term in it translated to `ctx`.  `obj` is made
    of dicts, lists, tuples and the encoder's dataclasses; anything else
    (IR nodes, names) is shared, not copied."""
    terms: list = []
    _collect(obj, terms)
    if not terms:
        return obj
    # Most entries repeat a term (a cell an action leaves alone is its
    # pre-state symbol in every action's post-state): translate and wrap
    # each distinct term once.
    ids = [t.get_id() for t in terms]
    unique = {}
    for i, t in zip(ids, terms):
        unique.setdefault(i, t)
    vec = z3.AstVector(ctx=terms[0].ctx)
    for t in unique.values():
        vec.push(t)
    moved = vec.translate(ctx)
    by_id = dict(zip(unique, (moved[k] for k in range(len(moved)))))
    return _rebuild(obj, iter([by_id[i] for i in ids]))


def _is_encoding_record(obj) -> bool:
    # The encoder's own records (Value, ActionStep, ...): IR dataclasses
    # hold no Z3 terms and are shared as they are.
    return dataclasses.is_dataclass(obj) and not isinstance(obj, type) \
        and type(obj).__module__ == "vpmu_formal.encode"


def _collect(obj, out: list) -> None:
    if isinstance(obj, z3.ExprRef):
        out.append(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            _collect(v, out)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            _collect(v, out)
    elif _is_encoding_record(obj):
        for f in dataclasses.fields(obj):
            _collect(getattr(obj, f.name), out)


def _rebuild(obj, it):
    if isinstance(obj, z3.ExprRef):
        return next(it)
    if isinstance(obj, dict):
        return {k: _rebuild(v, it) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_rebuild(v, it) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_rebuild(v, it) for v in obj)
    if _is_encoding_record(obj):
        return dataclasses.replace(obj, **{f.name: _rebuild(getattr(obj, f.name), it)
                                           for f in dataclasses.fields(obj)})
    return obj
