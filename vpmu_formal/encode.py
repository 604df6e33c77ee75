"""IR -> Z3 terms: init(s), trans(s, in, s'), property predicates.

Encoding choices (measured on the seed model, see DESIGN.md):
* One Z3 constant per scalar cell (array elements included); a symbolic
  index becomes an if-then-else chain.  Spacer copes badly with array
  theory, and scalars keep BMC in pure QF_BV.
* A label is one Boolean per (cell, domain): "this cell may hold data owned
  by that domain".  Labels are joined (OR) by every operator, so they are an
  over-approximation of explicit data flow.  Implicit flow through an `if`
  statement's condition is *not* propagated (the two-run noninterference
  check is the tool for that); an if-*expression* does carry its
  condition's label, since its value is computed from it.
* Action bodies are executed symbolically in order: each assignment
  rebinds the cell, `if` merges both branches with ite, and `fault` clears
  the `alive` flag so later statements of the body have no effect.
* `never D observes @L` properties become a monitor bit per property that
  latches when an `observe D: e` runs with e's L label set, so every
  property is a plain state invariant for every engine.
* The terms are not built with z3py: smt_text.py executes the IR in plain
  Python into SMT-LIB2 text, once per (system, slice), and each encoder
  has Z3's parser build it in its own context (one call, one pass in C).
  z3py cost tens of microseconds per operation; building the transition
  that way was most of a warm check.  Every context is made from the same
  text, so a property's terms, hence its answers, do not depend on what
  ran before it in the process.  `Encoder.text()`, `expr_text(e)` and
  `holds_text(prop)` hand out the text itself (smt_text.py documents it),
  for re-checking without building z3py terms.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import z3
from z3 import z3core
from z3.z3 import _to_expr_ref      # z3py's own wrapper of a raw AST (not re-exported)

from . import ir
from .memo import PerSystem
from .smt_text import MONITOR_PREFIX, OUT, TEMPLATE, EncodingText, SliceEncoding, quote
from .smt_exec import havocs as _havocs

__all__ = ["MONITOR_PREFIX", "TEMPLATE", "Encoder", "encoder_for", "Substitution", "conj",
           "disj", "Value", "State", "StepVars", "ActionStep", "Cell", "parse_terms"]


def z3_sort(t: ir.ScalarT, ctx: z3.Context) -> z3.SortRef:
    if isinstance(t, ir.BoolT):
        return z3.BoolSort(ctx)
    return z3.BitVecSort(t.width, ctx)


@dataclass(frozen=True)
class Cell:
    """A scalar piece of state: a variable or one array element."""
    var: str
    index: Optional[int]
    type: ir.ScalarT
    # Computed once: engines read it for every cell of every state.
    name: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", ir.cell_name(self.var, self.index))


@dataclass
class Value:
    term: z3.ExprRef
    labels: dict          # domain -> z3 Bool


class State(dict):
    """cell name -> Value, for the symbols `PREFIX.CELL` (state_vars): the
    prefix lets init/holds/eval_expr parse their text with these symbols
    directly instead of substituting the template's."""
    __slots__ = ("prefix",)

    def __init__(self, prefix: str, cells=()) -> None:
        super().__init__(cells)
        self.prefix = prefix


@dataclass
class Observation:
    uid: int
    observer: str
    cond: z3.BoolRef
    value: Value
    stmt: ir.Observe


@dataclass
class FaultEvent:
    kind: str
    cond: z3.BoolRef
    stmt: ir.Fault


@dataclass
class InterceptEvent:
    query: ir.InterceptQuery
    cond: z3.BoolRef          # the query was evaluated on this path
    decision: z3.BoolRef      # true: exits to KVM
    msr: Optional[z3.ExprRef] = None


@dataclass
class ActionStep:
    """One action's effect from a symbolic pre-state."""
    action: ir.Action
    guard: z3.BoolRef
    post: dict                # cell name -> Value (atoms the slice dropped: pre)
    observations: list
    faults: list
    intercepts: list
    constraints: list         # domain constraints on havoc values


@dataclass
class StepVars:
    """The per-step fresh symbols: which action ran, its inputs, havocs."""
    act: z3.ExprRef
    inputs: dict              # (action, input) -> term
    havocs: dict              # uid -> term


