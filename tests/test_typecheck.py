"""Unit tests of name resolution, include/extends and type checking.

Small specs go through `load_one` (loader + checker) and the tests look at
the typed IR they produce.  No solver is involved.
"""
from __future__ import annotations

import re

import pytest

from vpmu_formal import ir
from vpmu_formal.check import load_one
from vpmu_formal.lang.errors import SpecError, format_error
from vpmu_formal.lang.loader import load_module
from vpmu_formal.lang.typecheck import check_module

from summary import write_files


@pytest.fixture
def ts_of(tmp_path, monkeypatch):
    """Type-check files (a str is t.vpmu) and return the TransitionSystem."""
    monkeypatch.chdir(tmp_path)

    def run(files, main="t.vpmu") -> ir.TransitionSystem:
        write_files(tmp_path, files)
        module, ts, err = load_one(main)
        assert err is None, format_error(*err)
        assert ts is not None
        return ts
    return run


@pytest.fixture
def error_of(tmp_path, monkeypatch):
    """Type-check files that must fail; return the SpecError."""
    monkeypatch.chdir(tmp_path)

    def run(files, main="t.vpmu") -> SpecError:
        write_files(tmp_path, files)
        module, ts, err = load_one(main)
        assert err is not None, "expected a spec error"
        return err[0]
    return run


def prop(ts: ir.TransitionSystem, name: str) -> ir.Expr:
    for p in ts.properties:
        if p.name == name:
            return p.expr
    raise KeyError(name)


def action(ts: ir.TransitionSystem, name: str) -> ir.Action:
    for a in ts.actions:
        if a.name == name:
            return a
    raise KeyError(name)


def state(ts: ir.TransitionSystem, name: str) -> ir.Variable:
    for v in ts.state:
        if v.name == name:
            return v
    raise KeyError(name)


def lits(e) -> list:
    """All literals in an expression tree, left to right."""
    if isinstance(e, ir.Lit):
        return [e]
    out = []
    for a in getattr(e, "args", ()):
        out += lits(a)
    return out


# ---- numbers and widths -------------------------------------------------------

@pytest.mark.parametrize("width", [8, 16, 64])
def test_untyped_number_takes_width_of_other_operand(ts_of, width):
    ts = ts_of(f"spec t\nvar x: bv{width}\nproperty p: invariant (x & 0xff) == 0x7f\n")
    e = prop(ts, "p")
    assert e.op == "eq"
    band, rhs = e.args
    assert band.op == "bvand" and band.type == ir.BvT(width)
    assert band.args[1] == ir.Lit(0xff, ir.BvT(width))
    assert rhs == ir.Lit(0x7f, ir.BvT(width))


def test_number_on_the_left_also_takes_the_width(ts_of):
    ts = ts_of("spec t\nvar x: bv16\nproperty p: invariant 3 < x\n")
    e = prop(ts, "p")
    assert e.op == "bvult"
    assert e.args[0] == ir.Lit(3, ir.BvT(16))


def test_bitwise_not_of_untyped_mask(ts_of):
    ts = ts_of("spec t\nconst MASK = 0xff\nvar x: bv16\nvar y: bv8\n"
               "property p: invariant (x & ~MASK) == 0\n"
               "property q: invariant (y & ~MASK) == 0\n")
    assert prop(ts, "p").args[0].args[1] == ir.Lit(0xff00, ir.BvT(16))
    assert prop(ts, "q").args[0].args[1] == ir.Lit(0, ir.BvT(8))


def test_negative_number_is_twos_complement(ts_of):
    ts = ts_of("spec t\nvar x: bv8 = -1\nproperty p: invariant x != -2\n")
    assert state(ts, "x").init == ir.Lit(0xff, ir.BvT(8))
    assert prop(ts, "p").args[0].args[1] == ir.Lit(0xfe, ir.BvT(8))


def test_untyped_constants_fold_exactly(ts_of):
    ts = ts_of("spec t\nconst A = 1 << 40\nconst B = (A | 3) >> 1\nconst C = B - 1\n"
               "var x: bv64\nproperty p: invariant x == C\n")
    assert prop(ts, "p").args[1] == ir.Lit(((1 << 40 | 3) >> 1) - 1, ir.BvT(64))


