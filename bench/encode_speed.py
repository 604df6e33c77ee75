#!/usr/bin/env python3
"""Benchmark: encoding time of every distinct slice of specs/, the z3py
encoder of before (tests/z3py_encoder.py) beside the SMT-LIB text one
(vpmu_formal/smt_text.py + encode.py), side by side in one run.

    python bench/encode_speed.py [PATH ...]        (default: specs/)

Per slice (the slices `check` uses: with and without the spec's lemmas):
  old template   z3py symbolic execution of the bodies (Encoder.template)
  old copy       what each further property of the slice paid: an
                 encoder in a fresh context and the template translated
                 into it (translate.py, kept in tests/z3py_encoder.py)
  new text       the text, built in Python once per slice
  new parse      an encoder in a fresh context, Z3 parsing the text into
                 it and the template's records around the terms: paid by
                 every property
Machines here are shared and noisy: read the ratios, not the seconds.
"""
from __future__ import annotations

import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))

import z3py_encoder as oracle  # noqa: E402
from vpmu_formal import check, slicing  # noqa: E402
from vpmu_formal.encode import Encoder  # noqa: E402
from vpmu_formal.smt_text import SliceEncoding  # noqa: E402


def slices(ts) -> list:
    """The distinct slices `check` encodes: with the lemmas (auto, PDR,
    certificates) and without (BMC, witnesses)."""
    seen, out = set(), []
    for prop in ts.properties:
        for keep in (slicing.compute(ts, prop, [lem.expr for lem in ts.lemmas]),
                     slicing.compute(ts, prop)):
            if keep.atoms not in seen:
                seen.add(keep.atoms)
                out.append(keep)
    return out


def copy_time(ts, keep, template) -> float:
    """An encoder in a fresh context, the template translated into it (as
    encoder_for did for every property before)."""
    t0 = time.perf_counter()
    enc = oracle.Encoder(ts, keep=keep)
    oracle.translate(template, enc.ctx)
    return time.perf_counter() - t0


def main(paths: list) -> None:
    loaded = check.load_all(paths or [os.path.join(ROOT, "specs")])
    rows = []
    for ts, _ in loaded.systems:
        for keep in slices(ts):
            t0 = time.perf_counter()
            old = oracle.Encoder(ts, keep=keep)
            tmpl = old.template()
            t_old = time.perf_counter() - t0
            t_copy = copy_time(ts, keep, tmpl)
            t0 = time.perf_counter()
            src = SliceEncoding(ts, keep)
            src.script()
            t_text = time.perf_counter() - t0
            t0 = time.perf_counter()
            enc = Encoder(ts, keep=keep)
            enc._template_source = src
            enc.template()
            t_parse = time.perf_counter() - t0
            rows.append((ts.name, t_old, t_copy, t_text, t_parse, len(src.script()[0])))
    print(f"{'spec':<36} {'slices':>6} {'old tmpl':>9} {'old copy':>9} "
          f"{'new text':>9} {'new parse':>9}")
    by_spec: dict = {}
    for r in rows:
        by_spec.setdefault(r[0], []).append(r)
    for name, rs in by_spec.items():
        s = [sum(r[i] for r in rs) for i in range(1, 5)]
        print(f"{name:<36} {len(rs):>6} {s[0]:>9.3f} {s[1]:>9.3f} {s[2]:>9.3f} {s[3]:>9.3f}")
    tot = [sum(r[i] for r in rows) for i in range(1, 6)]
    print(f"{'total':<36} {len(rows):>6} {tot[0]:>9.3f} {tot[1]:>9.3f} {tot[2]:>9.3f} {tot[3]:>9.3f}")
    print(f"\nfirst property of a slice: old template {tot[0]:.2f} s, new text + parse "
          f"{tot[2] + tot[3]:.2f} s: {tot[0] / (tot[2] + tot[3]):.1f}x faster")
    print(f"each further property:     old copy {tot[1]:.2f} s, new parse "
          f"{tot[3]:.2f} s: {tot[1] / tot[3]:.1f}x")
    print(f"text: {tot[4] / 1e6:.1f} MB over {len(rows)} slices")


if __name__ == "__main__":
    main(sys.argv[1:])
