"""Reuse of saved results: certificates, counterexample witnesses, and
trigger-vacuity of proofs."""
from __future__ import annotations

import io
import json

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