def parse_terms(ctx: z3.Context, text: str, widths: list) -> list:
    """The terms of a script asserting `(|__out.W| term)` for each output,
    W its width (0: Bool), in order.  The C API is called directly:
    z3py's parse_smt2_string and its AstVector indexing wrap every term
    through several ctypes calls."""
    cref = ctx.ref()
    vec = z3.AstVector(z3core.Z3_parse_smtlib2_string(cref, text, 0, None, None, 0, None, None),
                       ctx)
    v = vec.vector
    n = z3core.Z3_ast_vector_size(cref, v)
    if n != len(widths):
        raise AssertionError(f"parsed {n} outputs, expected {len(widths)}")
    get, arg = z3core.Z3_ast_vector_get, z3core.Z3_get_app_arg
    bool_ref, bv_ref = z3.BoolRef, z3.BitVecRef
    return [bool_ref(arg(cref, get(cref, v, i), 0), ctx) if w == 0
            else bv_ref(arg(cref, get(cref, v, i), 0), ctx)
            for i, w in enumerate(widths)]


def _standalone_script(parts: tuple, prefix: str) -> tuple:
    """(script, widths) for smt_text's self-contained texts, with the
    template state symbols renamed to `prefix` (every template state symbol,
    and nothing else, is written `|p.`...)."""
    texts, decls, widths = parts
    lines = list(decls)
    lines += [f"(declare-fun {quote(OUT + str(w))} ({_sort_text(w)}) Bool)"
              for w in sorted(set(widths))]
    lines += [f"(assert ({quote(OUT + str(w))} {s}))" for s, w in zip(texts, widths)]
    script = "\n".join(lines)
    if prefix != TEMPLATE:
        script = script.replace(f"|{TEMPLATE}.", f"|{prefix}.")
    return script, widths


def _sort_text(w: int) -> str:
    return "Bool" if w == 0 else f"(_ BitVec {w})"


