"""End-to-end tests of `vpmu-formal check` through `cli.main(argv, stdout, stderr)`.

All specs are tiny and all runs use small depths, so the whole file runs in
a few seconds.  The tests look at verdicts, exit codes and the report text,
not at engine internals.
"""
from __future__ import annotations

import io
import re

import pytest

from vpmu_formal.cli import main

FAST = ["--engine", "bmc", "-j", "1", "--no-timing", "--timeout", "20"]

COUNTER = """\
spec counter "A tiny counter"
var x: bv8 = 0
action inc when x < 5 {
  x := x + 1
}
action reset {
  x := 0
}
property small: invariant x < 2
  expect violated
"""

HOLDS = """\
spec holds
var x: bv8 = 0
action inc when x < 5 {
  x := x + 1
}
property bounded_by_five: invariant x <= 5
"""

COVER = """\
spec reach
var x: bv8 = 0
action inc when x < 5 {
  x := x + 1
}
cover three: x == 3
cover never_seven: x == 7 expect bounded
"""

VACUOUS = """\
spec vac
config c: bv8
assume big: c > 5
assume small: c < 3
var x: bv8 = 0
property p: invariant x == 0
"""

LIBRARY = """\
// A library: no spec header.
domain host, guest
const MSR_A = 0x10
"""

# Factoring a 64-bit number by bit-blasting takes Z3 far longer than the
# half second it is given here.
HARD = """\
spec hard
config a: bv64
config b: bv64
assume a > 1 && b > 1 && a < 0x100000000 && b < 0x100000000
property not_factored: invariant a * b != 0xd3b0b8e3d6f2f8a5
"""


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    rc = main(argv, out, err)
    return rc, out.getvalue(), err.getvalue()


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


# ---- spec and usage errors ---------------------------------------------------

def test_garbage_file_exits_2_with_location_and_no_traceback(workdir):
    write(workdir / "bad.vpmu", "spec t\nvar x: bv8\n\x01\x02 garbage !!\n")
    rc, out, err = run(["check", "bad.vpmu", "--depth", "1"] + FAST)
    assert rc == 2
    assert re.match(r"^bad\.vpmu:3:1: error: unexpected character ", err)
    assert "Traceback" not in out + err
    assert "1 spec error(s)" in out


def test_garbage_binary_file_exits_2(workdir):
    (workdir / "bin.vpmu").write_bytes(b"\xff\xfe\x00garbage\x80")
    rc, out, err = run(["check", "bin.vpmu", "--depth", "1"] + FAST)
    assert rc == 2
    assert err.startswith("bin.vpmu:1:1: error: cannot read 'bin.vpmu'")
    assert "Traceback" not in out + err


def test_nonexistent_path_exits_2(workdir):
    rc, out, err = run(["check", "no/such/file.vpmu"] + FAST)
    assert rc == 2
    assert "no such file or directory: no/such/file.vpmu" in err
    assert "Traceback" not in out + err


@pytest.mark.parametrize("argv,needle", [
    (["check"], "the following arguments are required: PATH"),
    (["check", "x.vpmu", "--depth", "-1"], "--depth: must be >= 0"),
    (["check", "x.vpmu", "--timeout", "0"], "--timeout: must be > 0"),
    (["check", "x.vpmu", "-j", "0"], "must be >= 1"),
    (["check", "x.vpmu", "--engine", "kind2"], "invalid choice"),
    (["frobnicate"], "invalid choice"),
])
def test_usage_errors_exit_2(workdir, argv, needle):
    write(workdir / "x.vpmu", HOLDS)
    rc, out, err = run(argv)
    assert rc == 2
    assert needle in err
    assert err.startswith("vpmu-formal: error: ")
    assert "Traceback" not in out + err


def test_no_command_prints_help_and_exits_2():
    rc, out, err = run([])
    assert rc == 2
    assert "exit codes:" in out