def test_typed_const_keeps_its_width(ts_of, error_of):
    ts = ts_of("spec t\nconst K: bv8 = 3\nvar x: bv8\nproperty p: invariant x == K\n")
    assert prop(ts, "p").args[1] == ir.Lit(3, ir.BvT(8))
    err = error_of("spec t\nconst K: bv8 = 3\nvar x: bv16\nproperty p: invariant x == K\n")
    assert err.message == "'==' needs operands of one type, got bv16 and bv8"


def test_comparison_of_two_numbers_folds_to_bool(ts_of):
    ts = ts_of("spec t\nconst A = 3\nproperty p: invariant A < 4\nproperty q: invariant A == 4\n")
    assert prop(ts, "p") == ir.Lit(1, ir.BoolT())
    assert prop(ts, "q") == ir.Lit(0, ir.BoolT())


def test_number_without_typed_partner_is_an_error(error_of):
    err = error_of("spec t\naction a {\n  observe x: 3\n}\ndomain x\n")
    assert "cannot tell the width" in err.message


def test_number_must_fit(error_of):
    err = error_of("spec t\nvar x: bv4\nproperty p: invariant x == 16\n")
    assert err.message == "16 does not fit in 4 bits (this operand)"
    # ~0xf is -16, which is 0 in four bits: allowed (that is how masks work).
    error_of("spec t\nvar x: bv4\nproperty p: invariant x == -17\n")


def test_zext_and_sext_widths(ts_of):
    ts = ts_of("spec t\nvar x: bv8\nproperty p: invariant zext(x, 32) == 0\n"
               "property q: invariant sext(x, 8) == 0\n")
    z = prop(ts, "p").args[0]
    assert z.op == "zext" and z.type == ir.BvT(32) and z.params == (24,)
    # Extending to the same width is the value itself.
    assert prop(ts, "q").args[0] == ir.Ref("state", "x", None, ir.BvT(8))


# ---- layouts -------------------------------------------------------------------

LAYOUT = """\
spec t
layout Ctrl: bv16 { EN[0], MODE[3:1], HI[15:8] }
var c: Ctrl = 0
"""


def test_layout_type_and_fields(ts_of):
    ts = ts_of(LAYOUT + "property p: invariant c.EN ==> c.MODE == 5 && c.HI != 0\n")
    var = state(ts, "c")
    assert var.type == ir.BvT(16) and var.type.layout == "Ctrl"
    assert ts.layout("Ctrl") == ir.Layout("Ctrl", 16, (("EN", 0, 0), ("MODE", 3, 1),
                                                        ("HI", 15, 8)))
    implies = prop(ts, "p")
    en = implies.args[0]
    assert en.op == "bit" and en.type == ir.BoolT() and en.params == (0,)
    mode_eq = implies.args[1].args[0]
    assert mode_eq.args[0].op == "extract" and mode_eq.args[0].params == (3, 1)
    assert mode_eq.args[0].type == ir.BvT(3)
    assert mode_eq.args[1] == ir.Lit(5, ir.BvT(3))


def test_one_bit_field_is_bool(ts_of, error_of):
    ts_of(LAYOUT + "property p: invariant c.EN\n")
    err = error_of(LAYOUT + "property p: invariant c.EN == 1\n")
    assert err.message == "this operand must be bool, got a number"


def test_field_assignment_targets_bits(ts_of):
    ts = ts_of(LAYOUT + "action a {\n  c.EN := true\n  c.MODE := 6\n  c[15] := false\n}\n")
    en, mode, bit = action(ts, "a").body
    assert en.target.field == (0, 0) and en.value == ir.Lit(1, ir.BoolT())
    assert mode.target.field == (3, 1) and mode.value == ir.Lit(6, ir.BvT(3))
    assert bit.target.field == (15, 15)


def test_layout_value_compares_with_plain_bitvector(ts_of):
    ts_of(LAYOUT + "var raw: bv16\nproperty p: invariant c == raw\n")


