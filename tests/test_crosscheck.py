"""--cross-check: proofs re-confirmed by cvc5 / bitwuzla."""
from __future__ import annotations

import io

import pytest
import z3

from vpmu_formal.cli import main
from vpmu_formal.engines import crosscheck

SOLVERS = crosscheck.available()
needs_solver = pytest.mark.skipif(not SOLVERS, reason="neither cvc5 nor bitwuzla installed")

SPEC = """spec cc
var x: bv4 = 0
action inc when x < 5 { x := x + 1 }
property bounded: invariant x <= 5
"""


@needs_solver
@pytest.mark.parametrize("solver", SOLVERS)
def test_foreign_solver_answers(solver):
    x = z3.BitVec("x", 8)
    answers = crosscheck.check([("unsat-one", z3.And(z3.ULT(x, 3), x == 5)),
                                ("sat-one", z3.ULT(x, 3))], (solver,), 10.0)
    assert [a.result for a in answers] == ["unsat", "sat"]


@needs_solver
def test_proof_is_cross_checked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cc.vpmu").write_text(SPEC)
    out, err = io.StringIO(), io.StringIO()
    rc = main(["check", "cc.vpmu", "--cross-check", "-v", "--no-timing", "-j", "1"], out, err)
    assert rc == 0, out.getvalue() + err.getvalue()
    assert "cross-checked by " + ", ".join(SOLVERS) in out.getvalue().replace("\n      ", " ")


@needs_solver
def test_a_disagreeing_solver_blocks_the_proof(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cc.vpmu").write_text(SPEC)
    monkeypatch.setattr(crosscheck, "_cvc5", lambda text, s: "sat")
    monkeypatch.setattr(crosscheck, "_bitwuzla", lambda text, s: "sat")
    out, err = io.StringIO(), io.StringIO()
    rc = main(["check", "cc.vpmu", "--cross-check", "--no-timing", "-j", "1"], out, err)
    assert rc == 3
    assert "UNKNOWN" in out.getvalue() and "cross-check failed" in out.getvalue()
    assert "PROVED" not in out.getvalue().split("RESULT", 1)[1]
