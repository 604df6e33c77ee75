"""The counter-overflow / GLOBAL_STATUS / PMI-delivery specs (specs/pmi/,
legacy perf-based vPMU on Intel) give exactly their golden verdicts with the
default engine: upstream proves every property and covers every path, each
known-bad variant is VIOLATED on the property its bug breaks, the 6.6
request order still proves the request and NMI guarantees, the finding
(userspace disabling a counter with an emulated overflow pending) is
VIOLATED, and the exit code is 0.  The counterexample traces are checked
for the scenario each variant is meant to show."""
from __future__ import annotations

import re

import pytest

from summary import assert_golden, run_check, story, step_names

P, V, C, U = "PROVED", "VIOLATED", "COVERED", "UNREACHABLE"

GOLDEN = {
    # upstream (pmu.c @ b0b6a8d3, pmu_intel.c @ 56bb2736, x86.c 6.12, lapic.c)
    ("pmi_upstream", "counter_within_width"): P,
    ("pmi_upstream", "status_set_on_wrap"): P,
    ("pmi_upstream", "status_set_only_on_wrap"): P,
    ("pmi_upstream", "pmi_request_needs_int_overflow"): P,
    ("pmi_upstream", "pmi_needs_unmasked_lvtpc"): P,
    ("pmi_upstream", "one_pmi_per_lvtpc_unmask"): P,
    ("pmi_upstream", "no_guest_with_pending_request"): P,
    ("pmi_upstream", "nmi_limit"): P,
    ("pmi_upstream", "nmi_not_lost_below_limit"): P,
    ("pmi_upstream", "hw_overflow_requests_pmi"): C,
    ("pmi_upstream", "emulated_overflow_pmi"): C,
    ("pmi_upstream", "pmi_reaches_guest"): C,
    ("pmi_upstream", "pmi_suppressed_by_mask"): C,
    ("pmi_upstream", "two_nmis_on_the_way"): C,
    ("pmi_upstream", "second_nmi_after_iret"): C,
    ("pmi_upstream", "amd_guest_second_pmi"): C,
    ("pmi_upstream", "entry_cancelled_by_nmi"): C,
    ("pmi_upstream", "legacy_write_sign_extends"): C,
    ("pmi_upstream", "nmi_dropped_at_limit"): C,
    # known-bad: kvm_apic_local_deliver ignores the LVTPC mask
    ("pmi_bad_lvtpc_mask_ignored", "pmi_needs_unmasked_lvtpc"): V,
    ("pmi_bad_lvtpc_mask_ignored", "one_pmi_per_lvtpc_unmask"): V,
    # known-bad, historical (pre-2011): pending NMIs merged into one bool
    ("pmi_bad_nmi_bool", "nmi_not_lost_below_limit"): V,
    ("pmi_bad_nmi_bool", "pmi_merged_away"): C,
    # known-bad: VM-entry without the kvm_vcpu_exit_request() re-check
    ("pmi_bad_no_exit_recheck", "no_guest_with_pending_request"): V,
    # known-bad, historical (before a16eb25b09c0, 2023): LVTPC not masked after a PMI
    ("pmi_bad_no_lvtpc_automask", "one_pmi_per_lvtpc_unmask"): V,
    # known-bad: __kvm_perf_overflow does not set the GLOBAL_STATUS bit
    ("pmi_bad_no_status_bit", "status_set_on_wrap"): V,
    # known-bad: pmc_write_counter without the width mask
    ("pmi_bad_no_width_mask", "counter_within_width"): V,
    # known-bad: PMI requested without pmc->intr
    ("pmi_bad_pmi_without_int", "pmi_request_needs_int_overflow"): V,
    # finding: userspace disables a counter with an emulated overflow pending
    ("pmi_finding_host_disable", "status_set_on_wrap"): V,
    # 6.6 request order (before fad505b2cb83): correct, one extra round trip
    ("pmi_v66_order", "no_guest_with_pending_request"): P,
    ("pmi_v66_order", "nmi_not_lost_below_limit"): P,
    ("pmi_v66_order", "pmi_costs_a_cancelled_entry"): C,
}


@pytest.fixture(scope="module")
def pmi_run():
    return run_check("specs/pmi/")


def test_pmi_specs_golden_verdicts(pmi_run):
    assert_golden(pmi_run, GOLDEN, "12 COVERED, 11 PROVED, 9 VIOLATED")