def test_field_that_does_not_fit(error_of):
    err = error_of("spec t\nlayout L: bv8 { A[3:0], B[9:4] }\n")
    assert err.message.startswith("field 'B' bits [9:4] do not fit in 8 bits")


# ---- enums -----------------------------------------------------------------------

def test_enum_members_and_default(ts_of):
    ts = ts_of("spec t\nenum Ctx { HOST, LOADED, GUEST }\nvar ctx: Ctx\n"
               "action go when ctx == HOST {\n  ctx := GUEST\n}\n"
               "property p: invariant ctx != LOADED\n")
    et = ir.EnumT("Ctx", ("HOST", "LOADED", "GUEST"))
    assert state(ts, "ctx").type == et and et.width == 2
    assert state(ts, "ctx").init == ir.Lit(0, et)
    assert action(ts, "go").body[0].value == ir.Lit(2, et)
    assert prop(ts, "p").args[0].args[1] == ir.Lit(1, et)


def test_enum_is_not_a_number(error_of):
    err = error_of("spec t\nenum E { A, B }\nvar e: E\nproperty p: invariant e == 1\n")
    assert err.message == "this operand must be E, got a number"
    err = error_of("spec t\nenum E { A, B }\nvar e: E\nproperty p: invariant e < B\n")
    assert err.message == "'<' needs bit-vectors, got E"


def test_two_enums_do_not_mix(error_of):
    err = error_of("spec t\nenum E { A }\nenum F { B }\nvar e: E\nproperty p: invariant e == B\n")
    assert err.message == "'==' needs operands of one type, got E and F"


def test_enum_member_declared_twice(error_of):
    err = error_of("spec t\nconst A = 1\nenum E { A, B }\n")
    assert err.message == "enum member 'A' is already defined"


@pytest.mark.parametrize("decl", ["const A = 1", "var A: bv8"])
def test_name_clashing_with_earlier_enum_member(error_of, decl):
    err = error_of(f"spec t\nenum E {{ A, B }}\n{decl}\n")
    assert "already defined" in err.message


# ---- loops, procedures, macros -------------------------------------------------------

def test_for_loop_unrolls(ts_of):
    ts = ts_of("spec t\nvar a: bv8[4]\naction clear {\n"
               "  for i in 0..4 { a[i] := i + 1 }\n}\n")
    body = action(ts, "clear").body
    assert len(body) == 4
    for i, st in enumerate(body):
        assert isinstance(st, ir.Assign)
        assert st.target.name == "a" and isinstance(st.target.index, ir.Lit)
        assert st.target.index.value == i
        assert st.value == ir.Lit(i + 1, ir.BvT(8))


def test_for_loop_with_constant_bounds_and_locals(ts_of):
    ts = ts_of("spec t\nconst N = 3\nvar x: bv8\naction a {\n"
               "  for i in 1..N { let y = x + i\n x := y }\n}\n")
    body = action(ts, "a").body
    locals_ = [s for s in body if isinstance(s, ir.Local)]
    assert len(locals_) == 2 and len(body) == 4
    # Each unrolled iteration binds its own local.
    assert locals_[0].name != locals_[1].name
    assert all(n.name.startswith("y#") for n in locals_)


def test_empty_and_reversed_loops(ts_of):
    ts = ts_of("spec t\nvar x: bv8\naction a {\n  for i in 3..3 { x := 1 }\n"
               "  for i in 4..0 { x := 2 }\n}\n")
    assert action(ts, "a").body == ()


def test_loop_bound_limit(error_of):
    err = error_of("spec t\nvar x: bv8\naction a {\n  for i in 0..1000 { skip }\n}\n")
    assert err.message == "loop of 1000 iterations; at most 256 are unrolled"


