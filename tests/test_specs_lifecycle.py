"""The vPMU lifecycle specs (specs/lifecycle/: KVM_SET_CPUID2, host writes of
PERF_CAPABILITIES, kvm_pmu_refresh / kvm_pmu_reset, the first KVM_RUN) give
exactly their golden verdicts with the default engine: upstream proves every
property and covers every path; each known-bad variant is VIOLATED exactly
where its bug shows and keeps the properties it does not touch; the exit
code is 0.  The counterexample traces are checked for the scenario each
variant is about."""
from __future__ import annotations

import pytest

from summary import assert_golden, run_check, story, step_names

P, V, C = "PROVED", "VIOLATED", "COVERED"

GOLDEN = {
    # upstream: pmu.c @ b0b6a8d3, pmu_intel.c @ 56bb2736, cpuid.c / x86.c / vmx.c
    ("lifecycle_upstream", "caps_within_kvm_limits"): P,
    ("lifecycle_upstream", "no_state_beyond_nr"): P,
    ("lifecycle_upstream", "refresh_starts_clean"): P,
    ("lifecycle_upstream", "guest_reads_current_config"): P,
    ("lifecycle_upstream", "refresh_global_ctrl_is_reset_value"): P,
    ("lifecycle_upstream", "global_ctrl_within_counters"): P,
    ("lifecycle_upstream", "lbr_only_with_host_format"): P,
    ("lifecycle_upstream", "lbr_event_only_when_enabled"): P,
    ("lifecycle_upstream", "full_width_only_with_fw_writes"): P,
    ("lifecycle_upstream", "never_refresh_after_run"): P,
    ("lifecycle_upstream", "model_frozen_after_run"): P,
    ("lifecycle_upstream", "shrink_after_counting"): C,
    ("lifecycle_upstream", "regrow_after_shrink"): C,
    ("lifecycle_upstream", "lbr_enabled_then_disabled"): C,
    ("lifecycle_upstream", "same_value_perf_caps_after_run"): C,
    ("lifecycle_upstream", "events_before_first_entry"): C,
    # (a) refresh without kvm_pmu_reset (the code before 1647b52757d5)
    ("lifecycle_bad_refresh_no_reset", "no_state_beyond_nr"): V,
    ("lifecycle_bad_refresh_no_reset", "refresh_starts_clean"): V,
    ("lifecycle_bad_refresh_no_reset", "guest_reads_current_config"): V,
    ("lifecycle_bad_refresh_no_reset", "global_ctrl_within_counters"): V,
    ("lifecycle_bad_refresh_no_reset", "lbr_event_only_when_enabled"): V,
    # (b) reset after the new counts: stale state beyond nr, never readable
    ("lifecycle_bad_reset_after_refresh", "no_state_beyond_nr"): V,
    ("lifecycle_bad_reset_after_refresh", "refresh_starts_clean"): P,
    ("lifecycle_bad_reset_after_refresh", "guest_reads_current_config"): P,
    # (c) LBR_FMT not compared with the host's
    ("lifecycle_bad_lbr_fmt_unchecked", "lbr_only_with_host_format"): V,
    # (d) PERF_CAPABILITIES refreshes on a same-value write: KVM_BUG_ON after run
    ("lifecycle_bad_caps_refresh", "never_refresh_after_run"): V,
    ("lifecycle_bad_caps_refresh", "model_frozen_after_run"): P,
    # (e) no GLOBAL_CTRL RESET value (before de120e1d692d)
    ("lifecycle_bad_no_global_ctrl_reset", "refresh_global_ctrl_is_reset_value"): V,
}


@pytest.fixture(scope="module")
def lifecycle_run():
    return run_check("specs/lifecycle/")


def test_lifecycle_specs_golden_verdicts(lifecycle_run):
    assert_golden(lifecycle_run, GOLDEN, "5 COVERED, 14 PROVED, 9 VIOLATED")


def test_no_reset_trace_reads_a_value_of_the_old_configuration(lifecycle_run):
    steps = story(lifecycle_run[1], "lifecycle_bad_refresh_no_reset.vpmu", "VIOLATED",
                  "guest_reads_current_config")
    names = step_names(steps)
    assert names[-1] == "guest_read_gp", names
    write = names.index("wrmsr_gp")
    refresh = next(k for k in range(write + 1, len(names))
                   if "emitted(pmu_refreshed)" in steps[k])
    assert "kvm_run" in names[refresh + 1:-1], names
    assert "host = true" in steps[write]
    assert "msr_data: 0 ->" in steps[-1], steps[-1]


def test_no_reset_trace_keeps_the_lbr_event_across_a_refresh(lifecycle_run):
    steps = story(lifecycle_run[1], "lifecycle_bad_refresh_no_reset.vpmu", "VIOLATED",
                  "lbr_event_only_when_enabled")
    names = step_names(steps)
    assert "lbr_msr_access" in names[:-1], names
    assert names[-1] in ("kvm_set_cpuid2", "kvm_set_perf_caps"), names    # a refresh
    assert "lbr_records: true -> false" in steps[-1], steps[-1]


def test_reset_after_refresh_trace_is_a_shrink(lifecycle_run):
    steps = story(lifecycle_run[1], "lifecycle_bad_reset_after_refresh.vpmu", "VIOLATED",
                  "no_state_beyond_nr")
    names = step_names(steps)
    assert names[0] == "kvm_set_cpuid2" and names[-1] == "kvm_set_cpuid2", names
    assert any(n.startswith("wrmsr_") for n in names[1:-1]), names
    last = steps[-1]
    assert "nr_gp: 2 -> 1" in last or "nr_fixed: 1 -> 0" in last, last


def test_lbr_fmt_trace_writes_a_foreign_format(lifecycle_run):
    steps = story(lifecycle_run[1], "lifecycle_bad_lbr_fmt_unchecked.vpmu", "VIOLATED",
                  "lbr_only_with_host_format")
    names = step_names(steps)
    assert names[-1] == "kvm_set_perf_caps", names
    assert "perf_caps.LBR_FMT" in steps[-1], steps[-1]


def test_always_refresh_trace_bugs_the_vm_after_run(lifecycle_run):
    steps = story(lifecycle_run[1], "lifecycle_bad_caps_refresh.vpmu", "VIOLATED",
                  "never_refresh_after_run")
    names = step_names(steps)
    assert names[-1] == "kvm_set_perf_caps", names
    assert "kvm_run" in names and "has_run: false -> true" in steps[names.index("kvm_run")]
    assert "fault #KVM_BUG_ON" in steps[-1], steps[-1]
    assert "perf_caps." not in steps[-1], steps[-1]     # the same value: nothing changes


def test_no_global_ctrl_reset_trace_leaves_counters_disabled(lifecycle_run):
    steps = story(lifecycle_run[1], "lifecycle_bad_no_global_ctrl_reset.vpmu", "VIOLATED",
                  "refresh_global_ctrl_is_reset_value")
    assert "emitted(pmu_refreshed)" in steps[-1]
    assert "global_ctrl = 0" in steps[-1] and "nr_gp: " in steps[-1], steps[-1]
