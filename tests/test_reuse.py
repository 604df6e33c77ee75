"""Reuse of saved results: certificates, counterexample witnesses, and
trigger-vacuity of proofs."""
from __future__ import annotations

import io
import json

import pytest

from vpmu_formal.cli import main

SPEC = """spec r
domain host, guest
var x: bv4 = 0
var s: bv8 = any @host
var t: bv8 = 0 @guest
action inc when x < 5 { x := x + 1 }
action peek when x == 3 { observe guest: s }
action look { observe guest: t }
property leak: never guest observes @host expect violated
property bounded: invariant x <= 5
property dead: invariant x == 9 ==> x == 0
"""


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    rc = main(argv, out, err)
    return rc, out.getvalue(), err.getvalue()


def flat(out: str) -> str:
    """The report with its line wrapping undone."""
    return " ".join(out.split())


def engines(out: str) -> dict:
    rows = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[-1].startswith("r."):
            rows[parts[-1][2:]] = (parts[0], parts[1])
    return rows


def test_saved_results_are_reused_and_tampering_is_caught(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.vpmu").write_text(SPEC)
    args = ["check", "r.vpmu", "--no-timing", "-j", "1", "--proofs", "pr"]
    rc, cold, _ = run(args + ["--save-proofs"])
    assert rc == 1            # `dead` is VACUOUS, not as expected
    e = engines(cold)
    assert e["leak"][0] == "VIOLATED" and e["bounded"][0] == "PROVED"
    assert e["dead"][0] == "VACUOUS"
    rc, warm, _ = run(args)
    e = engines(warm)
    assert e["leak"] == ("VIOLATED", "witness")
    assert e["bounded"] == ("PROVED", "certificate")
    assert e["dead"] == ("VACUOUS", "certificate")   # vacuity survives reuse

    def trace(out):
        return out.split("VIOLATED leak", 1)[1].split("Initial state", 1)[1] \
            .split("is violated after step", 1)[0]
    # The replayed trace is the saved one, to the byte.
    assert trace(cold) == trace(warm)
    # A forged witness (another action order) does not replay: searched again.
    wpath = tmp_path / "pr" / "r" / "leak.witness.json"
    data = json.loads(wpath.read_text())
    for name in data["symbols"]:
        if name.startswith("act"):
            data["symbols"][name] = 2          # `look`: observes guest data only
    wpath.write_text(json.dumps(data))
    rc, again, _ = run(args)
    assert engines(again)["leak"] == ("VIOLATED", "bmc")
    # A certificate whose invariant is not inductive is not used.
    cpath = tmp_path / "pr" / "r" / "bounded.smt2"
    lines = cpath.read_text().splitlines()
    cpath.write_text("\n".join("; invariant: false" if ln.startswith("; invariant: ")
                               else ln for ln in lines) + "\n")
    rc, again, _ = run(args)
    assert engines(again)["bounded"] == ("PROVED", "pdr")


def test_results_saved_under_another_solver_version_are_rechecked_and_reused(
        tmp_path, monkeypatch):
    """The solver's version is a record in the files, not part of the key:
    a certificate made by another Z3 is re-validated and reused, a
    witness replayed; tampering is still caught under the other version."""
    import z3
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.vpmu").write_text(SPEC)
    args = ["check", "r.vpmu", "--no-timing", "-j", "1", "--proofs", "pr"]
    monkeypatch.setattr(z3, "get_version_string", lambda: "4.99.1")
    run(args + ["--save-proofs"])
    cert = tmp_path / "pr" / "r" / "bounded.smt2"
    wit = tmp_path / "pr" / "r" / "leak.witness.json"
    assert "; tool: vpmu-formal 0.1.0; z3 4.99.1" in cert.read_text()
    assert json.loads(wit.read_text())["made_by"].endswith("z3 4.99.1")
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    rc, warm, _ = run(args)
    e = engines(warm)
    assert e["leak"] == ("VIOLATED", "witness")
    assert e["bounded"] == ("PROVED", "certificate")
    assert "; 3 reused, 0 checked" in flat(warm)
    # Tampered under the other version: refused, proved again.
    lines = cert.read_text().splitlines()
    cert.write_text("\n".join("; invariant: true"
                              if ln.startswith("; invariant: ") else ln for ln in lines) + "\n")
    rc, again, _ = run(args)
    assert engines(again)["bounded"] == ("PROVED", "pdr")
    assert "; 2 reused, 1 checked" in flat(again)


def test_certificate_file_is_a_script_any_solver_can_check(tmp_path, monkeypatch):
    """The saved file alone (declarations, the relation, the invariant as
    a define-fun, three push/check-sat/pop blocks) answers unsat three
    times in a fresh solver; with the invariant weakened to `true` the
    safety obligation becomes sat."""
    import z3
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.vpmu").write_text(SPEC)
    run(["check", "r.vpmu", "--no-timing", "-j", "1", "--proofs", "pr", "--save-proofs"])
    text = (tmp_path / "pr" / "r" / "bounded.smt2").read_text()

    def answers(script: str) -> list:
        ctx = z3.Context()      # kept alive while Z3 reads the script
        return z3.Z3_eval_smtlib2_string(ctx.ref(), script).split()
    assert answers(text) == ["unsat", "unsat", "unsat"]
    lines = text.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.startswith("(define-fun invariant "))
    lines[at + 1] = "  true)"
    assert answers("\n".join(lines)) == ["unsat", "unsat", "sat"]