def test_proc_is_inlined(ts_of):
    ts = ts_of("spec t\nvar x: bv8\nvar y: bv8\n"
               "proc set(v: bv8) {\n  x := v\n  y := v + 1\n}\n"
               "action a(n: bv8) {\n  call set(5)\n  call set(n)\n}\n")
    body = action(ts, "a").body
    # set(5): constant argument substituted; set(n): bound once to a local.
    assert [type(s).__name__ for s in body] == ["Assign", "Assign", "Local", "Assign", "Assign"]
    assert body[0].target.name == "x" and body[0].value == ir.Lit(5, ir.BvT(8))
    assert body[1].value.op == "bvadd"
    assert body[2].value == ir.Ref("input", "n", None, ir.BvT(8))
    assert body[3].value == ir.Ref("local", body[2].name, None, ir.BvT(8))


def test_proc_does_not_see_caller_locals(error_of):
    err = error_of("spec t\nvar x: bv8\nproc p() {\n  x := y\n}\n"
                   "action a(y: bv8) {\n  call p()\n}\n")
    assert err.message == "undefined name 'y'"


def test_nested_procs_inline(ts_of):
    ts = ts_of("spec t\nvar x: bv8\nproc inner() { x := x + 1 }\n"
               "proc outer() {\n  call inner()\n  call inner()\n}\n"
               "action a { call outer() }\n")
    assert len(action(ts, "a").body) == 2


def test_let_and_def_are_macros(ts_of):
    ts = ts_of("spec t\nvar x: bv8\nlet doubled = x + x\ndef plus(v: bv8, w: bv8) = v + w\n"
               "property p: invariant doubled == plus(x, x)\n")
    e = prop(ts, "p")
    assert e.args[0] == e.args[1]          # both inline to bvadd(x, x)
    assert e.args[0].op == "bvadd"


def test_def_argument_is_coerced(error_of):
    err = error_of("spec t\ndef f(v: bv4) = v\nproperty p: invariant f(20) == 0\n")
    assert err.message == "20 does not fit in 4 bits (argument 'v' of 'f')"


def test_recursive_def(error_of):
    err = error_of("spec t\ndef f(v: bv8) = f(v)\nproperty p: invariant f(1) == 0\n")
    assert err.message == "definition cycle: f -> f"


def test_min_of_different_widths_is_a_type_error(error_of):
    err = error_of("spec t\nvar a: bv8\nvar b: bv16\nproperty p: invariant min(a, b) == 0\n")
    assert "bv8" in err.message and "bv16" in err.message


def test_min_of_numbers_folds(ts_of):
    ts = ts_of("spec t\nconst A = min(3, 9)\nvar x: bv8\nproperty p: invariant x == A\n")
    assert prop(ts, "p").args[1] == ir.Lit(3, ir.BvT(8))


def test_forall_unrolls_to_a_conjunction(ts_of):
    ts = ts_of("spec t\nvar a: bv8[3]\nvar c: bool\n"
               "lemma l: c ==> forall i in 0..3: a[i] != i\n"
               "property p: invariant forall i in 1..1: false\n")
    (lem,) = ts.lemmas
    assert lem.name == "l" and lem.expr.op == "implies"
    conj = lem.expr.args[1]
    # ((a[0] != 0 && a[1] != 1) && a[2] != 2)
    assert conj.op == "and" and conj.args[0].op == "and"
    cells = [conj.args[0].args[0], conj.args[0].args[1], conj.args[1]]
    for i, ne in enumerate(cells):
        assert ne.op == "not"
        assert ne.args[0].args == (ir.Ref("state", "a", i, ir.BvT(8)), ir.Lit(i, ir.BvT(8)))
    assert prop(ts, "p") == ir.Lit(1, ir.BoolT())     # empty range: true


def test_lemma_override_in_variant(ts_of):
    ts = ts_of({"lib.vpmu": LIB,
                "parent.vpmu": PARENT + "lemma l1: x < 100\nlemma l2: y < 100\n",
                "child.vpmu": 'spec child extends "parent.vpmu"\n'
                              "override lemma l1: x < 50\nlemma l3: true\n"},
               main="child.vpmu")
    assert [lm.name for lm in ts.lemmas] == ["l1", "l2", "l3"]
    assert ts.lemmas[0].expr.args[1] == ir.Lit(50, ir.BvT(8))


# ---- arrays, labels, intercepts ------------------------------------------------------

