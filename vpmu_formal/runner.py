"""Run property checks in worker processes with hard time limits.

Z3 does not always honour its own timeout (a long simplification or a
Spacer lemma loop can overrun it by minutes), so checks run in forked
children that are killed when a check's deadline passes; the property is
then reported UNKNOWN with the reason, never as a pass.  The checks of one
group (one spec) run in order in one child, which shares their encodings;
a child then takes the next group.  After a kill the rest of the group
continues in a fresh child.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import time
import traceback
from dataclasses import dataclass, replace
from multiprocessing.connection import wait
from typing import Callable, Iterable

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


def _child(jobs: list, conn) -> None:
    """A worker: runs the groups of job indices it is sent, one after
    another, until it is sent None."""
    try:
        while True:
            todo = conn.recv()
            if todo is None:
                return
            for i in todo:
                conn.send(("start", i))
                conn.send(("done", i, _run_guarded(jobs[i])))
            conn.send(("idle",))
    except (EOFError, OSError):
        pass
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
    known: int = 0                # jobs that existed when it was forked


def run_jobs(jobs: list[Job], workers: int) -> list[Result]:
    """Results in job order, whatever order the workers finish in."""
    return run_batches([jobs], workers)


def run_batches(batches: Iterable[list[Job]], workers: int) -> list[Result]:
    """run_jobs over jobs that arrive in batches (one spec's properties as
    soon as the spec is loaded), so that checking starts while the rest is
    still being read: loading specs/ took a fifth of a warm check.
    Results are in the order of the jobs, batch after batch."""
    if not _can_fork():
        return [_run_guarded(j) for batch in batches for j in batch]
    try:
        return _Pool(iter(batches), workers).run()
    finally:
        gc.unfreeze()


class _Pool:
    """Up to `workers` children, each running groups until none are left.
    A child lives on from group to group (forking a fresh one per spec
    cost a second of system time on specs/).  A child knows only the jobs
    that existed when it was forked, so one that is idle while the only
    groups left arrived later is retired and a fresh one forked; one
    killed at a deadline, or dead, is replaced likewise."""

    def __init__(self, batches, workers: int) -> None:
        self.batches = batches
        self.loading = True
        self.workers = max(1, workers)
        self.ctx = multiprocessing.get_context("fork")
        self.jobs: list = []
        self.results: list = []
        self.pending: list = []       # groups of job indices not yet handed out
        self.pool: dict = {}          # conn -> _Worker; an idle worker has no todo

    def run(self) -> list:
        try:
            while True:
                if self.loading:
                    self._load_one()
                self._hand_out()
                busy = {c: w for c, w in self.pool.items() if w.todo}
                if not busy and not self.pending and not self.loading:
                    break
                self._serve(busy)
        finally:
            for conn, w in self.pool.items():
                try:
                    conn.send(None)
                except (OSError, ValueError):
                    pass
                _finish(conn, w, self.jobs, self.results, self.pending, None)
        return self.results

    def _load_one(self) -> None:
        batch = next(self.batches, None)
        if batch is None:
            self.loading = False
            # Everything is known now: with few groups (one or two specs
            # on several cores), halve the largest of those not started.
            self.pending = _split(self.pending, self.workers)
            return
        first = len(self.jobs)
        self.jobs += batch
        self.results += [None] * len(batch)
        self.pending += [[first + i for i in g] for g in _groups(batch)]

    def _hand_out(self) -> None:
        # Wait for a few groups before the first forks, so that a run of
        # one or two specs is still split over the workers.
        if self.loading and len(self.pending) < 2 * self.workers and not self.pool:
            return
        # Largest groups first, so that no big spec starts last and leaves
        # the other workers idle; results keep the job order regardless.
        self.pending.sort(key=len, reverse=True)
        for conn, w in list(self.pool.items()):
            if w.todo or not (self.pending or self.loading):
                continue
            i = next((i for i, g in enumerate(self.pending) if max(g) < w.known), None)
            if i is not None:
                _assign(conn, w, self.pending.pop(i))
            else:
                # Idle, and forked before every group still to come was
                # loaded: make room for a fresh fork that knows them.
                self.pool.pop(conn)
                conn.send(None)
                _finish(conn, w, self.jobs, self.results, self.pending, None)
        while self.pending and len(self.pool) < self.workers:
            # The loaded specs are a large heap the children only read.
            # Moving it out of the collector's reach before forking spares
            # every child the full collections that would walk it (and
            # copy its pages, which the collector writes to): about 0.2 s
            # per collection with specs/ loaded; the warm check of specs/
            # went from 7.2 s to 5.4 s.
            gc.freeze()
            parent, child = self.ctx.Pipe(duplex=True)
            p = self.ctx.Process(target=_child, args=(self.jobs, child), daemon=True)
            p.start()
            child.close()
            w = self.pool[parent] = _Worker(p, [], known=len(self.jobs))
            _assign(parent, w, self.pending.pop(0))

    def _serve(self, busy: dict) -> None:
        jobs = self.jobs
        if busy:
            now = time.monotonic()
            next_deadline = min(w.started + jobs[w.todo[0]].timeout + GRACE_SECONDS
                                for w in busy.values())
            # While specs are still being loaded, only look in on the workers.
            wait_for = 0.0 if self.loading else max(0.0, next_deadline - now)
            for conn in wait(list(busy), timeout=wait_for):
                w = self.pool[conn]
                try:
                    msg = conn.recv()
                except (EOFError, OSError):
                    self.pool.pop(conn)
                    _finish(conn, w, jobs, self.results, self.pending, _died(w.process))
                    continue
                if msg[0] == "start":
                    w.started = time.monotonic()
                elif msg[0] == "done":
                    self.results[msg[1]] = msg[2]
                    w.todo.pop(0)
        now = time.monotonic()
        for conn, w in list(self.pool.items()):
            if w.todo and now >= w.started + jobs[w.todo[0]].timeout + GRACE_SECONDS:
                self.pool.pop(conn)
                _kill(w.process)
                i = w.todo[0]
                _finish(conn, w, jobs, self.results, self.pending,
                        f"timeout after {jobs[i].timeout:g}s (worker killed)", timed_out=True)


def _assign(conn, w: _Worker, todo: list) -> None:
    w.todo = list(todo)
    w.started = time.monotonic()
    conn.send(todo)


def _finish(conn, w: _Worker, jobs, results, pending, reason, timed_out=False) -> None:
    """Close a worker.  If it stopped before its last job (killed at a
    deadline, or died), its current job gets `reason` and the rest of its
    group goes back to the front of the queue in a fresh worker."""
    conn.close()
    w.process.join(5)
    if w.process.is_alive():
        _kill(w.process)
    if not w.todo or reason is None:
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
