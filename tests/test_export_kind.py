"""`export --smt2` output and the k-induction engine on small specs."""
from __future__ import annotations

import io

import z3

from vpmu_formal.check import base_fields, load_one
from vpmu_formal.cli import main
from vpmu_formal.engines import kinduction
from vpmu_formal.results import Verdict

COUNTER = """spec c
domain host, guest
config lim: bv3
assume small: lim < 4
var x: bv3 = 0
var y: bv3 = 0
action inc when x < lim { x := x + 1 }
action twice when y < 2 { y := y + 2 }
property x_bounded: invariant x <= 3
property y_even: invariant y != 3
property x_small: invariant x < 2 expect violated
"""


def spec(tmp_path, text=COUNTER):
    p = tmp_path / "c.vpmu"
    p.write_text(text)
    module, ts, err = load_one(str(p))
    assert err is None
    return module, ts


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    return main(argv, out, err), out.getvalue(), err.getvalue()


def test_export_is_smtlib_with_vmt_annotations(tmp_path):
    spec(tmp_path)
    rc, out, err = run(["export", "--smt2", str(tmp_path / "c.vpmu")])
    assert rc == 0, err
    # One :next pair per config, per cell and per (cell, domain) label.
    pairs = [line for line in out.splitlines() if line.startswith("(define-fun .sv")]
    assert len(pairs) == 1 + 2 * (1 + 2) and all(":next" in line for line in pairs)
    assert ":init true" in out and ":trans true" in out
    assert sum(1 for line in out.splitlines() if line.startswith("(define-fun .prop_")) == 3
    s = z3.Solver()
    s.from_string(out + "(assert .init)\n(assert (not .prop_x_bounded))\n")
    assert s.check() == z3.unsat          # the initial state satisfies it
    s = z3.Solver()
    s.from_string(out + "(assert .init)\n(assert .trans)\n")
    assert s.check() == z3.sat            # and a step exists


def test_export_of_a_library_is_a_usage_error(tmp_path):
    lib = tmp_path / "lib.vpmu"
    lib.write_text("const A = 1\n")
    rc, out, err = run(["export", "--smt2", str(lib)])
    assert rc == 2 and "not a spec file" in err and "Traceback" not in err


def test_kind_proves_inductive_and_finds_violations(tmp_path):
    module, ts = spec(tmp_path)
    by = {p.name: p for p in ts.properties}
    r = kinduction.check(ts, by["x_bounded"], 4, 30, base_fields(ts, by["x_bounded"], module.sources))
    assert r.verdict is Verdict.PROVED and r.engine == "kind"
    r = kinduction.check(ts, by["x_small"], 4, 30, base_fields(ts, by["x_small"], module.sources))
    assert r.verdict is Verdict.VIOLATED and r.depth == 2


def test_kind_needs_depth_for_a_two_step_invariant(tmp_path):
    # y != 3 is not 0-inductive (y = 1 -> 3), but y only takes 0 and 2:
    # with simple paths, k-induction succeeds once k covers the reachable chain.
    module, ts = spec(tmp_path)
    p = {p.name: p for p in ts.properties}["y_even"]
    b = base_fields(ts, p, module.sources)
    assert kinduction.check(ts, p, 0, 30, b).verdict is Verdict.BOUNDED
    r = kinduction.check(ts, p, 4, 30, b, simple_path=True)
    assert r.verdict is Verdict.PROVED and r.depth >= 1


def test_race_gives_the_same_verdicts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "c.vpmu").write_text(COUNTER)
    rc, out, err = run(["check", "c.vpmu", "--engine", "race", "--no-timing", "-j", "1"])
    assert rc == 0, out + err
    rows = {line.split()[-1]: (line.split()[0], line.split()[1]) for line in out.splitlines()
            if line.split() and line.split()[-1].startswith("c.")}
    assert rows["c.x_bounded"][0] == "PROVED" and rows["c.y_even"][0] == "PROVED"
    assert rows["c.x_small"][0] == "VIOLATED"
    assert all(engine.startswith("race/") for _, engine in rows.values())


LEMMAS = """\
spec lem
var x: bv8 = 0
var y: bv8 = 0
action step { x := x + 1
  y := 0 }
property y_zero: invariant y == 0
property x_small: invariant x != 5 expect violated
lemma wrong: x == 0
lemma y_ok: y == 0
"""


def test_kind_assumes_only_the_lemmas_that_are_invariant(tmp_path):
    """A false lemma (`wrong`) would make x != 5 look 0-inductive; k-induction
    only assumes the inductive subset, so it finds the violation instead."""
    path = tmp_path / "lem.vpmu"
    path.write_text(LEMMAS)
    module, ts, err = load_one(str(path))
    assert err is None
    by = {p.name: p for p in ts.properties}
    r = kinduction.check(ts, by["x_small"], 8, 30, base_fields(ts, by["x_small"], module.sources))
    assert r.verdict is Verdict.VIOLATED and r.depth == 5
    r = kinduction.check(ts, by["y_zero"], 8, 30, base_fields(ts, by["y_zero"], module.sources))
    assert r.verdict is Verdict.PROVED
    assert "strengthened by lemmas y_ok and" in r.notes[0] and "wrong" not in r.notes[0]


def test_kind_proves_a_full_model_property_that_needs_ownership_candidates():
    """On the full Intel model the fix's lemmas are inductive only together
    with automatic ownership candidates (KVM's copies never hold host data)."""
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "specs" / "intel" / "perf_metrics_fix.vpmu"
    module, ts, err = load_one(str(path))
    assert err is None
    prop = next(p for p in ts.properties if p.name == "p1_p2_no_host_data_to_guest")
    r = kinduction.check(ts, prop, 2, 120, base_fields(ts, prop, module.sources))
    assert r.verdict is Verdict.PROVED, (r.reason, r.notes)
    assert "ownership candidates" in r.notes[0]