EDITS_UNSEEN = [
    # A comment: the spec text changes, no slice does.
    ("spec r\n", "spec r\n// reviewed\n"),
    # t's value: the leak slice keeps only t's owner label, the others not t.
    ("var t: bv8 = 0 @guest", "var t: bv8 = 1 @guest"),
]


@pytest.mark.parametrize("old,new", EDITS_UNSEEN)
def test_an_edit_no_slice_sees_rechecks_nothing(tmp_path, monkeypatch, old, new):
    """Results are matched by the sliced system's encoding, not by the
    spec's text: when the text changed but no property's slice did,
    every result is reused (and still re-checked: replayed, re-validated)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.vpmu").write_text(SPEC)
    args = ["check", "r.vpmu", "--no-timing", "-j", "1", "--proofs", "pr"]
    _, cold, _ = run(args + ["--save-proofs"])
    (tmp_path / "r.vpmu").write_text(SPEC.replace(old, new))
    _, warm, _ = run(args)
    assert "3 reused, 0 checked" in flat(warm)
    assert engines(warm) == {"leak": ("VIOLATED", "witness"),
                             "bounded": ("PROVED", "certificate"),
                             "dead": ("VACUOUS", "certificate")}


def test_only_properties_whose_slice_changed_are_checked_again(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.vpmu").write_text(SPEC)
    args = ["check", "r.vpmu", "--no-timing", "-j", "1", "--proofs", "pr"]
    run(args + ["--save-proofs"])
    (tmp_path / "r.vpmu").write_text(SPEC.replace("invariant x <= 5", "invariant x <= 6"))
    _, warm, _ = run(args)
    assert "2 reused, 1 checked" in flat(warm)
    e = engines(warm)
    assert e["leak"] == ("VIOLATED", "witness")
    assert e["dead"] == ("VACUOUS", "certificate")
    assert e["bounded"][0] == "PROVED" and e["bounded"][1] not in ("certificate", "witness")


def test_a_record_from_other_tool_code_is_matched_by_its_system_key(tmp_path, monkeypatch):
    """The source key (tool code + spec text) only spares encoding the
    slice; a record whose source key no longer matches (this tool's code
    changed) is matched by the system key and reused."""
    from vpmu_formal.engines import certificate
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.vpmu").write_text(SPEC)
    args = ["check", "r.vpmu", "--no-timing", "-j", "1", "--proofs", "pr"]
    monkeypatch.setattr(certificate, "tool_digest", lambda: "another build")
    run(args + ["--save-proofs"])
    recorded = json.loads((tmp_path / "pr" / "r" / "leak.witness.json").read_text())
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    assert certificate.tool_digest() != "another build"
    _, warm, _ = run(args)
    assert "3 reused, 0 checked" in flat(warm)
    assert engines(warm)["leak"] == ("VIOLATED", "witness")
    # ...and it was the system key that matched: this build writes another
    # source key for the same witness.
    run(["check", "r.vpmu", "--no-timing", "-j", "1", "--proofs", "pr2", "--save-proofs"])
    now = json.loads((tmp_path / "pr2" / "r" / "leak.witness.json").read_text())
    assert now["source"] != recorded["source"] and now["key"] == recorded["key"]


EVENT_SPEC = """spec e
var x: bv2 = 0
action inc when x < 3 { x := x + 1 }
action dead { if x == 3 && x == 2 { emit pmi } }
action live { if x == 2 { emit tick } }
property no_pmi: invariant !emitted(pmi)
property tick_at_two: invariant emitted(tick) ==> x == 2
property tick_or_not: invariant !emitted(tick) || x != 0
property pmi_or_small: invariant !emitted(pmi) || x <= 3
lemma small for pmi_or_small: x <= 3
"""


def test_a_proof_says_whether_its_events_can_happen_and_reuse_rechecks_it(
        tmp_path, monkeypatch):
    """A proof that reads an event that never happens carries a note the
    default report prints; one whose events happen says so under -v.  When
    the proof's own invariant rules the event out (no_pmi), that is the
    answer; otherwise (pmi_or_small, proved by an invariant that says
    nothing of pmi) the event is checked as a cover of its own.  Those
    checks are saved and re-checked on reuse like the trigger's."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "e.vpmu").write_text(EVENT_SPEC)
    args = ["check", "e.vpmu", "--no-timing", "-j", "1", "--proofs", "pr"]
    rc, cold, _ = run(args + ["--save-proofs"])
    assert rc == 0, cold
    note = ("note: the event emitted(pmi) never happens on any run; the proof rests "
            "on that")
    assert note + " (its invariant excludes it)" in flat(cold)       # no_pmi
    assert flat(cold).count(note) == 2                                 # and pmi_or_small
    assert "emitted(tick) never happens" not in flat(cold)
    files = sorted(p.name for p in (tmp_path / "pr" / "e").iterdir())
    assert "event.emitted(pmi).smt2" in files                 # unreachable: a certificate
    assert "event.emitted(tick).witness.json" in files        # reachable: a witness
    rc, warm, _ = run(args)
    assert "4 reused, 0 checked" in flat(warm) and flat(warm).count(note) == 2
    rc, verbose, _ = run(args + ["-v"])
    assert "event: emitted(tick) happens (depth 3)" in flat(verbose)   # inc, inc, live
