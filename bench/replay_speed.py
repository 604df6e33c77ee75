#!/usr/bin/env python3
"""Replaying the shipped witnesses: Z3 (bmc.replay) beside the concrete
executor (execute.replay), one row per witness.

    python bench/replay_speed.py [--repeat N] [--markdown FILE]

The witnesses are replayed in the order of a warm run (spec by spec, one
process), each first by bmc.replay, then by execute.replay, so both meet
the caches as a warm run would: bmc.replay encodes each slice's
transition the first time it sees it, execute.replay compiles an action
the first time a witness runs it; both costs are inside the first-call
columns.  "hot" is the executor's median over N further calls (every
cache filled), the cost once a worker has seen the system.  The loaded
specs are moved out of the garbage collector's reach (gc.freeze) before
timing: a full collection of their objects takes ~0.2 s, and whichever
call it fell into would carry it.  Each row also checks that the two
Traces are equal.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from vpmu_formal import execute, slicing  # noqa: E402
from vpmu_formal.check import base_fields, load_all  # noqa: E402
from vpmu_formal.engines import bmc  # noqa: E402


def _witnesses(systems: dict) -> list:
    out = []
    proofs = os.path.join(ROOT, "proofs")
    for spec in sorted(os.listdir(proofs)):
        if spec not in systems:
            continue
        ts, sources = systems[spec]
        for f in sorted(os.listdir(os.path.join(proofs, spec))):
            if not f.endswith(".witness.json"):
                continue
            prop = next((p for p in ts.properties if p.name == f[:-len(".witness.json")]), None)
            if prop is None:
                continue
            with open(os.path.join(proofs, spec, f), encoding="utf-8") as fh:
                data = json.load(fh)
            out.append((ts, prop, base_fields(ts, prop, sources), data))
    return out


def _timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5, help="calls for the hot column")
    ap.add_argument("--markdown", help="also write the table to this file")
    args = ap.parse_args()
    loaded = load_all([os.path.join(ROOT, "specs")])
    systems = {ts.name: (ts, sources) for ts, sources in loaded.systems}
    gc.collect()
    gc.freeze()
    rows = []
    for ts, prop, base, data in _witnesses(systems):
        w, k = data["symbols"], data["depth"]
        t_z3, r = _timed(lambda: bmc.replay(ts, prop, w, k, 60.0, base))
        # The slice is computed in both columns' calls: bmc.replay does it
        # inside, the executor's caller would do it before.
        t_ex, tr = _timed(lambda: execute.replay(ts, prop, slicing.compute(ts, prop), w, k))
        hot = [_timed(lambda: execute.replay(ts, prop, slicing.compute(ts, prop), w, k))[0]
               for _ in range(args.repeat)]
        same = (r.trace if r is not None else None) == tr and tr is not None
        rows.append((f"{ts.name}/{prop.name}", k, t_z3, t_ex, statistics.median(hot), same))
    lines = ["| witness | depth | bmc.replay ms | execute ms (first) | execute ms (hot) | "
             "ratio (first) | same trace |",
             "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for name, k, z, e, h, same in rows:
        lines.append(f"| {name} | {k} | {z * 1e3:.1f} | {e * 1e3:.2f} | {h * 1e3:.2f} | "
                     f"{z / e:.0f}x | {'yes' if same else 'NO'} |")
    tz = sum(r[2] for r in rows)
    te = sum(r[3] for r in rows)
    th = sum(r[4] for r in rows)
    n = len(rows)
    lines.append(f"| **all {n}** | | {tz * 1e3:.0f} | {te * 1e3:.1f} | {th * 1e3:.1f} | "
                 f"{tz / te:.0f}x | {sum(r[5] for r in rows)}/{n} |")
    summary = (f"{n} witnesses: bmc.replay {tz / n * 1e3:.1f} ms each "
               f"(median {statistics.median(r[2] for r in rows) * 1e3:.1f}), "
               f"execute.replay {te / n * 1e3:.2f} ms each first call "
               f"(median {statistics.median(r[3] for r in rows) * 1e3:.2f}), "
               f"{th / n * 1e3:.2f} ms hot; {tz / te:.0f}x faster in total")
    text = "\n".join(lines) + "\n\n" + summary + "\n"
    print(text, end="")
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as fh:
            fh.write(text)
    return 0 if all(r[5] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
