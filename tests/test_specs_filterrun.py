"""The filter-ioctl-while-running specs (specs/filterrun/): KVM_SET_PMU_EVENT_FILTER
racing a running vCPU on the legacy perf-based vPMU.  Upstream proves every
property, the reach spec covers every path, each known-bad variant is
VIOLATED exactly where its bug shows, and the exit code is 0.  The
counterexample traces show the scenario each variant is about."""
from __future__ import annotations

import pytest

from summary import assert_golden, run_check, story, step_names

P, V, C = "PROVED", "VIOLATED", "COVERED"

PROPS = ["denied_counting_only_until_kick", "entry_counts_only_allowed",
         "allowed_counter_counts_at_entry", "stale_decision_has_pending_bit",
         "counts_conserved", "no_filter_use_after_free",
         "no_old_filter_reader_after_return"]


def _changed(step: str) -> str:
    """The `changed:` lines of a step (without the final value summary)."""
    text = step.split("Values the property reads")[0]
    return text.split("changed:", 1)[1] if "changed:" in text else ""


def _row(spec, violated=(), dropped=()):
    return {(spec, p): (V if p in violated else P) for p in PROPS if p not in dropped}


GOLDEN = {
    # upstream (pmu.c @ b0b6a8d3, x86.c vcpu_enter_guest, kvm_main.c kick)
    **_row("filterrun_upstream"),
    # the interesting paths exist (including the IPI-latency window after return)
    **{("filterrun_reach", c): C for c in [
        "ioctl_while_guest_counts", "kick_exits_guest", "entry_cancelled_by_request",
        "srcu_waits_for_reader", "denied_enabled_counter_paused", "pause_folds_count",
        "allowed_recreated", "allowed_resumed", "perf_refused_retry_pending",
        "guest_counts_denied_after_return"]},
    # known-bad: request without the kick
    **_row("filterrun_bad_no_kick", violated={"denied_counting_only_until_kick"}),
    # known-bad: request without the reprogram bitmap (entry properties dropped for time)
    **_row("filterrun_bad_no_reprogram_bits", violated={"stale_decision_has_pending_bit"},
           dropped={"denied_counting_only_until_kick", "entry_counts_only_allowed",
                    "allowed_counter_counts_at_entry"}),
    # known-bad: pause drops the perf count
    **_row("filterrun_bad_pause_drops_count", violated={"counts_conserved"}),
    # known-bad: no synchronize_srcu before kfree
    **_row("filterrun_bad_no_srcu_wait",
           violated={"no_filter_use_after_free", "no_old_filter_reader_after_return"}),
}


@pytest.fixture(scope="module")
def fr_run():
    return run_check("specs/filterrun/")


def test_filterrun_golden_verdicts(fr_run):
    assert_golden(fr_run, GOLDEN, "10 COVERED, 27 PROVED, 5 VIOLATED")


def test_no_kick_trace_guest_keeps_counting_after_request(fr_run):
    steps = story(fr_run[1], "filterrun_bad_no_kick.vpmu", V, "denied_counting_only_until_kick")
    names = step_names(steps)
    # the vCPU is in the guest when the ioctl makes its request, and no IPI follows
    assert names.index("vcpu_enter_check") < names.index("ioctl_finish"), names
    assert names[-1] == "ioctl_finish", names
    assert "ipi" not in _changed(steps[-1]) and "req_pmu: false -> true" in _changed(steps[-1]), steps[-1]
    assert "is violated after step" in steps[-1]


def test_no_bits_trace_request_without_bit(fr_run):
    steps = story(fr_run[1], "filterrun_bad_no_reprogram_bits.vpmu", V,
                  "stale_decision_has_pending_bit")
    names = step_names(steps)
    assert names.index("vcpu_reprogram_apply") < names.index("ioctl_finish"), names
    assert names[-1] == "ioctl_finish" and "reprogram" not in _changed(steps[-1]), steps[-1]
    assert "req_pmu: false -> true" in _changed(steps[-1]), steps[-1]


def test_pause_drops_count_trace_counts_then_reprograms(fr_run):
    steps = story(fr_run[1], "filterrun_bad_pause_drops_count.vpmu", V, "counts_conserved")
    names = step_names(steps)
    assert "guest_runs" in names, names
    assert names[-1] == "vcpu_handle_pmu_request", names
    assert "perf_count:" in _changed(steps[-1]) and "pmc_counter" not in _changed(steps[-1]), steps[-1]


def test_no_srcu_wait_trace_frees_what_the_reader_holds(fr_run):
    steps = story(fr_run[1], "filterrun_bad_no_srcu_wait.vpmu", V, "no_filter_use_after_free")
    names = step_names(steps)
    handle = names.index("vcpu_handle_pmu_request")
    # the reader dereferenced the filter, then a whole ioctl ran and freed it
    assert names[handle + 1:] == ["ioctl_publish", "ioctl_finish"], names
    assert "buf_live" in steps[-1], steps[-1]
    steps = story(fr_run[1], "filterrun_bad_no_srcu_wait.vpmu", V,
                  "no_old_filter_reader_after_return")
    assert step_names(steps)[-2:] == ["ioctl_publish", "ioctl_finish"]
