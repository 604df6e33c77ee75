"""Symbolic execution of the IR over a Terms DAG: the encoding's one
semantics (smt_text.py's docstring lists the rules; encode.py's says why).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from . import ir
from .smt_terms import FOLD, Terms, width_of

MONITOR_PREFIX = "__observed_"
TEMPLATE = "p"          # prefix of the template state symbols


@dataclass
class Observation:
    uid: int
    observer: str
    cond: int
    value: tuple          # (term, labels)
    stmt: ir.Observe


@dataclass
class Fault:
    kind: str
    cond: int
    stmt: ir.Fault


@dataclass
class Intercept:
    query: ir.InterceptQuery
    cond: int
    decision: int
    msr: Optional[int]


@dataclass
class Step:
    """One action's effect, as terms of the slice's DAG."""
    action: ir.Action
    guard: int
    post: dict            # cell -> (term, labels)
    observations: list
    faults: list
    intercepts: list
    constraints: list


def havocs(stmts) -> list:
    """The havoc statements of a body, in order."""
    out = []
    for s in stmts:
        if isinstance(s, ir.Havoc):
            out.append(s)
        elif isinstance(s, ir.If):
            out += havocs(s.then) + havocs(s.orelse)
    return out


class Layout:
    """The cells, symbols and slice of a system: what every encoding of
    it names the same way."""

    def __init__(self, ts: ir.TransitionSystem, keep) -> None:
        self.ts = ts
        self.keep = keep
        self.domains = ts.domains
        self.cells: list = []          # (name, type)
        for var in ts.state:
            for name, idx, t in ir.scalar_elems(var):
                self.cells.append((ir.cell_name(name, idx), t))
        self.monitors = [p for p in ts.properties if p.monitored]
        for p in self.monitors:
            self.cells.append((MONITOR_PREFIX + p.name, ir.BoolT()))
        self.configs: list = []
        for var in ts.configs:
            for name, idx, t in ir.scalar_elems(var):
                self.configs.append((ir.cell_name(name, idx), t))
        self.act_width = max(1, (len(ts.actions) - 1).bit_length()) if ts.actions else 1

    def keeps_value(self, cell: str) -> bool:
        return self.keep is None or self.keep.keeps_value(cell)

    def keeps_label(self, cell: str, d: str) -> bool:
        return self.keep is None or self.keep.keeps_label(cell, d)

    def pre_value(self, terms: Terms, cell: str, t: ir.ScalarT) -> tuple:
        """A template pre-state cell: symbols for kept atoms, else constants."""
        w = width_of(t)
        term = terms.sym(f"{TEMPLATE}.{cell}", w) if self.keeps_value(cell) else terms.lit(0, w)
        labels = tuple(terms.sym(f"{TEMPLATE}.{cell}@{d}", 0) if self.keeps_label(cell, d)
                       else terms.false for d in self.domains)
        return term, labels


class LazyPre(dict):
    """The template pre-state, built per cell on first read (an expression
    reads few of the hundreds of cells)."""

    def __init__(self, layout: Layout, terms: Terms) -> None:
        super().__init__()
        self.layout, self.terms = layout, terms
        self.types = dict(layout.cells)

    def __missing__(self, cell: str) -> tuple:
        v = self[cell] = self.layout.pre_value(self.terms, cell, self.types[cell])
        return v


class Exec:
    """Symbolic execution of IR over a Terms DAG (the one semantics, see
    the module docstring).  A value is (term, labels), labels a tuple in
    the order of the system's domains."""

    def __init__(self, terms: Terms, layout: Layout, cells: dict, inputs=None,
                 havoc_terms=None) -> None:
        self.t = terms
        self.layout = layout
        self.nd = len(layout.domains)
        self.didx = {d: i for i, d in enumerate(layout.domains)}
        self.cells = cells
        self.inputs = inputs or {}
        self.havocs = havoc_terms or {}
        self.locals: dict = {}
        self.alive = terms.true
        self.pc = terms.true
        # Undo log of the innermost `if` arm: cell -> value before the arm.
        # Arms write into the one `cells` dict and are rolled back, instead
        # of each arm copying hundreds of cells.
        self.saved: dict = {}
        self.observations: list = []
        self.faults: list = []
        self.intercepts: list = []
        self.no_labels = (terms.false,) * self.nd

    def const_labels(self, owners) -> tuple:
        return tuple(self.t.true if d in owners else self.t.false for d in self.layout.domains)

    # -- statements --
    def run(self, stmts) -> None:
        for s in stmts:
            self.stmt(s)

    def stmt(self, s) -> None:
        t = self.t
        if isinstance(s, ir.Local):
            self.locals[s.name] = self.expr(s.value)
        elif isinstance(s, ir.Assign):
            term, labels = self.expr(s.value)
            if s.label is not None:
                labels = self.const_labels(s.label)
            self.write(s.target, (term, labels))
        elif isinstance(s, ir.Havoc):
            self.write(s.target, (self.havocs[s.uid], self.const_labels(s.label)))
        elif isinstance(s, ir.Observe):
            cond = t.and_(self.pc, self.alive)
            self.observations.append(Observation(s.uid, s.observer, cond, self.expr(s.value), s))
        elif isinstance(s, ir.Fault):
            self.faults.append(Fault(s.kind, t.and_(self.pc, self.alive), s))
            self.alive = t.false
        elif isinstance(s, ir.If):
            self.branch(s)
        else:
            raise AssertionError(s)

    def branch(self, s: ir.If) -> None:
        t = self.t
        cells = self.cells
        c = self.expr(s.cond)[0]
        locals_, alive, pc, outer = self.locals, self.alive, self.pc, self.saved
        self.locals, self.saved = dict(locals_), {}
        self.pc = t.and_(pc, c)
        self.run(s.then)
        then_saved, then_alive = self.saved, self.alive
        then_vals = {n: cells[n] for n in then_saved}
        cells.update(then_saved)                  # back to the state before the if
        self.locals, self.alive, self.saved = dict(locals_), alive, {}
        self.pc = t.and_(pc, t.not_(c))
        self.run(s.orelse)
        else_saved = self.saved
        # Only cells written in an arm can differ; visited in a fixed order
        # (not a set's), so the DAG and the text are the same in every run.
        for name in [*then_saved, *(n for n in else_saved if n not in then_saved)]:
            before = then_saved[name] if name in then_saved else else_saved[name]
            tv, ev = then_vals.get(name, before), cells[name]
            if tv != ev:
                cells[name] = (t.ite(c, tv[0], ev[0]),
                               tuple(t.ite(c, a, b) for a, b in zip(tv[1], ev[1])))
            outer.setdefault(name, before)
        self.alive = t.ite_bool(c, then_alive, self.alive)
        self.locals, self.pc, self.saved = locals_, pc, outer

    def write(self, tg: ir.Target, v: tuple) -> None:
        t = self.t
        if isinstance(tg.type, ir.ArrayT):
            elem = tg.type.elem
            idx = self.expr(tg.index)[0]
            w = t.width[idx]
            for i in range(tg.type.length):
                hit = t.eq(idx, t.lit(i, w)) if i < (1 << w) else t.false
                self.write_cell(ir.cell_name(tg.name, i), elem, tg.field, v,
                                t.and_(self.alive, hit))
        else:
            self.write_cell(tg.name, tg.type, tg.field, v, self.alive)

    def write_cell(self, name: str, typ: ir.ScalarT, fld, v: tuple, when: int) -> None:
        t = self.t
        if t.value[when] == 0:
            return
        old = self.cells[name]
        old_term, old_labels = old
        term, labels = v
        if fld is not None:
            hi, lo = fld
            w = typ.width
            part = t.ite(term, t.lit(1, 1), t.lit(0, 1)) if t.width[term] == 0 else term
            if hi < w - 1:
                part = t.concat(t.extract(w - 1, hi + 1, old_term), part)
            if lo > 0:
                part = t.concat(part, t.extract(lo - 1, 0, old_term))
            term = part
            # The rest of the register keeps its bits, hence its owners.
            labels = tuple(t.or_([a, b]) for a, b in zip(old_labels, labels))
        self.saved.setdefault(name, old)
        self.cells[name] = (t.ite(when, term, old_term),
                            tuple(t.ite(when, a, b) for a, b in zip(labels, old_labels)))

    # -- expressions --
    def expr(self, e) -> tuple:
        t = self.t
        if isinstance(e, ir.Lit):
            return t.lit(e.value, width_of(e.type)), self.no_labels
        if isinstance(e, ir.Ref):
            if e.kind == "config":
                return t.sym(f"cfg.{ir.cell_name(e.name, e.index)}", width_of(e.type)), \
                    self.no_labels
            if e.kind == "state":
                return self.cells[ir.cell_name(e.name, e.index)]
            if e.kind == "input":
                return self.inputs[e.name]
            return self.locals[e.name]
        if isinstance(e, ir.ArrayRead):
            idx, idx_labels = self.expr(e.index)
            if e.kind == "config":
                w = width_of(e.type)
                elems = [(t.sym(f"cfg.{ir.cell_name(e.name, i)}", w), self.no_labels)
                         for i in range(e.length)]
            else:
                elems = [self.cells[ir.cell_name(e.name, i)] for i in range(e.length)]
            # Out-of-range reads yield the last element: total, and the
            # spec's guards are expected to bound the index (a documented
            # simplification; checks never rely on the out-of-range value).
            term, labels = elems[-1]
            w = t.width[idx]
            for i in reversed(range(e.length - 1)):
                if i >= (1 << w):
                    continue
                hit = t.eq(idx, t.lit(i, w))
                term = t.ite(hit, elems[i][0], term)
                labels = tuple(t.ite(hit, a, b) for a, b in zip(elems[i][1], labels))
            return term, tuple(t.or_([a, b]) for a, b in zip(labels, idx_labels))
        if isinstance(e, ir.InterceptQuery):
            return self.intercept(e)
        if isinstance(e, ir.OwnedBy):
            return self.expr(e.value)[1][self.didx[e.domain]], self.no_labels
        assert isinstance(e, ir.Op)
        args = [self.expr(a) for a in e.args]
        if len(args) == 1:
            labels = args[0][1]
        else:
            labels = tuple(t.or_(ls) for ls in zip(*[a[1] for a in args]))
        return self.apply(e, [a[0] for a in args]), labels

    def intercept(self, q: ir.InterceptQuery) -> tuple:
        t = self.t
        msr = None
        if q.access == "rdpmc":
            # The checker allows at most one rdpmc rule.
            decision = self.expr(q.rules[0].cond)[0] if q.rules else t.true
        else:
            msr = self.expr(q.msr)[0]
            decision = t.true
            for r in reversed(q.rules):
                cond = self.expr(r.cond)[0]
                decision = t.ite(t.eq(msr, t.lit(r.msr, 32)), cond, decision)
        self.intercepts.append(Intercept(q, t.and_(self.pc, self.alive), decision, msr))
        return decision, self.no_labels

    def apply(self, e: ir.Op, a: list) -> int:
        t = self.t
        op = e.op
        w = width_of(e.type)
        if op == "and":
            return t.and_(a[0], a[1])
        if op == "or":
            return t.or_(a)
        if op == "implies":
            return t.app("=>", (a[0], a[1]), 0)
        if op == "eq":
            return t.eq(a[0], a[1])
        if op == "ite":
            return t.ite(a[0], a[1], a[2])
        if op == "extract":
            return t.extract(e.params[0], e.params[1], a[0])
        if op == "bit":
            i = e.params[0]
            return t.eq(t.extract(i, i, a[0]), t.lit(1, 1))
        if op == "zext":
            return t.extend("zero_extend", e.params[0], a[0])
        if op == "sext":
            return t.extend("sign_extend", e.params[0], a[0])
        assert op in FOLD, op      # not, xor and the bit-vector operators
        return t.app(op, tuple(a), w)
