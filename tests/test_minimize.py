"""Certificates cut down to what their property needs (--minimize-proofs),
and the validation changes that came with them: only changed conjuncts
are concluded, Houdini's last round is the validation itself."""
from __future__ import annotations

import pytest
import z3

from vpmu_formal import ir, slicing
from vpmu_formal.check import load_one
from vpmu_formal.encode import encoder_for
from vpmu_formal.engines import certificate, houdini, minimize

from summary import cli as run, flat

# `p` needs `ok_x`: on its own, `flag ==> x >= 3` is not inductive (from
# flag with x == 15, step_x wraps x to 0); `ok_y` and `ok_z` are true and
# inductive, but `p` does not rest on them.
SPEC = """spec m
var x: bv4 = 0
var y: bv4 = 0
var z: bv4 = 0
var flag: bool = false
action step_x when x != 5 { x := x + 1 }
action raise when x == 3 { flag := true }
action step_y when y < 7 { y := y + 1 }
action step_z { z := z & 3 }
lemma ok_x: x <= 5
lemma ok_y: y <= 7
lemma ok_z: z <= 3
property p: invariant flag ==> x >= 3
property q: invariant y <= 7
"""


def _houdini_proof(tmp_path, name="p"):
    path = tmp_path / "m.vpmu"
    path.write_text(SPEC)
    _, ts, err = load_one(str(path))
    assert err is None
    prop = next(p for p in ts.properties if p.name == name)
    lemmas = ir.lemmas_for(ts, prop)
    enc = encoder_for(ts, slicing.compute(ts, prop, [lem.expr for lem in lemmas]))
    h = houdini.prove(enc, prop, lemmas, 30.0)
    assert h.status == "safe" and h.validated
    return enc, prop, h


def test_needed_conjuncts_are_a_validated_strict_subset(tmp_path):
    enc, prop, h = _houdini_proof(tmp_path)
    whole = certificate.conjuncts(h.invariant)
    small = minimize.needed(enc, prop, h.invariant, h.state, 30.0)
    assert small is not None
    kept = certificate.conjuncts(small)
    assert len(kept) < len(whole)
    # A subset, in the invariant's order.
    ids = [c.get_id() for c in whole]
    assert [ids.index(c.get_id()) for c in kept] == sorted(ids.index(c.get_id()) for c in kept)
    # `x <= 5` is what makes `flag ==> x >= 3` inductive; `y`'s and `z`'s
    # lemmas are not needed.
    text = " ".join(c.sexpr() for c in kept)
    assert "p.x" in text and "p.y" not in text and "p.z" not in text
    assert certificate.validate(enc, prop, small, h.state).ok


def test_a_needed_set_that_drops_too_much_fails_validation(tmp_path):
    """What minimize returns is not trusted: without `x <= 5` the property
    is not inductive, and validation says at which action."""
    enc, prop, h = _houdini_proof(tmp_path)
    small = minimize.needed(enc, prop, h.invariant, h.state, 30.0)
    holds = enc.holds(prop, h.state)
    check = certificate.validate(enc, prop, holds, h.state)
    assert not check.ok and check.action == "step_x"
    assert check.failed.startswith("consecution (step_x)")
    assert certificate.validate(enc, prop, small, h.state).ok


def test_conjuncts_flattens_nested_ands_in_order():
    a, b, c, d = z3.Bools("a b c d")
    parts = certificate.conjuncts(z3.And(a, z3.And(b, z3.Or(c, d)), d))
    assert [str(p) for p in parts] == ["a", "b", "Or(c, d)", "d"]
    assert [str(p) for p in certificate.conjuncts(z3.BoolVal(True))] == ["True"]


def test_validation_still_refutes_a_conjunct_an_action_breaks(tmp_path):
    """Only changed conjuncts are concluded: an action that leaves a
    conjunct alone need not re-prove it, but one that breaks it must."""
    enc, prop, h = _houdini_proof(tmp_path, "q")
    pre = h.state
    y = pre["y"].term
    too_tight = z3.And(enc.holds(prop, pre), z3.ULE(y, z3.BitVecVal(3, 4, enc.ctx)))
    check = certificate.validate(enc, prop, too_tight, pre)
    assert not check.ok and check.action == "step_y"
    # From another action on, the same answer: the order is only an order.
    again = certificate.validate(enc, prop, too_tight, pre, start="step_z")
    assert not again.ok and again.action == "step_y"


def test_minimized_proofs_are_saved_reused_and_refused_when_tampered(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.vpmu").write_text(SPEC)
    args = ["check", "m.vpmu", "--no-timing", "-j", "1", "--proofs", "pr"]
    rc, cold, _ = run(args + ["--save-proofs", "--minimize-proofs", "-v"])
    assert rc == 0
    assert "invariant shrunk to" in flat(cold)
    cert = tmp_path / "pr" / "m" / "p.smt2"
    body = next(ln for ln in cert.read_text().splitlines() if ln.startswith("; invariant: "))
    assert "p.x" in body and "p.z" not in body
    rc, warm, _ = run(args)
    assert rc == 0 and "2 reused, 0 checked" in flat(warm)
    # The same file with the needed conjunct removed: refused, proved again.
    lines = cert.read_text().splitlines()
    weak = "; invariant: (=> p.flag (bvuge p.x #x3))"
    cert.write_text("\n".join(weak if ln.startswith("; invariant: ") else ln
                              for ln in lines) + "\n")
    rc, again, _ = run(args)
    assert rc == 0 and "1 reused, 1 checked" in flat(again)


def test_minimize_proofs_needs_save_proofs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.vpmu").write_text(SPEC)
    rc, out, err = run(["check", "m.vpmu", "--minimize-proofs"])
    assert rc == 2 and out == ""
    assert "--minimize-proofs" in err and "--save-proofs" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("minimized", [False, True])
def test_verdicts_do_not_depend_on_minimizing(tmp_path, monkeypatch, minimized):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.vpmu").write_text(SPEC)
    extra = ["--minimize-proofs"] if minimized else []
    rc, out, _ = run(["check", "m.vpmu", "--no-timing", "-j", "1", "--proofs", "pr",
                      "--save-proofs", *extra])
    assert rc == 0
    assert "2 properties: 2 PROVED; 0 not as expected" in flat(out)
