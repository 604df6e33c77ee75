"""IR -> SMT-LIB2 text: the encoding built in plain Python, parsed by Z3.

Building the transition with z3py cost tens of microseconds per operation
(ctypes and wrapper objects), 0.1-0.3 s per (system, slice), and then as
much again to translate it into each property's context.  Here the same
symbolic execution runs over a hash-consed DAG of plain tuples
(`Terms`), is printed once per slice as SMT-LIB2, and Z3's own parser
builds the terms in whichever context needs them (encode.py).  Every
context is built from the same text, so a property's terms do not depend
on what ran before it in the process.

Semantics (the one encoding of the product; encode.py's docstring has the
choices and why):
* a label is one Boolean per (cell, domain), OR-joined by every operator;
  an if-*expression* carries its condition's labels, an `if` statement
  does not;
* bodies run in order, `if` merges both branches with ite, `fault` clears
  `alive` so later statements have no effect; a field write keeps the rest
  of the register and ORs in its old labels; a write at a symbolic index is
  a guarded write of every element; an out-of-range read yields the last
  element;
* `intercepted(rdpmc)` is the (single) rule's condition, or true;
  `intercepted(rdmsr, m)` an ite chain over the rules' MSR constants whose
  default is true (no rule: the access exits);
* `never D observes @L` is a monitor cell that latches when an observation
  by D carries label L;
* atoms the slice dropped are the constants false / 0 and are never
  updated.
The builder folds literals (ite/and/or/not over true/false, equal ite
branches, operators on literals only), so the text is never larger than
what the z3py encoder built.

Symbols (their names are part of the certificate and witness formats):
`p.CELL` and `p.CELL@DOMAIN` (template state), `cfg.CELL`, `actp`,
`inp.ACTION.INPUT`, `hvp.ACTION.UID`; cells are `ir.cell_name`s, monitors
`__observed_PROP`.  Every symbol is written quoted, `|p.x[0]|`.

API:
* `SliceEncoding(ts, keep)`: the encoding of one slice (keep: a
  slicing.Slice or None for everything), built lazily on first use.
  - `.text() -> EncodingText`: the text itself, for handing to a solver
    without z3py terms (e.g. `z3.Solver.from_string`).  A query is
    `decls + defs + (assert ...)`s over the texts; `defs` are the shared
    subterms of the actions, as 0-ary `define-fun`s in dependency order.
    Expression texts (`init`, `background`, `expr_text`) are
    self-contained (shared parts are `let`-bound) and refer only to
    symbols in `decls`.
  - `.expr_text(e) -> str`, `.holds_text(prop) -> str`: an IR expression
    (a property's "good" predicate) over the template state `p.`.
  - `.script() -> (text, widths, roots)`: what encode.py parses: the
    declarations, the definitions and one `(assert (|__out.W| t))` per
    template term (`roots`, DAG nodes), then per background and init
    term; W is the term's width, 0 for Bool.
* `EncodingText`: decls, defs, background, init, actions (`ActionText`),
  step_constraints, plus the whole relation as `post` and `constraints`.
* `ActionText`: name, guard, constraints (havoc domains), post: cell ->
  (value term or None when the slice dropped the value, {domain: label
  term} for the labels it kept), for every cell with a kept atom.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from . import ir

MONITOR_PREFIX = "__observed_"
TEMPLATE = "p"          # prefix of the template state symbols
STEP = "p"              # name of the template step (actp, inp.*, hvp.*)
OUT = "__out."          # output predicates of the parse script (encode.py)


def width_of(t: ir.ScalarT) -> int:
    """0 for Bool, else the bit-vector width: the builder's sort."""
    return 0 if isinstance(t, ir.BoolT) else t.width


def sort_text(w: int) -> str:
    return "Bool" if w == 0 else f"(_ BitVec {w})"


def quote(name: str) -> str:
    assert "|" not in name and "\\" not in name, name
    return f"|{name}|"


