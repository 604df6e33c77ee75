"""P20 (specs/perf/): perf core's mutual exclusion of mediated-vPMU VMs and
host include-guest events, as merged and in the shape asked for in review,
is PROVED over every interleaving of two VMs and two events; the known-bad
variant without the mutex on the accounting side is VIOLATED by a race.
Run from scratch (an empty proofs directory), so the engines, not the
saved witnesses, decide."""
from __future__ import annotations

import pytest

from summary import run_check, step_names, story, table

P, V, C = "PROVED", "VIOLATED", "COVERED"
COMMON = {"p20_mediated_vms_exclude_include_guest_events": P, "counters_match_objects": P,
          "vm_refused_while_event_exists": C, "event_refused_while_vm_exists": C,
          "two_mediated_vms": C, "two_events": C}
GOLDEN = {("mediated_exclusion", k): v for k, v in COMMON.items()}
GOLDEN.update({("mediated_exclusion_symmetric", k): v for k, v in COMMON.items()})
GOLDEN[("mediated_exclusion_symmetric", "event_fast_path_with_mutex_held")] = C
GOLDEN.update({("mediated_exclusion_bad_lockless_account", k): v for k, v in COMMON.items()})
GOLDEN[("mediated_exclusion_bad_lockless_account",
        "p20_mediated_vms_exclude_include_guest_events")] = V


@pytest.fixture(scope="module")
def perf_run(tmp_path_factory):
    return run_check("specs/perf/", "--proofs", str(tmp_path_factory.mktemp("no_proofs")))


def test_perf_specs_golden_verdicts(perf_run):
    code, out, err = perf_run
    assert code == 0, out + err
    assert table(out) == GOLDEN
    assert "Traceback" not in out + err


def test_lockless_accounting_race_interleaves_check_and_increment(perf_run):
    steps = story(perf_run[1], "mediated_exclusion_bad_lockless_account.vpmu", "VIOLATED",
                  "p20_mediated_vms_exclude_include_guest_events")
    names = step_names(steps)
    # The VM passes its check of the events before the event is counted,
    # and the event passes its check of the VMs before the VM is counted.
    vm_check, vm_inc = names.index("vm_create_check_events"), names.index("vm_create_inc")
    ev_check, ev_inc = names.index("event_open_check_vms"), names.index("event_open_inc")
    assert vm_check < ev_inc and ev_check < vm_inc, names
    assert names[-1] in ("vm_create_inc", "event_open_inc"), names
