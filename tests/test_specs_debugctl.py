"""The IA32_DEBUGCTL / FREEZE_IN_SMM specs (specs/debugctl/) give exactly
their golden verdicts with the default engine: upstream proves every
property and covers its paths (including the hardware's VM-exit window, in
which an SMI runs SMM unfrozen), each known-bad variant is VIOLATED exactly
on the properties its bug touches (the variants check only those), and the
exit code is 0.  The counterexample of each variant is checked for the
scenario it is meant to show."""
from __future__ import annotations

import pytest

from summary import assert_golden, run_check, story, step_names

P, V, C = "PROVED", "VIOLATED", "COVERED"

GOLDEN = {
    # current upstream (6b1dd26544d0 + 189ecdb3; 6.12.y with the DEBUGCTL series)
    ("debugctl_upstream", "guest_reads_what_it_wrote"): P,
    ("debugctl_upstream", "guest_never_reads_host_bits"): P,
    ("debugctl_upstream", "get_msrs_value_is_settable"): P,
    ("debugctl_upstream", "guest_debugctl_as_written"): P,
    ("debugctl_upstream", "wrmsr_faults_iff_unsupported"): P,
    ("debugctl_upstream", "host_freeze_in_smm_kept_in_guest"): P,
    ("debugctl_upstream", "smm_frozen_when_host_asks"): P,
    ("debugctl_upstream", "host_debugctl_restored"): P,
    ("debugctl_upstream", "no_freeze_in_smm_warn"): P,
    ("debugctl_upstream", "smi_in_guest_frozen"): C,
    ("debugctl_upstream", "freeze_in_smm_reloaded"): C,
    ("debugctl_upstream", "guest_read_in_smm_with_host_freeze"): C,
    ("debugctl_upstream", "wrmsr_gp"): C,
    ("debugctl_upstream", "wrmsr_lbr_dropped"): C,
    ("debugctl_upstream", "pmi_froze_lbrs"): C,
    ("debugctl_upstream", "smi_unfrozen_in_exit_window"): C,
    # (a) historical: before 6b1dd26544d0 the guest runs with FREEZE_IN_SMM clear
    ("debugctl_bad_no_freeze_preserve", "host_freeze_in_smm_kept_in_guest"): V,
    ("debugctl_bad_no_freeze_preserve", "smm_frozen_when_host_asks"): V,
    # (b) host bit stuffed on write, not masked on read
    ("debugctl_bad_read_unmasked", "guest_reads_what_it_wrote"): V,
    ("debugctl_bad_read_unmasked", "guest_never_reads_host_bits"): V,
    ("debugctl_bad_read_unmasked", "get_msrs_value_is_settable"): V,
    ("debugctl_bad_read_unmasked", "no_freeze_in_smm_warn"): V,
    # (c) no reload of FREEZE_IN_SMM before VM-entry
    ("debugctl_bad_no_reload", "host_freeze_in_smm_kept_in_guest"): V,
    ("debugctl_bad_no_reload", "smm_frozen_when_host_asks"): V,
    # (d) historical: snapshot at vcpu_load with IRQs on (before 189ecdb3), on top of (a)
    ("debugctl_bad_snapshot_at_load", "host_freeze_in_smm_kept_in_guest"): V,
    ("debugctl_bad_snapshot_at_load", "smm_frozen_when_host_asks"): V,
    ("debugctl_bad_snapshot_at_load", "host_debugctl_restored"): V,
    # (e) host DEBUGCTL not restored after VM-exit
    ("debugctl_bad_no_restore", "host_debugctl_restored"): V,
    ("debugctl_bad_no_restore", "host_freeze_in_smm_kept_in_guest"): V,
    ("debugctl_bad_no_restore", "smm_frozen_when_host_asks"): V,
    # (f) GUEST_IA32_DEBUGCTL written before the validity check
    ("debugctl_bad_write_before_check", "guest_debugctl_as_written"): V,
    ("debugctl_bad_write_before_check", "guest_reads_what_it_wrote"): V,
}


