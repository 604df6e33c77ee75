"""`review`: posted patches parsed, hunks mapped to kernel functions and
spec elements, counterexamples placed under the hunks they pass through."""
from __future__ import annotations

import io
import os
import shutil
import subprocess

import pytest

from vpmu_formal.cli import main
from vpmu_formal.kernel import index as kindex
from vpmu_formal.kernel.hunkmap import changes
from vpmu_formal.kernel.patch import PatchError, read
from vpmu_formal.kernel.review import map_hunks, select_specs
from vpmu_formal.kernel.specs import load_models

SEEDS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "seeds")
SEED0 = os.path.join(SEEDS, "000_0c392abad38fe2fb.txt")
SEED1 = os.path.join(SEEDS, "001_8b661c01cd0388a9.txt")
SEED2 = os.path.join(SEEDS, "002_73559d587e34c8b2.txt")
needs_seeds = pytest.mark.skipif(not os.path.isdir(SEEDS), reason="no seed emails")


def mapped(path):
    idx = kindex.pinned()
    return [(h.file.rsplit("/", 1)[1], [c.name for c in changes(h, idx)])
            for p in read(path) for h in p.hunks]


@needs_seeds
def test_seed_000_every_hunk_mapped():
    assert mapped(SEED0) == [
        ("kvm_host.h", ["struct kvm_pmu"]),
        ("msr-index.h", ["#define PERF_CAP_PERF_METRICS"]),
        ("perf_event.h", ["#define GLOBAL_STATUS_PERF_METRICS_OVF"]),
        ("pmu_intel.c", ["intel_is_valid_msr"]),
        ("pmu_intel.c", ["intel_pmu_get_msr"]),
        ("pmu_intel.c", ["intel_pmu_set_msr"]),
        ("pmu_intel.c", ["intel_pmu_refresh"]),
        # git's header says intel_pmu_init; the lines are in intel_pmu_reset
        ("pmu_intel.c", ["intel_pmu_reset"]),
        ("pmu_intel.c", ["intel_mediated_pmu_load"]),
        ("pmu_intel.c", ["intel_mediated_pmu_put"]),
        ("pmu_intel.h", ["vcpu_has_perf_metrics"]),
        ("vmx.c", ["vmx_recalc_pmu_msr_intercepts"]),
        ("vmx.c", ["vmx_get_perf_capabilities"]),
        ("x86.c", ["static const u32 msrs_to_save_pmu[]"]),
        ("x86.c", ["kvm_probe_msr_to_save"]),
    ]


@needs_seeds
def test_seed_000_quoting_undone():
    (patch,) = read(SEED0)
    assert patch.subject.endswith("Support PERF_METRICS MSR in mediated vPMU")
    load = patch.hunks[8]
    # the reply interrupts the load hunk; the quote resumes and the hunk goes on
    assert "Sashiko" in load.comments[0][1]
    assert [t for k, t, *_ in load.lines if k == "+"][-1] == ""
    assert load.lines[-1][1].startswith("if (global_status & toggle)")
    assert patch.repaired == 3


@needs_seeds
def test_seed_001_new_functions_found_in_hunk_text():
    got = mapped(SEED1)
    assert len(got) == 11
    assert got[0] == ("pmu_intel.c", ["intel_is_valid_lbr_record_msr"])
    assert got[2] == ("pmu_intel.c", ["intel_pmu_create_lbr_event",
                                      "intel_pmu_free_lbr_event", "access_lbr_record_msr"])
    assert got[8][1] == ["vmx_update_intercept_for_lbr_msrs", "vmx_lbr_disable_passthrough",
                         "vmx_lbr_enable_passthrough", "vmx_passthrough_lbr_msrs"]
    assert got[9] == ("vmx.c", ["vmx_vcpu_run"])


@needs_seeds
def test_seed_002_has_no_hunk():
    with pytest.raises(PatchError) as exc:
        read(SEED2)
    assert exc.value.line == 103 and "no diff hunk" in exc.value.message