def lit_text(v: int, w: int) -> str:
    if w == 0:
        return "true" if v else "false"
    if w % 4 == 0:
        return "#x" + format(v, "0%dx" % (w // 4))
    return "#b" + format(v, "0%db" % w)


def _mask(w: int) -> int:
    return (1 << w) - 1


# Operators folded when all their arguments are literals: (value, ...) ->
# value, with w the width of the arguments.
_FOLD = {
    "not": lambda w, a: 1 - a,
    "and": lambda w, a, b: a & b,
    "or": lambda w, a, b: a | b,
    "xor": lambda w, a, b: a ^ b,
    "=>": lambda w, a, b: (1 - a) | b,
    "=": lambda w, a, b: int(a == b),
    "bvadd": lambda w, a, b: (a + b) & _mask(w),
    "bvsub": lambda w, a, b: (a - b) & _mask(w),
    "bvmul": lambda w, a, b: (a * b) & _mask(w),
    "bvand": lambda w, a, b: a & b,
    "bvor": lambda w, a, b: a | b,
    "bvxor": lambda w, a, b: a ^ b,
    "bvshl": lambda w, a, b: (a << b) & _mask(w) if b < w else 0,
    "bvlshr": lambda w, a, b: a >> b if b < w else 0,
    "bvnot": lambda w, a: ~a & _mask(w),
    "bvneg": lambda w, a: -a & _mask(w),
    "bvult": lambda w, a, b: int(a < b),
    "bvule": lambda w, a, b: int(a <= b),
    "bvugt": lambda w, a, b: int(a > b),
    "bvuge": lambda w, a, b: int(a >= b),
}


class Terms:
    """A hash-consed term DAG.  A term is an int; children always have
    smaller numbers than their parents, so numeric order is a dependency
    order.  Equal terms are the same int, which is what the folding rules
    (equal ite branches) compare."""

    def __init__(self) -> None:
        self.head: list[str] = []     # atom text, or operator of an application
        self.args: list[tuple] = []
        self.width: list[int] = []
        self.value: list = []         # the value of a literal, else None
        self._ids: dict = {}
        self.false = self.lit(0, 0)
        self.true = self.lit(1, 0)

    def _node(self, head: str, args: tuple, w: int, value=None) -> int:
        key = (head, args)
        i = self._ids.get(key)
        if i is None:
            i = self._ids[key] = len(self.head)
            self.head.append(head)
            self.args.append(args)
            self.width.append(w)
            self.value.append(value)
        return i

    def lit(self, v: int, w: int) -> int:
        v = int(bool(v)) if w == 0 else v & _mask(w)
        return self._node(lit_text(v, w), (), w, v)

    def sym(self, name: str, w: int) -> int:
        return self._node(quote(name), (), w)

    def is_symbol(self, t: int) -> bool:
        return not self.args[t] and self.value[t] is None

    # -- applications, with the folding the z3py encoder did and more --
    def app(self, head: str, args: tuple, w: int) -> int:
        vals = [self.value[a] for a in args]
        if None not in vals and head in _FOLD:
            return self.lit(_FOLD[head](self.width[args[0]], *vals), w)
        return self._node(head, args, w)

    def not_(self, a: int) -> int:
        return self.app("not", (a,), 0)

    def and_(self, a: int, b: int) -> int:
        va, vb = self.value[a], self.value[b]
        if va == 0 or vb == 0:
            return self.false
        if va == 1:
            return b
        if vb == 1 or a == b:
            return a
        return self._node("and", (a, b), 0)

    def or_(self, terms) -> int:
        """Or of a list: false terms dropped, true absorbs, one term is itself."""
        out = []
        for t in terms:
            v = self.value[t]
            if v == 1:
                return self.true
            if v is None and t not in out:
                out.append(t)
        if not out:
            return self.false
        return out[0] if len(out) == 1 else self._node("or", tuple(out), 0)

    def ite(self, c: int, a: int, b: int) -> int:
        v = self.value[c]
        if v == 1 or a == b:
            return a
        if v == 0:
            return b
        return self._node("ite", (c, a, b), self.width[a])

    def ite_bool(self, c: int, a: int, b: int) -> int:
        """ite of Booleans with literal branches turned into and/or/not:
        for the `alive` flag, whose merges are mostly (ite c false true)."""
        va, vb = self.value[a], self.value[b]
        if self.value[c] is not None or a == b:
            return self.ite(c, a, b)
        if va == 1:
            return self.or_([c, b]) if vb is None else (c if vb == 0 else self.true)
        if va == 0:
            nc = self.not_(c)
            return self.and_(nc, b) if vb is None else (nc if vb == 1 else self.false)
        if vb == 1:
            return self.or_([self.not_(c), a])
        if vb == 0:
            return self.and_(c, a)
        return self.ite(c, a, b)

    def eq(self, a: int, b: int) -> int:
        if a == b:
            return self.true
        return self.app("=", (a, b), 0)

    def extract(self, hi: int, lo: int, a: int) -> int:
        if lo == 0 and hi == self.width[a] - 1:
            return a
        v = self.value[a]
        if v is not None:
            return self.lit(v >> lo, hi - lo + 1)
        return self._node(f"(_ extract {hi} {lo})", (a,), hi - lo + 1)

    def concat(self, a: int, b: int) -> int:
        w = self.width[a] + self.width[b]
        va, vb = self.value[a], self.value[b]
        if va is not None and vb is not None:
            return self.lit((va << self.width[b]) | vb, w)
        return self._node("concat", (a, b), w)

    def extend(self, op: str, n: int, a: int) -> int:
        w = self.width[a]
        v = self.value[a]
        if v is not None:
            if op == "sign_extend" and v >> (w - 1):
                v |= _mask(n) << w
            return self.lit(v, w + n)
        return self._node(f"(_ {op} {n})", (a,), w + n)

    def ult_lit(self, a: int, n: int) -> int:
        return self.app("bvult", (a, self.lit(n, self.width[a])), 0)

    # -- printing --
    def _reachable(self, roots) -> dict:
        """node -> number of references to it (from parents and roots)."""
        refs: dict = {}
        stack = list(roots)
        while stack:
            t = stack.pop()
            n = refs.get(t, 0)
            refs[t] = n + 1
            if n == 0:
                stack.extend(self.args[t])
        return refs

    def render(self, roots, name: str = "$") -> tuple[dict, list]:
        """(text of each root, shared subterms as [(name, sort, body)] in
        dependency order).  A subterm referenced more than once becomes a
        name unless its text is short; the rest are written in place."""
        refs = self._reachable(roots)
        text: dict = {}
        shared: list = []
        for t in sorted(refs):
            args = self.args[t]
            if not args:
                text[t] = self.head[t]
                continue
            body = "(" + self.head[t] + " " + " ".join([text[a] for a in args]) + ")"
            if refs[t] > 1 and len(body) > 24:
                ref = f"{name}{len(shared)}"
                shared.append((ref, sort_text(self.width[t]), body))
                body = ref
            text[t] = body
        return {t: text[t] for t in roots}, shared

    def standalone(self, roots) -> tuple[list, list]:
        """(self-contained text of each root with its shared parts
        let-bound, declarations of the symbols they use)."""
        texts, shared = self.render(roots, "$e")
        out = []
        for t in roots:
            s = texts[t]
            # Each root binds only what it uses, innermost last.
            for n, _, b in reversed(shared):
                if n + " " in s or n + ")" in s:
                    s = f"(let (({n} {b})) {s})"
            out.append(s)
        decls = [f"(declare-fun {self.head[t]} () {sort_text(self.width[t])})"
                 for t in sorted(self._reachable(roots)) if self.is_symbol(t)]
        return out, decls


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


@dataclass
class ActionText:
    name: str
    guard: str
    constraints: list
    post: dict            # cell -> (value term or None, {domain: label term})


@dataclass
class EncodingText:
    decls: list
    defs: list
    background: list
    init: list
    actions: list
    step_constraints: list
    post: dict            # the whole relation's, as ActionText.post
    constraints: list     # the whole relation's: enabled, step and havoc constraints


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


class _LazyPre(dict):
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
        assert op in _FOLD, op      # not, xor and the bit-vector operators
        return t.app(op, tuple(a), w)


class SliceEncoding:
    """The encoding of one (system, slice), as a DAG and as text; built on
    first use, then read by every encoder of the slice (encode.py)."""

    def __init__(self, ts: ir.TransitionSystem, keep=None) -> None:
        self.layout = Layout(ts, keep)
        self.ts = ts
        self.havoc_stmts = {a.name: havocs(a.body) for a in ts.actions}
        self._built = False
        self._exprs: dict = {}         # id(expr) -> (expr, rendering), see expr_parts
        self._script = None
        self._text = None

    # ---- the transition -------------------------------------------------
    def _build(self) -> None:
        if self._built:
            return
        L, ts = self.layout, self.ts
        t = self.terms = Terms()
        self.pre = {c: L.pre_value(t, c, typ) for c, typ in L.cells}
        self.act = t.sym(f"act{STEP}", L.act_width)
        self.inputs: dict = {}
        self.havocs: dict = {}
        for a in ts.actions:
            for inp in a.inputs:
                self.inputs[(a.name, inp.name)] = t.sym(f"in{STEP}.{a.name}.{inp.name}",
                                                        width_of(inp.type))
            for h in self.havoc_stmts[a.name]:
                self.havocs[h.uid] = t.sym(f"hv{STEP}.{a.name}.{h.uid}", width_of(h.type))
        self.steps = [self._step(a) for a in ts.actions]
        self.step_constraints = self._step_constraints()
        sel = [t.eq(t.lit(i, L.act_width), self.act) for i in range(len(self.steps))]
        enabled = t.or_([t.and_(sel[i], st.guard) for i, st in enumerate(self.steps)])
        # post[c] = ite(act = 0, post_0[c], ite(act = 1, post_1[c], ...)),
        # over the atoms the slice keeps (the others never change).
        self.post = {}
        for c, _ in L.cells:
            term, labels = self.pre[c]
            labels = list(labels)
            pt, pl = self.pre[c]
            for i in reversed(range(len(self.steps))):
                vt, vl = self.steps[i].post[c]
                # The actions are exclusive, so an action that leaves an
                # atom alone needs no case: the chain's default is `pre`.
                if vt != pt:
                    term = t.ite(sel[i], vt, term)
                for j in range(len(L.domains)):
                    if vl[j] != pl[j]:
                        labels[j] = t.ite(sel[i], vl[j], labels[j])
            self.post[c] = (term, tuple(labels))
        self.constraints = [enabled] + self.step_constraints
        for st in self.steps:
            self.constraints.extend(st.constraints)
        self._built = True

    def _step(self, a: ir.Action) -> Step:
        L, t = self.layout, self.terms
        ex = Exec(t, L, dict(self.pre))
        ex.inputs = {inp.name: (self.inputs[(a.name, inp.name)], ex.const_labels(inp.label))
                     for inp in a.inputs}
        ex.havocs = self.havocs
        guard = ex.expr(a.guard)[0]
        ex.run(a.body)
        post = {}
        for c, _ in L.cells:
            pt, pl = self.pre[c]
            vt, vl = ex.cells[c]
            # Atoms the slice dropped keep their constant (never updated).
            post[c] = (vt if L.keeps_value(c) else pt,
                       tuple(vl[j] if L.keeps_label(c, d) else pl[j]
                             for j, d in enumerate(L.domains)))
        for p in L.monitors:
            name = MONITOR_PREFIX + p.name
            if not L.keeps_value(name):
                continue
            # never_observes latches on the forbidden owner; cover_observe
            # on any observation at all.
            hits = [t.and_(o.cond, o.value[1][ex.didx[p.label]]) if p.label else o.cond
                    for o in ex.observations if o.observer == p.observer]
            if hits:
                post[name] = (t.or_([self.pre[name][0], *hits]), self.pre[name][1])
        constraints = []
        for h in self.havoc_stmts[a.name]:
            if isinstance(h.type, ir.EnumT) and len(h.type.members) < (1 << h.type.width):
                constraints.append(t.ult_lit(self.havocs[h.uid], len(h.type.members)))
        return Step(a, guard, post, ex.observations, ex.faults, ex.intercepts, constraints)

    def _step_constraints(self) -> list:
        """Well-formedness of one step's choices (action index, enum inputs)."""
        L, t = self.layout, self.terms
        out = []
        n = len(self.ts.actions)
        if n < (1 << L.act_width):
            out.append(t.ult_lit(self.act, n))
        for a in self.ts.actions:
            for inp in a.inputs:
                if isinstance(inp.type, ir.EnumT) and len(inp.type.members) < (1 << inp.type.width):
                    out.append(t.ult_lit(self.inputs[(a.name, inp.name)], len(inp.type.members)))
        return out

    def roots(self) -> list:
        """Every term the template hands out, in a fixed order."""
        self._build()
        L = self.layout
        out: list = []
        for c, _ in L.cells:
            out.append(self.pre[c][0])
            out.extend(self.pre[c][1])
        out.append(self.act)
        out.extend(self.inputs.values())
        out.extend(self.havocs.values())
        for c, _ in L.cells:
            out.append(self.post[c][0])
            out.extend(self.post[c][1])
        out.extend(self.constraints)
        for st in self.steps:
            out.append(st.guard)
            for c, _ in L.cells:
                out.append(st.post[c][0])
                out.extend(st.post[c][1])
            for o in st.observations:
                out += [o.cond, o.value[0], *o.value[1]]
            out.extend(f.cond for f in st.faults)
            for ev in st.intercepts:
                out += [ev.cond, ev.decision] + ([ev.msr] if ev.msr is not None else [])
            out.extend(st.constraints)
        return out

    def decls(self) -> list:
        """Every free symbol of the template, kept atoms only."""
        L = self.layout
        out = []
        for c, typ in L.cells:
            if L.keeps_value(c):
                out.append(f"(declare-fun {quote(f'{TEMPLATE}.{c}')} () {sort_text(width_of(typ))})")
            for d in L.domains:
                if L.keeps_label(c, d):
                    out.append(f"(declare-fun {quote(f'{TEMPLATE}.{c}@{d}')} () Bool)")
        for c, typ in L.configs:
            out.append(f"(declare-fun {quote(f'cfg.{c}')} () {sort_text(width_of(typ))})")
        out.append(f"(declare-fun {quote(f'act{STEP}')} () {sort_text(L.act_width)})")
        for a in self.ts.actions:
            for inp in a.inputs:
                out.append(f"(declare-fun {quote(f'in{STEP}.{a.name}.{inp.name}')} () "
                           f"{sort_text(width_of(inp.type))})")
            for h in self.havoc_stmts[a.name]:
                out.append(f"(declare-fun {quote(f'hv{STEP}.{a.name}.{h.uid}')} () "
                           f"{sort_text(width_of(h.type))})")
        return out

    def script(self) -> tuple:
        """(SMT-LIB text, the width of each output, the number of template
        outputs): the text asserts `(|__out.W| term)` for every distinct
        template root, then for the background and init terms; encode.py
        parses it and takes the argument of each assertion."""
        if self._script is None:
            roots = list(dict.fromkeys(self.roots()))
            texts, shared = self.terms.render(roots)
            self._shared = shared
            self._texts = texts
            widths = [self.terms.width[r] for r in roots]
            extra = [(s, 0) for s in self.background_texts()[0]] + \
                [(s, 0) for s in self.init_texts()[0]]
            used = sorted(set(widths) | {0})
            lines = self.decls()
            lines += [f"(declare-fun {quote(OUT + str(w))} ({sort_text(w)}) Bool)" for w in used]
            lines += [f"(define-fun {n} () {s} {b})" for n, s, b in shared]
            lines += [f"(assert ({quote(OUT + str(w))} {texts[r]}))"
                      for r, w in zip(roots, widths)]
            lines += [f"(assert ({quote(OUT + '0')} {s}))" for s, _ in extra]
            self._script = ("\n".join(lines), widths + [w for _, w in extra], roots)
        return self._script

    # ---- init, background, expressions: self-contained texts -------------
    def _standalone(self, make) -> tuple:
        """Render with a fresh DAG: `make(terms, exec)` -> list of roots."""
        t = Terms()
        ex = Exec(t, self.layout, _LazyPre(self.layout, t))
        roots = make(t, ex)
        texts, decls = t.standalone(roots)
        return texts, decls, [t.width[r] for r in roots]

    def init_texts(self) -> tuple:
        """(init terms over the template state, their declarations)."""
        if not hasattr(self, "_init"):
            L = self.layout

            def make(t, ex):
                out = []
                for var in self.ts.state:
                    for name, idx, typ in ir.scalar_elems(var):
                        cname = ir.cell_name(name, idx)
                        term, labels = ex.cells[cname]
                        if L.keeps_value(cname):
                            if var.init is not None:
                                out.append(t.app("=", (term, ex.expr(var.init)[0]), 0))
                            elif isinstance(typ, ir.EnumT) and \
                                    len(typ.members) < (1 << typ.width):
                                out.append(t.ult_lit(term, len(typ.members)))
                        for j, d in enumerate(L.domains):
                            if L.keeps_label(cname, d):
                                out.append(t.app("=", (labels[j], t.lit(d in var.label, 0)), 0))
                for p in L.monitors:
                    name = MONITOR_PREFIX + p.name
                    if L.keeps_value(name):
                        out.append(t.not_(ex.cells[name][0]))
                return out
            texts, decls, _ = self._standalone(make)
            self._init = (texts, decls)
        return self._init

    def background_texts(self) -> tuple:
        """(config domain constraints + assumes, declarations, the number
        of config constraints)."""
        if not hasattr(self, "_background"):
            counted = []

            def make(t, ex):
                out = []
                for c, typ in self.layout.configs:
                    if isinstance(typ, ir.EnumT) and len(typ.members) < (1 << typ.width):
                        out.append(t.ult_lit(t.sym(f"cfg.{c}", typ.width), len(typ.members)))
                counted.append(len(out))
                return out + [ex.expr(a.expr)[0] for a in self.ts.assumes]
            texts, decls, _ = self._standalone(make)
            self._background = (texts, decls, counted[0])
        return self._background

    def expr_parts(self, e, labels: bool = True) -> tuple:
        """(texts of e's value and, with `labels`, of its labels in domain
        order; declarations; widths), over the template state; cached."""
        key = (id(e), labels)
        hit = self._exprs.get(key)
        if hit is None or hit[0] is not e:
            def make(t, ex):
                term, ls = ex.expr(e)
                return [term, *ls] if labels else [term]
            hit = self._exprs[key] = (e, self._standalone(make))
        return hit[1]

    def holds_parts(self, prop: ir.Property) -> tuple:
        """The property's "good" predicate (for covers: "not reached")."""
        key = (id(prop), "holds")
        hit = self._exprs.get(key)
        if hit is None or hit[0] is not prop:
            def make(t, ex):
                if prop.monitored:
                    return [t.not_(ex.cells[MONITOR_PREFIX + prop.name][0])]
                term = ex.expr(prop.expr)[0]
                return [t.not_(term) if prop.is_cover else term]
            hit = self._exprs[key] = (prop, self._standalone(make))
        return hit[1]

    def expr_text(self, e) -> str:
        return self.expr_parts(e, labels=False)[0][0]

    def holds_text(self, prop: ir.Property) -> str:
        return self.holds_parts(prop)[0][0]

    # ---- the text, for other solvers -------------------------------------
    def text(self) -> EncodingText:
        if self._text is None:
            self.script()
            L, texts = self.layout, self._texts

            def post_text(post: dict) -> dict:
                out = {}
                for c, _ in L.cells:
                    ls = {d: texts[post[c][1][j]] for j, d in enumerate(L.domains)
                          if L.keeps_label(c, d)}
                    if L.keeps_value(c) or ls:
                        out[c] = (texts[post[c][0]] if L.keeps_value(c) else None, ls)
                return out
            actions = [ActionText(st.action.name, texts[st.guard],
                                  [texts[x] for x in st.constraints], post_text(st.post))
                       for st in self.steps]
            self._text = EncodingText(
                decls=self.decls(),
                defs=[f"(define-fun {n} () {s} {b})" for n, s, b in self._shared],
                background=list(self.background_texts()[0]),
                init=list(self.init_texts()[0]),
                actions=actions,
                step_constraints=[texts[x] for x in self.step_constraints],
                post=post_text(self.post),
                constraints=[texts[x] for x in self.constraints])
        return self._text