def test_array_reads(ts_of):
    ts = ts_of("spec t\nvar a: bv8[4]\naction r(i: bv2) {\n  a[i] := a[3]\n}\n")
    st = action(ts, "r").body[0]
    assert st.target.index == ir.Ref("input", "i", None, ir.BvT(2))
    assert st.value == ir.Ref("state", "a", 3, ir.BvT(8))
    assert state(ts, "a").type == ir.ArrayT(ir.BvT(8), 4)


def test_labels_and_any_init(ts_of):
    ts = ts_of("spec t\ndomain host, guest\nvar h: bv8 = any @host\nvar g: bv8\n"
               "action w(d: bv8 @guest) {\n  g := d @none\n  h := any @host\n}\n")
    assert state(ts, "h").init is None and state(ts, "h").label == frozenset({"host"})
    assert state(ts, "g").init == ir.Lit(0, ir.BvT(8))
    a = action(ts, "w")
    assert a.inputs[0].label == frozenset({"guest"})
    assert a.body[0].label == frozenset()
    assert isinstance(a.body[1], ir.Havoc) and a.body[1].label == frozenset({"host"})


def test_intercept_rules_and_queries(ts_of):
    ts = ts_of("spec t\nconst MSR_A = 0x38f\nconfig on: bool\n"
               "intercept rwmsr MSR_A unless on\nintercept rdpmc when on\n"
               "property p: invariant intercepted(wrmsr, MSR_A) && intercepted(rdpmc)\n")
    rw, rd = ts.intercepts
    assert (rw.access, rw.target, rw.msr) == ("rwmsr", "MSR_A", 0x38f)
    assert rw.cond.op == "not"
    q_wr, q_rd = prop(ts, "p").args
    assert q_wr.access == "wrmsr" and q_wr.rules == (rw,)
    assert q_wr.msr == ir.Lit(0x38f, ir.BvT(32))
    assert q_rd.access == "rdpmc" and q_rd.rules == (rd,)
    assert ts.msr_names == ((0x38f, "MSR_A"),)


def test_duplicate_rule_through_rwmsr(error_of):
    err = error_of("spec t\nconst MSR_A = 1\nintercept rwmsr MSR_A when true\n"
                   "intercept rdmsr MSR_A when false\n")
    assert err.message == "a second rdmsr intercept rule for MSR_A"
    assert err.notes[0].span.line == 3


# ---- include and extends ---------------------------------------------------------------

LIB = "domain host, guest\nconst MSR_A = 0x10\n"


def test_include_once_through_a_diamond(ts_of):
    ts = ts_of({
        "t.vpmu": 'spec t\ninclude "a.vpmu"\ninclude "b.vpmu"\ninclude "lib/c.vpmu"\n'
                  "var x: bv8\nproperty p: invariant x != A + B + C\n",
        "a.vpmu": 'include "lib/c.vpmu"\nconst A = 1\n',
        "b.vpmu": 'include "lib/c.vpmu"\nconst B = 2\n',
        "lib/c.vpmu": "const C = 4\n",
    })
    assert prop(ts, "p").args[0].args[1] == ir.Lit(7, ir.BvT(8))


def test_include_is_spliced_in_place(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, {"t.vpmu": 'spec t\nvar first: bv8\ninclude "lib.vpmu"\nvar last: bv8\n',
                     "lib.vpmu": "var middle: bv8\n"})
    module = load_module("t.vpmu")
    assert [getattr(i, "name", None) for i in module.items] == ["first", "middle", "last"]
    assert not module.is_library
    assert set(module.sources) == {"t.vpmu", "lib.vpmu"}


def test_include_path_spellings_are_normalised(ts_of):
    ts_of({"d/t.vpmu": 'spec t\ninclude "lib.vpmu"\ninclude "./lib.vpmu"\n'
                       'include "../d/lib.vpmu"\nproperty p: invariant MSR_A == 0x10\n',
           "d/lib.vpmu": LIB}, main="d/t.vpmu")