class Encoder:
    def __init__(self, ts: ir.TransitionSystem, ctx: Optional[z3.Context] = None,
                 keep=None):
        """`keep` (a slicing.Slice) limits the encoding to the atoms a
        property needs; the rest become constants and are never constrained."""
        self.ts = ts
        self.ctx = ctx or z3.Context()
        self.keep = keep
        self.domains = ts.domains
        self.cells: list[Cell] = []
        for var in ts.state:
            for name, idx, t in ir.scalar_elems(var):
                self.cells.append(Cell(name, idx, t))
        self.monitors = [p for p in ts.properties if p.monitored]
        for p in self.monitors:
            self.cells.append(Cell(MONITOR_PREFIX + p.name, None, ir.BoolT()))
        self.config_terms: dict[str, z3.ExprRef] = {}
        for var in ts.configs:
            for name, idx, t in ir.scalar_elems(var):
                cname = ir.cell_name(name, idx)
                self.config_terms[cname] = z3.Const(f"cfg.{cname}", z3_sort(t, self.ctx))
        self.act_width = max(1, (len(ts.actions) - 1).bit_length()) if ts.actions else 1
        self.false = z3.BoolVal(False, self.ctx)
        self.true = z3.BoolVal(True, self.ctx)
        self._template = None
        self._extras = None             # (background terms, init terms over "p")
        self._holds: dict = {}
        # The text of this slice, shared by every encoder of it (encoder_for).
        self._template_source: Optional[SliceEncoding] = None

    @property
    def source(self) -> SliceEncoding:
        if self._template_source is None:
            self._template_source = SliceEncoding(self.ts, self.keep)
        return self._template_source

    def in_fresh_context(self) -> "Encoder":
        """The same encoder in a new Z3 context, parsing the same text."""
        enc = Encoder(self.ts, keep=self.keep)
        enc._template_source = self.source
        return enc

    # ---- the text (smt_text.py) -------------------------------------------
    def text(self) -> EncodingText:
        """The encoding as SMT-LIB2 text: declarations, shared definitions,
        background, init, per-action guard/post/constraints."""
        return self.source.text()

    def expr_text(self, e: ir.Expr) -> str:
        """An expression over the template state `p.`, self-contained."""
        return self.source.expr_text(e)

    def holds_text(self, prop: ir.Property) -> str:
        """The property's "good" predicate over `p.`, self-contained."""
        return self.source.holds_text(prop)

    # ---- symbols ----------------------------------------------------------
    def keeps_value(self, cell: str) -> bool:
        return self.keep is None or self.keep.keeps_value(cell)

    def keeps_label(self, cell: str, d: str) -> bool:
        return self.keep is None or self.keep.keeps_label(cell, d)

    def state_vars(self, prefix: str) -> State:
        """Fresh value and label symbols for every kept atom (constants for
        sliced-away atoms: nothing that matters reads them)."""
        out = State(prefix)
        for c in self.cells:
            sort = z3_sort(c.type, self.ctx)
            if self.keeps_value(c.name):
                term = z3.Const(f"{prefix}.{c.name}", sort)
            else:
                term = z3.BoolVal(False, self.ctx) if isinstance(c.type, ir.BoolT) \
                    else z3.BitVecVal(0, c.type.width, self.ctx)
            labels = {d: (z3.Bool(f"{prefix}.{c.name}@{d}", self.ctx)
                          if self.keeps_label(c.name, d) else self.false)
                      for d in self.domains}
            out[c.name] = Value(term, labels)
        return out

    def step_vars(self, k) -> StepVars:
        act = z3.BitVec(f"act{k}", self.act_width, self.ctx)
        inputs = {}
        havocs = {}
        for a in self.ts.actions:
            for inp in a.inputs:
                inputs[(a.name, inp.name)] = z3.Const(f"in{k}.{a.name}.{inp.name}",
                                                      z3_sort(inp.type, self.ctx))
            for h in _havocs(a.body):
                havocs[h.uid] = z3.Const(f"hv{k}.{a.name}.{h.uid}", z3_sort(h.type, self.ctx))
        return StepVars(act, inputs, havocs)

    def _mapping(self, pre: dict, sv: Optional[StepVars]) -> "Substitution":
        """Template symbols -> those of `pre` (and `sv`)."""
        t_pre, t_sv = self.template()[:2]
        pairs = []
        for c in self.cells:
            if self.keeps_value(c.name):
                pairs.append((t_pre[c.name].term, pre[c.name].term))
            for d in self.domains:
                if self.keeps_label(c.name, d):
                    pairs.append((t_pre[c.name].labels[d], pre[c.name].labels[d]))
        if sv is not None:
            pairs.append((t_sv.act, sv.act))
            pairs += [(t, sv.inputs[key]) for key, t in t_sv.inputs.items()]
            pairs += [(t, sv.havocs[key]) for key, t in t_sv.havocs.items()]
        return Substitution([(a, b) for a, b in pairs if not a.eq(b)], self.ctx)

    def step_constraints(self, sv: StepVars) -> list:
        """Well-formedness of one step's choices (action index, enum inputs)."""
        t_pre, t_sv = self.template()[:2]
        terms = self._step_constraints
        if sv is t_sv:
            return list(terms)
        f = self._mapping(t_pre, sv)
        return [f(t) for t in terms]

    def config_constraints(self) -> list:
        background, _ = self._parsed_extras()
        return background[:self.source.background_texts()[2]]

    def background(self) -> list:
        """What every query assumes: config domain constraints and assumes."""
        return list(self._parsed_extras()[0])

    def assumptions(self) -> list:
        """(assume, term) pairs; the config constraints they rely on are separate."""
        background, _ = self._parsed_extras()
        return list(zip(self.ts.assumes, background[self.source.background_texts()[2]:]))

    def _parsed_extras(self) -> tuple:
        if self._extras is None:
            self.template()
        return self._extras

    # ---- init and transition ---------------------------------------------
    def init(self, s: dict) -> list:
        prefix = getattr(s, "prefix", None)
        if prefix == TEMPLATE:
            return list(self._parsed_extras()[1])
        if prefix is not None:
            texts, decls = self.source.init_texts()
            script, widths = _standalone_script((texts, decls, [0] * len(texts)), prefix)
            return parse_terms(self.ctx, script, widths)
        f = self._mapping(s, None)
        return [f(t) for t in self._parsed_extras()[1]]

    def action_step(self, action: ir.Action, pre: dict, sv: StepVars) -> ActionStep:
        """`action`'s step from `pre` with the choices `sv` (the template's,
        renamed)."""
        t_pre, t_sv, _, _, steps = self.template()
        st = steps[self.ts.actions.index(action)]
        if pre is t_pre and sv is t_sv:
            return st
        return _rename_step(st, self._mapping(pre, sv))

    def template(self) -> tuple[dict, StepVars, dict, list, list]:
        """The transition over the template symbols (state prefix and step
        name "p"), built once per encoder: (pre, step vars, post,
        constraints, action steps).  Every engine works on these (and
        substitutes its own symbols where it needs others).  The terms come
        from parsing the slice's text (smt_text.SliceEncoding.script), which
        is made once per slice and shared by all its encoders
        (`encoder_for`)."""
        if self._template is None:
            self._template = self._parse_template()
        return self._template

    def _parse_template(self) -> tuple:
        src = self.source
        script, widths, roots = src.script()
        terms = parse_terms(self.ctx, script, widths)
        z = dict(zip(roots, terms))
        nb = len(src.background_texts()[0])
        extra = terms[len(roots):]
        self._extras = (extra[:nb], extra[nb:])
        domains = self.domains

        made: dict = {}

        def value(v: tuple) -> Value:
            # Most cells of most steps are unchanged: one Value per distinct
            # (term, labels), shared, as the z3py encoder shared them too.
            out = made.get(v)
            if out is None:
                out = made[v] = Value(z[v[0]], {d: z[x] for d, x in zip(domains, v[1])})
            return out

        def cells(post: dict) -> dict:
            return {c.name: value(post[c.name]) for c in self.cells}
        pre = State(TEMPLATE, cells(src.pre))
        sv = StepVars(z[src.act], {k: z[x] for k, x in src.inputs.items()},
                      {k: z[x] for k, x in src.havocs.items()})
        post = cells(src.post)
        constraints = [z[x] for x in src.constraints]
        self._step_constraints = [z[x] for x in src.step_constraints]
        steps = []
        for st in src.steps:
            steps.append(ActionStep(
                st.action, z[st.guard], cells(st.post),
                [Observation(o.uid, o.observer, z[o.cond], value(o.value), o.stmt)
                 for o in st.observations],
                [FaultEvent(f.kind, z[f.cond], f.stmt) for f in st.faults],
                [InterceptEvent(ev.query, z[ev.cond], z[ev.decision],
                                z[ev.msr] if ev.msr is not None else None)
                 for ev in st.intercepts],
                [z[x] for x in st.constraints]))
        return pre, sv, post, constraints, steps

    def transition(self, pre: dict, sv: StepVars) -> tuple[dict, list, list]:
        """Functional one-step relation: (post cells, constraints, steps).

        post[c] = ite(act == 0, post_0[c], ite(act == 1, post_1[c], ...)),
        and the constraint that the chosen action's guard holds.
        """
        t_pre, t_sv, post, constraints, steps = self.template()
        if pre is t_pre and sv is t_sv:
            return post, constraints, steps
        f = self._mapping(pre, sv)
        return ({c: Value(f(v.term), {d: f(x) for d, x in v.labels.items()})
                 for c, v in post.items()},
                [f(x) for x in constraints], [_rename_step(st, f) for st in steps])

    # ---- properties ---------------------------------------------------------
    def holds(self, prop: ir.Property, s: dict) -> z3.BoolRef:
        """The property's "good" predicate on a state (for covers: "not reached")."""
        prefix = getattr(s, "prefix", None)
        key = (id(prop), prefix)
        hit = self._holds.get(key)
        if hit is not None and hit[0] is prop:
            term = hit[1]
        else:
            script, widths = _standalone_script(self.source.holds_parts(prop),
                                                prefix or TEMPLATE)
            term = parse_terms(self.ctx, script, widths)[0]
            self._holds[key] = (prop, term)
        return term if prefix is not None else self._mapping(s, None)(term)

    def eval_expr(self, e: ir.Expr, s: dict) -> Value:
        """An expression's value and labels on a state."""
        prefix = getattr(s, "prefix", None)
        script, widths = _standalone_script(self.source.expr_parts(e), prefix or TEMPLATE)
        terms = parse_terms(self.ctx, script, widths)
        if prefix is None:
            f = self._mapping(s, None)
            terms = [f(x) for x in terms]
        return Value(terms[0], dict(zip(self.domains, terms[1:])))

    def formula_on_template(self, text: str) -> z3.BoolRef:
        """An SMT-LIB Bool term over the template's symbols (as a saved
        invariant is written), parsed against the slice's own declarations;
        a symbol the slice does not declare is a parse error (Z3Exception).
        z3py's parse_smt2_string wanted a declaration object per symbol,
        made through several calls each."""
        script, widths = _standalone_script(([text], self.source.decls(), [0]), TEMPLATE)
        return parse_terms(self.ctx, script, widths)[0]

    def values_on_template(self, exprs: list) -> list:
        """The values (no labels) of `exprs` on the template state, parsed
        in one script: one parse per expression was most of setting up a
        lemma proof's candidates."""
        parts = [self.source.expr_parts(e, labels=False) for e in exprs]
        texts = [t for p in parts for t in p[0]]
        decls = list(dict.fromkeys(d for p in parts for d in p[1]))
        widths = [w for p in parts for w in p[2]]
        if not texts:
            return []
        script, widths = _standalone_script((texts, decls, widths), TEMPLATE)
        return parse_terms(self.ctx, script, widths)

    def expr(self, e: ir.Expr, s: dict) -> Value:
        """Same as eval_expr (kept for callers of the old name)."""
        return self.eval_expr(e, s)

    def no_labels(self) -> dict:
        return {d: self.false for d in self.domains}