def test_nmi_bool_merges_two_queued_nmis(pmi_run):
    steps = story(pmi_run[1], "pmi_bad_nmi_bool.vpmu", "VIOLATED", "nmi_not_lost_below_limit")
    names = step_names(steps)
    # two NMIs are queued before one request pass, which leaves one on its way
    assert names[-1] == "vcpu_enter_guest", names
    queued = [s for s in steps if re.search(r"^    events: .*emitted\(queue_nmi\)", s, re.M)]
    assert len(queued) == 2, steps
    assert "nmi_queued: 2 -> 0" in steps[-1] and "nmi_injected: false -> true" in steps[-1]
    assert "nmi_pending: 0 -> 2" not in steps[-1]


def test_nmi_bool_loses_a_pmi(pmi_run):
    steps = story(pmi_run[1], "pmi_bad_nmi_bool.vpmu", "COVERED", "pmi_merged_away")
    names = step_names(steps)
    assert "external_nmi" in names and "guest_count" in names, names
    assert names[-1] == "vcpu_enter_guest" and "emitted(pmi_injected)" in steps[-1], steps[-1]


def test_mask_ignored_delivers_through_masked_lvtpc(pmi_run):
    steps = story(pmi_run[1], "pmi_bad_lvtpc_mask_ignored.vpmu", "VIOLATED",
                  "pmi_needs_unmasked_lvtpc")
    names = step_names(steps)
    assert "guest_unmask_lvtpc" not in names, names
    assert names[-1] == "vcpu_enter_guest" and "emitted(pmi_injected)" in steps[-1]
    assert "is violated after step" in steps[-1]


def test_no_automask_gives_two_pmis_per_unmask(pmi_run):
    steps = story(pmi_run[1], "pmi_bad_no_lvtpc_automask.vpmu", "VIOLATED",
                  "one_pmi_per_lvtpc_unmask")
    names = step_names(steps)
    pmis = [k for k, s in enumerate(steps) if "emitted(pmi_injected)" in s]
    assert len(pmis) == 2, names
    assert "guest_unmask_lvtpc" not in names[pmis[0]:], names
    assert "guest_count" in names[pmis[0]:pmis[1]], names


def test_no_status_bit_guest_runs_after_a_wrap(pmi_run):
    steps = story(pmi_run[1], "pmi_bad_no_status_bit.vpmu", "VIOLATED", "status_set_on_wrap")
    names = step_names(steps)
    wrap = next(k for k, s in enumerate(steps) if "emitted(wrap" in s)
    assert names[wrap] in ("guest_count", "guest_emulated_instr"), names
    assert names[-1] == "vm_entry" and "vcpu_enter_guest" in names[wrap + 1:], names


def test_no_width_mask_legacy_write_sign_extends(pmi_run):
    steps = story(pmi_run[1], "pmi_bad_no_width_mask.vpmu", "VIOLATED", "counter_within_width")
    assert step_names(steps)[-1] == "guest_wrmsr_counter", steps[-1]
    assert "full_width = false" in steps[-1]


def test_pmi_without_int_on_a_wrap(pmi_run):
    steps = story(pmi_run[1], "pmi_bad_pmi_without_int.vpmu", "VIOLATED",
                  "pmi_request_needs_int_overflow")
    assert step_names(steps)[-1] in ("guest_count", "vcpu_enter_guest"), steps[-1]
    assert "emitted(pmi_requested)" in steps[-1]


def test_no_recheck_enters_with_an_nmi_queued(pmi_run):
    steps = story(pmi_run[1], "pmi_bad_no_exit_recheck.vpmu", "VIOLATED",
                  "no_guest_with_pending_request")
    names = step_names(steps)
    assert names[-3:] == ["vcpu_enter_guest", "external_nmi", "vm_entry"], names


def test_finding_host_disable_drops_the_overflow(pmi_run):
    steps = story(pmi_run[1], "pmi_finding_host_disable.vpmu", "VIOLATED", "status_set_on_wrap")
    names = step_names(steps)
    wrap = next(k for k, s in enumerate(steps) if "emitted(wrap" in s)
    assert names[wrap] == "guest_emulated_instr", names
    assert "host_set_global_ctrl" in names[wrap + 1:], names
    assert names[-1] == "vm_entry", names


def test_v66_order_pmi_costs_a_cancelled_entry(pmi_run):
    steps = story(pmi_run[1], "pmi_v66_order.vpmu", "COVERED", "pmi_costs_a_cancelled_entry")
    names = step_names(steps)
    assert names[-1] == "vm_entry" and "emitted(entry_cancelled)" in steps[-1], names
    assert "external_nmi" not in names, names