@needs_seeds
def test_seed_000_hunks_map_to_the_v4_overrides():
    idx = kindex.pinned()
    patches = read(SEED0)
    models, errors = load_models(["specs/intel"], idx)
    assert errors == []
    hunks = map_hunks(patches, idx, models)
    want = {
        "intel_pmu_refresh": "proc intel_pmu_refresh (specs/intel/perf_metrics_v4.vpmu:88)",
        "intel_pmu_reset": "proc intel_pmu_reset (specs/intel/perf_metrics_v4.vpmu:97)",
        "intel_mediated_pmu_load":
            "proc intel_mediated_pmu_load (specs/intel/perf_metrics_v4.vpmu:107)",
        "intel_mediated_pmu_put":
            "proc intel_mediated_pmu_put (specs/intel/perf_metrics_v4.vpmu:116)",
        "intel_pmu_get_msr": "proc kvm_pmu_get_msr (specs/intel/perf_metrics_v4.vpmu:60)",
        "intel_pmu_set_msr": "proc kvm_pmu_set_msr (specs/intel/perf_metrics_v4.vpmu:73)",
        "vmx_recalc_pmu_msr_intercepts": "rule rwmsr MSR_PERF_METRICS "
                                         "(specs/intel/perf_metrics_v4.vpmu:54)",
    }
    for hr in hunks:
        for c in hr.changes:
            if c.name in want:
                assert want[c.name] in hr.elements[(c.file, c.name)], c.name
    outside = [c.name for hr in hunks for c in hr.outside]
    assert outside == ["struct kvm_pmu", "#define PERF_CAP_PERF_METRICS",
                       "#define GLOBAL_STATUS_PERF_METRICS_OVF", "vcpu_has_perf_metrics",
                       "vmx_get_perf_capabilities", "static const u32 msrs_to_save_pmu[]",
                       "kvm_probe_msr_to_save"]
    checked, why = select_specs(patches, models, hunks)
    assert [m.name for m in checked] == ["perf_metrics_fix", "perf_metrics_v4"] or \
        sorted(m.name for m in checked) == ["perf_metrics_fix", "perf_metrics_v4"]
    assert "title" in why


@pytest.fixture(scope="module")
def seed0_review():
    if not os.path.isdir(SEEDS):
        pytest.skip("no seed emails")
    out, err = io.StringIO(), io.StringIO()
    rc = main(["review", SEED0, "-j", "2", "--timeout", "120"], out, err)
    return rc, out.getvalue(), err.getvalue()


def _section(text, n):
    start = text.index(f"[hunk {n}]\n")
    nxt = text.find(f"[hunk {n + 1}]\n", start)
    return text[start:nxt if nxt > 0 else len(text)]


def test_seed_000_review_reply(seed0_review):
    rc, out, err = seed0_review
    assert err == ""
    assert rc == 4                       # all as expected, but code outside the models
    assert all(len(line) <= 72 for line in out.splitlines())
    assert out.isascii()
    load = _section(out, 9)
    assert "intel_mediated_pmu_load" in load
    assert "Counterexample (perf_metrics_v4, p1_p2_no_host_data_to_guest)" in load
    assert "RDPMC_METRICS" in load and "<-- the property breaks here" in load
    leak = load[load.index("p1_p2_no_host_data_to_guest"):]
    rules = leak[leak.index("The trace depends on these rules"):]
    assert "intercept rdpmc (specs/intel/mediated.vpmu:155)" in rules
    assert "pmu.c:kvm_need_rdpmc_intercept" in rules[:400]
    # the refresh hunk is passed through too, and points to hunk 9
    assert "it is shown under hunk 9" in _section(out, 7)
    # unmodelled hunks are named
    assert "outside the models: nothing below speaks for it" in _section(out, 15)
    assert "kvm_probe_msr_to_save (kvm/x86.c, hunk 15)" in out
    # the fix variant proves what V4 breaks
    assert "PROVED" in out and "perf_metrics_fix.p1_p2_no_host_data_to_guest" in out


