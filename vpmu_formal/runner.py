"""Run property checks in worker processes with hard time limits.

Z3 does not always honour its own timeout (a long simplification or a
Spacer lemma loop can overrun it by minutes), so each check runs in a
forked child that is killed when its deadline passes; the property is then
reported UNKNOWN with the reason, never as a pass.
"""
from __future__ import annotations

import multiprocessing
import os
import time
import traceback
from dataclasses import dataclass, replace
from multiprocessing.connection import wait
from typing import Callable

from .results import Result, Verdict

GRACE_SECONDS = 2.0


@dataclass(frozen=True)
class Job:
    run: Callable[[], Result]     # executed in the child
    fallback: Result              # returned (with reason) if the child dies
    timeout: float


def _child(job: Job, conn) -> None:
    try:
        res = job.run()
    except BaseException as exc:  # report, never crash the parent
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        res = replace(job.fallback, verdict=Verdict.ERROR,
                      reason=f"internal error: {detail}")
    try:
        conn.send(res)
    finally:
        conn.close()


def run_jobs(jobs: list[Job], workers: int) -> list[Result]:
    """Results in job order, whatever order the workers finish in."""
    if workers <= 1 or len(jobs) <= 1 or not _can_fork():
        return [_run_one_forked(j) if _can_fork() else _run_inline(j) for j in jobs]
    ctx = multiprocessing.get_context("fork")
    results: list = [None] * len(jobs)
    pending = list(range(len(jobs)))
    running: dict = {}      # conn -> (index, process, started)
    while pending or running:
        while pending and len(running) < workers:
            i = pending.pop(0)
            parent, child = ctx.Pipe(duplex=False)
            p = ctx.Process(target=_child, args=(jobs[i], child), daemon=True)
            p.start()
            child.close()
            running[parent] = (i, p, time.monotonic())
        now = time.monotonic()
        next_deadline = min(started + jobs[i].timeout + GRACE_SECONDS
                            for i, _, started in running.values())
        ready = wait(list(running), timeout=max(0.0, next_deadline - now))
        for conn in ready:
            i, p, _ = running.pop(conn)
            results[i] = _receive(conn, p, jobs[i])
        now = time.monotonic()
        for conn, (i, p, started) in list(running.items()):
            if now >= started + jobs[i].timeout + GRACE_SECONDS:
                running.pop(conn)
                _kill(p)
                conn.close()
                results[i] = _timed_out(jobs[i])
    return results


def _receive(conn, p, job: Job) -> Result:
    try:
        res = conn.recv()
    except (EOFError, OSError):
        p.join(1)
        code = p.exitcode
        reason = "worker died" + (f" (signal {-code})" if code and code < 0 else
                                  f" (exit {code})" if code else "")
        if code == -9:
            reason += "; probably out of memory"
        res = replace(job.fallback, verdict=Verdict.UNKNOWN, reason=reason)
    conn.close()
    p.join(5)
    if p.is_alive():
        _kill(p)
    return res


def _kill(p) -> None:
    p.kill()
    p.join(5)


def _timed_out(job: Job) -> Result:
    return replace(job.fallback, verdict=Verdict.UNKNOWN, seconds=job.timeout,
                   reason=f"timeout after {job.timeout:g}s (worker killed)")


def _run_one_forked(job: Job) -> Result:
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    p = ctx.Process(target=_child, args=(job, child), daemon=True)
    p.start()
    child.close()
    if parent.poll(job.timeout + GRACE_SECONDS):
        return _receive(parent, p, job)
    _kill(p)
    parent.close()
    return _timed_out(job)


def _run_inline(job: Job) -> Result:
    try:
        return job.run()
    except Exception as exc:
        return replace(job.fallback, verdict=Verdict.ERROR, reason=f"internal error: {exc}")


def _can_fork() -> bool:
    return hasattr(os, "fork")
