"""The PMU event filter specs (specs/filter/) give exactly their golden
verdicts: every proof PROVED, every known-bad variant VIOLATED where it
should be, every cover COVERED, and exit code 0."""
from __future__ import annotations


import pytest

from pathlib import Path


from summary import table, run_check

ROOT = Path(__file__).resolve().parent.parent

P, V, C = "PROVED", "VIOLATED", "COVERED"

GOLDEN = {
    # base model of the ioctl: P10 and P11
    ("filter_ioctl", "p10_gp_decision_is_documented"): P,
    ("filter_ioctl", "p10_fixed_decision_is_documented"): P,
    ("filter_ioctl", "p10_amd_deny_0x1c2_keeps_0xc2"): P,
    ("filter_ioctl", "p11_validation_outcome"): P,
    ("filter_ioctl", "p11_installed_filter_well_formed"): P,
    # known-bad: wrong event-select width in filter_contains_match
    ("filter_bad_select_width", "p10_gp_decision_is_documented"): V,
    ("filter_bad_select_width", "p10_fixed_decision_is_documented"): P,
    ("filter_bad_select_width", "p10_amd_deny_0x1c2_keeps_0xc2"): V,
    ("filter_bad_select_width", "p11_validation_outcome"): P,
    ("filter_bad_select_width", "p11_installed_filter_well_formed"): P,
    # known-bad: is_masked_filter_valid missing
    ("filter_bad_no_masked_check", "p10_gp_decision_is_documented"): P,
    ("filter_bad_no_masked_check", "p10_fixed_decision_is_documented"): P,
    ("filter_bad_no_masked_check", "p10_amd_deny_0x1c2_keeps_0xc2"): P,
    ("filter_bad_no_masked_check", "p11_validation_outcome"): V,
    ("filter_bad_no_masked_check", "p11_installed_filter_well_formed"): V,
    # mediated vPMU: P8, P9 (fixed counters: the reprogram_fixed_counters finding)
    ("filter_mediated", "p8_gp_filter_enforced_at_entry"): P,
    ("filter_mediated", "p8_fixed_filter_enforced_at_entry"): V,
    ("filter_mediated", "p9_gp_new_filter_at_next_entry"): P,
    ("filter_mediated", "p9_fixed_new_filter_at_next_entry"): V,
    # the proposed fix of the finding
    ("filter_fixed_hw_fix", "p8_gp_filter_enforced_at_entry"): P,
    ("filter_fixed_hw_fix", "p8_fixed_filter_enforced_at_entry"): P,
    ("filter_fixed_hw_fix", "p9_gp_new_filter_at_next_entry"): P,
    ("filter_fixed_hw_fix", "p9_fixed_new_filter_at_next_entry"): P,
    ("filter_fixed_hw_fix", "fixed_counter_counts_under_filter"): C,
    # known-bad: VM-entry does not wait for KVM_REQ_PMU
    ("filter_bad_late_reprogram", "p8_gp_filter_enforced_at_entry"): V,
    ("filter_bad_late_reprogram", "p8_fixed_filter_enforced_at_entry"): V,
    ("filter_bad_late_reprogram", "p9_gp_new_filter_at_next_entry"): V,
    ("filter_bad_late_reprogram", "p9_fixed_new_filter_at_next_entry"): V,
    # reachability of the mediated enforcement paths
    ("filter_mediated_reach", "allowed_event_counts_under_filter"): C,
    ("filter_mediated_reach", "denied_event_blocked"): C,
    ("filter_mediated_reach", "fixed_counter_blocked"): C,
    ("filter_mediated_reach", "transient_unfiltered_eventsel"): C,
    # one witness per validation outcome (used by test_filter_conformance.py)
    ("filter_outcomes", "out_ok"): C,
    ("filter_outcomes", "out_einval_bad_action"): C,
    ("filter_outcomes", "out_einval_bad_flags"): C,
    ("filter_outcomes", "out_e2big"): C,
    ("filter_outcomes", "out_einval_masked_unused_bits"): C,
    ("filter_outcomes", "out_einval_masked_high_select_intel"): C,
    ("filter_outcomes", "out_ok_masked_high_select_amd"): C,
    ("filter_outcomes", "out_ok_plain_unused_bits"): C,
    ("filter_outcomes", "out_ok_unvalidated_pad_and_bitmap"): C,
    ("filter_outcomes", "masked_exclude_wins"): C,
    ("filter_outcomes", "plain_entry_dropped"): C,
}

_table = table


@pytest.fixture(scope="module")
def filter_run():
    return run_check("specs/filter/")


def test_filter_specs_exit_zero(filter_run):
    code, out, err = filter_run
    assert code == 0, out + err
    assert "Traceback" not in out + err
    assert f"{len(GOLDEN)} properties:" in out
    assert "0 not as expected" in out


def test_filter_specs_golden_table(filter_run):
    _, out, _ = filter_run
    assert _table(out) == GOLDEN
