"""The worker pool: grouped jobs share a process, keep their own deadlines,
and a killed or crashed worker costs only the job it was running."""
from __future__ import annotations

import os
import time

import pytest

from vpmu_formal.results import Result, Verdict
from vpmu_formal.runner import Job, _groups, _split, run_jobs

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _result(name: str, verdict=Verdict.PROVED, reason="") -> Result:
    return Result(spec="s", spec_path="s.vpmu", spec_title="s", property=name,
                  kind="invariant", span="s.vpmu:1:1", statement="invariant true",
                  expect="proved", observer="", label="", verdict=verdict, engine="test",
                  depth=0, seconds=0.0, reason=reason)


def _job(name: str, action=None, timeout=5.0, group=None) -> Job:
    def run() -> Result:
        if action == "hang":
            time.sleep(60)
        if action == "die":
            os._exit(7)
        return _result(name, reason=f"pid {os.getpid()}")
    return Job(run, _result(name, Verdict.UNKNOWN), timeout, group)


def _pid(r: Result) -> int:
    assert r.reason.startswith("pid "), r
    return int(r.reason.split()[1])


@pytest.mark.parametrize("workers", [1, 2])
def test_a_group_runs_in_one_process_in_order(workers):
    # four groups: enough for two workers, so none is split
    jobs = [_job("a1", group="a"), _job("b1", group="b"), _job("a2", group="a"),
            _job("a3", group="a"), _job("lone"), _job("lone2")]
    rs = run_jobs(jobs, workers)
    assert [r.property for r in rs] == ["a1", "b1", "a2", "a3", "lone", "lone2"]
    assert all(r.verdict is Verdict.PROVED for r in rs)
    assert _pid(rs[0]) == _pid(rs[2]) == _pid(rs[3])
    assert _pid(rs[0]) != os.getpid()
    # workers live on from group to group: no more processes than workers
    assert len({_pid(r) for r in rs}) <= workers


def test_a_job_past_its_deadline_is_killed_and_its_group_goes_on():
    # one worker, two groups: nothing is split
    jobs = [_job("a1", group="a"), _job("a2", "hang", timeout=0.5, group="a"),
            _job("a3", group="a"), _job("b1", group="b")]
    start = time.monotonic()
    rs = run_jobs(jobs, 1)
    assert time.monotonic() - start < 30
    assert [r.verdict for r in rs] == [Verdict.PROVED, Verdict.UNKNOWN, Verdict.PROVED,
                                       Verdict.PROVED]
    assert rs[1].reason == "timeout after 0.5s (worker killed)" and rs[1].seconds == 0.5
    # the rest of the group ran in a fresh worker
    assert _pid(rs[2]) != _pid(rs[0])


def test_a_crashed_worker_costs_only_its_current_job():
    jobs = [_job("a1", group="a"), _job("a2", "die", group="a"), _job("a3", group="a"),
            _job("b1", group="b")]
    rs = run_jobs(jobs, 1)
    assert [r.verdict for r in rs] == [Verdict.PROVED, Verdict.UNKNOWN, Verdict.PROVED,
                                       Verdict.PROVED]
    assert rs[1].reason == "worker died (exit 7)"
    assert _pid(rs[2]) != _pid(rs[0])          # the rest of the group went on in a new worker


def test_few_groups_are_split_for_idle_workers():
    jobs = [_job(f"a{i}", group="a") for i in range(8)]
    # two workers: halved until there are two runs per worker
    assert _split(_groups(jobs), 2) == [[0, 1], [2, 3], [4, 5], [6, 7]]
    # one worker: halved once (two runs), never into single jobs
    assert _split(_groups(jobs), 1) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    rs = run_jobs(jobs, 2)
    assert [r.property for r in rs] == [f"a{i}" for i in range(8)]
    pids = [_pid(r) for r in rs]
    # each run of two in one process, and both workers had work
    assert all(pids[i] == pids[i + 1] for i in (0, 2, 4, 6))
    assert len(set(pids)) == 2