def test_include_once_does_not_depend_on_working_directory(tmp_path, monkeypatch):
    write_files(tmp_path, {"d/t.vpmu": 'spec t\ninclude "lib.vpmu"\ninclude "../d/lib.vpmu"\n'
                                 "property p: invariant MSR_A == 0x10\n",
                     "d/lib.vpmu": LIB})
    monkeypatch.chdir(tmp_path / "d")
    module, ts, err = load_one("t.vpmu")
    assert err is None, format_error(*err)


def test_library_is_not_checked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, {"lib.vpmu": LIB})
    module, ts, err = load_one("lib.vpmu")
    assert err is None and ts is None and module.is_library


PARENT = """\
spec parent "The parent"
include "lib.vpmu"
var x: bv8 = 0
var y: bv8 = 0
let limit = 5
action a { x := x + 1 }
action b when x < limit { y := y + 1 }
action c { x := 0 }
property p1: invariant x < 10 expect violated
property p2: invariant y <= x
"""


def test_extends_override_replaces_in_place(ts_of):
    ts = ts_of({
        "lib.vpmu": LIB,
        "parent.vpmu": PARENT,
        "child.vpmu": 'spec child extends "parent.vpmu"\n'
                      'include "lib.vpmu"\n'
                      "override let limit = 3\n"
                      "override var x: bv8 = 1\n"
                      "override action b { y := 0 }\n"
                      "action d { y := x }\n"
                      "override property p1: invariant x < 20\n"
                      "property p3: invariant true\n",
    }, main="child.vpmu")
    assert ts.name == "child" and ts.title == "child"
    assert [a.name for a in ts.actions] == ["a", "b", "c", "d"]
    assert [p.name for p in ts.properties] == ["p1", "p2", "p3"]
    assert [v.name for v in ts.state] == ["x", "y"]
    assert ts.domains == ("host", "guest")         # lib.vpmu spliced in once
    assert state(ts, "x").init == ir.Lit(1, ir.BvT(8))
    b = action(ts, "b")
    assert b.guard == ir.Lit(1, ir.BoolT())        # the override has no guard
    assert b.body[0].value == ir.Lit(0, ir.BvT(8))
    p1 = next(p for p in ts.properties if p.name == "p1")
    assert p1.expect is None                      # the override's own expectation
    assert p1.expr.args[1] == ir.Lit(20, ir.BvT(8))


def test_override_proc_calls_super_through_two_levels(ts_of):
    # A patch that adds lines around a kernel helper: each level runs the
    # body it replaced with `call super(...)`, with its own arguments.
    ts = ts_of({
        "p.vpmu": "spec p\nvar x: bv8 = 0\nvar y: bv8 = 0\n"
                  "proc f(v: bv8) { x := x + v }\naction a { call f(1) }\n",
        "c1.vpmu": 'spec c1 extends "p.vpmu"\n'
                   "override proc f(v: bv8) {\n  y := v\n  call super(v)\n}\n",
        "c2.vpmu": 'spec c2 extends "c1.vpmu"\n'
                   "override proc f(v: bv8) { call super(v + 2) }\n",
    }, main="c2.vpmu")
    body = action(ts, "a").body
    # c2 binds v + 2; c1 writes y then runs p's body, which adds to x
    assigned = [s.target.name for s in body if isinstance(s, ir.Assign)]
    assert assigned == ["y", "x"]
    assert [a.name for a in ts.actions] == ["a"]


def test_override_enum_adds_members_in_place(ts_of):
    ts = ts_of({
        "p.vpmu": "spec p\nenum S { A, B }\nvar s: S = A\naction go when s == A { s := B }\n",
        "c.vpmu": 'spec c extends "p.vpmu"\noverride enum S { A, B, C, D, E }\n'
                  "action more when s == B { s := E }\n",
    }, main="c.vpmu")
    t = state(ts, "s").type
    assert t.members == ("A", "B", "C", "D", "E") and t.width == 3
    assert [a.name for a in ts.actions] == ["go", "more"]


def test_override_of_let_changes_its_users(ts_of):
    ts = ts_of({"lib.vpmu": LIB, "parent.vpmu": PARENT,
                "child.vpmu": 'spec child extends "parent.vpmu"\noverride let limit = 3\n'},
               main="child.vpmu")
    assert action(ts, "b").guard.args[1] == ir.Lit(3, ir.BvT(8))