def _rename_step(st: ActionStep, f) -> ActionStep:
    def value(v: Value) -> Value:
        return Value(f(v.term), {d: f(x) for d, x in v.labels.items()})
    return ActionStep(
        st.action, f(st.guard), {c: value(v) for c, v in st.post.items()},
        [Observation(o.uid, o.observer, f(o.cond), value(o.value), o.stmt)
         for o in st.observations],
        [FaultEvent(x.kind, f(x.cond), x.stmt) for x in st.faults],
        [InterceptEvent(ev.query, f(ev.cond), f(ev.decision),
                        f(ev.msr) if ev.msr is not None else None) for ev in st.intercepts],
        [f(x) for x in st.constraints])


_ENCODERS = PerSystem()


def encoder_for(ts: ir.TransitionSystem, keep=None) -> "Encoder":
    """An encoder for a slice of the system being checked, in a context of
    its own: the slice's text is made once and parsed for each caller, so
    every property's solving starts from the same context whatever ran
    before it in this process."""
    shared = _ENCODERS.get(ts, keep.atoms if keep is not None else None,
                           lambda: SliceEncoding(ts, keep))
    enc = Encoder(ts, keep=keep)
    enc._template_source = shared
    return enc


class Substitution:
    """z3.substitute with the (from, to) pairs converted once.  z3py's
    substitute rebuilds both arrays and, in debug mode (the default),
    compares the sorts of every pair on every call: with a few hundred
    pairs applied to every cell of every unrolled step, that was more time
    than the substitutions.  The pairs are the encoder's own symbols, so
    their sorts match by construction."""

    def __init__(self, pairs: list, ctx: z3.Context):
        self.ctx = ctx
        self.pairs = pairs              # keeps the ASTs alive
        self.n = len(pairs)
        self._from = (z3.Ast * self.n)()
        self._to = (z3.Ast * self.n)()
        for i, (a, b) in enumerate(pairs):
            self._from[i] = a.as_ast()
            self._to[i] = b.as_ast()

    def __call__(self, term: z3.ExprRef) -> z3.ExprRef:
        if not self.n:
            return term
        return _to_expr_ref(z3.Z3_substitute(self.ctx.ref(), term.as_ast(), self.n,
                                             self._from, self._to), self.ctx)


def conj(terms, ctx) -> z3.BoolRef:
    """And of a list, never with a single argument: strict SMT-LIB parsers
    (Bitwuzla) reject `(and x)`, which Z3 prints for z3.And(x)."""
    terms = list(terms)
    if not terms:
        return z3.BoolVal(True, ctx)
    return terms[0] if len(terms) == 1 else z3.And(*terms)


def disj(terms, ctx) -> z3.BoolRef:
    """Or of a list, never with a single argument (see conj)."""
    terms = list(terms)
    if not terms:
        return z3.BoolVal(False, ctx)
    return terms[0] if len(terms) == 1 else z3.Or(*terms)