PMU_C = """\
bool kvm_need_rdpmc_intercept(struct kvm_vcpu *vcpu)
{
\tstruct kvm_pmu *pmu = vcpu_to_pmu(vcpu);

\tif (enable_vmware_backdoor)
\t\treturn true;

\treturn kvm_need_any_pmc_intercept(vcpu);
}

void kvm_pmu_deliver_pmi(struct kvm_vcpu *vcpu)
{
\tif (lapic_in_kernel(vcpu))
\t\tkvm_apic_local_deliver(vcpu->arch.apic, APIC_LVTPC);
}
"""


def _git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"})


@pytest.mark.skipif(shutil.which("git") is None, reason="no git")
def test_git_format_patch(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    repo = tmp_path / "linux"
    kvm = repo / "arch" / "x86" / "kvm"
    kvm.mkdir(parents=True)
    (kvm / "pmu.c").write_text(PMU_C)
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "base")
    (kvm / "pmu.c").write_text(PMU_C.replace(
        "\treturn kvm_need_any_pmc_intercept(vcpu);",
        "\treturn kvm_need_any_pmc_intercept(vcpu) ||\n\t       pmu->version < 2;").replace(
        "kvm_apic_local_deliver(vcpu->arch.apic, APIC_LVTPC);",
        "kvm_apic_local_deliver(vcpu->arch.apic, APIC_LVTPC | 0);"))
    _git(repo, "commit", "-q", "-am", "KVM: x86/pmu: test change")
    _git(repo, "format-patch", "-q", "-1", "-o", str(tmp_path / "out"))
    (patch_file,) = (tmp_path / "out").iterdir()
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "m.vpmu").write_text(
        'spec m "a model"\nvar x: bool = false\n'
        'intercept rdpmc when x cites "pmu.c:kvm_need_rdpmc_intercept"\n'
        'action a cites "pmu.c:kvm_pmu_rdpmc" { x := true }\n'
        'property p: invariant x ==> intercepted(rdpmc)\n')
    out, err = io.StringIO(), io.StringIO()
    rc = main(["review", str(patch_file.relative_to(tmp_path)), "--specs", "specs", "-j", "1",
               "--timeout", "30", "--proofs", "proofs"], out, err)
    text = out.getvalue()
    assert err.getvalue() == ""
    assert "Changes pmu.c:kvm_need_rdpmc_intercept (from the hunk header)" in text or \
        "Changes pmu.c:kvm_need_rdpmc_intercept (defined in the hunk)" in text
    assert "rule rdpmc (specs/m.vpmu:3)" in text
    assert "m: all 1" in text
    assert "kvm_pmu_deliver_pmi" in text and "No spec element cites it." in text
    assert rc == 4                        # proved, but kvm_pmu_deliver_pmi is unmodelled
    # no times in the reply: a second run prints the same bytes
    out2 = io.StringIO()
    assert main(["review", str(patch_file.relative_to(tmp_path)), "--specs", "specs", "-j",
                 "1", "--timeout", "30", "--proofs", "proofs"], out2, io.StringIO()) == 4
    assert out2.getvalue() == text


@pytest.mark.parametrize("content,message", [
    ("", "no diff found"),
    ("Hello,\n\nlooks good to me.\n", "no diff found"),
    ("diff --git a/x.c b/x.c\n--- a/x.c\n+++ b/x.c\n@@ -1,2 +1,x @@\n a\n", "malformed hunk header"),
    ("@@ -1,1 +1,1 @@\n-a\n+b\n", "hunk before any file header"),
])
def test_malformed_patch(tmp_path, content, message):
    f = tmp_path / "bad.patch"
    f.write_text(content)
    out, err = io.StringIO(), io.StringIO()
    rc = main(["review", str(f)], out, err)
    assert rc == 2
    assert message in err.getvalue()
    assert err.getvalue().startswith(f"{f}:")
    assert "Traceback" not in err.getvalue() + out.getvalue()


def test_missing_patch_file(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    rc = main(["review", str(tmp_path / "nope.patch")], out, err)
    assert rc == 2 and "cannot read" in err.getvalue() and "Traceback" not in err.getvalue()
