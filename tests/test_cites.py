"""`cites` strings: the reference grammar, and every reference checked
against the kernel index (golden messages, shipped specs)."""
from __future__ import annotations

import io

import pytest

from vpmu_formal.check import load_all
from vpmu_formal.cli import main
from vpmu_formal.kernel import index as kindex
from vpmu_formal.kernel.cites import parse, resolve

from summary import spec_error_run


def refs(text):
    return [(r.file, r.name) for r in parse(text)]


@pytest.mark.parametrize("text,expected", [
    ("pmu.c:kvm_need_rdpmc_intercept", [("pmu.c", "kvm_need_rdpmc_intercept")]),
    # a call chain: bare names take the file of the last FILE:NAME
    ("x86.c:vcpu_enter_guest -> pmu.c:kvm_mediated_pmu_load -> kvm_pmu_load_guest_pmcs, "
     "pmu_intel.c:intel_mediated_pmu_load",
     [("x86.c", "vcpu_enter_guest"), ("pmu.c", "kvm_mediated_pmu_load"),
      ("pmu.c", "kvm_pmu_load_guest_pmcs"), ("pmu_intel.c", "intel_mediated_pmu_load")]),
    # parentheses, backticks and written-out calls are comments
    ("pmu.c:kvm_pmu_refresh (and kvm_foo_bar; x), kvm_make_request(KVM_REQ_PMU), "
     "`not_a_ref`", [("pmu.c", "kvm_pmu_refresh")]),
    # escapes are not checked; KNOWN-BAD is
    ("SDM: RDPMC (architectural PMU)", []),
    ("outside: kvm_host.h:kvm_make_request", []),
    ("seed 001: pmu_intel.c:access_lbr_record_msr", []),
    ("ghost: hardware counting", []),
    ("KNOWN-BAD: svm/pmu.c:amd_pmu_set_msr without the stuffing",
     [("svm/pmu.c", "amd_pmu_set_msr")]),
    # free text and constants are never references; a/b names both
    ("RDPMC in the guest (CPU_BASED_RDPMC_EXITING), hardware counting", []),
    ("x86.c:kvm_emulate_rdpmc, kvm_emulate_rdmsr/wrmsr, kvm_get_msr/kvm_set_msr",
     [("x86.c", "kvm_emulate_rdpmc"), ("x86.c", "kvm_emulate_rdmsr"),
      ("x86.c", "kvm_get_msr"), ("x86.c", "kvm_set_msr")]),
    ("any VM-exit -> kvm_mediated_pmu_put", [(None, "kvm_mediated_pmu_put")]),
    ("r", []),
])
def test_grammar(text, expected):
    assert refs(text) == expected


def test_offsets_point_at_the_name():
    text = "x86.c:vcpu_enter_guest -> kvm_pmu_load_guest_pmcs"
    r = parse(text)[1]
    assert text[r.offset:r.offset + len(r.name)] == "kvm_pmu_load_guest_pmcs"


def test_bare_callee_may_live_in_another_file():
    """`cpuid.c:f -> kvm_pmu_refresh`: the chain calls into pmu.c."""
    idx = kindex.pinned()
    bare = parse("cpuid.c:kvm_vcpu_after_set_cpuid -> kvm_pmu_refresh")[1]
    assert (bare.file, bare.qualified) == ("cpuid.c", False)
    assert resolve(idx, bare) is None
    qualified = parse("cpuid.c:kvm_pmu_refresh")[0]
    assert "has it in arch/x86/kvm/pmu.c" in resolve(idx, qualified)


def test_file_resolution():
    idx = kindex.pinned()
    assert idx.resolve_file("pmu.c") == "arch/x86/kvm/pmu.c"
    assert idx.resolve_file("svm/pmu.c") == "arch/x86/kvm/svm/pmu.c"
    assert idx.resolve_file("core.c") == "kernel/events/core.c"
    assert idx.resolve_file("nope.c") is None
    bad = parse("pmu.c:kvm_need_rdpmc_intercpt")[0]
    assert "did you mean 'kvm_need_rdpmc_intercept'" in resolve(idx, bad)


def test_every_shipped_cite_names_an_indexed_function():
    loaded = load_all(["specs"])
    assert loaded.errors == []
    assert len(loaded.systems) >= 40