@pytest.mark.parametrize("argv", [["--help"], ["check", "--help"]])
def test_help_lists_exit_codes(argv, capsys):
    rc, out, err = run(argv)
    assert rc == 0
    text = out + capsys.readouterr().out
    assert "exit codes:" in text
    for code in ("0  every verdict as expected", "1  a property violated",
                 "2  spec error or command-line usage error", "3  inconclusive"):
        assert code in text


@pytest.mark.parametrize("argv", [["--help"], ["--version"]])
def test_help_and_version_use_the_given_stdout(argv, capsys):
    rc, out, err = run(argv)
    assert rc == 0
    assert out != ""
    assert capsys.readouterr().out == ""


# ---- verdicts and exit codes ----------------------------------------------------

def test_expected_violation_exits_0_and_shows_trace(workdir):
    write(workdir / "t.vpmu", COUNTER)
    rc, out, err = run(["check", "t.vpmu", "--depth", "4"] + FAST)
    assert rc == 0, out + err
    assert err == ""
    assert re.search(r"^VIOLATED +bmc +2 ok +counter\.small$", out, re.M), out
    assert "t.vpmu:9:10: VIOLATED small" in out
    assert "(bmc, depth 2; expected violated: ok)" in out
    assert "Step 1: inc  (t.vpmu:3:8)" in out
    assert "Step 2: inc  (t.vpmu:3:8)" in out
    assert "Step 3" not in out                     # shortest trace
    assert "x: 0 -> 1" in out and "x: 1 -> 2" in out
    assert "Property 'small' is violated after step 2." in out
    assert "1 property: 1 VIOLATED; 0 not as expected" in out


def test_unexpected_violation_exits_1(workdir):
    write(workdir / "t.vpmu", COUNTER.replace("  expect violated\n", ""))
    rc, out, err = run(["check", "t.vpmu", "--depth", "4"] + FAST)
    assert rc == 1
    assert re.search(r"^VIOLATED +bmc +2 UNEXPECTED +counter\.small$", out, re.M), out
    assert "(bmc, depth 2; expected proved: unexpected)" in out
    assert "Step 2: inc" in out


def test_bmc_on_a_true_property_is_bounded_not_proved(workdir):
    write(workdir / "t.vpmu", HOLDS)
    rc, out, err = run(["check", "t.vpmu", "--depth", "6"] + FAST)
    assert rc == 3
    assert "PROVED" not in out
    assert re.search(r"^BOUNDED +bmc +6 INCONCLUSIVE +holds\.bounded_by_five$", out, re.M), out
    assert "BOUNDED is not a proof" in out
    assert "no violation up to depth 6; this is not a proof" in out


def test_bounded_is_fine_when_expected(workdir):
    write(workdir / "t.vpmu", HOLDS.replace("x <= 5\n", "x <= 5 expect bounded\n"))
    rc, out, err = run(["check", "t.vpmu", "--depth", "3"] + FAST)
    assert rc == 0, out
    assert "BOUNDED" in out


def test_reachable_cover_is_covered(workdir):
    write(workdir / "t.vpmu", COVER)
    rc, out, err = run(["check", "t.vpmu", "--depth", "5"] + FAST)
    assert rc == 0, out + err
    assert re.search(r"^COVERED +bmc +3 ok +reach\.three$", out, re.M), out
    assert re.search(r"^BOUNDED +bmc +5 ok +reach\.never_seven$", out, re.M), out
    assert "Cover goal 'three' is reached after step 3." in out
    assert "x: 2 -> 3" in out


def test_unreached_cover_is_inconclusive(workdir):
    write(workdir / "t.vpmu", COVER)
    rc, out, err = run(["check", "t.vpmu", "--depth", "2"] + FAST)
    # `three` needs 3 steps: at depth 2 it is only BOUNDED, not COVERED;
    # a deeper search could still reach it, so this is inconclusive (3).
    assert rc == 3
    assert re.search(r"^BOUNDED +bmc +2 INCONCLUSIVE +reach\.three$", out, re.M), out


