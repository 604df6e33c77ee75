"""`--engine race`: a short BMC, then PDR and k-induction in parallel; the
first conclusive answer wins and the other process is killed.

Not the default: which engine wins depends on timing, so the engine named
in the report (and its notes) can differ between two runs, while `auto`
runs its engines in a fixed order and is byte-for-byte reproducible.  The
verdict itself cannot differ, since both engines only report what their
solvers showed (and PROVED still requires a re-validated certificate or a
re-checked induction).
"""
from __future__ import annotations

import os
import pickle
import select
import signal
import time
from dataclasses import replace

from .. import ir
from ..results import Result, Verdict
from . import auto, bmc, kinduction

CONCLUSIVE = (Verdict.PROVED, Verdict.VIOLATED, Verdict.COVERED, Verdict.UNREACHABLE,
              Verdict.VACUOUS)


def _spawn(fn):
    """Run fn() in a forked child; returns (pid, read end of its pipe)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:                                    # child
        os.close(r)
        try:
            data = pickle.dumps(fn())
        except BaseException as exc:
            data = pickle.dumps(exc.__class__.__name__ + ": " + str(exc))
        with os.fdopen(w, "wb") as fh:
            fh.write(data)
        os._exit(0)
    os.close(w)
    return pid, r


def _read_all(fd) -> bytes:
    chunks = []
    while True:
        b = os.read(fd, 1 << 16)
        if not b:
            return b"".join(chunks)
        chunks.append(b)


def check(ts: ir.TransitionSystem, prop: ir.Property, depth: int, timeout: float,
          base: dict, store: auto.ProofStore) -> Result:
    start = time.monotonic()
    quick = bmc.check(ts, prop, min(depth, auto.QUICK_DEPTH), timeout * 0.2, base)
    if quick.verdict in (Verdict.VIOLATED, Verdict.COVERED, Verdict.VACUOUS):
        return replace(quick, engine="race/bmc", seconds=time.monotonic() - start)
    left = max(1.0, timeout - (time.monotonic() - start))
    contenders = {
        "pdr": lambda: auto.check(ts, prop, depth, left, base, store, "pdr"),
        "kind": lambda: kinduction.check(ts, prop, depth, left, base),
    }
    running = {}
    for name, fn in contenders.items():
        pid, fd = _spawn(fn)
        running[fd] = (name, pid)
    best = None
    try:
        while running:
            remaining = start + timeout - time.monotonic()
            if remaining <= 0:
                break
            ready, _, _ = select.select(list(running), [], [], remaining)
            for fd in ready:
                name, pid = running.pop(fd)
                data = _read_all(fd)
                os.close(fd)
                os.waitpid(pid, 0)
                try:
                    res = pickle.loads(data) if data else None
                except Exception:
                    res = None
                if not isinstance(res, Result):
                    continue
                res = replace(res, engine=f"race/{res.engine}")
                if res.verdict in CONCLUSIVE:
                    return replace(res, seconds=time.monotonic() - start)
                if best is None or (res.verdict is Verdict.BOUNDED
                                    and best.verdict is not Verdict.BOUNDED):
                    best = res
    finally:
        for fd, (name, pid) in running.items():
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except OSError:
                pass
            os.close(fd)
    if best is not None:
        return replace(best, seconds=time.monotonic() - start)
    return Result(**base, verdict=Verdict.UNKNOWN, engine="race", depth=0,
                  seconds=time.monotonic() - start,
                  reason=f"timeout after {timeout:g}s: neither PDR nor k-induction answered")
