#!/usr/bin/env python3
"""Benchmark: the reduced PERF_METRICS model at N GP counters (+4 fixed), V4 and fix.

Not a test: it measures, side by side in one run, the time to a verdict
and the peak memory of each engine, plus the whole `check specs/` cold and
with reused certificates.  Machines here are shared and noisy: compare the
ratios in one table, not absolute figures across runs.

    python bench/run.py [--sizes 1,2,4,8,16,32] [--timeout 60]

Each measurement runs in its own Python process (peak RSS is that
process's).  The N-counter models are generated from the reduced standalone
model bench/models/perf_metrics_{v4,fix}_small.vpmu (the registers the
patch touches only) by resizing the GP banks, their loops and
KVM_MAX_NR_INTEL_GP_COUNTERS; the faithful specs/intel/perf_metrics_*.vpmu
sit on the full Intel model, whose bank size is fixed.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

MEASURE = r'''
import json, resource, sys, time
from vpmu_formal.check import load_one, base_fields
from vpmu_formal import slicing
from vpmu_formal.encode import Encoder
from vpmu_formal.engines import bmc, houdini, kinduction, pdr, certificate
path, prop_name, engine, timeout = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
module, ts, err = load_one(path)
prop = [p for p in ts.properties if p.name == prop_name][0]
base = base_fields(ts, prop, module.sources)
t = time.monotonic()
if engine == "bmc":
    r = bmc.check(ts, prop, 20, timeout, base); verdict = r.verdict.value + f"({r.depth})"
elif engine == "kind":
    r = kinduction.check(ts, prop, 6, timeout, base); verdict = r.verdict.value + f"({r.depth})"
else:
    enc = Encoder(ts, keep=slicing.compute(ts, prop, [l.expr for l in ts.lemmas]))
    if engine == "lemmas":
        a = houdini.prove(enc, prop, ts.lemmas, timeout)
    else:
        a = pdr.solve(enc, prop, timeout)
    verdict = {"safe": "PROVED", "unsafe": "VIOLATED"}.get(a.status, "UNKNOWN")
    if a.status == "safe":
        ok = certificate.validate(enc, prop, a.invariant, a.state, timeout).ok
        verdict = "PROVED" if ok else "UNKNOWN(cert)"
print(json.dumps({"verdict": verdict, "seconds": time.monotonic() - t,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
'''


def resize(text: str, n: int) -> str:
    return (text.replace("bv64[8]", f"bv64[{n}]")
                .replace("for i in 0..8", f"for i in 0..{n}")
                .replace("forall i in 0..8", f"forall i in 0..{n}")
                .replace("KVM_MAX_NR_INTEL_GP_COUNTERS = 8", f"KVM_MAX_NR_INTEL_GP_COUNTERS = {n}"))


def make_model(root: str, n: int) -> str:
    d = os.path.join(root, f"n{n}")
    os.makedirs(os.path.join(d, "specs", "lib"))
    os.makedirs(os.path.join(d, "bench", "models"))
    for rel in ("specs/lib/intel.vpmu", "bench/models/perf_metrics_v4_small.vpmu",
                "bench/models/perf_metrics_fix_small.vpmu"):
        with open(os.path.join(ROOT, rel)) as fh:
            text = fh.read()
        with open(os.path.join(d, rel), "w") as fh:
            fh.write(resize(text, n))
    return d


def measure(path: str, prop: str, engine: str, timeout: float) -> dict:
    try:
        out = subprocess.run([sys.executable, "-c", MEASURE, path, prop, engine, str(timeout)],
                             capture_output=True, text=True, timeout=timeout + 30, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"verdict": "UNKNOWN(killed)", "seconds": timeout, "rss_mb": float("nan")}
    if out.returncode != 0:
        return {"verdict": "ERROR", "seconds": float("nan"), "rss_mb": float("nan"),
                "detail": out.stderr.strip().splitlines()[-1:] }
    return json.loads(out.stdout.strip().splitlines()[-1])


def spin_measure(root: str, n: int, fixed_variant: bool, timeout: float) -> dict:
    """Promela model of the same abstraction, verified by SPIN (pan -DSAFETY)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import promela
    d = os.path.join(root, f"spin-n{n}-{'fix' if fixed_variant else 'v4'}")
    os.makedirs(d)
    with open(os.path.join(d, "model.pml"), "w") as fh:
        fh.write(promela.model(n, fixed_variant))
    t = time.monotonic()
    try:
        subprocess.run(["spin", "-a", "model.pml"], cwd=d, check=True, capture_output=True,
                       timeout=timeout)
        subprocess.run(["gcc", "-O2", "-DSAFETY", "-DVECTORSZ=4096", "-o", "pan", "pan.c"],
                       cwd=d, check=True, capture_output=True, timeout=timeout)
        left = max(1.0, timeout - (time.monotonic() - t))
        out = subprocess.run(["./pan", "-m1000000"], cwd=d, capture_output=True, text=True,
                             timeout=left).stdout
    except subprocess.TimeoutExpired:
        return {"verdict": "UNKNOWN(timeout)", "seconds": timeout, "rss_mb": float("nan")}
    except subprocess.CalledProcessError as exc:
        return {"verdict": "ERROR", "seconds": float("nan"), "rss_mb": float("nan"),
                "detail": str(exc)}
    took = time.monotonic() - t
    mem = next((float(line.split()[0]) for line in out.splitlines()
                if "total actual memory usage" in line), float("nan"))
    if "assertion violated" in out:
        verdict = "VIOLATED"
    elif "errors: 0" in out:
        verdict = "PROVED"
    else:
        verdict = "UNKNOWN"
    return {"verdict": verdict, "seconds": took, "rss_mb": mem}


