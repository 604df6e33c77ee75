"""The kernel index: C parsed with tree-sitter, the selection rule, the
pinned index and its generator."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from vpmu_formal.kernel import index as kindex
from vpmu_formal.kernel.cparse import function_name_of_header, functions

C_SOURCE = b"""\
#include "pmu.h"

static __always_inline u32 gp_counter_msr(u32 idx)
{
\treturn kvm_pmu_ops.GP_COUNTER_BASE + idx;
}
EXPORT_SYMBOL_GPL(gp_counter_msr);

#ifdef CONFIG_X86_64
static struct kvm_pmc *intel_msr_idx_to_pmc(struct kvm_vcpu *vcpu, u32 msr)
{
\treturn NULL;
}
#endif

int unrelated(void)
{
\treturn 0;
}
"""


def test_functions_found_with_lines():
    got = [(f.name, f.start, f.end) for f in functions(C_SOURCE)]
    assert got == [("gp_counter_msr", 3, 6), ("intel_msr_idx_to_pmc", 10, 13),
                   ("unrelated", 16, 19)]


@pytest.mark.parametrize("header,name", [
    ("static int intel_pmu_get_msr(struct kvm_vcpu *vcpu, struct msr_data *msr_info)",
     "intel_pmu_get_msr"),
    ("static __init u64 vmx_get_perf_capabilities(void)", "vmx_get_perf_capabilities"),
    ("static struct kvm_pmc *intel_msr_idx_to_pmc(struct kvm_vcpu *vcpu, u32 msr)",
     "intel_msr_idx_to_pmc"),
    ("struct kvm_pmu {", None),
    ("static const u32 msrs_to_save_pmu[] = {", None),
    ("", None),
])
def test_hunk_header_function(header, name):
    assert function_name_of_header(header) == name


def _tree(tmp_path):
    kvm = tmp_path / "arch" / "x86" / "kvm"
    (kvm / "vmx").mkdir(parents=True)
    (kvm / "pmu.c").write_bytes(C_SOURCE)
    (kvm / "x86.c").write_bytes(C_SOURCE.replace(b"unrelated", b"do_set_msr")
                                + b"\nvoid kvm_other(void)\n{\n}\n")
    (tmp_path / "Makefile").write_text("VERSION = 6\nPATCHLEVEL = 99\nSUBLEVEL = 1\n")
    return tmp_path


def test_selection_rule(tmp_path):
    idx = kindex.build([str(_tree(tmp_path))], cited={"do_set_msr"})
    assert idx.version == "linux 6.99.1"
    got = {(f.file.rsplit("/", 1)[1], f.name): f.selected for f in idx.functions}
    # every function of pmu.c; in x86.c keyword matches and cited ones only
    assert got == {("pmu.c", "gp_counter_msr"): "all",
                   ("pmu.c", "intel_msr_idx_to_pmc"): "all",
                   ("pmu.c", "unrelated"): "all",
                   ("x86.c", "gp_counter_msr"): "keyword",
                   ("x86.c", "intel_msr_idx_to_pmc"): "keyword",
                   ("x86.c", "do_set_msr"): "cited"}


def test_json_round_trip_and_supplement(tmp_path):
    idx = kindex.build([str(_tree(tmp_path))], supplement=[
        {"file": "kernel/events/core.c", "name": "perf_create_mediated_pmu",
         "source": "a patch"}])
    back = kindex.from_json(kindex.to_json(idx))
    assert back.functions == idx.functions
    sup = back.by_name("perf_create_mediated_pmu")[0]
    assert (sup.start, sup.lines, sup.selected) == (None, 0, "supplement")


def test_bad_index_file():
    with pytest.raises(kindex.IndexError_):
        kindex.from_json('{"format": "other"}')


def test_pinned_index_records_versions_and_real_lines():
    idx = kindex.pinned()
    assert "b0b6a8d3" in idx.files["arch/x86/kvm/pmu.c"].source
    assert "56bb2736" in idx.files["arch/x86/kvm/vmx/pmu_intel.c"].source
    f = [f for f in idx.in_file("arch/x86/kvm/pmu.c") if f.name == "kvm_need_rdpmc_intercept"]
    assert (f[0].start, f[0].end) == (772, 786)
    assert len(idx.in_file("arch/x86/kvm/pmu.c")) == 62
    assert {"intel_mediated_pmu_load", "intel_mediated_pmu_put"} <= {
        f.name for f in idx.in_file("arch/x86/kvm/vmx/pmu_intel.c")}
    for path in kindex.KERNEL_FILES:
        assert path in idx.files


def test_generator_script(tmp_path):
    out = tmp_path / "idx.json"
    rc = subprocess.run([sys.executable, "tools/index_kernel.py", str(_tree(tmp_path)),
                         "-o", str(out), "--source", "arch/x86/kvm/pmu.c=test tree"],
                        capture_output=True, text=True)
    assert rc.returncode == 0, rc.stderr
    data = json.loads(out.read_text())
    assert data["format"] == kindex.FORMAT
    assert {"path": "arch/x86/kvm/pmu.c", "source": "test tree", "lines": 19} in data["files"]
