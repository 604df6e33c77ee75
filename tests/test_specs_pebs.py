"""The guest PEBS / DS area specs (specs/pebs/) give exactly their golden
verdicts with the default engine: upstream proves every property and
covers every path (including the residual host-event-in-guest path, a
finding), and each known-bad variant is VIOLATED exactly where its bug
shows; the exit code is 0.  The traces are checked for the scenario each
variant is meant to show."""
from __future__ import annotations

import pytest

from summary import assert_golden, preamble, run_check, story, step_names

P, V, C = "PROVED", "VIOLATED", "COVERED"

GOLDEN = {
    # upstream (pmu_intel.c @ 56bb2736, pmu.c @ b0b6a8d3, vmx.c and
    # intel_guest_get_msrs of linux 6.12.118)
    ("pebs_upstream", "guest_pebs_uses_guest_ds"): P,
    ("pebs_upstream", "guest_pebs_uses_guest_cfg"): P,
    ("pebs_upstream", "guest_pebs_only_vcpu_bits"): P,
    ("pebs_upstream", "no_cross_mapped_pebs"): P,
    ("pebs_upstream", "host_pebs_uses_host_ds"): P,
    ("pebs_upstream", "host_pebs_restored"): P,
    ("pebs_upstream", "pebs_enable_never_reserved"): P,
    ("pebs_upstream", "data_cfg_never_reserved"): P,
    ("pebs_upstream", "ds_area_canonical"): P,
    ("pebs_upstream", "rejected_write_changes_nothing"): P,
    ("pebs_upstream", "guest_pebs_armed"): C,
    ("pebs_upstream", "guest_pebs_with_cfg"): C,
    ("pebs_upstream", "cross_mapped_guest_event_runs"): C,
    ("pebs_upstream", "host_pebs_armed"): C,
    ("pebs_upstream", "rejected_reserved_pebs_enable"): C,
    ("pebs_upstream", "rejected_noncanonical_ds"): C,
    ("pebs_upstream", "host_and_guest_pebs_same_cpu"): C,
    ("pebs_upstream", "host_event_pebs_in_guest"): C,
    # (a) historical, fixed by 971079464001: GLOBAL_CTRL.guest = ctrl & (~host | ~pebs)
    ("pebs_bad_global_ctrl_or", "guest_pebs_uses_guest_ds"): V,
    ("pebs_bad_global_ctrl_or", "guest_pebs_uses_guest_cfg"): V,
    ("pebs_bad_global_ctrl_or", "guest_pebs_only_vcpu_bits"): V,
    # (b) historical, fixed by 58f6217e5d01: PEBS_ENABLE.guest not masked with the vCPU's
    ("pebs_bad_no_vcpu_mask", "guest_pebs_only_vcpu_bits"): V,
    # (c) no intel_pmu_cross_mapped_check() before VM-entry
    ("pebs_bad_no_cross_mapped_check", "no_cross_mapped_pebs"): V,
    # (d) DS_AREA switched with entry_only: host DS_AREA not restored on VM-exit
    ("pebs_bad_ds_area_entry_only", "guest_pebs_uses_guest_ds"): V,
    ("pebs_bad_ds_area_entry_only", "host_pebs_uses_host_ds"): V,
    # (e) DS_AREA writes without the canonical check
    ("pebs_bad_no_canonical_check", "ds_area_canonical"): V,
}


@pytest.fixture(scope="module")
def pebs_run():
    return run_check("specs/pebs/")


def test_pebs_specs_golden_verdicts(pebs_run):
    assert_golden(pebs_run, GOLDEN, "8 COVERED, 10 PROVED, 8 VIOLATED")


def test_global_ctrl_or_trace_keeps_a_host_pebs_counter_in_guest_mode(pebs_run):
    steps = story(pebs_run[1], "pebs_bad_global_ctrl_or.vpmu", "VIOLATED",
                  "guest_pebs_uses_guest_ds")
    names = step_names(steps)
    add = names.index("host_event_add")
    assert "excl_guest = false" in steps[add] and "pebs = true" in steps[add], steps[add]
    assert names[-1] == "vm_entry", names
    # no PEBS virtualization: nothing switches PEBS_ENABLE / DS_AREA
    assert "pebs_ept = false" in preamble(pebs_run[1], "pebs_bad_global_ctrl_or.vpmu",
                                          "VIOLATED", "guest_pebs_uses_guest_ds")


def test_no_vcpu_mask_trace_is_a_guest_only_host_pebs_event(pebs_run):
    steps = story(pebs_run[1], "pebs_bad_no_vcpu_mask.vpmu", "VIOLATED",
                  "guest_pebs_only_vcpu_bits")
    names = step_names(steps)
    add = names.index("host_event_add")
    assert "excl_host = true" in steps[add] and "pebs = true" in steps[add], steps[add]
    assert names[-1] == "vm_entry", names
    assert "guest_wrmsr_pebs" not in names, names      # the vCPU never asked for PEBS


def test_no_cross_check_trace_places_a_guest_event_elsewhere(pebs_run):
    steps = story(pebs_run[1], "pebs_bad_no_cross_mapped_check.vpmu", "VIOLATED",
                  "no_cross_mapped_pebs")
    names = step_names(steps)
    assert "guest_wrmsr_pebs" in names and "MSR_IA32_PEBS_ENABLE" in steps[names.index("guest_wrmsr_pebs")]
    assert "guest_set_enables" in names, names
    assert names[-1] == "vm_entry", names
    assert "OWN_VCPU" in steps[names.index("guest_set_enables")]


def test_entry_only_trace_arms_host_pebs_on_the_guest_ds(pebs_run):
    steps = story(pebs_run[1], "pebs_bad_ds_area_entry_only.vpmu", "VIOLATED",
                  "host_pebs_uses_host_ds")
    names = step_names(steps)
    assert names[0] == "vm_entry", names
    assert names[-1] == "host_event_add" and "pebs = true" in steps[-1], steps[-1]


def test_no_canonical_check_trace_stores_a_noncanonical_ds_area(pebs_run):
    steps = story(pebs_run[1], "pebs_bad_no_canonical_check.vpmu", "VIOLATED",
                  "ds_area_canonical")
    assert step_names(steps)[-1] == "guest_wrmsr_pebs"
    assert "MSR_IA32_DS_AREA" in steps[-1] and "pmu_ds_area" in steps[-1], steps[-1]


def test_finding_host_event_armed_in_guest_upstream(pebs_run):
    steps = story(pebs_run[1], "pebs_upstream.vpmu", "COVERED", "host_event_pebs_in_guest")
    names = step_names(steps)
    add = names.index("host_event_add")
    assert "excl_host = true" in steps[add] and "pebs = true" in steps[add], steps[add]
    assert "MSR_IA32_PEBS_ENABLE" in steps[names.index("guest_wrmsr_pebs")]
    assert names[-1] == "vm_entry"