def test_redeclaring_without_override_is_a_duplicate(error_of):
    err = error_of({"lib.vpmu": LIB, "parent.vpmu": PARENT,
                    "child.vpmu": 'spec child extends "parent.vpmu"\naction b { skip }\n'},
                   main="child.vpmu")
    assert err.span.path == "child.vpmu"
    assert err.message.startswith("'b' is already defined; use 'override'")
    assert err.notes[0].span.path == "parent.vpmu"


def test_override_without_parent_declaration(error_of):
    err = error_of({"lib.vpmu": LIB, "parent.vpmu": PARENT,
                    "child.vpmu": 'spec child extends "parent.vpmu"\noverride action z { skip }\n'},
                   main="child.vpmu")
    assert err.message == "'override' of action 'z', but no earlier declaration has that name"


def test_extends_chain(ts_of):
    ts = ts_of({"lib.vpmu": LIB, "parent.vpmu": PARENT,
                "mid.vpmu": 'spec mid extends "parent.vpmu"\noverride action c { x := 2 }\n',
                "leaf.vpmu": 'spec leaf extends "mid.vpmu"\noverride action a { skip }\n'},
               main="leaf.vpmu")
    assert [a.name for a in ts.actions] == ["a", "b", "c"]
    assert action(ts, "a").body == ()
    assert action(ts, "c").body[0].value == ir.Lit(2, ir.BvT(8))


def test_check_module_directly(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, "spec t\nvar x: bool\nproperty p: invariant !x\n")
    ts = check_module(load_module("t.vpmu"))
    assert ts.properties[0].kind == "invariant"
    assert ts.properties[0].expr.op == "not"


# ---- intercept rules over lists and ranges of MSRs -------------------------------

RANGE_HEAD = """spec t
domain host, guest
const MSR_CTL0 = 0xc0010200
const MSR_CTR0 = 0xc0010201
const MSR_CTR1 = 0xc0010203
const MSR_CTR2 = 0xc0010205
const MSR_GLOBAL = 0xc0010300
config nr: bv8
var pass: bool[3] = false
var hw: bv8 = any @host
action guest_rdmsr(msr: bv32) {
  if !intercepted(rdmsr, msr) { observe guest: hw }
}
action open(i: bv2) when i < 3 { pass[i] := true }
"""
RANGE_FORM = RANGE_HEAD + """\
intercept rwmsr MSR_CTR0 + 2 * i for i in 0..3 unless pass[i] && i < nr
intercept rdmsr MSR_CTL0, MSR_GLOBAL when true
property leak: never guest observes @host expect violated
"""
SPELLED_OUT = RANGE_HEAD + """\
intercept rwmsr MSR_CTR0 unless pass[0] && 0 < nr
intercept rwmsr MSR_CTR1 unless pass[1] && 1 < nr
intercept rwmsr MSR_CTR2 unless pass[2] && 2 < nr
intercept rdmsr MSR_CTL0 when true
intercept rdmsr MSR_GLOBAL when true
property leak: never guest observes @host expect violated
"""


def test_a_rule_over_a_range_is_the_rules_written_one_by_one(ts_of):
    """Same rules in the same order (conditions compared without source
    positions), member names from the constants of their value, and the
    same encoding to the byte, which is what saved results are keyed by."""
    from dataclasses import replace
    from vpmu_formal.smt_text import SliceEncoding
    ranged, spelled = ts_of(RANGE_FORM), ts_of(SPELLED_OUT)
    assert [r.target for r in ranged.intercepts] == \
        ["MSR_CTR0", "MSR_CTR1", "MSR_CTR2", "MSR_CTL0", "MSR_GLOBAL"]
    assert [r.msr for r in ranged.intercepts] == [r.msr for r in spelled.intercepts]
    assert [replace(r, decl_key="") for r in ranged.intercepts] == \
        [replace(r, decl_key="") for r in spelled.intercepts]
    assert {r.decl_key for r in ranged.intercepts} == {
        "rwmsr MSR_CTR0 + 2 * i for i in 0..3", "rdmsr MSR_CTL0, MSR_GLOBAL"}
    assert SliceEncoding(ranged).script()[0] == SliceEncoding(spelled).script()[0]


