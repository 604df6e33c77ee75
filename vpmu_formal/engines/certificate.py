"""Proof certificates: an inductive invariant, checked by plain SMT queries.

A PROVED verdict is only ever reported after `validate` has shown, each by
an unsat answer of a fresh QF_BV solver:
  1. initiation:   background /\\ init(s)                /\\ ~I(s)   is unsat
  2. consecution:  background /\\ I(s) /\\ trans(s, s')    /\\ ~I(s')  is unsat
  3. safety:       background /\\ I(s)                   /\\ ~P(s)   is unsat
plus a non-vacuity check that background /\\ init(s) is satisfiable (an
empty set of initial states would make all three hold trivially).

Certificates are stored as SMT-LIB2 files under proofs/: the invariant as a
`define-fun` over the state symbols and the three obligations, each a
`check-sat` that must answer unsat, so any SMT solver can re-check them.
The header carries a key: the hash of the sliced system's encoding plus the
tool and Z3 versions.  A stale key or a failed re-check means the file is
ignored and the property is proved again.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
from dataclasses import dataclass
from typing import Optional

import z3

from .. import __version__, ir
from ..memo import PerSystem
from ..encode import Encoder, conj
from . import common
from .pdr import next_state_pairs, state_atoms

FORMAT = "vpmu-formal-certificate-1"


@dataclass(frozen=True)
class Check:
    ok: bool
    failed: str = ""      # which obligation failed, and how


def _solver(enc: Encoder, seconds: float) -> z3.Solver:
    s = common.new_solver(enc)
    common.set_deadline(s, seconds)
    return s


def inductiveness(enc: Encoder, inv: z3.BoolRef, pre: dict) -> list:
    """[(name, formula that must be unsat)] saying `inv` holds initially and
    every step preserves it.  `pre` holds the template's state symbols
    (Encoder.template), as every invariant in this program does."""
    background = enc.background()
    _, _, post, constraints, _ = enc.template()
    inv_post = z3.substitute(inv, *next_state_pairs(enc, pre, post))
    return [
        ("initiation", conj([*background, *enc.init(pre), z3.Not(inv)], enc.ctx)),
        ("consecution", conj([*background, inv, *constraints, z3.Not(inv_post)], enc.ctx)),
    ]


def obligations(enc: Encoder, prop: ir.Property, inv: z3.BoolRef, pre: dict) -> list:
    """[(name, formula that must be unsat)]: `inv` is inductive and implies
    the property."""
    return inductiveness(enc, inv, pre) + [
        ("safety", conj([*enc.background(), inv, z3.Not(enc.holds(prop, pre))], enc.ctx)),
    ]


def validate(enc: Encoder, prop: ir.Property, inv: z3.BoolRef, pre: dict,
             seconds: float = 30.0) -> Check:
    s = _solver(enc, seconds)
    background = enc.background()
    s.add(*background, *enc.init(pre))
    r = s.check()
    if r != z3.sat:
        return Check(False, "non-vacuity: no initial state satisfies the assumptions"
                     if r == z3.unsat else f"non-vacuity: solver said {r}")
    for name, formula in obligations(enc, prop, inv, pre):
        s = _solver(enc, seconds)
        s.add(formula)
        r = s.check()
        if r != z3.unsat:
            why = "a counterexample exists" if r == z3.sat else s.reason_unknown()
            return Check(False, f"{name}: {why}")
    return Check(True)


def system_key(enc: Encoder, prop: ir.Property) -> str:
    """Hash of everything the proof depends on: the normalised IR (source
    positions excluded), the property, the slice, and the versions of this
    tool and of Z3.  The encoding is a function of exactly these, so
    hashing them avoids building the Z3 terms just to print them."""
    keep = sorted(enc.keep.atoms) if enc.keep is not None else None
    h = hashlib.sha256()
    h.update(f"{FORMAT}\n{__version__}\n{z3.get_version_string()}\n".encode())
    # The text hashed is repr(_canonical((system, prop, keep))), assembled
    # from parts so that the system's part is computed once.
    h.update(f"({_system_text(enc.ts)}, {_canonical(prop)!r}, {_canonical(keep)!r})".encode())
    return h.hexdigest()


_SYSTEM_TEXT = PerSystem()


def _system_text(ts: ir.TransitionSystem) -> str:
    """The canonical text of the system, once per system: it is the same for
    every property and costs as much as a certificate's validation."""
    system = (ts.domains, ts.layouts, ts.configs, ts.assumes, ts.state, ts.actions,
              ts.intercepts, ts.lemmas)
    return _SYSTEM_TEXT.get(ts, None, lambda: repr(_canonical(system)))


def _canonical(obj):
    """A repr-stable form: dataclasses by their compared fields (spans are
    not compared), sets sorted (their order depends on hash randomisation)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return (type(obj).__name__,) + tuple(
            (f.name, _canonical(getattr(obj, f.name)))
            for f in dataclasses.fields(obj) if f.compare)
    if isinstance(obj, (frozenset, set)):
        return ("set",) + tuple(sorted(_canonical(x) for x in obj))
    if isinstance(obj, (tuple, list)):
        return tuple(_canonical(x) for x in obj)
    return obj


def path_for(proofs_dir: str, spec: str, prop: str) -> str:
    return os.path.join(proofs_dir, spec, f"{prop}.smt2")


def render(enc: Encoder, prop: ir.Property, inv: z3.BoolRef, pre: dict, key: str,
           spec: str) -> str:
    cols = state_atoms(enc, pre)
    lines = [f"; {FORMAT}", f"; spec: {spec}", f"; property: {prop.name}",
             f"; key: {key}",
             f"; tool: vpmu-formal {__version__}; z3 {z3.get_version_string()}",
             "; Each (check-sat) below must answer unsat.", "(set-logic ALL)"]
    decl = z3.Solver(ctx=enc.ctx)
    # Declarations of every symbol the obligations mention.
    obls = obligations(enc, prop, inv, pre)
    for _, f in obls:
        decl.add(f)
    seen = set()
    for line in decl.sexpr().splitlines():
        if line.startswith("(declare-fun") and line not in seen:
            seen.add(line)
            lines.append(line)
    params = " ".join(f"({c.sexpr()} {c.sort().sexpr()})" for c in cols)
    lines.append(f"(define-fun invariant ({params}) Bool")
    lines.append(f"  {inv.sexpr()})")
    for name, f in obls:
        lines.append(f"; obligation: {name}")
        lines.append("(push 1)")
        lines.append(f"(assert {f.sexpr()})")
        lines.append("(check-sat)")
        lines.append("(pop 1)")
    lines.append(f"; invariant-over: {' '.join(c.sexpr() for c in cols)}")
    # One line, so the loader can read it back without an s-expression parser.
    lines.append(f"; invariant: {' '.join(inv.sexpr().split())}")
    return "\n".join(lines) + "\n"


def load_invariant(enc: Encoder, pre: dict, text: str, key: str) -> Optional[z3.BoolRef]:
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
    cols = state_atoms(enc, pre)
    decls = {c.decl().name(): c.decl() for c in cols if z3.is_const(c) and not z3.is_true(c)
             and not z3.is_false(c) and c.decl().kind() == z3.Z3_OP_UNINTERPRETED}
    try:
        parsed = z3.parse_smt2_string(f"(assert {body})", decls=decls, ctx=enc.ctx)
    except z3.Z3Exception:
        return None
    if len(parsed) != 1:
        return None
    return parsed[0]
