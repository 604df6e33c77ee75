"""The SMT-LIB text encoding (smt_text.py, parsed by encode.py) means what
the z3py encoder of before meant (tests/z3py_encoder.py, the oracle): on
every shipped spec, every slice `check` uses and random systems, each term
the template hands out is proved equal to the oracle's by Z3."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import z3

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench"))

import z3py_encoder as oracle  # noqa: E402
from encode_speed import slices  # noqa: E402
from enumerator import SpecGen  # noqa: E402

from vpmu_formal import check, slicing  # noqa: E402
from vpmu_formal.check import load_one  # noqa: E402
from vpmu_formal.encode import Encoder, encoder_for  # noqa: E402
from vpmu_formal.smt_text import SliceEncoding  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SYSTEMS = check.load_all([str(ROOT / "specs")]).systems


def pairs(new: Encoder, old) -> list:
    """(what, new term, old term) for every output of the template, kept
    atoms only (the others are constants in both relations)."""
    n_pre, n_sv, n_post, n_cons, n_steps = new.template()
    o_pre, o_sv, o_post, o_cons, o_steps = old.template()
    out = []

    def cells(what, a: dict, b: dict):
        for c in new.cells:
            if new.keeps_value(c.name):
                out.append((f"{what} {c.name}", a[c.name].term, b[c.name].term))
            for d in new.domains:
                if new.keeps_label(c.name, d):
                    out.append((f"{what} {c.name}@{d}", a[c.name].labels[d],
                                b[c.name].labels[d]))

    def lists(what, a: list, b: list):
        assert len(a) == len(b), what
        out.extend((f"{what}[{i}]", x, y) for i, (x, y) in enumerate(zip(a, b)))

    cells("pre", n_pre, o_pre)
    cells("post", n_post, o_post)
    lists("constraints", n_cons, o_cons)
    assert len(n_steps) == len(o_steps)
    for ns, os_ in zip(n_steps, o_steps):
        a = ns.action.name
        out.append((f"{a}: guard", ns.guard, os_.guard))
        cells(f"{a}: post", ns.post, os_.post)
        lists(f"{a}: constraints", ns.constraints, os_.constraints)
        lists(f"{a}: fault", [f.cond for f in ns.faults], [f.cond for f in os_.faults])
        assert len(ns.observations) == len(os_.observations)
        for i, (x, y) in enumerate(zip(ns.observations, os_.observations)):
            assert x.uid == y.uid and x.observer == y.observer
            out.append((f"{a}: observation {i} cond", x.cond, y.cond))
            out.append((f"{a}: observation {i} value", x.value.term, y.value.term))
            lists(f"{a}: observation {i} labels", list(x.value.labels.values()),
                  list(y.value.labels.values()))
        assert len(ns.intercepts) == len(os_.intercepts)
        for i, (x, y) in enumerate(zip(ns.intercepts, os_.intercepts)):
            assert x.query is y.query
            out.append((f"{a}: intercept {i} cond", x.cond, y.cond))
            out.append((f"{a}: intercept {i} decision", x.decision, y.decision))
            if y.msr is not None:
                out.append((f"{a}: intercept {i} msr", x.msr, y.msr))
    lists("step constraints", new.step_constraints(n_sv), old.step_constraints(o_sv))
    lists("background", new.background(), old.background())
    lists("init", new.init(n_pre), old.init(o_pre))
    for p in new.ts.properties:
        out.append((f"holds {p.name}", new.holds(p, n_pre), old.holds(p, o_pre)))
    for lem in new.ts.lemmas:
        x, y = new.eval_expr(lem.expr, n_pre), old.eval_expr(lem.expr, o_pre)
        out.append((f"lemma {lem.name}", x.term, y.term))
    return out


def assert_equivalent(ts, keep) -> None:
    ctx = z3.Context()
    new = Encoder(ts, ctx=ctx, keep=keep)
    old = oracle.Encoder(ts, ctx=ctx, keep=keep)
    # Same symbol names, same context: the two encodings' free symbols are
    # the same terms, so `new != old` is a closed question about the terms.
    diff = [(what, a, b) for what, a, b in pairs(new, old) if not a.eq(b)]
    # Z3's simplifier rewrites to equal terms, so equal normal forms are a
    # proof already; the rest (a few per slice) go to the solver, whose
    # disjunction over all of them was the slow part.
    diff = [(what, a, b) for what, a, b in diff if not z3.simplify(a).eq(z3.simplify(b))]
    if not diff:
        return
    s = z3.SolverFor("QF_BV", ctx=ctx)
    s.add(*old.config_constraints())
    s.add(z3.Or([a != b for _, a, b in diff]))
    r = s.check()
    if r == z3.unsat:
        return
    assert r == z3.sat, r
    m = s.model()
    wrong = [what for what, a, b in diff
             if not z3.is_true(m.eval(a == b, model_completion=True))]
    pytest.fail(f"{ts.name}: the text encoding differs on {wrong[:5]}")


@pytest.mark.parametrize("ts", [ts for ts, _ in SYSTEMS], ids=lambda ts: ts.name)
def test_every_slice_of_every_spec_means_what_the_z3py_encoder_meant(ts):
    keeps = slices(ts)
    # Every slice of the small specs; of the full models' 11-15, every
    # third and the last (all of them took 70 s, mostly the oracle).
    if len(keeps) > 6:
        keeps = keeps[::3] + ([keeps[-1]] if (len(keeps) - 1) % 3 else [])
    for keep in keeps:
        assert_equivalent(ts, keep)


@pytest.mark.parametrize("seed", range(12))
def test_random_systems_unsliced_and_sliced(seed, tmp_path):
    path = tmp_path / f"rnd{seed}.vpmu"
    path.write_text(SpecGen(seed).spec(f"rnd{seed}"))
    _, ts, err = load_one(str(path))
    assert err is None
    assert_equivalent(ts, None)
    for keep in slices(ts):
        assert_equivalent(ts, keep)


def test_unsliced_full_model():
    ts = next(ts for ts, _ in SYSTEMS if ts.name == "perf_metrics_fix")
    assert_equivalent(ts, None)


def test_template_symbol_names_are_the_certificate_format():
    ts = next(ts for ts, _ in SYSTEMS if ts.name == "perf_metrics_fix")
    enc = Encoder(ts)
    pre, sv, _, _, _ = enc.template()
    c = next(c for c in enc.cells if c.index is not None)
    assert str(pre[c.name].term) == f"p.{c.name}"
    assert str(pre[c.name].labels[ts.domains[0]]) == f"p.{c.name}@{ts.domains[0]}"
    assert str(sv.act) == "actp"
    assert {str(t) for t in sv.inputs.values()} == {
        f"inp.{a}.{i}" for a, i in sv.inputs}
    assert all(str(t).startswith("hvp.") for t in sv.havocs.values())
    assert {str(t) for t in enc.config_terms.values()} == {
        f"cfg.{n}" for n in enc.config_terms}


def test_the_text_is_a_solver_script_on_its_own():
    """`Encoder.text()` is enough to re-check an obligation without z3py
    terms: here, per action, that the action's guard and constraints are
    satisfiable together with the background (some action can run)."""
    ts = next(ts for ts, _ in SYSTEMS if ts.name == "perf_metrics_fix")
    prop = ts.properties[0]
    enc = encoder_for(ts, slicing.compute(ts, prop, [lem.expr for lem in ts.lemmas]))
    text = enc.text()
    head = "\n".join(text.decls + text.defs)
    runnable = 0
    for a in text.actions:
        script = head + "".join(f"\n(assert {t})" for t in
                                [*text.background, *text.step_constraints, a.guard,
                                 *a.constraints])
        s = z3.Solver(ctx=z3.Context())
        s.from_string(script)
        runnable += s.check() == z3.sat
        for cell, (value, labels) in a.post.items():
            assert value is None or enc.keeps_value(cell)
            assert all(enc.keeps_label(cell, d) for d in labels)
    assert runnable > 0
    holds = z3.Solver(ctx=z3.Context())
    holds.from_string(head + "".join(f"\n(assert {t})" for t in text.init)
                      + f"\n(assert (not {enc.holds_text(prop)}))")
    assert holds.check() == z3.unsat          # the property holds initially


def test_every_encoder_of_a_slice_parses_the_same_text():
    """Determinism: each property's context is built from one text, the
    same whatever was encoded before it."""
    ts = next(ts for ts, _ in SYSTEMS if ts.name == "perf_metrics_v4")
    keep = slicing.compute(ts, ts.properties[0])
    a = encoder_for(ts, keep)
    b = encoder_for(ts, keep)
    assert a.source is b.source and a.ctx is not b.ctx
    fresh = SliceEncoding(ts, keep)
    assert fresh.script()[0] == a.source.script()[0]
    ta, tb = a.template(), b.template()
    assert [v.term.sexpr() for v in ta[2].values()] == [v.term.sexpr() for v in tb[2].values()]
