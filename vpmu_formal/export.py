"""`export --smt2`: the transition system as SMT-LIB2 with VMT annotations.

The output follows the VMT-LIB convention (as read by model checkers that
accept VMT): every state symbol `s.x` is paired with its next-state copy
`n.x` through a `:next` annotation, and `.init`, `.trans` and one
`:invar-property` per property are named Boolean definitions.  Config
parameters are exported as state that never changes (VMT treats
unannotated symbols as inputs, which may change at every step).  Action
choice, action inputs and `any` values are inputs.  Labels are exported as
their Boolean atoms (`s.x@host`).  No slicing is applied: this is the whole
system, as the spec describes it.
"""
from __future__ import annotations

import z3

from . import __version__, ir
from .encode import Encoder, conj


def export_smt2(ts: ir.TransitionSystem) -> str:
    enc = Encoder(ts)
    ctx = enc.ctx
    cur = enc.state_vars("s")
    nxt = enc.state_vars("n")
    sv = enc.step_vars("in")
    post, constraints, _ = enc.transition(cur, sv)

    pairs = []          # (current, next)
    frozen = []
    for name, term in enc.config_terms.items():
        primed = z3.Const(f"n.cfg.{name}", term.sort())
        pairs.append((term, primed))
        frozen.append(primed == term)
    trans = list(frozen) + list(constraints)
    for c in enc.cells:
        pairs.append((cur[c.name].term, nxt[c.name].term))
        trans.append(nxt[c.name].term == post[c.name].term)
        for d in enc.domains:
            pairs.append((cur[c.name].labels[d], nxt[c.name].labels[d]))
            trans.append(nxt[c.name].labels[d] == post[c.name].labels[d])
    init = enc.background() + enc.init(cur)

    decl = z3.Solver(ctx=ctx)
    decl.add(conj(init, ctx), conj(trans, ctx))
    for p in ts.properties:
        decl.add(enc.holds(p, cur))
    lines = [f"; {ts.name}: {ts.title}",
             f"; exported by vpmu-formal {__version__} (z3 {z3.get_version_string()})",
             "; VMT-LIB: :next pairs state symbols, .init/.trans/.prop_* are named.",
             "; Covers are exported as invariants 'never reached' (:invar-property).",
             "(set-logic ALL)"]
    seen = set()
    for line in decl.sexpr().splitlines():
        if line.startswith("(declare-fun") and line not in seen:
            seen.add(line)
            lines.append(line)
    for i, (a, b) in enumerate(pairs):
        lines.append(f"(define-fun .sv{i} () {a.sort().sexpr()} (! {a.sexpr()} :next {b.sexpr()}))")
    lines.append(f"(define-fun .init () Bool (! {_one_line(conj(init, ctx))} :init true))")
    lines.append(f"(define-fun .trans () Bool (! {_one_line(conj(trans, ctx))} :trans true))")
    for i, p in enumerate(ts.properties):
        lines.append(f"; property {p.name} ({p.kind}) at {p.span}")
        lines.append(f"(define-fun .prop_{p.name} () Bool "
                     f"(! {_one_line(enc.holds(p, cur))} :invar-property {i}))")
    return "\n".join(lines) + "\n"


def _one_line(t: z3.ExprRef) -> str:
    return " ".join(t.sexpr().split())
