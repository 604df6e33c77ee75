#!/usr/bin/env python3
"""Keep the counterexamples that reviewers have already seen.

    python tools/carry_witnesses.py REV [--proofs DIR] [--specs DIR] [--dry-run]

A change to the encoder or to the solver set-up leaves every violation a
violation, but a fresh search may pick other values for the same steps
(another model of the same query), and the reports would change for no
reason a reviewer could see.  For every witness under DIR (default
proofs/) this takes the witness of the same spec and property at git
revision REV and, if its run is a run of the *current* spec that violates
the property at the same depth as the current witness (replayed by the
concrete executor, as `check` replays it), writes its symbol values into
the current file, keeping the file's current keys.  A witness of REV that
does not replay, or is longer, is left out and reported.

Nothing here is trusted by `check`: every witness is replayed on every
reuse, whoever wrote it.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from vpmu_formal import execute, slicing                 # noqa: E402
from vpmu_formal.check import load_all                   # noqa: E402
from vpmu_formal.engines import auto                     # noqa: E402


def _at_revision(rev: str, path: str):
    out = subprocess.run(["git", "show", f"{rev}:{path}"], cwd=ROOT, capture_output=True,
                         text=True)
    return json.loads(out.stdout) if out.returncode == 0 else None


def _system_and_property(ts, name: str):
    """The property a witness file is named after: one of the spec's, a
    proof's trigger (checked in its own system, auto.trigger_system) or
    the cover of an event a proof reads (auto.event_covers)."""
    for p in ts.properties:
        if p.name == name:
            return ts, p
    for p in ts.properties:
        for check in [auto.trigger_of(p)] + auto.event_covers(p):
            if check is not None and check.name == name:
                return auto.trigger_system(ts, check), check
    return None, None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rev", help="git revision whose witnesses to carry over")
    ap.add_argument("--proofs", default="proofs")
    ap.add_argument("--specs", default="specs")
    ap.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    args = ap.parse_args(argv)
    proofs = os.path.join(ROOT, args.proofs)
    systems = {ts.name: ts for ts, _ in load_all([os.path.join(ROOT, args.specs)]).systems}
    carried = kept = 0
    for spec in sorted(os.listdir(proofs)):
        for fname in sorted(os.listdir(os.path.join(proofs, spec))):
            if not fname.endswith(".witness.json") or spec not in systems:
                continue
            path = os.path.join(proofs, spec, fname)
            with open(path, encoding="utf-8") as fh:
                current = json.load(fh)
            old = _at_revision(args.rev, os.path.relpath(path, ROOT))
            if old is None or old.get("symbols") == current["symbols"]:
                kept += 1
                continue
            ts, prop = _system_and_property(systems[spec], fname[:-len(".witness.json")])
            why = None
            if prop is None:
                why = "no such property"
            elif old.get("depth") != current["depth"]:
                why = f"depth {old.get('depth')} at {args.rev}, {current['depth']} now"
            elif execute.replay(ts, prop, slicing.compute(ts, prop), old["symbols"],
                                old["depth"]) is None:
                why = "does not replay on the current spec"
            if why is not None:
                print(f"kept the current {spec}/{fname}: {why}")
                kept += 1
                continue
            current["symbols"] = old["symbols"]
            current["made_by"] = f"symbols carried over from {args.rev} " \
                                 f"(tools/carry_witnesses.py); {current['made_by']}"
            if not args.dry_run:
                with open(path, "w", encoding="utf-8") as fh:
                    json.dump(current, fh, indent=1, sort_keys=True)
                    fh.write("\n")
            carried += 1
    print(f"{carried} witnesses carried over from {args.rev}, {kept} kept as they are")
    return 0


if __name__ == "__main__":
    sys.exit(main())