def test_a_rule_over_a_range_decides_per_member(tmp_path, monkeypatch):
    """The leak needs a counter opened and below nr; the trace names the
    member's MSR and the range's declaration."""
    import io
    from vpmu_formal.cli import main
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, RANGE_FORM)
    out = io.StringIO()
    assert main(["check", "t.vpmu", "--no-timing", "-j", "1"], out, io.StringIO()) == 0
    text = out.getvalue()
    assert "VIOLATED    bmc             2 ok           t.leak" in text
    flat = " ".join(text.split())
    # Step 1 opens counter i, step 2 reads the range's member for that i,
    # decided by the range's declaration (line 15).
    m = re.search(r"Step 1: open \(t\.vpmu:14:8\) inputs: i = (\d)", flat)
    assert m, flat
    i = int(m.group(1))
    assert f"rdmsr MSR_CTR{i}: does not exit (passed through); rule t.vpmu:15:11" in flat


# ---- lemmas for some properties; variants that drop declarations ------------------

DROP_BASE = """spec base
var x: bv2 = 0
var y: bv2 = 0
action inc when x < 2 { x := x + 1 }
action copy { y := x }
property x_small: invariant x <= 2
property y_small: invariant y <= 2
lemma y_follows for y_small: y <= x
lemma x_bound: x <= 2
"""


def test_a_lemma_for_some_properties_is_offered_to_them_only(ts_of):
    ts = ts_of(DROP_BASE)
    by_name = {p.name: p for p in ts.properties}
    assert [lem.name for lem in ir.lemmas_for(ts, by_name["x_small"])] == ["x_bound"]
    assert [lem.name for lem in ir.lemmas_for(ts, by_name["y_small"])] == \
        ["y_follows", "x_bound"]


def test_a_variant_drops_inherited_declarations(ts_of):
    ts = ts_of({"base.vpmu": DROP_BASE,
                "t.vpmu": 'spec t\n  extends "base.vpmu"\ndrop property x_small\n'
                          "drop lemma x_bound\n"})
    assert [p.name for p in ts.properties] == ["y_small"]
    assert [lem.name for lem in ts.lemmas] == ["y_follows"]


def test_dropping_the_target_of_a_scoped_lemma_is_an_error(error_of):
    err = error_of({"base.vpmu": DROP_BASE,
                    "t.vpmu": 'spec t\n  extends "base.vpmu"\ndrop property y_small\n'})
    assert "lemma 'y_follows' is for 'y_small', which is no property of this spec" in str(err)


def test_an_index_past_the_end_reads_the_last_element_and_writes_nothing(tmp_path,
                                                                         monkeypatch):
    """The documented semantics of a symbolic index out of range (README,
    "Arrays"): proved by the engines, found by BMC and replayed by the
    concrete executor."""
    import io
    from vpmu_formal.cli import main
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, """spec t
var a: bv4[3] = 0
var idx: bv2 = 3
var got: bv4 = 0
action set_last { a[2] := 5 }
action read_past { got := a[idx] }
action write_past { a[idx] := 9 }
property read_past_gets_last: invariant took(read_past) ==> got == a[2]
property write_past_does_nothing: invariant a[0] != 9 && a[1] != 9 && a[2] != 9
cover read_five: got == 5
""")
    def run(extra):
        out = io.StringIO()
        main(["check", "t.vpmu", "--no-timing", "-j", "1", "--proofs", "pr"] + extra, out,
             io.StringIO())
        return " ".join(out.getvalue().split())
    cold = run(["--save-proofs"])
    assert "PROVED lemmas 0 ok t.read_past_gets_last" in cold or \
        "PROVED pdr 0 ok t.read_past_gets_last" in cold, cold
    assert "t.write_past_does_nothing" in cold and "VIOLATED" not in cold
    assert "COVERED bmc 2 ok t.read_five" in cold          # set_last, read_past
    assert "COVERED witness 2 ok t.read_five" in run([])