def whole_check(proofs: str, save: bool) -> float:
    args = [sys.executable, "-m", "vpmu_formal", "check", "specs/", "--no-timing",
            "--proofs", proofs] + (["--save-proofs"] if save else [])
    t = time.monotonic()
    r = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    took = time.monotonic() - t
    if r.returncode != 0:
        print(f"warning: check specs/ exited {r.returncode}", file=sys.stderr)
    return took


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1,2,4,8,16,32")
    ap.add_argument("--engines", default="lemmas,pdr,kind,bmc,spin",
                    help="spin runs only where spin and gcc are installed "
                         "(Debian: apt-get install spin)")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "latest.md"))
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    engines = args.engines.split(",")
    tmp = tempfile.mkdtemp(prefix="vpmu-bench-")
    rows = []
    try:
        for n in sizes:
            d = make_model(tmp, n)
            for variant, prop in (("fix", "no_host_data_to_guest"),
                                  ("v4", "no_host_data_to_guest")):
                path = os.path.join(d, "bench", "models", f"perf_metrics_{variant}_small.vpmu")
                for eng in engines:
                    if variant == "v4" and eng == "lemmas":
                        continue        # V4 has no lemmas: nothing to measure
                    if eng == "spin":
                        if shutil.which("spin") is None or shutil.which("gcc") is None:
                            continue
                        m = spin_measure(tmp, n, variant == "fix", args.timeout)
                    else:
                        m = measure(path, prop, eng, args.timeout)
                    rows.append((n, variant, eng, m))
                    print(f"N={n:<3} {variant:<4} {eng:<7} {m['verdict']:<16} "
                          f"{m['seconds']:8.2f}s {m['rss_mb']:8.1f} MB", flush=True)
        proofs = os.path.join(tmp, "proofs")
        cold = whole_check(proofs, save=True)
        warm = whole_check(proofs, save=False)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    lines = ["# vpmu-formal benchmark", "",
             f"Machine: {os.cpu_count()} CPUs; timeout {args.timeout:g}s per measurement.",
             "Property: `no_host_data_to_guest` (PROVED on the fix, VIOLATED on V4); "
             "N GP counters + 4 fixed.", "",
             "| N | variant | engine | verdict | seconds | peak RSS (MB) |",
             "|---|---|---|---|---|---|"]
    for n, variant, eng, m in rows:
        lines.append(f"| {n} | {variant} | {eng} | {m['verdict']} | {m['seconds']:.2f} | "
                     f"{m['rss_mb']:.0f} |")
    lines += ["", f"Whole `check specs/`: cold (proving, saving certificates) {cold:.1f} s; "
                  f"with certificates {warm:.1f} s.", ""]
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as fh:
        fh.write("\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
