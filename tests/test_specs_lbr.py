"""The legacy LBR passthrough specs (specs/lbr/) give exactly their golden
verdicts with the default engine: upstream and the 2020 seed prove P18
(the seed's NULL dereference is VIOLATED), each known-bad variant is
VIOLATED exactly where its bug shows, covers are COVERED (or UNREACHABLE
where a path does not exist), and the exit code is 0.  A few traces are
checked for the scenario they are meant to show."""
from __future__ import annotations

import re
from pathlib import Path

import pytest


from summary import assert_golden, run_check, story, step_names

ROOT = Path(__file__).resolve().parent.parent

P, V, C, U = "PROVED", "VIOLATED", "COVERED", "UNREACHABLE"

GOLDEN = {
    # current upstream (pmu_intel.c @ 0033fa35): everything proved, every path covered
    ("lbr_upstream", "no_host_lbr_to_guest"): P,
    ("lbr_upstream", "no_host_lbr_to_userspace"): P,
    ("lbr_upstream", "passthrough_needs_active_check"): P,
    ("lbr_upstream", "passthrough_only_while_active"): P,
    ("lbr_upstream", "hw_read_only_while_active"): P,
    ("lbr_upstream", "hw_write_only_while_active"): P,
    ("lbr_upstream", "passthrough_read"): C,
    ("lbr_upstream", "passthrough_write"): C,
    ("lbr_upstream", "intercepted_read_hw"): C,
    ("lbr_upstream", "intercepted_write_hw"): C,
    ("lbr_upstream", "intercepted_read_dummy"): C,
    ("lbr_upstream", "intercepted_write_dropped"): C,
    ("lbr_upstream", "create_failed_dummy"): C,
    ("lbr_upstream", "reclaim_while_guest_runs"): C,
    ("lbr_upstream", "lazy_release"): C,
    ("lbr_upstream", "host_initiated_reaches_hw"): C,
    ("lbr_upstream", "host_initiated_dummy"): C,
    # seed 001 (v12 08/11, 2020): P18 holds; the inverted create check dereferences NULL;
    # host-initiated accesses never reach the hardware; no lazy release yet
    ("lbr_seed_v12", "no_host_lbr_to_guest"): P,
    ("lbr_seed_v12", "no_host_lbr_to_userspace"): P,
    ("lbr_seed_v12", "passthrough_needs_active_check"): P,
    ("lbr_seed_v12", "passthrough_only_while_active"): P,
    ("lbr_seed_v12", "hw_read_only_while_active"): P,
    ("lbr_seed_v12", "hw_write_only_while_active"): P,
    ("lbr_seed_v12", "no_null_event_deref"): V,
    ("lbr_seed_v12", "passthrough_read"): C,
    ("lbr_seed_v12", "passthrough_write"): C,
    ("lbr_seed_v12", "intercepted_read_hw"): C,
    ("lbr_seed_v12", "intercepted_write_hw"): C,
    ("lbr_seed_v12", "intercepted_read_dummy"): C,
    ("lbr_seed_v12", "intercepted_write_dropped"): C,
    ("lbr_seed_v12", "create_failed_dummy"): U,
    ("lbr_seed_v12", "reclaim_while_guest_runs"): C,
    ("lbr_seed_v12", "lazy_release"): U,
    ("lbr_seed_v12", "host_initiated_reaches_hw"): U,
    ("lbr_seed_v12", "host_initiated_dummy"): C,
    # known-bad (a): the pre-entry check runs with IRQs enabled
    ("lbr_bad_check_irqs_on", "no_host_lbr_to_guest"): V,
    ("lbr_bad_check_irqs_on", "no_host_lbr_to_userspace"): P,
    ("lbr_bad_check_irqs_on", "passthrough_needs_active_check"): V,
    ("lbr_bad_check_irqs_on", "passthrough_only_while_active"): V,
    ("lbr_bad_check_irqs_on", "hw_read_only_while_active"): V,
    ("lbr_bad_check_irqs_on", "hw_write_only_while_active"): V,
    ("lbr_bad_check_irqs_on", "passthrough_read"): C,
    ("lbr_bad_check_irqs_on", "passthrough_write"): C,
    ("lbr_bad_check_irqs_on", "intercepted_read_hw"): C,
    ("lbr_bad_check_irqs_on", "intercepted_write_hw"): C,
    ("lbr_bad_check_irqs_on", "intercepted_read_dummy"): C,
    ("lbr_bad_check_irqs_on", "intercepted_write_dropped"): C,
    ("lbr_bad_check_irqs_on", "create_failed_dummy"): C,
    ("lbr_bad_check_irqs_on", "reclaim_while_guest_runs"): C,
    ("lbr_bad_check_irqs_on", "lazy_release"): C,
    ("lbr_bad_check_irqs_on", "host_initiated_reaches_hw"): C,
    ("lbr_bad_check_irqs_on", "host_initiated_dummy"): C,
    # known-bad (b): intercepted reads do RDMSR without the ACTIVE check
    ("lbr_bad_handler_no_state_check", "no_host_lbr_to_guest"): V,
    ("lbr_bad_handler_no_state_check", "no_host_lbr_to_userspace"): V,
    ("lbr_bad_handler_no_state_check", "passthrough_needs_active_check"): P,
    ("lbr_bad_handler_no_state_check", "passthrough_only_while_active"): P,
    ("lbr_bad_handler_no_state_check", "hw_read_only_while_active"): V,
    ("lbr_bad_handler_no_state_check", "hw_write_only_while_active"): P,
    ("lbr_bad_handler_no_state_check", "passthrough_read"): C,
    ("lbr_bad_handler_no_state_check", "passthrough_write"): C,
    ("lbr_bad_handler_no_state_check", "intercepted_read_hw"): C,
    ("lbr_bad_handler_no_state_check", "intercepted_write_hw"): C,
    ("lbr_bad_handler_no_state_check", "intercepted_read_dummy"): U,
    ("lbr_bad_handler_no_state_check", "intercepted_write_dropped"): C,
    ("lbr_bad_handler_no_state_check", "create_failed_dummy"): C,
    ("lbr_bad_handler_no_state_check", "reclaim_while_guest_runs"): C,
    ("lbr_bad_handler_no_state_check", "lazy_release"): C,
    ("lbr_bad_handler_no_state_check", "host_initiated_reaches_hw"): C,
    ("lbr_bad_handler_no_state_check", "host_initiated_dummy"): C,
    # known-bad (c): passthrough kept while the event is not ACTIVE
    ("lbr_bad_no_intercept_when_inactive", "no_host_lbr_to_guest"): V,
    ("lbr_bad_no_intercept_when_inactive", "no_host_lbr_to_userspace"): P,
    ("lbr_bad_no_intercept_when_inactive", "passthrough_needs_active_check"): V,
    ("lbr_bad_no_intercept_when_inactive", "passthrough_only_while_active"): V,
    ("lbr_bad_no_intercept_when_inactive", "hw_read_only_while_active"): V,
    ("lbr_bad_no_intercept_when_inactive", "hw_write_only_while_active"): V,
    ("lbr_bad_no_intercept_when_inactive", "passthrough_read"): C,
    ("lbr_bad_no_intercept_when_inactive", "passthrough_write"): C,
    ("lbr_bad_no_intercept_when_inactive", "intercepted_read_hw"): C,
    ("lbr_bad_no_intercept_when_inactive", "intercepted_write_hw"): C,
    ("lbr_bad_no_intercept_when_inactive", "intercepted_read_dummy"): C,
    ("lbr_bad_no_intercept_when_inactive", "intercepted_write_dropped"): C,
    ("lbr_bad_no_intercept_when_inactive", "create_failed_dummy"): C,
    ("lbr_bad_no_intercept_when_inactive", "reclaim_while_guest_runs"): C,
    ("lbr_bad_no_intercept_when_inactive", "lazy_release"): C,
    ("lbr_bad_no_intercept_when_inactive", "host_initiated_reaches_hw"): C,
    ("lbr_bad_no_intercept_when_inactive", "host_initiated_dummy"): C,
}


