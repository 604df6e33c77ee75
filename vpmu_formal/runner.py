"""Run property checks in worker processes with hard time limits.

Z3 does not always honour its own timeout (a long simplification or a
Spacer lemma loop can overrun it by minutes), so checks run in forked
children that are killed when a check's deadline passes; the property is
then reported UNKNOWN with the reason, never as a pass.  The checks of one
group (one spec) run in order in one child, which shares their encodings;
after a kill the rest of the group continues in a fresh child.
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
    # Jobs with equal groups run one after another in one worker process,
    # so what they share (a spec's encodings, see encode.encoder_for) is
    # built once; each job keeps its own deadline.
    group: object = None


def _run_guarded(job: Job) -> Result:
    try:
        return job.run()
    except BaseException as exc:  # report, never crash the parent
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        return replace(job.fallback, verdict=Verdict.ERROR,
                       reason=f"internal error: {detail}")


def _child(jobs: list, indices: list, conn) -> None:
    try:
        for i in indices:
            conn.send(("start", i))
            conn.send(("done", i, _run_guarded(jobs[i])))
    finally:
        conn.close()


def _groups(jobs: list[Job]) -> list[list[int]]:
    """Job indices by group, groups in order of first appearance; a job
    without a group is a group of its own."""
    out: list[list[int]] = []
    where: dict = {}
    for i, job in enumerate(jobs):
        if job.group is None:
            out.append([i])
        elif job.group in where:
            out[where[job.group]].append(i)
        else:
            where[job.group] = len(out)
            out.append([i])
    return out


def _split(groups: list[list[int]], workers: int) -> list[list[int]]:
    """With few groups (one or two specs checked on several cores), halve
    the largest groups until there are two per worker, so that the load
    can be balanced.  Sharing is only a saving: a job's result does not
    depend on the jobs before it in its worker (encode.encoder_for gives
    each its own Z3 context)."""
    groups = [list(g) for g in groups]
    while len(groups) < 2 * workers:
        big = max(range(len(groups)), key=lambda i: len(groups[i]), default=None)
        if big is None or len(groups[big]) < 2:
            break
        g = groups.pop(big)
        half = (len(g) + 1) // 2
        groups[big:big] = [g[:half], g[half:]]
    return groups


@dataclass
class _Worker:
    process: object
    todo: list                    # indices not yet finished, current one first
    started: float = 0.0          # when the current job started


def run_jobs(jobs: list[Job], workers: int) -> list[Result]:
    """Results in job order, whatever order the workers finish in."""
    if not _can_fork():
        return [_run_guarded(j) for j in jobs]
    ctx = multiprocessing.get_context("fork")
    results: list = [None] * len(jobs)
    # Largest groups first, so that no big spec starts last and leaves the
    # other workers idle; results keep the job order whatever runs first.
    pending = sorted(_split(_groups(jobs), workers), key=len, reverse=True)
    running: dict = {}      # conn -> _Worker
    while pending or running:
        while pending and len(running) < max(1, workers):
            todo = pending.pop(0)
            parent, child = ctx.Pipe(duplex=False)
            p = ctx.Process(target=_child, args=(jobs, todo, child), daemon=True)
            p.start()
            child.close()
            running[parent] = _Worker(p, list(todo), time.monotonic())
        now = time.monotonic()
        next_deadline = min(w.started + jobs[w.todo[0]].timeout + GRACE_SECONDS
                            for w in running.values())
        for conn in wait(list(running), timeout=max(0.0, next_deadline - now)):
            w = running[conn]
            try:
                msg = conn.recv()
            except (EOFError, OSError):
                running.pop(conn)
                _finish(conn, w, jobs, results, pending, _died(w.process))
                continue
            if msg[0] == "start":
                w.started = time.monotonic()
            else:
                results[msg[1]] = msg[2]
                w.todo.pop(0)
                if not w.todo:
                    running.pop(conn)
                    _finish(conn, w, jobs, results, pending, None)
        now = time.monotonic()
        for conn, w in list(running.items()):
            if now >= w.started + jobs[w.todo[0]].timeout + GRACE_SECONDS:
                running.pop(conn)
                _kill(w.process)
                i = w.todo[0]
                _finish(conn, w, jobs, results, pending,
                        f"timeout after {jobs[i].timeout:g}s (worker killed)", timed_out=True)
    return results


def _finish(conn, w: _Worker, jobs, results, pending, reason, timed_out=False) -> None:
    """Close a worker.  If it stopped before its last job (killed at a
    deadline, or died), its current job gets `reason` and the rest of its
    group goes back to the front of the queue in a fresh worker."""
    conn.close()
    w.process.join(5)
    if w.process.is_alive():
        _kill(w.process)
    if not w.todo:
        return
    i, rest = w.todo[0], w.todo[1:]
    fields = dict(verdict=Verdict.UNKNOWN, reason=reason)
    if timed_out:
        fields["seconds"] = jobs[i].timeout
    results[i] = replace(jobs[i].fallback, **fields)
    if rest:
        pending.insert(0, rest)


def _died(p) -> str:
    p.join(1)
    code = p.exitcode
    reason = "worker died" + (f" (signal {-code})" if code and code < 0 else
                              f" (exit {code})" if code else "")
    if code == -9:
        reason += "; probably out of memory"
    return reason


def _kill(p) -> None:
    p.kill()
    p.join(5)


def _can_fork() -> bool:
    return hasattr(os, "fork")
