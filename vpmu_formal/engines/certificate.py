"""Proof certificates: an inductive invariant, checked by plain SMT queries.

A PROVED verdict is only ever reported after `validate` has shown, each by
an unsat answer of a fresh QF_BV solver:
  1. initiation:   background /\\ init(s)                /\\ ~I(s)   is unsat
  2. consecution:  background /\\ I(s) /\\ trans(s, s')    /\\ ~I(s')  is unsat
  3. safety:       background /\\ I(s)                   /\\ ~P(s)   is unsat
plus a non-vacuity check that background /\\ init(s) is satisfiable (an
empty set of initial states would make all three hold trivially).

Consecution is decided one action at a time: trans is the disjunction over
actions a of (act = a /\\ guard_a /\\ s' = post_a(s)), so (2) is unsat iff
background /\\ I(s) /\\ guard_a /\\ ~I(post_a(s)) is unsat for every a.  Each
of those queries is far smaller than the whole relation with its
if-then-else over the action index, and on the shipped specs the
per-action queries took 5.3 s where the monolithic ones took 9.5 s (the
worst single certificate went from 1.8 s to 0.2 s).  The files keep the
monolithic obligations: they are for other solvers, which need no
encoding knowledge to check them.

Certificates are stored as SMT-LIB2 files under proofs/: the invariant as a
`define-fun` over the state symbols and the three obligations, each a
`check-sat` that must answer unsat, so any SMT solver can re-check them.
The header carries a key: the hash of what is checked (the certificate
format, the property and the sliced system's encoding, see system_key),
and, as a record only, the
versions of this tool and of Z3 that produced it.  The versions are not
part of the key because the re-check is the soundness argument: a
certificate made by another Z3 is re-validated like any other, and one
that fails (stale, tampered, or refuted by this solver) is ignored and the
property is proved again.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import time
from dataclasses import dataclass
from typing import Optional

import z3

from .. import __version__, ir
from ..encode import Encoder, Substitution, conj
from ..smt_text import quote
from . import common
from .pdr import next_state_pairs, state_atoms

FORMAT = "vpmu-formal-certificate-2"


@dataclass(frozen=True)
class Check:
    ok: bool
    failed: str = ""      # which obligation failed, and how
    # The action whose consecution query was satisfiable (a counterexample
    # to induction), for Houdini to drop what it falsifies; else "".
    action: str = ""


def _solver(enc: Encoder, seconds: float) -> z3.Solver:
    s = common.new_solver(enc)
    common.set_deadline(s, seconds)
    return s


def initiation(enc: Encoder, inv: z3.BoolRef, pre: dict) -> tuple:
    """("initiation", formula that must be unsat): `inv` holds initially."""
    return ("initiation", conj([*enc.background(), *enc.init(pre), z3.Not(inv)], enc.ctx))


def safety(enc: Encoder, prop: ir.Property, inv: z3.BoolRef, pre: dict) -> tuple:
    """("safety", formula that must be unsat): `inv` implies the property."""
    return ("safety", conj([*enc.background(), inv, z3.Not(enc.holds(prop, pre))], enc.ctx))


def inductiveness(enc: Encoder, inv: z3.BoolRef, pre: dict) -> list:
    """[(name, formula that must be unsat)] saying `inv` holds initially and
    every step preserves it.  `pre` holds the template's state symbols
    (Encoder.template), as every invariant in this program does."""
    _, _, post, constraints, _ = enc.template()
    inv_post = z3.substitute(inv, *next_state_pairs(enc, pre, post))
    return [
        initiation(enc, inv, pre),
        ("consecution", conj([*enc.background(), inv, *constraints, z3.Not(inv_post)],
                             enc.ctx)),
    ]


def obligations(enc: Encoder, prop: ir.Property, inv: z3.BoolRef, pre: dict) -> list:
    """[(name, formula that must be unsat)]: `inv` is inductive and implies
    the property."""
    return inductiveness(enc, inv, pre) + [safety(enc, prop, inv, pre)]


def validate(enc: Encoder, prop: ir.Property, inv: z3.BoolRef, pre: dict,
             seconds: float = 30.0, start: str = "") -> Check:
    """Check: `inv` is an inductive invariant implying the property.  The
    per-action queries are asked in the spec's action order, or from
    action `start` on (wrapping around): the answer is the same, and
    Houdini, which validates again after each counterexample, asks the
    action that failed first."""
    deadline = time.monotonic() + seconds
    src = enc.source
    if not src.initial_state_exists:
        # The same for every certificate of this slice (it reads only the
        # slice's background and initial condition), so asked once.
        s = _solver(enc, seconds)
        s.add(*enc.background(), *enc.init(pre))
        r = s.check()
        if r != z3.sat:
            return Check(False, "non-vacuity: no initial state satisfies the assumptions"
                         if r == z3.unsat else f"non-vacuity: solver said {r}")
        src.initial_state_exists = True
    # A generator: after a failure, the remaining actions' queries are
    # never built (Houdini validates once per counterexample).
    queries = itertools.chain([(*initiation(enc, inv, pre), "")],
                              consecution_by_action(enc, inv, pre, start),
                              [(*safety(enc, prop, inv, pre), "")])
    for name, formula, action in queries:
        s = common.one_query_solver(enc)
        common.set_deadline(s, max(0.001, deadline - time.monotonic()))
        s.add(formula)
        r = s.check()
        if r != z3.unsat:
            why = "a counterexample exists" if r == z3.sat else s.reason_unknown()
            return Check(False, f"{name}: {why}", action if r == z3.sat else "")
    return Check(True)


def consecution_by_action(enc: Encoder, inv: z3.BoolRef, pre: dict, start: str = ""):
    """(name, formula that must be unsat, action name), one per action,
    made as they are asked for: `inv` is kept by every step of that action
    (see the module docstring for why this is the same obligation as
    consecution over the whole relation).  In the spec's action order, or
    from action `start` on, wrapping around.

    Only the conjuncts the action changes are concluded: a conjunct whose
    atoms the step leaves alone is, after the step, the same term as
    before it, and `inv` asserts it, so asking for it again only gave the
    solver more to blast (certificate re-validation took 15% less solver
    time without it).  The same holds of a step that turns one conjunct
    into another: `inv` asserts that one too."""
    background = enc.background()
    moves = action_moves(enc, pre)
    first = next((i for i, (st, _, _) in enumerate(moves) if st.action.name == start), 0)
    asserted = {p.get_id() for p in conjuncts(inv)}
    for st, facts, move in moves[first:] + moves[:first]:
        changed = _changed_conjuncts(asserted, move(inv))
        if not changed:
            # No atom the invariant reads changes: nothing to show.
            continue
        yield (f"consecution ({st.action.name})",
               conj([*background, inv, *facts, z3.Not(conj(changed, enc.ctx))], enc.ctx),
               st.action.name)


def _changed_conjuncts(asserted: set, moved: z3.BoolRef) -> list:
    """The conjuncts of `moved` (inv after a step) whose ids are not in
    `asserted`, the ids of inv's own conjuncts (Z3 hash-conses terms: the
    same id, the same term)."""
    return [m for m in conjuncts(moved) if m.get_id() not in asserted]


def conjuncts(inv: z3.BoolRef) -> list:
    """The invariant's top-level conjuncts, nested ands flattened, in order.
    Walked through Z3's C API: z3py's is_and and children() build a
    Python object per node and per declaration, which made this walk a
    tenth of re-validating a certificate."""
    ctx = inv.ctx
    ref = ctx.ref()
    out: list = []
    todo = [inv.as_ast()]
    while todo:
        a = todo.pop()
        if z3.Z3_get_ast_kind(ref, a) == z3.Z3_APP_AST and \
                z3.Z3_get_decl_kind(ref, z3.Z3_get_app_decl(ref, a)) == z3.Z3_OP_AND:
            todo.extend(z3.Z3_get_app_arg(ref, a, i)
                        for i in reversed(range(z3.Z3_get_app_num_args(ref, a))))
        else:
            out.append(z3.BoolRef(a, ctx))
    return out


def action_moves(enc: Encoder, pre: dict) -> list:
    """[(action step, what the step assumes, its move)] per action: the
    guard with the step's well-formedness and havoc constraints, and the
    substitution that turns a formula over `pre` (the template state's
    symbols) into the same formula after the step, as the sliced relation
    has it: an atom the slice dropped keeps its (constant) pre-state
    value, so only kept atoms the step changes are substituted."""
    if _MOVES and _MOVES[0] is enc and _MOVES[1] is pre:
        return _MOVES[2]
    _, sv, _, _, steps = enc.template()
    well_formed = enc.step_constraints(sv)
    kept = [(c.name, enc.keeps_value(c.name),
             [d for d in enc.domains if enc.keeps_label(c.name, d)]) for c in enc.cells]
    out = []
    for st in steps:
        pairs = []
        for name, value, domains in kept:
            before, after = pre[name], st.post[name]
            if after is before:
                # The template's own state: a cell the step leaves alone
                # is the very same Value (encode.py shares them).
                continue
            if value and not after.term.eq(before.term):
                pairs.append((before.term, after.term))
            for d in domains:
                if not after.labels[d].eq(before.labels[d]):
                    pairs.append((before.labels[d], after.labels[d]))
        out.append((st, [st.guard, *well_formed, *st.constraints],
                    Substitution(pairs, enc.ctx)))
    _MOVES[:] = [enc, pre, out]
    return out


# The last encoder's moves: Houdini validates its candidate set once per
# counterexample, with the same encoder and state each time.
_MOVES: list = []


def system_key(enc: Encoder, prop: ir.Property) -> str:
    """Hash of what a saved result is checked against: the certificate
    format, the sliced system's encoding as SMT-LIB2 text (smt_text.py:
    every declaration, the initial condition, the background and each
    action's guard and effect on the atoms the slice keeps) and the
    property's predicate.  That text is the normalised, sliced system: an
    edit the slice does not see (another property, an action's effect on
    a dropped register, a comment, a moved line) leaves it unchanged, so
    only the properties whose slice changed are checked again.  No tool
    or solver version: see the module docstring."""
    src = enc.source
    h = hashlib.sha256()
    h.update(f"{FORMAT}\n".encode())
    h.update(src.script()[0].encode())
    h.update(b"\n")
    h.update(src.holds_text(prop).encode())
    return h.hexdigest()


def source_key(sources_digest: str, ts: ir.TransitionSystem, prop: ir.Property) -> str:
    """A cheaper stand-in for system_key, recorded beside it: the same tool
    code reading the same spec text computes the same slice and the same
    encoding, so when this matches, system_key would too and need not be
    built.  It only ever saves work: a result is re-checked against the
    current spec whichever of the two keys matched."""
    h = hashlib.sha256()
    h.update(f"{FORMAT}\n{tool_digest()}\n{sources_digest}\n{ts.name}\n{prop.name}"
             .encode())
    return h.hexdigest()


def sources_digest(sources: dict) -> str:
    """Hash of a spec's text: every file it was read from (includes, the
    specs it extends, `--assume` texts), by content, not by path, so the
    same tree checked from another directory matches."""
    h = hashlib.sha256()
    for digest in sorted(hashlib.sha256(text.encode()).hexdigest()
                         for text in sources.values()):
        h.update(digest.encode())
    return h.hexdigest()


_TOOL_DIGEST: list = []


# Code that cannot change a slice or its encoding: reporters, the kernel
# index and review, the command line and process pool, and the search
# engines (they find results; the key says what a result is checked
# against).  Everything else of the package is hashed, so a module added
# later is in the digest unless it is listed here.
_NOT_IN_DIGEST = ("report/", "kernel/", "cli.py", "__main__.py", "runner.py", "diff.py",
                  "heap.py", "export.py", "results.py", "engines/explain.py",
                  "engines/bmc.py", "engines/common.py", "engines/crosscheck.py",
                  "engines/houdini.py", "engines/kinduction.py", "engines/minimize.py",
                  "engines/pdr.py", "engines/race.py", "engines/unroll.py")


def tool_digest() -> str:
    """Hash of the code of this tool that turns spec text into a sliced
    encoding (the parser, type checker, IR, slicer, the SMT-LIB builder,
    this module's key and format): same code and same text, same key."""
    if not _TOOL_DIGEST:
        package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        h = hashlib.sha256()
        for root, dirs, files in os.walk(package):
            dirs.sort()
            for name in sorted(files):
                rel = os.path.relpath(os.path.join(root, name), package).replace(os.sep, "/")
                if not name.endswith((".py", ".lark")) or rel.startswith(_NOT_IN_DIGEST):
                    continue
                h.update(rel.encode() + b"\0")
                with open(os.path.join(root, name), "rb") as fh:
                    h.update(fh.read())
        _TOOL_DIGEST.append(h.hexdigest())
    return _TOOL_DIGEST[0]


def made_by() -> str:
    """Who produced a saved result: a record for the reader, not a key."""
    return f"vpmu-formal {__version__}; z3 {z3.get_version_string()}"


def path_for(proofs_dir: str, spec: str, prop: str) -> str:
    return os.path.join(proofs_dir, spec, f"{prop}.smt2")


def render(enc: Encoder, prop: ir.Property, inv: z3.BoolRef, pre: dict, key: str,
           spec: str) -> str:
    """The certificate file.  The obligations are written from the slice's
    own SMT-LIB text (smt_text.py: shared subterms as define-funs, the
    relation once), not printed from z3py terms: Z3's printer repeats
    shared subterms, which made the files about 1.5 times larger, and
    printing them cost as much as proving a property by its lemmas."""
    text = enc.text()
    cols = state_atoms(enc, pre)
    names = [c.decl().name() for c in cols]
    posts = _post_columns(enc, text)
    background = list(text.background)
    holds, holds_decls, _ = enc.source.holds_parts(prop)
    decls = list(dict.fromkeys(text.decls + enc.source.background_texts()[1]
                               + enc.source.init_texts()[1] + holds_decls))
    inv_now = _apply("invariant", [quote(n) for n in names])
    inv_next = _apply("invariant", posts)
    obls = [
        ("initiation", background + list(text.init) + [f"(not {inv_now})"]),
        ("consecution", background + [inv_now] + list(text.constraints)
         + [f"(not {inv_next})"]),
        ("safety", background + [inv_now, f"(not {holds[0]})"]),
    ]
    lines = [f"; {FORMAT}", f"; spec: {spec}", f"; property: {prop.name}",
             f"; key: {key}",
             f"; tool: {made_by()}",
             "; Each (check-sat) below must answer unsat.", "(set-logic ALL)"]
    lines += decls
    lines += text.defs
    params = " ".join(f"({quote(n)} {c.sort().sexpr()})" for n, c in zip(names, cols))
    body = " ".join(inv.sexpr().split())
    lines.append(f"(define-fun invariant ({params}) Bool")
    lines.append(f"  {body})")
    for name, conjuncts in obls:
        lines.append(f"; obligation: {name}")
        lines.append("(push 1)")
        lines.append(f"(assert {_and(conjuncts)})")
        lines.append("(check-sat)")
        lines.append("(pop 1)")
    lines.append(f"; invariant-over: {' '.join(c.sexpr() for c in cols)}")
    # One line, so the loader can read it back without an s-expression parser.
    lines.append(f"; invariant: {body}")
    return "\n".join(lines) + "\n"


def _post_columns(enc: Encoder, text) -> list:
    """The next-state text of each column of state_atoms, in its order:
    configs never change; a kept atom takes the relation's post."""
    out = [quote(f"cfg.{name}") for name in enc.config_terms]
    for c in enc.cells:
        value, labels = text.post.get(c.name, (None, {}))
        if enc.keeps_value(c.name):
            out.append(value)
        for d in enc.domains:
            if enc.keeps_label(c.name, d):
                out.append(labels[d])
    return out


def _apply(name: str, args: list) -> str:
    return f"({name} {' '.join(args)})" if args else name


def _and(conjuncts: list) -> str:
    # Never `(and x)`: strict SMT-LIB parsers (Bitwuzla) reject it.
    if not conjuncts:
        return "true"
    return conjuncts[0] if len(conjuncts) == 1 else f"(and {' '.join(conjuncts)})"


def load_invariant(enc: Encoder, text: str, key: str) -> Optional[z3.BoolRef]:
    """The stored invariant, if the file is for this exact system; else None."""
    header = {}
    body = None
    for line in text.splitlines():
        if line.startswith("; key: "):
            header["key"] = line[len("; key: "):].strip()
        elif line.startswith("; invariant: "):
            body = line[len("; invariant: "):]
    if header.get("key") != key or body is None:
        return None
    try:
        return enc.formula_on_template(body)
    except (z3.Z3Exception, AssertionError):
        return None
