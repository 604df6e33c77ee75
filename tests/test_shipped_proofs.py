"""The shipped proofs/ are fully reused by the solver this install resolved.

This is the CI gate of README's "Dependency versions": CI installs the
project as a fresh machine would (whatever z3-solver version the range in
pyproject.toml resolves to today) and checks that every certificate in
proofs/ re-validates and every witness replays with it.  It fails when a
shipped result has gone stale (a spec changed without `--save-proofs`, or
a new solver refutes a certificate), so proofs/ is regenerated in the same
change.
"""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

from vpmu_formal.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_every_shipped_result_is_reused():
    out, err = io.StringIO(), io.StringIO()
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        # No --save-proofs: nothing is written to proofs/.
        code = main(["check", "specs/", "--no-timing", "--format", "json",
                     "-j", str(os.cpu_count() or 1)], out, err)
    finally:
        os.chdir(old)
    assert code == 0, out.getvalue()[-2000:] + err.getvalue()
    results = json.loads(out.getvalue())["results"]
    assert len(results) > 200
    stale = [f"{r['spec']}.{r['property']}: {r['engine']}" for r in results
             if r["engine"] not in ("certificate", "witness")]
    assert not stale, stale
    # Every spec has its results under proofs/, and nothing under proofs/
    # belongs to no spec (a renamed spec would leave orphans behind).
    dirs = {p.name for p in (ROOT / "proofs").iterdir() if p.is_dir()}
    assert dirs == {r["spec"] for r in results}
