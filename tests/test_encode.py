"""Unit tests of the IR -> Z3 encoding: one action step from a symbolic
state, asked as SMT queries, so each semantic rule is pinned separately."""
from __future__ import annotations

import z3

from vpmu_formal import slicing
from vpmu_formal.encode import MONITOR_PREFIX, Encoder
from vpmu_formal.lang.loader import load_module
from vpmu_formal.lang.typecheck import check_module


def system(tmp_path, body: str):
    path = tmp_path / "t.vpmu"
    path.write_text("spec t\ndomain host, guest\n" + body)
    return check_module(load_module(str(path)))


def one_step(ts, action: str, keep=None):
    enc = Encoder(ts, keep=keep)
    pre = enc.state_vars("s")
    sv = enc.step_vars(0)
    names = [a.name for a in ts.actions]
    step = enc.action_step(ts.actions[names.index(action)], pre, sv)
    return enc, pre, sv, step


def valid(enc, *facts, claim) -> bool:
    """Does `claim` follow from `facts` (and the config constraints)?"""
    s = z3.Solver(ctx=enc.ctx)
    s.add(*enc.config_constraints(), *facts, z3.Not(claim))
    return s.check() == z3.unsat


def test_assignment_copies_value_and_labels(tmp_path):
    ts = system(tmp_path, "var a: bv8 = any @host\nvar b: bv8 = 0\n"
                          "action copy { b := a + 1 }\n")
    enc, pre, sv, st = one_step(ts, "copy")
    assert valid(enc, claim=st.post["b"].term == pre["a"].term + 1)
    assert valid(enc, claim=st.post["b"].labels["host"] == pre["a"].labels["host"])
    assert valid(enc, claim=st.post["a"].term == pre["a"].term)


def test_explicit_label_replaces_owners(tmp_path):
    ts = system(tmp_path, "var a: bv8 = any @host\nvar b: bv8 = 0\n"
                          "action scrub { b := a @none }\naction mark { b := 0 @guest }\n")
    enc, pre, sv, st = one_step(ts, "scrub")
    assert valid(enc, claim=z3.Not(st.post["b"].labels["host"]))
    enc, pre, sv, st = one_step(ts, "mark")
    assert valid(enc, claim=st.post["b"].labels["guest"])
    assert valid(enc, claim=z3.Not(st.post["b"].labels["host"]))


def test_field_write_keeps_other_bits_and_owners(tmp_path):
    ts = system(tmp_path, "layout L: bv8 { LO[3:0], TOP[7] }\nvar r: L = any @host\n"
                          "action set(v: bv4 @guest) { r.LO := v }\n")
    enc, pre, sv, st = one_step(ts, "set")
    v = sv.inputs[("set", "v")]
    new, old = st.post["r"].term, pre["r"].term
    assert valid(enc, claim=z3.Extract(3, 0, new) == v)
    assert valid(enc, claim=z3.Extract(7, 4, new) == z3.Extract(7, 4, old))
    # The register still holds the host's other bits, and now guest bits too.
    assert valid(enc, claim=st.post["r"].labels["guest"])
    assert valid(enc, claim=st.post["r"].labels["host"] == pre["r"].labels["host"])


def test_fault_stops_the_rest_of_the_body(tmp_path):
    ts = system(tmp_path, "var a: bv8 = 0\nvar b: bv8 = 0\n"
                          "action f(x: bv8) { a := 1\n if x == 0 { fault GP }\n b := 1 }\n")
    enc, pre, sv, st = one_step(ts, "f")
    x = sv.inputs[("f", "x")]
    assert valid(enc, claim=st.post["a"].term == 1)     # before the fault: kept
    assert valid(enc, x == 0, claim=st.post["b"].term == pre["b"].term)
    assert valid(enc, x != 0, claim=st.post["b"].term == 1)
    assert len(st.faults) == 1
    assert valid(enc, claim=st.faults[0].cond == (x == 0))


def test_if_merges_both_branches(tmp_path):
    ts = system(tmp_path, "var a: bv8 = 0\n"
                          "action g(c: bool) { if c { a := 1 } else { a := 2 } }\n")
    enc, pre, sv, st = one_step(ts, "g")
    c = sv.inputs[("g", "c")]
    assert valid(enc, claim=st.post["a"].term == z3.If(c, z3.BitVecVal(1, 8, enc.ctx),
                                                        z3.BitVecVal(2, 8, enc.ctx)))


def test_symbolic_index_write_and_read(tmp_path):
    ts = system(tmp_path, "var r: bv8[4] = 0\nvar o: bv8 = 0\n"
                          "action w(i: bv2, v: bv8) { r[i] := v }\n"
                          "action rd(i: bv2) { o := r[i] }\n")
    enc, pre, sv, st = one_step(ts, "w")
    i, v = sv.inputs[("w", "i")], sv.inputs[("w", "v")]
    assert valid(enc, i == 2, claim=st.post["r[2]"].term == v)
    assert valid(enc, i == 2, claim=st.post["r[1]"].term == pre["r[1]"].term)
    enc, pre, sv, st = one_step(ts, "rd")
    i = sv.inputs[("rd", "i")]
    assert valid(enc, i == 3, claim=st.post["o"].term == pre["r[3]"].term)
    # The index selects whose owners the value carries.
    assert valid(enc, i == 3, claim=st.post["o"].labels["host"] == pre["r[3]"].labels["host"])


