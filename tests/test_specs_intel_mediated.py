"""The full Intel mediated vPMU model (specs/intel/mediated*.vpmu) gives
exactly its golden verdicts with the default engine: every property of the
merged code PROVED, every known-bad variant VIOLATED where its bug shows,
the RDMSR width finding VIOLATED, every cover COVERED, and exit code 0.
A few traces are checked for the scenario they are meant to show."""
from __future__ import annotations

import re
from pathlib import Path

import pytest


from summary import table, run_check

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = "specs/intel"

P, V, C = "PROVED", "VIOLATED", "COVERED"

GOLDEN = {
    # merged code: intercepts, widths, configuration (+ covers)
    ("mediated_upstream", "p1_rdpmc_passthrough_needs_identical_pmu"): P,
    ("mediated_upstream", "p3_unexposed_counters_intercepted"): P,
    ("mediated_upstream", "p6_status_restore_exact"): P,
    ("mediated_upstream", "p14_rdpmc_reads_within_guest_width"): P,
    ("mediated_upstream", "p15_configuration_frozen_after_run"): P,
    ("mediated_upstream", "p16_perf_capabilities_controlled"): P,
    ("mediated_upstream", "full_width_alias_passthrough_reachable"): C,
    ("mediated_upstream", "reserved_bit_write_faults"): C,
    ("mediated_upstream", "legacy_alias_write_sign_extended"): C,
    ("mediated_upstream", "status_restore_uses_both_writes"): C,
    # merged code: P1 + P2, P3 (behavioural), P4, P7, P12, P13, P5
    ("mediated_isolation", "p1_p2_no_host_data_to_guest"): P,
    ("mediated_unexposed", "p3_unexposed_counters_untouched"): P,
    ("mediated_unexposed", "p3_counter3_read_passes_only_when_exposed"): P,
    ("mediated_putload", "p4_put_clears_guest_state"): P,
    ("mediated_putload", "p7_no_counting_with_mixed_context"): P,
    # load and put pair up (past-time operators over events)
    ("mediated_putload", "load_put_pair_up"): P,
    ("mediated_putload", "put_follows_load"): P,
    ("mediated_reserved", "p12_no_reserved_bits"): P,
    ("mediated_reserved", "p13_global_ctrl_passthrough_sound"): P,
    ("mediated_restore", "p5_load_restores_saved_counters"): P,
    ("mediated_restore", "counter_value_restored_after_put"): C,
    ("mediated_restore_controls", "p5_load_restores_saved_selects"): P,
    ("mediated_restore_globals", "p5_load_restores_saved_globals"): P,
    # finding: counter MSRs passed through whatever the widths
    ("mediated_finding_rdmsr_width", "rdmsr_within_guest_width"): V,
    # known-bad variants (a)-(e)
    ("mediated_bad_counter_passthrough", "p3_unexposed_counters_intercepted"): V,
    ("mediated_bad_counter_passthrough", "p1_p2_no_host_data_to_guest"): V,
    ("mediated_bad_put_no_clear", "p4_put_clears_guest_state"): V,
    ("mediated_bad_global_ctrl_rsvd", "p12_no_reserved_bits"): V,
    ("mediated_bad_global_ctrl_rsvd", "p3_unexposed_counters_untouched"): V,
    ("mediated_bad_rdpmc_width", "p14_rdpmc_reads_within_guest_width"): V,
    ("mediated_bad_config_after_run", "p15_configuration_frozen_after_run"): V,
}

def summary_rows(out: str) -> dict:
    return table(out, require_ok=False, with_result=True)


def spec_files() -> list[str]:
    # the library mediated.vpmu is passed too: check skips it (no header)
    return sorted(str(Path(SPEC_DIR) / p.name) for p in (ROOT / SPEC_DIR).glob("mediated*.vpmu"))


@pytest.fixture(scope="module")
def mediated_run():
    return run_check(*spec_files())


def _section(out: str, spec: str, prop: str) -> str:
    """The detailed report of one property (up to the next report)."""
    m = re.search(rf"^specs/intel/{spec}\.vpmu:\d+:\d+: [A-Z]+\s+{prop}\n", out, re.M)
    assert m, (spec, prop)
    rest = out[m.end():]
    nxt = re.search(r"^specs/\S+\.vpmu:\d+:\d+: ", rest, re.M)
    return rest[:nxt.start()] if nxt else rest


def test_library_and_specs_present():
    names = {Path(p).name for p in spec_files()}
    assert "mediated.vpmu" in names
    assert {spec + ".vpmu" for spec, _ in GOLDEN} <= names


def test_mediated_specs_exit_zero(mediated_run):
    code, out, err = mediated_run
    assert code == 0, out + err
    assert "Traceback" not in out + err
    assert f"{len(GOLDEN)} properties:" in out
    assert "0 not as expected" in out


def test_mediated_specs_golden_table(mediated_run):
    _, out, _ = mediated_run
    rows = summary_rows(out)
    assert {k: v[0] for k, v in rows.items()} == GOLDEN
    assert all(v[1] == "ok" for v in rows.values()), rows


def test_proofs_use_the_lemmas(mediated_run):
    """Every proof comes from the spec's lemmas (Houdini + induction), or
    from a re-validated certificate of such a proof saved under ./proofs,
    never from a slow PDR run that could time out on a loaded machine."""
    _, out, _ = mediated_run
    for line in out.splitlines():
        if line.startswith("PROVED "):
            assert line.split()[1] in ("lemmas", "certificate"), line


def test_counter_left_passed_through_leaks_host_counter(mediated_run):
    """Variant (a): the guest reads a host counter with a passed-through RDMSR."""
    _, out, _ = mediated_run
    story = _section(out, "mediated_bad_counter_passthrough", "p1_p2_no_host_data_to_guest")
    steps = re.split(r"\n(?=  Step \d+: )", story)[1:]
    last = steps[-1]
    assert re.match(r"  Step \d+: guest_rdmsr ", last), last
    assert "does not exit (passed through)" in last, last
    assert "@host  <-- the property breaks here" in last, last


def test_global_ctrl_without_rsvd_check_counts_into_host_counter(mediated_run):
    """Variant (c): a reserved GLOBAL_CTRL bit written through KVM lets the
    guest count into a counter it does not have."""
    _, out, _ = mediated_run
    story = _section(out, "mediated_bad_global_ctrl_rsvd", "p3_unexposed_counters_untouched")
    steps = re.split(r"\n(?=  Step \d+: )", story)[1:]
    assert any("MSR_CORE_PERF_GLOBAL_CTRL" in s for s in steps), story
    assert re.match(r"  Step \d+: guest_count ", steps[-1]), steps[-1]


def test_rdmsr_width_finding_reads_passed_through_counter(mediated_run):
    _, out, _ = mediated_run
    story = _section(out, "mediated_finding_rdmsr_width", "rdmsr_within_guest_width")
    steps = re.split(r"\n(?=  Step \d+: )", story)[1:]
    assert re.match(r"  Step \d+: guest_rdmsr ", steps[-1]), steps[-1]
    assert "does not exit (passed through)" in steps[-1], steps[-1]
    assert "rdmsr_above_width: false -> true" in steps[-1], steps[-1]
