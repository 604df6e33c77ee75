"""`explain`, `diff`, `--format` and `--output` through the CLI."""
from __future__ import annotations

import io
import json
import os

from vpmu_formal.cli import main

OLD = """spec old "two guards"
var a: bool = false
var b: bool = false
action set_a { a := true }
action set_b when a { b := true }
property never_both: invariant !(a && b) expect violated
property a_only_then_b: invariant b ==> a
"""
NEW = """spec new "b never set" extends "old.vpmu"
override action set_b when a && false { b := true }
override property never_both: invariant !(a && b)
"""


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    rc = main(argv, out, err)
    return rc, out.getvalue(), err.getvalue()


def setup(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "old.vpmu").write_text(OLD)
    (tmp_path / "new.vpmu").write_text(NEW)


def test_explain_shows_which_conjunct_went_false(tmp_path, monkeypatch):
    setup(tmp_path, monkeypatch)
    rc, out, err = run(["explain", "old.vpmu", "never_both", "--no-timing"])
    assert rc == 0, err                  # expected violation
    table = out.split("Sub-formulas", 1)[1].splitlines()
    rows = {line.strip().rsplit(" ", 3)[0].strip(): line.split()[-3:] for line in table
            if line.strip() and not line.strip()[0].isdigit() and "state" not in line}
    assert rows["!(a && b)"] == ["T", "T", "F"]
    assert rows["a && b"] == ["F", "F", "T"]
    assert rows["a"] == ["F", "T", "T"] and rows["b"] == ["F", "F", "T"]
    assert all(len(line) <= 72 for line in out.splitlines())


def test_explain_unknown_property_is_a_usage_error(tmp_path, monkeypatch):
    setup(tmp_path, monkeypatch)
    rc, out, err = run(["explain", "old.vpmu", "nope"])
    assert rc == 2 and "has no property 'nope'" in err and "never_both" in err


def test_diff_reports_fixed_and_changed_declarations(tmp_path, monkeypatch):
    setup(tmp_path, monkeypatch)
    rc, out, err = run(["diff", "old.vpmu", "new.vpmu", "-j", "1"])
    assert "changed: action 'set_b'" in out
    assert "fixed: never_both: VIOLATED -> PROVED" in out
    # With b never set, `b ==> a` still holds but says nothing: VACUOUS,
    # which counts as a regression of that proof.
    assert "regressed: a_only_then_b: PROVED -> VACUOUS" in out
    assert rc == 1, err
    rc, out, err = run(["diff", "new.vpmu", "old.vpmu", "-j", "1"])
    assert rc == 1 and "regressed: never_both: PROVED -> VIOLATED" in out


def test_diff_of_super_calls_reports_the_replaced_body_only_when_it_changed(tmp_path,
                                                                            monkeypatch):
    """A hunk that adds lines around a helper (`call super`) keeps the
    replaced body; diff names it only when that body itself differs."""
    monkeypatch.chdir(tmp_path)
    base = "spec {n}\nvar x: bv8 = 0\nproc f() {{ x := {v} }}\naction a {{ call f() }}\n"
    (tmp_path / "p1.vpmu").write_text(base.format(n="p1", v=1))
    (tmp_path / "p2.vpmu").write_text(base.format(n="p2", v=2))
    hunk = "override proc f() {{\n  call super()\n  x := x + {v}\n}}\n"
    (tmp_path / "c1.vpmu").write_text('spec c1 extends "p1.vpmu"\n' + hunk.format(v=1))
    (tmp_path / "c2.vpmu").write_text('spec c2 extends "p2.vpmu"\n' + hunk.format(v=1))
    (tmp_path / "c3.vpmu").write_text('spec c3 extends "p1.vpmu"\n' + hunk.format(v=3))
    rc, out, err = run(["diff", "c1.vpmu", "c2.vpmu", "-j", "1"])
    decls = out.split("Verdicts:")[0]
    assert "changed: proc 'f' as replaced by override 1 (run by 'call super')" in decls
    assert "changed: proc 'f'\n" not in decls, decls        # the hunk is the same
    rc, out, err = run(["diff", "c1.vpmu", "c3.vpmu", "-j", "1"])
    decls = out.split("Verdicts:")[0]
    assert "changed: proc 'f'" in decls and "super" not in decls, decls
    rc, out, err = run(["diff", "p1.vpmu", "c1.vpmu", "-j", "1"])
    decls = out.split("Verdicts:")[0]
    assert "changed: proc 'f'" in decls and "super" not in decls, decls


def test_formats_and_output_directory(tmp_path, monkeypatch):
    setup(tmp_path, monkeypatch)
    rc, out, err = run(["check", "old.vpmu", "--format", "json", "--no-timing", "-j", "1",
                        "--output", "out"])
    assert rc == 0, err
    data = json.loads(out)
    assert {r["property"]: r["verdict"] for r in data["results"]} == \
        {"never_both": "VIOLATED", "a_only_then_b": "PROVED"}
    written = sorted(os.listdir("out"))
    assert written == ["junit.xml", "report.json", "report.md", "report.sarif",
                       "report.txt", "vcd"]
    assert os.listdir("out/vcd") == ["old.never_both.vcd"]
    rc, out, err = run(["check", "old.vpmu", "--format", "sarif", "--no-timing", "-j", "1"])
    assert json.loads(out)["version"] == "2.1.0"