GOLDEN = [
    ("misspelt", 'spec t\nvar x: bool = false\naction a cites '
     '"pmu.c:kvm_need_rdpmc_intercpt" { x := true }\n', """\
t.vpmu:3:23: error: cites 'kvm_need_rdpmc_intercpt', which is no function of arch/x86/kvm/pmu.c in the kernel index (did you mean 'kvm_need_rdpmc_intercept'?)
  action a cites "pmu.c:kvm_need_rdpmc_intercpt" { x := true }
                        ^^^^^^^^^^^^^^^^^^^^^^^
"""),
    ("unknown_file", 'spec t\nvar x: bool = false\naction a cites '
     '"pmux.c:kvm_pmu_refresh" { x := true }\n', """\
t.vpmu:3:17: error: cites file 'pmux.c', which is not in the kernel index (did you mean 'pmu.c'?); write 'outside: ...' for code outside the index
  action a cites "pmux.c:kvm_pmu_refresh" { x := true }
                  ^^^^^^^^^^^^^^^^^^^^^^
"""),
    ("chain_in_proc", 'spec t\nvar x: bool = false\nproc p() cites "x86.c:vcpu_enter_guest'
     ' -> pmu.c:kvm_mediated_pmu_load -> kvm_pmu_load_guest_pmc" { x := true }\n'
     'action a { call p() }\n', """\
t.vpmu:3:74: error: cites 'kvm_pmu_load_guest_pmc', which is no function in the kernel index (did you mean 'kvm_pmu_load_guest_pmcs'?); write 'outside: ...' for code outside the index
  proc p() cites "x86.c:vcpu_enter_guest -> pmu.c:kvm_mediated_pmu_load -> kvm_pmu_load_guest_pmc" { x := true }
                                                                           ^^^^^^^^^^^^^^^^^^^^^^
"""),
    ("wrong_file_in_rule", 'spec t\nvar x: bool = false\nintercept rdpmc when x cites '
     '"x86.c:kvm_pmu_refresh"\naction a { x := true }\n', """\
t.vpmu:3:37: error: cites 'kvm_pmu_refresh' in arch/x86/kvm/x86.c, but the kernel index has it in arch/x86/kvm/pmu.c
  intercept rdpmc when x cites "x86.c:kvm_pmu_refresh"
                                      ^^^^^^^^^^^^^^^
"""),
    ("bare_name", 'spec t\nvar x: bool = false\naction a cites '
     '"hardware; any VM-exit -> kvm_mediated_pmu_puts" { x := true }\n', """\
t.vpmu:3:42: error: cites 'kvm_mediated_pmu_puts', which is no function in the kernel index (did you mean 'kvm_mediated_pmu_put'?); write 'outside: ...' for code outside the index
  action a cites "hardware; any VM-exit -> kvm_mediated_pmu_puts" { x := true }
                                           ^^^^^^^^^^^^^^^^^^^^^
"""),
]


@pytest.mark.parametrize("name,text,expected", GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden_citation_error(tmp_path, monkeypatch, name, text, expected):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.vpmu").write_text(text)
    rc, out, err = spec_error_run()
    assert rc == 2
    assert err == expected
    assert "Traceback" not in out + err


def test_escapes_and_comments_pass(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.vpmu").write_text(
        'spec t\nvar x: bool = false\naction a cites "outside: kvm_host.h:kvm_make_requestx; '
        'SDM: RDPMC; seed 001: pmu_intel.c:access_lbr_record_msr; KNOWN-BAD: '
        'pmu.c:kvm_pmu_rdpmc (no kvm_foo_bar) -> kvm_pmu_get_msr, '
        'kvm_make_request(KVM_REQ_PMU)" { x := true }\nproperty q: invariant true\n')
    out, err = io.StringIO(), io.StringIO()
    rc = main(["check", "t.vpmu", "--depth", "1", "-j", "1", "--no-timing",
               "--engine", "bmc"], out, err)
    assert err.getvalue() == ""
    assert rc == 3          # BOUNDED where a proof is expected: loaded fine


def test_citations_follow_kernel_dir(tmp_path, monkeypatch):
    """With `--kernel DIR` (coverage/review) citations are checked against
    that tree: a function it lacks is an error there."""
    from vpmu_formal.kernel.session import kernel_index
    tree = tmp_path / "linux" / "arch" / "x86" / "kvm"
    tree.mkdir(parents=True)
    (tree / "pmu.c").write_text("void kvm_pmu_refresh(void)\n{\n}\n")
    spec = tmp_path / "s.vpmu"
    spec.write_text('spec s\nvar x: bool = false\naction a cites '
                    '"pmu.c:kvm_need_rdpmc_intercept" { x := true }\n')
    try:
        idx = kernel_index(str(tmp_path / "linux"), [str(spec)])
        assert [f.name for f in idx.functions] == ["kvm_pmu_refresh"]
        loaded = load_all([str(spec)])
        assert len(loaded.errors) == 1
        assert "kvm_need_rdpmc_intercept" in str(loaded.errors[0][0])
    finally:
        kindex._ACTIVE.clear()


def test_a_passed_cites_string_is_remembered_but_an_error_never_is(tmp_path, monkeypatch):
    """kernel/cites.py remembers the strings that passed (variants repeat
    their parent's); a failing string is checked, and reported, each time,
    and the memory is per index."""
    from vpmu_formal.kernel import cites
    monkeypatch.chdir(tmp_path)
    good = 'spec t\nvar x: bool = false\naction a cites "pmu.c:kvm_pmu_refresh" { x := true }\n'
    bad = good.replace("kvm_pmu_refresh", "kvm_pmu_refres")
    for text, rc_expected in ((good, 0), (bad, 2), (good, 0), (bad, 2)):
        (tmp_path / "t.vpmu").write_text(text)
        rc, _, err = spec_error_run()
        assert rc == rc_expected, err
        assert ("kvm_pmu_refres'" in err) == (rc_expected == 2)
    assert "pmu.c:kvm_pmu_refresh" in cites._PASSED[1]
    assert "pmu.c:kvm_pmu_refres" not in cites._PASSED[1]
    remembered_for = cites._PASSED[0]
    other = kindex.Index(version="empty")
    with pytest.raises(Exception):
        cites.check(other, "pmu.c:kvm_pmu_refresh", _any_span())
    assert cites._PASSED[0] is other and "pmu.c:kvm_pmu_refresh" not in cites._PASSED[1]
    assert remembered_for is not other


def _any_span():
    from vpmu_formal.lang.ast import Span
    return Span("t.vpmu", 3, 17, 3, 40)