@pytest.fixture(scope="module")
def lbr_run():
    return run_check("specs/lbr/")




def test_lbr_specs_golden_verdicts(lbr_run):
    assert_golden(lbr_run, GOLDEN, "51 COVERED, 17 PROVED, 4 UNREACHABLE, 14 VIOLATED")


def test_irqs_on_check_trace_has_reclaim_between_check_and_entry(lbr_run):
    steps = story(lbr_run[1], "lbr_bad_check_irqs_on.vpmu", "VIOLATED", "no_host_lbr_to_guest")
    names = step_names(steps)
    check = names.index("lbr_check_irqs_on")
    entry = names.index("vcpu_enter_guest", check)
    assert "host_lbr_reclaim" in names[check + 1:entry], names
    assert names[-1] == "guest_rdmsr_lbr" and "does not exit" in steps[-1], steps[-1]
    assert "<-- the property breaks here" in steps[-1]


def test_no_state_check_trace_is_an_intercepted_read(lbr_run):
    steps = story(lbr_run[1], "lbr_bad_handler_no_state_check.vpmu", "VIOLATED",
                   "no_host_lbr_to_guest")
    names = step_names(steps)
    assert "guest_rdmsr_lbr" in names and "exits to KVM" in steps[names.index("guest_rdmsr_lbr")]
    assert names[-1] == "handle_lbr_rdmsr_exit", names
    assert "guest observes any @host" in steps[-1]


def test_sticky_passthrough_trace_reads_through_the_bitmap(lbr_run):
    steps = story(lbr_run[1], "lbr_bad_no_intercept_when_inactive.vpmu", "VIOLATED",
                   "no_host_lbr_to_guest")
    assert step_names(steps)[-1] == "guest_rdmsr_lbr" and "does not exit" in steps[-1], steps[-1]


def test_seed_null_deref_trace_is_a_failed_creation(lbr_run):
    steps = story(lbr_run[1], "lbr_seed_v12.vpmu", "VIOLATED", "no_null_event_deref")
    last = steps[-1]
    assert re.match(r"  Step \d+: handle_lbr_(rd|wr)msr_exit ", last), last
    assert "created = EV_NONE" in last and "fault #NULL_DEREF" in last, last