def test_inconsistent_assumes_are_vacuous_and_named(workdir):
    write(workdir / "t.vpmu", VACUOUS)
    rc, out, err = run(["check", "t.vpmu", "--depth", "3"] + FAST)
    assert re.search(r"^VACUOUS +bmc +0 UNEXPECTED +vac\.p$", out, re.M), out
    assert "the assumptions are inconsistent: t.vpmu:3:1, t.vpmu:4:1" in out
    assert "PROVED" not in out and "BOUNDED" not in out
    assert rc == 1


def test_vacuity_names_only_the_conflicting_assumes(workdir):
    write(workdir / "t.vpmu", VACUOUS.replace("assume small", "assume ok: c != 0\nassume small"))
    rc, out, err = run(["check", "t.vpmu", "--depth", "1"] + FAST)
    assert "the assumptions are inconsistent: t.vpmu:3:1, t.vpmu:5:1" in out
    assert "t.vpmu:4:1" not in out


def test_no_timing_output_is_byte_identical(workdir):
    write(workdir / "a.vpmu", COUNTER)
    write(workdir / "b.vpmu", COVER)
    argv = ["check", "a.vpmu", "b.vpmu", "--depth", "4"] + FAST
    first = run(argv)
    second = run(argv)
    assert first == second
    assert first[0] == 0
    assert not re.search(r"\d+\.\d\ds", first[1])


def test_timing_is_shown_without_no_timing(workdir):
    write(workdir / "a.vpmu", COUNTER)
    rc, out, err = run(["check", "a.vpmu", "--depth", "3", "-j", "1", "--engine", "bmc"])
    assert rc == 0
    assert "   TIME " in out
    assert re.search(r"\d+\.\d\ds", out)


def test_parallel_workers_give_the_same_report(workdir):
    write(workdir / "a.vpmu", COUNTER)
    write(workdir / "b.vpmu", COVER)
    write(workdir / "c.vpmu", HOLDS)
    base = ["check", "a.vpmu", "b.vpmu", "c.vpmu", "--depth", "4", "--no-timing",
            "--engine", "bmc"]
    assert run(base + ["-j", "1"]) == run(base + ["-j", "2"])


def test_library_alone_exits_0_with_warning(workdir):
    write(workdir / "lib.vpmu", LIBRARY)
    rc, out, err = run(["check", "lib.vpmu", "--depth", "1"] + FAST)
    assert rc == 0
    assert "warning: no properties found" in err
    assert "Traceback" not in out + err


def test_directory_is_searched_and_libraries_are_not_checked(workdir):
    write(workdir / "specs" / "lib" / "lib.vpmu", LIBRARY)
    write(workdir / "specs" / "x" / "t.vpmu",
          'spec t\ninclude "../lib/lib.vpmu"\n' + COUNTER.split("\n", 1)[1])
    write(workdir / "specs" / "notes.txt", "not a spec")
    rc, out, err = run(["check", "specs", "--depth", "3"] + FAST)
    assert rc == 0, out + err
    assert "t.small" in out
    assert "1 property:" in out


def test_spec_error_beats_other_outcomes(workdir):
    write(workdir / "good.vpmu", COUNTER.replace("  expect violated\n", ""))
    write(workdir / "bad.vpmu", "spec bad\nvar x: bv8\nproperty p: invariant y\n")
    rc, out, err = run(["check", "good.vpmu", "bad.vpmu", "--depth", "3"] + FAST)
    assert rc == 2
    assert err.startswith("bad.vpmu:3:23: error: undefined name 'y'")
    # The good spec is still checked and reported.
    assert "counter.small" in out and "1 spec error(s)" in out


def test_mismatch_beats_inconclusive(workdir):
    write(workdir / "a.vpmu", COUNTER.replace("  expect violated\n", ""))
    write(workdir / "b.vpmu", HOLDS)
    rc, out, err = run(["check", "a.vpmu", "b.vpmu", "--depth", "3"] + FAST)
    assert rc == 1