@pytest.fixture(scope="module")
def debugctl_run():
    return run_check("specs/debugctl/")


def test_debugctl_specs_golden_verdicts(debugctl_run):
    assert_golden(debugctl_run, GOLDEN, "7 COVERED, 9 PROVED, 16 VIOLATED")


def test_pre_fix_guest_runs_with_freeze_in_smm_clear_and_smi_counts(debugctl_run):
    steps = story(debugctl_run[1], "debugctl_bad_no_freeze_preserve.vpmu", "VIOLATED",
                  "smm_frozen_when_host_asks")
    names = step_names(steps)
    # the host sets FREEZE_IN_SMM, the guest is entered, an SMI arrives in guest mode
    update = names.index("host_update_debugctl")
    assert "v = 0x4000" in steps[update], steps[update]
    assert names.index("vcpu_enter_guest") > update
    assert names[-1] == "physical_smi", names
    assert "ctx = CTX_GUEST" in steps[-1] and "hw_debugctl = 0" in steps[-1], steps[-1]


def test_unmasked_read_hands_the_host_bit_to_the_guest(debugctl_run):
    steps = story(debugctl_run[1], "debugctl_bad_read_unmasked.vpmu", "VIOLATED",
                  "guest_never_reads_host_bits")
    names = step_names(steps)
    assert "host_update_debugctl" in names
    rd = names.index("guest_rdmsr_debugctl")
    assert "exits to KVM" in steps[rd], steps[rd]
    assert names[-1] == "handle_rdmsr_exit", names
    assert "guest_rax = 0x4000" in steps[-1] or "guest_rax: 0 -> 0x4000" in steps[-1], steps[-1]


def test_unmasked_read_breaks_the_pmi_lbr_freeze_and_migration(debugctl_run):
    out = debugctl_run[1]
    warn = step_names(story(out, "debugctl_bad_read_unmasked.vpmu", "VIOLATED",
                            "no_freeze_in_smm_warn"))
    assert warn[-1] == "kvm_pmu_deliver_pmi", warn
    get = step_names(story(out, "debugctl_bad_read_unmasked.vpmu", "VIOLATED",
                           "get_msrs_value_is_settable"))
    assert get[-1] == "host_get_debugctl", get


def test_no_reload_enters_with_a_stale_bit(debugctl_run):
    steps = story(debugctl_run[1], "debugctl_bad_no_reload.vpmu", "VIOLATED",
                  "host_freeze_in_smm_kept_in_guest")
    names = step_names(steps)
    # init_vmcs wrote the field before the host set the bit; nothing re-stuffs it
    assert names[-1] == "vcpu_enter_guest" and "host_update_debugctl" in names, names


def test_snapshot_at_load_restores_a_stale_host_value(debugctl_run):
    steps = story(debugctl_run[1], "debugctl_bad_snapshot_at_load.vpmu", "VIOLATED",
                  "host_debugctl_restored")
    names = step_names(steps)
    load = names.index("kvm_arch_vcpu_load")
    update = names.index("host_update_debugctl")
    enter = names.index("vcpu_enter_guest")
    assert load < update < enter, names          # perf changes DEBUGCTL after the snapshot
    assert names[-1] == "vmx_vcpu_run_exit", names


def test_no_restore_leaves_the_zeroed_msr(debugctl_run):
    steps = story(debugctl_run[1], "debugctl_bad_no_restore.vpmu", "VIOLATED",
                  "host_debugctl_restored")
    names = step_names(steps)
    assert names[-1] == "vmx_vcpu_run_exit", names
    assert "hw_debugctl = 0" in steps[-1], steps[-1]


def test_write_before_check_changes_the_value_of_a_failed_write(debugctl_run):
    steps = story(debugctl_run[1], "debugctl_bad_write_before_check.vpmu", "VIOLATED",
                  "guest_debugctl_as_written")
    assert "fault #GP" in steps[-1] and "vmcs_debugctl:" in steps[-1], steps[-1]
    assert step_names(steps)[-1] in ("host_set_debugctl", "handle_wrmsr_exit")
