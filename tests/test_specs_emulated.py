"""The emulated-instruction specs (specs/emulated/) give exactly their golden
verdicts with the default engine: upstream proves that an emulated or
skipped instruction ticks exactly the eligible counters, once, and reports
wraps; each known-bad variant is VIOLATED exactly where its bug shows;
covers are COVERED; the exit code is 0.  The counterexamples are checked
for the scenario each variant is meant to show."""
from __future__ import annotations

from pathlib import Path

import pytest


from summary import assert_golden, run_check, story, step_names

ROOT = Path(__file__).resolve().parent.parent

P, V, C = "PROVED", "VIOLATED", "COVERED"

GOLDEN = {
    # upstream (pmu.c @ b0b6a8d3, pmu.h / pmu_intel.c @ 56bb2736, x86.c)
    ("emulated_upstream", "ticks_only_if_eligible"): P,
    ("emulated_upstream", "ticks_when_eligible"): P,
    ("emulated_upstream", "one_tick_per_instruction"): P,
    ("emulated_upstream", "mediated_wrap_overflows"): P,
    ("emulated_upstream", "legacy_wrap_requests_reprogram"): P,
    ("emulated_upstream", "legacy_wrap_reported"): P,
    ("emulated_upstream", "branch_ticks_gp"): C,
    ("emulated_upstream", "user_only_counter_ticks_at_cpl3"): C,
    ("emulated_upstream", "io_completion_ticks_fixed"): C,
    ("emulated_upstream", "mediated_wrap_pmi"): C,
    ("emulated_upstream", "legacy_overflow_reported"): C,
    ("emulated_upstream", "filtered_counter_stays"): C,
    ("emulated_upstream", "legacy_wrap_lost_to_filter"): C,
    # known-bad (historical, before dfdeda67ea2d): no filter check at emulation time
    ("emulated_bad_no_filter_check", "ticks_only_if_eligible"): V,
    # known-bad: no cpl_is_matched()
    ("emulated_bad_no_cpl_check", "ticks_only_if_eligible"): V,
    # known-bad: a faulting emulated instruction is counted
    ("emulated_bad_count_faulting", "ticks_only_if_eligible"): V,
    # known-bad: the userspace-I/O exit counts, and the completion again
    ("emulated_bad_count_at_io_exit", "ticks_only_if_eligible"): V,
    ("emulated_bad_count_at_io_exit", "one_tick_per_instruction"): V,
}


@pytest.fixture(scope="module")
def emulated_run():
    return run_check("specs/emulated/")


def test_emulated_specs_golden_verdicts(emulated_run):
    assert_golden(emulated_run, GOLDEN, "7 COVERED, 6 PROVED, 5 VIOLATED")


def test_no_filter_check_trace_counts_a_filtered_event(emulated_run):
    steps = story(emulated_run[1], "emulated_bad_no_filter_check.vpmu", "VIOLATED",
                  "ticks_only_if_eligible")
    names = step_names(steps)
    # the filter is installed first, then an instruction ticks the counter anyway
    assert "host_set_filter" in names, names
    last = steps[-1]
    assert "filter_set = true" in last, last
    assert "<-- the property breaks here" in last or "violated after step" in last


def test_no_cpl_check_trace_ticks_user_only_counter_in_ring0(emulated_run):
    steps = story(emulated_run[1], "emulated_bad_no_cpl_check.vpmu", "VIOLATED",
                  "ticks_only_if_eligible")
    last = steps[-1]
    assert "cpl = 0" in last and "gp_os = false" in last and "gp_usr = true" in last, last


def test_count_faulting_trace_ends_in_a_fault(emulated_run):
    steps = story(emulated_run[1], "emulated_bad_count_faulting.vpmu", "VIOLATED",
                  "ticks_only_if_eligible")
    names = step_names(steps)
    assert names[-1] in ("emulate_insn", "emulate_branch"), names
    assert "exc = EXC_FAULT" in steps[-1] and "fault #GP" in steps[-1], steps[-1]


def test_io_exit_trace_counts_twice(emulated_run):
    steps = story(emulated_run[1], "emulated_bad_count_at_io_exit.vpmu", "VIOLATED",
                  "one_tick_per_instruction")
    names = step_names(steps)
    assert names[-2:] == ["emulate_io_exit", "complete_userspace_io"], names
    assert "count_since(gp_ticked,insn_starts)@before = 1" in steps[-1] \
        or "count_since(fx_ticked,insn_starts)@before = 1" in steps[-1], steps[-1]
    steps = story(emulated_run[1], "emulated_bad_count_at_io_exit.vpmu", "VIOLATED",
                  "ticks_only_if_eligible")
    assert step_names(steps)[-1] == "emulate_io_exit", step_names(steps)
