"""The AMD mediated vPMU specs (specs/amd/) give exactly their golden
verdicts with the default engine: the upstream model proves P1, P3, P4,
P5/P6, P7, P12, P13/P14 and P19, its cover goals are reached, each
known-bad variant (extends + override of the spec whose property it
breaks) is VIOLATED where its bug shows, the two model findings
(stale K7 intercepts, uncore RDPMC) are VIOLATED, and the exit code is 0.
A few traces are checked for the scenario they are meant to show."""
from __future__ import annotations

import re
from pathlib import Path

import pytest


from summary import assert_golden, table, run_check, story, step_names

ROOT = Path(__file__).resolve().parent.parent

P, V, C = "PROVED", "VIOLATED", "COVERED"

GOLDEN = {
    # upstream model (pmu.c @ b0b6a8d3, svm/pmu.c, svm.c): every property proved
    ("amd_mediated_isolation", "no_host_data_to_guest"): P,                 # P1 (+P2)
    ("amd_mediated_intercepts", "unexposed_counters_unreachable"): P,       # P3
    ("amd_mediated_intercepts", "counters_beyond_nr_intercepted"): P,       # P3 (rules)
    ("amd_mediated_intercepts", "passthrough_needs_identical_pmu"): P,      # P13, P14
    ("amd_mediated_put", "no_guest_data_after_put"): P,                     # P4 (owners)
    ("amd_mediated_scrub", "put_scrubs_hardware"): P,                       # P4 (values)
    ("amd_mediated_restore", "status_restore_exact"): P,                    # P6
    ("amd_mediated_restore", "save_restore_roundtrip"): P,                  # P5
    ("amd_mediated_counting", "no_counting_with_mixed_context"): P,         # P7
    ("amd_mediated_eventsel", "guest_only_forced"): P,                      # P19
    ("amd_mediated_eventsel", "reserved_bits_never_reach_hw"): P,           # P12
    # the paths the proofs talk about are used
    ("amd_mediated_reach", "rdpmc_and_globals_passed_through"): C,
    ("amd_mediated_reach", "counters_passed_through_rdpmc_intercepted"): C,
    ("amd_mediated_reach", "guest_counter_enabled"): C,
    ("amd_mediated_reach", "nonzero_status_restored"): C,
    # known-bad (a): eventsel_hw = data (GuestOnly not forced, HostOnly kept)
    ("amd_bad_no_guestonly", "no_host_data_to_guest"): V,
    ("amd_bad_no_guestonly", "guest_only_forced"): V,
    ("amd_bad_no_guestonly", "no_counting_with_mixed_context"): V,
    # known-bad (b): GLOBAL_CTL written before the event selects on load
    ("amd_bad_global_ctl_first", "no_counting_with_mixed_context"): V,
    # known-bad (c): RDPMC passed through although nr_gp != host count
    ("amd_bad_rdpmc_predicate", "no_host_data_to_guest"): V,
    ("amd_bad_rdpmc_predicate", "unexposed_counters_unreachable"): V,
    # known-bad (d): put skips the GLOBAL_STATUS save and clear
    ("amd_bad_put_no_status_save", "no_guest_data_after_put"): V,
    ("amd_bad_put_no_status_save", "put_scrubs_hardware"): V,
    # model findings (see the spec headers)
    ("amd_k7_stale_intercept", "unexposed_counters_unreachable"): V,
    ("amd_uncore_rdpmc", "no_host_data_to_guest"): V,
}

@pytest.fixture(scope="module")
def amd_run():
    return run_check("specs/amd/")


parse_table = table


def test_parse_table_handles_wrapped_and_inlinestep_names():
    out = ("VERDICT     ENGINE      DEPTH RESULT       SPEC.PROPERTY\n"
           "PROVED      lemmas          0 ok           a.short\n"
           "VIOLATED    bmc             4 ok\n"
           "      some_long_spec_name.some_long_property_name\n"
           "\n")
    assert parse_table(out) == {("a", "short"): P,
                                ("some_long_spec_name", "some_long_property_name"): V}


def test_amd_specs_golden_verdicts(amd_run):
    assert_golden(amd_run, GOLDEN, "4 COVERED, 11 PROVED, 10 VIOLATED")


def test_rdpmc_predicate_trace_reads_an_unloaded_counter(amd_run):
    steps = story(amd_run[1], "amd_bad_rdpmc_predicate.vpmu", "VIOLATED", "no_host_data_to_guest")
    names = step_names(steps)
    assert names[0] == "kvm_set_cpuid" and "vcpu_load" in names, names
    assert names[-1] == "guest_rdpmc" and "does not exit" in steps[-1], steps[-1]
    assert "@host  <-- the property breaks here" in steps[-1], steps[-1]


def test_global_ctl_first_breaks_during_load(amd_run):
    steps = story(amd_run[1], "amd_bad_global_ctl_first.vpmu", "VIOLATED",
                   "no_counting_with_mixed_context")
    assert step_names(steps)[-1] == "vcpu_load", step_names(steps)
    assert "mixed_context_counting: false -> true" in steps[-1], steps[-1]


def test_no_guestonly_leak_goes_through_host_mode_counting(amd_run):
    steps = story(amd_run[1], "amd_bad_no_guestonly.vpmu", "VIOLATED", "no_host_data_to_guest")
    names = step_names(steps)
    assert "host_mode_count" in names, names
    assert names.index("vcpu_load") < names.index("host_mode_count"), names
    assert "@host  <-- the property breaks here" in steps[-1], steps[-1]


def test_k7_stale_intercept_needs_two_recalcs(amd_run):
    steps = story(amd_run[1], "amd_k7_stale_intercept.vpmu", "VIOLATED",
                   "unexposed_counters_unreachable")
    names = step_names(steps)
    assert names.count("kvm_set_cpuid") == 2 and names.count("kvm_recalc_intercepts") == 2, names
    assert re.search(r"MSR_K7_PERFCTR[0-3]: does not exit", steps[-1]), steps[-1]
