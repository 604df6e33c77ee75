"""`coverage`: which indexed functions the specs model, and the
properties that depend on them."""
from __future__ import annotations

import io
import json

from vpmu_formal.cli import main


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    rc = main(["coverage", *args], out, err)
    return rc, out.getvalue(), err.getvalue()


def test_json_facts():
    rc, out, err = run("--format", "json")
    assert rc == 0 and err == ""
    data = json.loads(out)
    funcs = {(f["file"], f["name"]): f for f in data["functions"]}
    rdpmc = funcs[("arch/x86/kvm/pmu.c", "kvm_need_rdpmc_intercept")]
    assert rdpmc["modelled"]
    assert "rule rdpmc (specs/intel/mediated.vpmu:155)" in rdpmc["elements"]
    assert "perf_metrics_v4.p1_p2_no_host_data_to_guest" in rdpmc["properties"]
    # perf core's model has nothing to do with RDPMC exiting: not in its slice
    assert not any(p.startswith("mediated_exclusion") for p in rdpmc["properties"])
    # PMI delivery is modelled (specs/pmi/), the mediated PMI handler is not
    assert funcs[("arch/x86/kvm/pmu.c", "kvm_pmu_deliver_pmi")]["modelled"]
    assert not funcs[("arch/x86/kvm/pmu.c", "kvm_handle_guest_mediated_pmi")]["modelled"]
    pmu = next(f for f in data["files"] if f["path"] == "arch/x86/kvm/pmu.c")
    assert pmu["functions"] == 62
    assert pmu["modelled"] + pmu["not_modelled"] == 62
    assert 0 < pmu["modelled_lines"] < pmu["lines"]


def test_text_table_is_deterministic():
    rc1, out1, _ = run("--summary")
    rc2, out2, _ = run("--summary")
    assert rc1 == rc2 == 0 and out1 == out2
    assert "FILE " in out1 and "\ntotal " in out1


def test_markdown_and_one_spec():
    rc, out, _ = run("specs/perf", "--format", "markdown")
    assert rc == 0
    assert "| `kernel/events/core.c` |" in out
    assert "`kernel/events/core.c:perf_create_mediated_pmu`" in out
    # only the perf specs were given: nothing in pmu.c is modelled by them
    assert "| `arch/x86/kvm/pmu.c:kvm_need_rdpmc_intercept` | 772-786 | **not modelled**" in out


def test_kernel_dir(tmp_path):
    kvm = tmp_path / "arch" / "x86" / "kvm"
    kvm.mkdir(parents=True)
    (kvm / "pmu.c").write_text("void kvm_pmu_reset(void)\n{\n}\n\nvoid kvm_pmu_refresh(void)"
                               "\n{\n}\n")
    spec = tmp_path / "s.vpmu"
    spec.write_text('spec s\nvar x: bool = false\naction a cites "pmu.c:kvm_pmu_refresh" '
                    '{ x := true }\nproperty p: invariant !x expect violated\n')
    from vpmu_formal.kernel import index as kindex
    try:
        rc, out, err = run(str(spec), "--kernel", str(tmp_path), "--format", "json")
    finally:
        kindex._ACTIVE.clear()
    assert rc == 0, err
    data = json.loads(out)
    got = {f["name"]: (f["modelled"], f["properties"]) for f in data["functions"]}
    assert got == {"kvm_pmu_reset": (False, []), "kvm_pmu_refresh": (True, ["s.p"])}


def test_bad_kernel_dir():
    rc, out, err = run("--kernel", "/nonexistent/tree")
    assert rc == 2 and "no such directory" in err and "Traceback" not in err
