#!/usr/bin/env python3
"""Benchmark for reuse and speed (issue 9), this tree beside a baseline.

    python bench/reuse.py [--baseline REV] [--rounds N] [--skip-cold]

Measures, for the working tree and for a baseline commit checked out in a
temporary git worktree (default: the commit before issue 9's work), each
figure in its own Python process, alternating the two trees round by
round so that machine load hits both alike:

* warm:  `check specs/` with the tree's own shipped `proofs/` (copied to a
  scratch directory first, so nothing is written back);
* cold:  `check specs/ --save-proofs` into an empty proofs directory;
* with --minimized, also "cold, minimized": the same with
  `--minimize-proofs` (how the shipped proofs/ are made; this tree only,
  when the baseline has no such option);
* seed:  one property at a time, cold, in a fresh process: the V4 RDPMC
  leak (`perf_metrics_v4.p1_p2_no_host_data_to_guest`) and one fix proof
  (`perf_metrics_fix.p1_p2_no_host_data_to_guest`); the figure is the
  time of the check itself (the process start and spec loading are
  printed beside it).

Peak memory is the largest resident set of any process of the run (the
checker and its workers: `ru_maxrss` of the waited-for children).  It is a
script, not a test: the machines are shared, so read the ratios of one
run, not absolute figures across runs.  Results go to
bench/results/reuse.md as well as standard output.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASELINE = "403bb9e"     # main before issue 9 (end of session 2)

SEEDS = [("specs/intel/perf_metrics_v4.vpmu", "p1_p2_no_host_data_to_guest", "V4 RDPMC leak"),
         ("specs/intel/perf_metrics_fix.vpmu", "p1_p2_no_host_data_to_guest", "fix proof")]

ONE_PROPERTY = r'''
import json, sys, time
t0 = time.monotonic()
from vpmu_formal.check import load_one, base_fields
from vpmu_formal.engines import auto
path, name = sys.argv[1], sys.argv[2]
module, ts, err = load_one(path)
prop = [p for p in ts.properties if p.name == name][0]
base = base_fields(ts, prop, module.sources)
t1 = time.monotonic()
r = auto.check(ts, prop, 20, 60.0, base, auto.ProofStore(None))
t2 = time.monotonic()
print(json.dumps({"verdict": r.verdict.value, "engine": r.engine, "check": t2 - t1,
                  "setup": t1 - t0}))
'''


def run_check(tree: str, proofs: str, save: bool, extra: tuple = ()) -> dict:
    """One `check specs/` in a fresh process; wall time, exit code, peak RSS,
    and the summary line."""
    argv = [sys.executable, "-m", "vpmu_formal", "check", "specs/", "--no-timing",
            "--proofs", proofs] + (["--save-proofs"] if save else []) + list(extra)
    # A child of its own, so that ru_maxrss covers this run alone.
    probe = r'''
import resource, subprocess, sys, time, json
t = time.monotonic()
p = subprocess.run(sys.argv[1:], capture_output=True, text=True)
took = time.monotonic() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
lines = [l for l in p.stdout.splitlines() if l.strip()]
print(json.dumps({"seconds": took, "rc": p.returncode, "rss_mb": rss,
                  "summary": " ".join(" ".join(lines[-2:]).split()) if lines
                  else p.stderr[-300:]}))
'''
    out = subprocess.run([sys.executable, "-c", probe] + argv, cwd=tree, capture_output=True,
                         text=True, env=_env(tree))
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_seed(tree: str, path: str, prop: str) -> dict:
    t = time.monotonic()
    out = subprocess.run([sys.executable, "-c", ONE_PROPERTY, path, prop], cwd=tree,
                         capture_output=True, text=True, env=_env(tree))
    if out.returncode != 0:
        return {"verdict": "ERROR", "check": float("nan"), "setup": float("nan"),
                "process": time.monotonic() - t, "detail": out.stderr[-300:]}
    d = json.loads(out.stdout.strip().splitlines()[-1])
    d["process"] = time.monotonic() - t
    return d


def _env(tree: str) -> dict:
    env = dict(os.environ)
    # The tree's own package, whatever is installed in the venv.
    env["PYTHONPATH"] = tree + os.pathsep + env.get("PYTHONPATH", "")
    return env


def worktree(rev: str, where: str) -> str:
    path = os.path.join(where, "baseline")
    subprocess.run(["git", "worktree", "add", "--detach", path, rev], cwd=ROOT, check=True,
                   capture_output=True)
    return path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", default=BASELINE, help="git revision to compare with")
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds per figure")
    ap.add_argument("--skip-cold", action="store_true", help="warm and seed figures only")
    ap.add_argument("--minimized", action="store_true",
                    help="also time the cold run with --minimize-proofs (trees that have it)")
    args = ap.parse_args(argv)
    scratch = tempfile.mkdtemp(prefix="vpmu-bench-")
    base_tree = worktree(args.baseline, scratch)
    trees = [("this tree", ROOT), (f"baseline {args.baseline}", base_tree)]
    rows: dict = {name: {} for name, _ in trees}
    try:
        for rnd in range(args.rounds):
            for t, (name, tree) in enumerate(trees):
                warm_dir = os.path.join(scratch, f"warm-{rnd}-{t}")
                shutil.copytree(os.path.join(tree, "proofs"), warm_dir)
                rows[name].setdefault("warm", []).append(run_check(tree, warm_dir, False))
                if not args.skip_cold:
                    cold_dir = os.path.join(scratch, f"cold-{rnd}-{t}")
                    os.makedirs(cold_dir)
                    rows[name].setdefault("cold", []).append(run_check(tree, cold_dir, True))
                if args.minimized and _has_minimize(tree):
                    min_dir = os.path.join(scratch, f"min-{rnd}-{t}")
                    os.makedirs(min_dir)
                    rows[name].setdefault("cold, minimized", []).append(
                        run_check(tree, min_dir, True, ("--minimize-proofs",)))
                for path, prop, label in SEEDS:
                    rows[name].setdefault(label, []).append(run_seed(tree, path, prop))
                print(f"round {rnd + 1}: {name} done", file=sys.stderr)
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", base_tree], cwd=ROOT,
                       capture_output=True)
        shutil.rmtree(scratch, ignore_errors=True)
    text = render(rows, args)
    print(text)
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    with open(os.path.join(ROOT, "bench", "results", "reuse.md"), "w") as fh:
        fh.write(text)
    return 0


def _has_minimize(tree: str) -> bool:
    with open(os.path.join(tree, "vpmu_formal", "cli.py"), encoding="utf-8") as fh:
        return "--minimize-proofs" in fh.read()


def _median(xs):
    xs = [x for x in xs if x == x]
    return statistics.median(xs) if xs else float("nan")


def render(rows: dict, args) -> str:
    import z3
    load = os.getloadavg()
    out = [f"# Reuse and speed: this tree vs {args.baseline}", "",
           f"z3 {z3.get_version_string()}, {os.cpu_count()} CPUs, load "
           f"{load[0]:.1f}/{load[1]:.1f}, {args.rounds} alternating round(s); median "
           "seconds, peak RSS of the largest process.", "",
           "| figure | " + " | ".join(rows) + " | ratio |",
           "|---|" + "---|" * len(rows) + "--:|"]
    names = list(rows)
    for fig in ["warm", "cold", "cold, minimized"]:
        if fig not in rows[names[0]]:
            continue
        cells, secs = [], []
        for n in names:
            runs = rows[n].get(fig)
            if not runs:
                cells.append("n/a")
                continue
            s = _median([r["seconds"] for r in runs])
            secs.append(s)
            rss = max(r["rss_mb"] for r in runs)
            cells.append(f"{s:.1f} s, {rss:.0f} MB, exit {runs[-1]['rc']}")
        ratio = f"{secs[1] / secs[0]:.1f}x" if len(secs) == 2 else "n/a"
        out.append(f"| whole specs/, {fig} | " + " | ".join(cells) + f" | {ratio} |")
    for _, _, label in SEEDS:
        cells, secs = [], []
        for n in names:
            runs = rows[n][label]
            s = _median([r["check"] for r in runs])
            secs.append(s)
            cells.append(f"{runs[-1]['verdict']} {s:.2f} s (+{_median([r['setup'] for r in runs]):.2f} s load)")
        out.append(f"| {label}, cold | " + " | ".join(cells) + f" | {secs[1] / secs[0]:.1f}x |")
    out += ["", "Summary lines:", ""]
    for n in names:
        for fig in ["warm", "cold", "cold, minimized"]:
            if fig in rows[n]:
                out.append(f"* {n}, {fig}: {rows[n][fig][-1]['summary']}")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
