"""The AMD Host-Only/Guest-Only nested-SVM specs (specs/amdnested/) give
exactly their golden verdicts: mainline (bits 40/41 reserved and dropped)
and the series with the transitions funnelled through KVM_REQ_PMU prove
everything; v3 as posted and each known-bad variant are VIOLATED exactly
where their bug shows; the exit code is 0.  The traces are checked for the
scenario each variant is about."""
from __future__ import annotations

import pytest

from summary import assert_golden, run_check, story, step_names

P, V, C, U = "PROVED", "VIOLATED", "COVERED", "UNREACHABLE"

GOLDEN = {
    # mainline: Host-Only/Guest-Only reserved (silently dropped)
    ("amdnested_upstream", "no_l0_in_l1_counter"): P,
    ("amdnested_upstream", "counts_only_when_allowed"): P,
    ("amdnested_upstream", "event_select_preserved"): P,
    ("amdnested_upstream", "reserved_bits_dropped"): P,
    ("amdnested_upstream", "hw_enable_exact"): P,
    ("amdnested_upstream", "l2_counts_12bit_event"): C,
    ("amdnested_upstream", "filter_blocks"): C,
    ("amdnested_upstream", "hostonly_write_dropped"): C,
    # the series (v3 1-4/5) with the refresh funnelled through KVM_REQ_PMU
    ("amdnested_hg_fixed", "no_l0_in_l1_counter"): P,
    ("amdnested_hg_fixed", "counts_only_when_allowed"): P,
    ("amdnested_hg_fixed", "event_select_preserved"): P,
    ("amdnested_hg_fixed", "reserved_bits_dropped"): P,
    ("amdnested_hg_fixed", "hw_enable_exact"): P,
    ("amdnested_hg_fixed", "hostonly_counts_in_l1"): C,
    ("amdnested_hg_fixed", "guestonly_counts_in_l2"): C,
    ("amdnested_hg_fixed", "guestonly_counts_with_svme_off"): C,
    ("amdnested_hg_fixed", "hostonly_dormant_in_l2"): C,
    # v3 as posted: direct refresh bypasses the filter; filter refresh clobbers dormancy
    ("amdnested_hg_v3", "counts_only_when_allowed"): V,
    ("amdnested_hg_v3", "filter_respected_v3"): V,
    # known-bad (a): the guest's bits reach the hardware selector
    ("amdnested_bad_hg_passthrough", "no_l0_in_l1_counter"): V,
    # known-bad (b): nested VMRUN/#VMEXIT do not reprogram
    ("amdnested_bad_no_transition_refresh", "counts_only_when_allowed"): V,
    ("amdnested_bad_no_transition_refresh", "hw_enable_exact"): V,
    # known-bad (c): EFER.SVME not checked
    ("amdnested_bad_svme_ignored", "hw_enable_exact"): V,
    # known-bad (d), historical: Intel's reserved mask (35:32) and #GP, before 2021
    ("amdnested_bad_old_reserved", "event_select_preserved"): V,
    ("amdnested_bad_old_reserved", "reserved_bits_dropped"): V,
}


@pytest.fixture(scope="module")
def amdnested_run():
    return run_check("specs/amdnested/")


def test_amdnested_golden_verdicts(amdnested_run):
    assert_golden(amdnested_run, GOLDEN, "7 COVERED, 10 PROVED, 8 VIOLATED")


def test_passthrough_counts_l0_into_l1(amdnested_run):
    steps = story(amdnested_run[1], "amdnested_bad_hg_passthrough.vpmu", "VIOLATED",
                  "no_l0_in_l1_counter")
    names = step_names(steps)
    load = names.index("vcpu_load")
    assert "count_host_mode" in names[load + 1:], names
    assert names[-1] == "guest_read_ctr", names
    assert "guest observes any @host" in steps[-1]


def test_no_transition_refresh_hostonly_counts_l2(amdnested_run):
    steps = story(amdnested_run[1], "amdnested_bad_no_transition_refresh.vpmu", "VIOLATED",
                  "counts_only_when_allowed")
    names = step_names(steps)
    vmrun = names.index("nested_vmrun")
    assert names.index("guest_wrmsr_evtsel") < vmrun < names.index("vm_entry", vmrun), names
    assert names[-1] == "count_guest_mode", names
    assert "HOSTONLY=1" in steps[-1] and "in_l2 = true" in steps[-1], steps[-1]


def test_svme_ignored_guestonly_stops_in_l1(amdnested_run):
    steps = story(amdnested_run[1], "amdnested_bad_svme_ignored.vpmu", "VIOLATED",
                  "hw_enable_exact")
    assert step_names(steps) == ["guest_wrmsr_evtsel", "vcpu_load"], step_names(steps)
    assert "GUESTONLY=1" in steps[-1] and "efer_svme = false" in steps[-1], steps[-1]


def test_old_reserved_bits_gp_on_12bit_event(amdnested_run):
    steps = story(amdnested_run[1], "amdnested_bad_old_reserved.vpmu", "VIOLATED",
                  "event_select_preserved")
    assert step_names(steps) == ["guest_wrmsr_evtsel"]
    assert "fault #GP" in steps[0]


def test_v3_filter_bypassed_by_svme_refresh(amdnested_run):
    steps = story(amdnested_run[1], "amdnested_hg_v3.vpmu", "VIOLATED", "filter_respected_v3")
    names = step_names(steps)
    efer = names.index("l1_set_efer_svme")
    assert "vcpu_load" in names[:efer] and "vcpu_load" in names[efer:], names
    assert names[-1] == "count_guest_mode", names
    # the filter cleared EN at the first load; the EFER refresh sets it again
    assert "pmu_eventsel_hw.EN 1 -> 0" in steps[names.index("vcpu_load")], steps
    assert "pmu_eventsel_hw.EN 0 -> 1" in steps[efer], steps[efer]


def test_v3_filter_refresh_clobbers_dormant_counter(amdnested_run):
    steps = story(amdnested_run[1], "amdnested_hg_v3.vpmu", "VIOLATED",
                  "counts_only_when_allowed")
    names = step_names(steps)
    assert names.index("guest_wrmsr_evtsel") < names.index("l1_set_efer_svme") \
        < names.index("vcpu_load") < names.index("count_guest_mode"), names
    assert "reprogram_pending: true -> false" in steps[names.index("vcpu_load")]