def test_observe_latches_the_monitor_only_for_the_forbidden_owner(tmp_path):
    ts = system(tmp_path, "var a: bv8 = any @host\nvar g: bv8 = 0 @guest\n"
                          "action peek(which: bool) { if which { observe guest: a } "
                          "else { observe guest: g } }\n"
                          "property p: never guest observes @host\n")
    enc, pre, sv, st = one_step(ts, "peek")
    w = sv.inputs[("peek", "which")]
    mon = MONITOR_PREFIX + "p"
    base = [z3.Not(pre[mon].term), pre["a"].labels["host"], z3.Not(pre["g"].labels["host"])]
    assert valid(enc, *base, w, claim=st.post[mon].term)
    assert valid(enc, *base, z3.Not(w), claim=z3.Not(st.post[mon].term))


def test_access_without_rule_is_intercepted(tmp_path):
    ts = system(tmp_path, "const MSR_A = 0x10\nconst MSR_B = 0x20\nvar x: bool = false\n"
                          "var o: bool = false\n"
                          "intercept rdmsr MSR_A when x\n"
                          "action q(m: bv32) { o := intercepted(rdmsr, m) }\n"
                          "action r { o := intercepted(rdpmc) }\n")
    enc, pre, sv, st = one_step(ts, "q")
    m = sv.inputs[("q", "m")]
    assert valid(enc, m == 0x10, claim=st.post["o"].term == pre["x"].term)
    assert valid(enc, m == 0x20, claim=st.post["o"].term)
    enc, pre, sv, st = one_step(ts, "r")
    assert valid(enc, claim=st.post["o"].term)


def test_enum_values_stay_in_range(tmp_path):
    ts = system(tmp_path, "enum E { A, B, C }\nvar e: E = any\n")
    enc = Encoder(ts)
    s = enc.state_vars("s")
    solver = z3.Solver(ctx=enc.ctx)
    solver.add(*enc.init(s), s["e"].term == 3)
    assert solver.check() == z3.unsat


def test_slice_drops_values_a_label_property_does_not_read(tmp_path):
    ts = system(tmp_path, "var ctr: bv64 = any @host\nvar on: bool = false\n"
                          "action count(d: bv64 @guest) { if on { ctr := ctr + d } }\n"
                          "action peek { observe guest: ctr }\n"
                          "property p: never guest observes @host\n")
    sl = slicing.compute(ts, ts.properties[0])
    assert not sl.keeps_value("ctr")          # only its owners matter
    assert sl.keeps_label("ctr", "host")
    assert sl.keeps_value("on")               # control of a needed update


def test_encoders_share_one_encoding_per_slice_in_fresh_contexts(tmp_path):
    from vpmu_formal.encode import encoder_for
    ts = system(tmp_path, "var a: bv8 = 0\nvar b: bv8 = 0\n"
                          "action inc { a := a + 1\n  b := b + 1 }\n"
                          "property pa: invariant a != 3\nproperty pb: invariant b != 3\n"
                          "property pa2: invariant a != 4\n")
    pa, pb, pa2 = ts.properties
    e1 = encoder_for(ts, slicing.compute(ts, pa))
    e2 = encoder_for(ts, slicing.compute(ts, pa2))        # same slice
    e3 = encoder_for(ts, slicing.compute(ts, pb))         # another slice
    assert e1._template_source is e2._template_source is not e3._template_source
    assert e1.ctx is not e2.ctx                           # each caller its own context
    t1, t2 = e1.template(), e2.template()
    assert t1 is e1.template()                            # translated once
    assert t1[2]["a"].term.ctx is e1.ctx and t2[2]["a"].term.ctx is e2.ctx
    assert t1[2]["a"].term.sexpr() == t2[2]["a"].term.sexpr() == "(ite (= #b0 actp) (bvadd p.a #x01) p.a)"
    # a different system (even an equal one) gets its own encoding
    other = system(tmp_path, "var a: bv8 = 0\naction inc { a := a + 1 }\n"
                             "property pa: invariant a != 3\n")
    e4 = encoder_for(other, slicing.compute(other, other.properties[0]))
    assert e4.ts is other and e4._template_source is not e1._template_source


def test_a_property_result_does_not_depend_on_what_ran_before_it():
    """Properties share encodings, not Z3 contexts: each cold result is the
    same whether its spec's other properties ran before it in the same
    process or not.  (With one shared context the cover traces of this
    spec did change with the order.)"""
    from dataclasses import replace
    from pathlib import Path

    from vpmu_formal import check
    path = str(Path(__file__).resolve().parent.parent / "specs" / "perf" / "mediated_exclusion.vpmu")
    opts = check.Options(proofs_dir=None, timeout=60)

    def jobs():
        loaded = check.load_all([path])       # a new system object each time
        ts, sources = loaded.systems[0]
        return check.plan(ts, sources, opts)
    in_sequence = [replace(job.run(), seconds=0.0) for job in jobs()]
    for i, expected in enumerate(in_sequence):
        alone = replace(jobs()[i].run(), seconds=0.0)
        assert alone == expected, expected.property
    assert sum(r.trace is not None for r in in_sequence) >= 4