def test_parent_error_is_reported_once_for_a_variant(workdir):
    write(workdir / "p.vpmu", "spec p\nvar x: bv8\nproperty q: invariant x\n")
    write(workdir / "v.vpmu", 'spec v extends "p.vpmu"\n')
    rc, out, err = run(["check", ".", "--depth", "1"] + FAST)
    assert rc == 2
    assert err.count("error: property 'q' must be bool, got bv8") == 1


def test_variant_overrides_expectation(workdir):
    write(workdir / "p.vpmu", COUNTER)
    write(workdir / "v.vpmu", 'spec fixed extends "p.vpmu"\n'
          "override action inc when x < 1 {\n  x := x + 1\n}\n")
    rc, out, err = run(["check", "v.vpmu", "--depth", "4"] + FAST)
    # The fix makes `small` hold, against the parent's `expect violated`;
    # BMC alone cannot show that, so it is inconclusive.
    assert rc == 3
    assert re.search(r"^BOUNDED +bmc +4 INCONCLUSIVE +fixed\.small$", out, re.M), out


def test_tiny_timeout_gives_unknown(workdir):
    write(workdir / "t.vpmu", HARD)
    rc, out, err = run(["check", "t.vpmu", "--depth", "0", "-j", "1", "--no-timing",
                        "--engine", "bmc", "--timeout", "0.5"])
    assert rc == 3, out + err
    assert re.search(r"^UNKNOWN +bmc +0 INCONCLUSIVE", out, re.M), out
    assert "timeout after 0.5s" in out


@pytest.mark.parametrize("timeout", ["inf", "5000000"])
def test_huge_timeout_is_not_an_internal_error(workdir, timeout):
    write(workdir / "t.vpmu", COUNTER)
    rc, out, err = run(["check", "t.vpmu", "--depth", "2", "-j", "1", "--no-timing",
                        "--engine", "bmc", "--timeout", timeout])
    assert "internal error" not in err
    assert rc in (0, 2)


def test_debug_flag_is_accepted(workdir):
    write(workdir / "t.vpmu", COUNTER)
    rc, out, err = run(["--debug", "check", "t.vpmu", "--depth", "2"] + FAST)
    assert rc == 0


LIMITED = """\
spec c
config limit: bv8
var x: bv8 = 0
action inc when x < limit { x := x + 1 }
property small: invariant x < 5 expect violated
"""


def test_assume_on_the_command_line_narrows_the_configuration(workdir):
    write(workdir / "c.vpmu", LIMITED)
    args = ["check", "c.vpmu", "-j", "1", "--no-timing", "--proofs", "none"]
    rc, out, err = run(args)
    assert rc == 0 and re.search(r"^VIOLATED +bmc +5 ok +c\.small$", out, re.M), out
    rc, out, err = run(args + ["--assume", "limit <= 4"])
    assert rc == 1 and re.search(r"^PROVED +\w+ +0 UNEXPECTED +c\.small$", out, re.M), out
    # two that contradict each other: VACUOUS, both named
    rc, out, err = run(args + ["--assume", "limit == 1", "--assume", "limit == 2"])
    assert "VACUOUS" in out and "<--assume 1>:1:1, <--assume 2>:1:1" in out, out


def test_assume_errors_point_into_the_option_text(workdir):
    write(workdir / "c.vpmu", LIMITED)
    rc, out, err = run(["check", "c.vpmu", "--assume", "nolimit == 3"])
    assert rc == 2 and "Traceback" not in err
    assert err.splitlines()[:3] == [
        "<--assume 1>:1:24: error: undefined name 'nolimit'; did you mean 'limit'?",
        "  assume command_line_1: nolimit == 3",
        "                         ^^^^^^^"]
    rc, out, err = run(["check", "c.vpmu", "--assume", "limit == 1 property p: invariant true"])
    assert rc == 2 and "--assume takes one expression" in err, err
    rc, out, err = run(["check", "c.vpmu", "--assume", "limit == 1", "--save-proofs"])
    assert rc == 2 and "--assume with --save-proofs" in err
