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
branches, operators on literals only): the rules the z3py encoder applied
and a few more, so the terms are not larger than it built (it also ran
z3.simplify on write guards; folding literals covers the cases that
removed writes, tests/test_smt_text.py proves the rest equal).

Parts: smt_terms.py (the term DAG and its printing), smt_exec.py (the
symbolic execution), this module (a slice's encoding and its text).

Symbols (their names are part of the certificate and witness formats):
`p.CELL` and `p.CELL@DOMAIN` (template state), `cfg.CELL`, `actp`,
`inp.ACTION.INPUT`, `hvp.ACTION.UID`; cells are `ir.cell_name`s, monitors
`__observed_PROP`.  Every symbol is written quoted, `|p.x[0]|`.

API (encode.Encoder forwards `text()`, `expr_text(e)`, `holds_text(prop)`
to its slice's SliceEncoding, shared by all encoders of the slice):
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

from . import ir
from .smt_exec import MONITOR_PREFIX, TEMPLATE, Exec, Layout, LazyPre, Step, havocs
from .smt_terms import Terms, quote, sort_text, width_of

__all__ = ["MONITOR_PREFIX", "TEMPLATE", "OUT", "SliceEncoding", "EncodingText", "ActionText",
           "havocs", "quote"]

STEP = "p"              # name of the template step (actp, inp.*, hvp.*)
OUT = "__out."          # output predicates of the parse script (encode.py)


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
        # Set by certificate.validate once a solver has shown an initial
        # state satisfying the slice's assumptions (true of the slice, not
        # of any one certificate).
        self.initial_state_exists = False

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
        ex = Exec(t, self.layout, LazyPre(self.layout, t))
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
