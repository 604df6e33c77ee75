"""Tests of the verification engines (BMC, auto = lemmas/PDR/BMC,
certificates) against an independent explicit-state enumerator, plus the
golden verdicts of the seed specs.

1. Differential: random small systems (tests/enumerator.py generates them
   as spec text from fixed seeds) are checked by BMC and by brute-force
   enumeration of the IR; verdicts and shortest depths must agree, and
   every counterexample trace must replay on the enumerator.
2. The auto engine on the same systems never proves a property the
   enumerator refutes, every property it proves is safe in the whole
   (finite) reachable state space, its VACUOUS/"trigger reached" verdicts
   match the enumerated reachability of the trigger, and it is decisive.
3. Certificates: saved, reused, and rejected when tampered with.
4. Vacuity: inconsistent assumes are reported as VACUOUS with their places.
5. The seed specs: golden verdict table, the V4 leak trace, exit codes,
   determinism of the report.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import z3

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from enumerator import Enumerator, Exploration, SpecGen, replay  # noqa: E402

from vpmu_formal import ir, slicing  # noqa: E402
from vpmu_formal.check import base_fields, load_one  # noqa: E402
from vpmu_formal.cli import main  # noqa: E402
from vpmu_formal.encode import Encoder  # noqa: E402
from vpmu_formal.engines import auto, bmc, certificate  # noqa: E402
from vpmu_formal.results import Verdict  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
# The reduced standalone PERF_METRICS model (the benchmark's input): small
# enough for the engine-level tests below.  The faithful seed specs under
# specs/intel/ are checked through the command line further down.
V4 = ROOT / "bench" / "models" / "perf_metrics_v4_small.vpmu"
FIX = ROOT / "bench" / "models" / "perf_metrics_fix_small.vpmu"

# Fixed seeds: the corpus is the same on every run.  VPMU_ENGINE_SEEDS=400
# (say) explores a larger corpus; the first 40 systems are always the same.
SEEDS = range(int(os.environ.get("VPMU_ENGINE_SEEDS", "40")))
LEMMA_SEEDS = range(10)
BMC_DEPTH = 6
ENUM_DEPTH = 64            # the random systems reach their fixpoint far earlier
TIMEOUT = 60.0


def _load_text(tmp_path: Path, text: str, name: str = "t") -> tuple:
    path = tmp_path / f"{name}.vpmu"
    path.write_text(text)
    module, ts, err = load_one(str(path))
    assert err is None, err and str(err[0])
    return module, ts


# ---- the random corpus -----------------------------------------------------

@dataclass
class RandomSystem:
    seed: int
    path: Path
    text: str
    sources: dict
    ts: ir.TransitionSystem
    en: Enumerator
    ex: Exploration
    props: list            # the properties the tests check
    auto: dict             # property name -> auto.check result (cached)

    def base(self, prop: ir.Property) -> dict:
        return base_fields(self.ts, prop, self.sources)

    def describe(self, prop: ir.Property, got) -> str:
        return (f"seed {self.seed}, property {prop.name}: enumerator says "
                f"{self.ex.depths[prop.name]}, engine says {got.verdict.value} at depth "
                f"{got.depth} ({got.engine}; {got.reason}; {got.notes})\n"
                f"--- {self.path}\n{self.text}")


def _select(ts: ir.TransitionSystem, ex: Exploration) -> list:
    """The interesting candidates: the two deepest violated invariants, one
    that always holds, the deepest reachable (or an unreachable) cover, and
    both `never` properties."""
    d = ex.depths
    invs = [p for p in ts.properties if p.kind == "invariant"]
    covers = [p for p in ts.properties if p.is_cover]
    violated = sorted((p for p in invs if d[p.name] is not None),
                      key=lambda p: -d[p.name])
    chosen = violated[:2] + [p for p in invs if d[p.name] is None][:1]
    chosen += sorted(covers, key=lambda p: (d[p.name] is None, -(d[p.name] or 0)))[:1]
    chosen += [p for p in ts.properties if p.kind == "never_observes"]
    return chosen


ANTECEDENT = ".antecedent"


def _antecedents(ts: ir.TransitionSystem) -> list:
    """A cover of the antecedent of every `A ==> B` invariant: the trigger
    the auto engine must show reachable before it calls a proof non-vacuous
    (for `never D observes` it is any observation by D; the enumerator
    records those per observer)."""
    return [ir.Property(p.name + ANTECEDENT, "cover", p.expr.args[0], None, None, None, p.span)
            for p in ts.properties
            if p.kind == "invariant" and isinstance(p.expr, ir.Op) and p.expr.op == "implies"]


def _trigger_depth(rs: "RandomSystem", prop: ir.Property):
    """(has a trigger, least depth at which it is reached or None)."""
    if prop.kind == "never_observes":
        return True, rs.ex.observed.get(prop.observer)
    if prop.name + ANTECEDENT in rs.ex.depths:
        return True, rs.ex.depths[prop.name + ANTECEDENT]
    return False, None


def _build(seed: int, directory: Path, lemmas: bool = False) -> RandomSystem:
    gen = SpecGen(seed)
    text = gen.spec(f"rnd{seed}")
    if lemmas:
        # Every candidate invariant is offered as a lemma: some are true,
        # some are not; the lemma prover must sort them out.
        text += "".join(line.replace("property inv", "lemma lem").replace(": invariant", ":")
                        + "\n" for line in gen.candidates if line.startswith("property inv"))
    path = directory / f"rnd{seed}{'_lemmas' if lemmas else ''}.vpmu"
    path.write_text(text)
    module, ts, err = load_one(str(path))
    assert err is None, f"the generated spec does not load: {err[0]}\n{text}"
    en = Enumerator(ts)
    ex = en.explore(ENUM_DEPTH, list(ts.properties) + _antecedents(ts))
    assert ex.complete, f"seed {seed}: no fixpoint within {ENUM_DEPTH} steps"
    return RandomSystem(seed, path, text, module.sources, ts, en, ex, _select(ts, ex), {})


@pytest.fixture(scope="module")
def random_systems(tmp_path_factory):
    directory = tmp_path_factory.mktemp("random_specs")
    cache: dict = {}

    def get(seed: int, lemmas: bool = False) -> RandomSystem:
        if (seed, lemmas) not in cache:
            cache[(seed, lemmas)] = _build(seed, directory, lemmas)
        return cache[(seed, lemmas)]
    return get


def _hit(prop: ir.Property) -> Verdict:
    return Verdict.COVERED if prop.is_cover else Verdict.VIOLATED


def _check_trace(rs: RandomSystem, prop: ir.Property, r) -> None:
    """A VIOLATED/COVERED result: its trace is as long as its depth, replays
    on the enumerator, and for `never` properties ends in the offending
    observation."""
    why = rs.describe(prop, r)
    assert r.trace is not None, why
    assert len(r.trace.steps) == r.depth, why
    assert [st.index for st in r.trace.steps] == list(range(1, r.depth + 1)), why
    problem = replay(rs.en, r.trace, prop)
    assert problem == "", f"trace does not replay: {problem}\n{why}"
    if prop.kind == "never_observes":
        last = r.trace.steps[-1]
        assert any(o.observer == prop.observer and prop.label in o.value.labels
                   for o in last.observations), why


def test_random_corpus_is_interesting(random_systems):
    """Guard against a generator that drifts into trivial systems: the
    corpus must contain deep violations, safe properties, leaks, non-leaks
    and covers."""
    depths = {"invariant": [], "never_observes": [], "cover": []}
    for seed in SEEDS:
        rs = random_systems(seed)
        for p in rs.props:
            depths[p.kind].append(rs.ex.depths[p.name])
    inv, leak, cover = depths["invariant"], depths["never_observes"], depths["cover"]
    assert sum(1 for d in inv if d is not None and d >= 3) >= 6, inv
    assert sum(1 for d in inv if d is None) >= 20, inv
    assert sum(1 for d in leak if d is not None) >= 10, leak
    assert sum(1 for d in leak if d is not None and d >= 2) >= 5, leak
    assert sum(1 for d in leak if d is None) >= 10, leak
    assert sum(1 for d in cover if d is not None and d >= 1) >= 10, cover
    assert any(d is not None and d > BMC_DEPTH for d in inv + leak + cover), \
        "no property beyond the BMC depth: BOUNDED-vs-deep is not exercised"


@pytest.mark.parametrize("seed", SEEDS)
def test_bmc_agrees_with_enumeration(random_systems, seed):
    rs = random_systems(seed)
    for prop in rs.props:
        r = bmc.check(rs.ts, prop, BMC_DEPTH, TIMEOUT, rs.base(prop))
        want = rs.ex.depths[prop.name]
        why = rs.describe(prop, r)
        assert r.engine == "bmc"
        if want is not None and want <= BMC_DEPTH:
            assert r.verdict is _hit(prop), why
            assert r.depth == want, why
            _check_trace(rs, prop, r)
        else:
            assert r.verdict is Verdict.BOUNDED, why
            assert r.depth == BMC_DEPTH and r.trace is None, why


def _auto(rs: RandomSystem, prop: ir.Property):
    if prop.name not in rs.auto:
        rs.auto[prop.name] = auto.check(rs.ts, prop, BMC_DEPTH, TIMEOUT, rs.base(prop),
                                        auto.ProofStore(None))
    return rs.auto[prop.name]


@pytest.mark.parametrize("seed", SEEDS)
def test_auto_agrees_with_enumeration(random_systems, seed):
    """Soundness of the auto engine (BMC/PDR/validated invariants)."""
    rs = random_systems(seed)
    for prop in rs.props:
        _check_auto(rs, prop, _auto(rs, prop))


@pytest.mark.parametrize("seed", LEMMA_SEEDS)
def test_lemma_prover_agrees_with_enumeration(random_systems, seed):
    """The same systems with every candidate invariant offered as a
    `lemma`: Houdini drops the false ones, and whatever it proves (and the
    rest of auto) must still agree with the enumeration."""
    rs = random_systems(seed, lemmas=True)
    assert rs.ts.lemmas
    for prop in rs.props:
        _check_auto(rs, prop, _auto(rs, prop))


def _check_auto(rs: RandomSystem, prop: ir.Property, r) -> None:
    """The auto engine's answer `r` for `prop`, judged by the enumeration."""
    want = rs.ex.depths[prop.name]
    why = rs.describe(prop, r)
    has_trigger, trigger = _trigger_depth(rs, prop)
    why += f"\n(trigger: {has_trigger}, reached at depth {trigger})"
    if r.verdict in (Verdict.PROVED, Verdict.UNREACHABLE):
        # The enumeration is exhaustive (fixpoint), so None means "never".
        assert want is None, why
        assert r.verdict is (Verdict.UNREACHABLE if prop.is_cover else Verdict.PROVED), why
        assert r.trace is None, why
        claims = [n for n in r.notes if n.startswith("trigger: ")]
        if has_trigger:
            # A proof whose trigger is unreachable must not pass as a
            # real proof; a claimed trigger depth is a shortest one.
            assert len(claims) == 1, why
            if claims[0].startswith("trigger: reached at depth "):
                assert trigger == int(claims[0].split()[-1]), why
            else:
                assert claims[0].startswith("trigger: not shown reachable"), why
        else:
            assert not claims, why
    elif r.verdict is Verdict.VACUOUS:
        # Consistent assumes here, so only an unreachable trigger may
        # make a proof vacuous.
        assert want is None, why
        assert has_trigger and trigger is None, why
        assert "trigger is unreachable" in r.reason, why
    elif r.verdict in (Verdict.VIOLATED, Verdict.COVERED):
        assert r.verdict is _hit(prop), why
        # Shortest traces, also beyond --depth when PDR found the bug.
        assert want == r.depth, why
        _check_trace(rs, prop, r)
    else:
        # Inconclusive is sound only where BMC to BMC_DEPTH cannot see
        # the bug (see the completeness test below).
        assert r.verdict in (Verdict.BOUNDED, Verdict.UNKNOWN), why
        assert want is None or want > BMC_DEPTH, why


def test_auto_is_decisive_on_random_tiny_systems(random_systems):
    """Completeness on the corpus: on systems of a few bits PDR should
    settle every property, so auto should never end BOUNDED/UNKNOWN, nor
    leave a trigger "not shown reachable".  (Regression: PDR's invariant
    used to be read with get_cover_delta(-1), which is `true` when Spacer
    closes the proof below the infinity frame; then re-validation failed
    and auto said BOUNDED for ~1 property in 3 systems.)"""
    inconclusive = []
    for seed in SEEDS:
        rs = random_systems(seed)
        for prop in rs.props:
            r = _auto(rs, prop)
            unsure = [n for n in r.notes if n.startswith("trigger: not shown")]
            if r.verdict in (Verdict.BOUNDED, Verdict.UNKNOWN) or unsure:
                inconclusive.append(f"seed {seed} {prop.name}: {r.verdict.value} {r.notes}")
    assert not inconclusive, f"{len(inconclusive)} inconclusive:\n" + "\n".join(inconclusive)


PDR_MINIMAL = """\
spec pdr_answer
domain host, guest
var x: bv2 = 0
var y: bool = true
var z: bv2 = 0 @host
action inc when x < 2 { x := x + 1 }
action peek { observe guest: x }
property y_stays: invariant y
property x_not_3: invariant x != 3
property z_stays_host: invariant owned_by(z, host)
property no_leak: never guest observes @host
property host_sees_nothing: never host observes @guest
"""


def test_auto_proves_invariants_of_cells_no_action_writes(tmp_path):
    """Properties of cells that no action writes hold by initiation alone.
    Regression: Spacer answers safe for all of them, but with the invariant
    read by get_cover_delta(-1, Inv) (`true` here; get_answer() has
    Inv(c, y) == y) y_stays, z_stays_host and host_sees_nothing ended
    BOUNDED with "PDR invariant failed re-validation (safety: ...)"."""
    module, ts = _load_text(tmp_path, PDR_MINIMAL, "pdr_answer")
    got = {}
    for prop in ts.properties:
        r = auto.check(ts, prop, BMC_DEPTH, TIMEOUT, base_fields(ts, prop, module.sources),
                       auto.ProofStore(None))
        got[prop.name] = r.verdict
    assert got == {"y_stays": Verdict.PROVED, "x_not_3": Verdict.PROVED,
                   "z_stays_host": Verdict.PROVED, "no_leak": Verdict.PROVED,
                   # the host never observes: a proof, but of nothing
                   "host_sees_nothing": Verdict.VACUOUS}, got


# ---- the enumerator itself ---------------------------------------------------

def test_enumerator_semantics_on_a_hand_written_system(tmp_path):
    """The reference semantics, on a system small enough to reason about by
    hand, so that a bug in the enumerator cannot hide behind agreement
    with an equally wrong engine."""
    module, ts = _load_text(tmp_path, """\
spec hand
domain host, guest
config c: bv2
assume small: c <= 1
var x: bv2 = 0
var h: bv2 = 3 @host
var y: bv2 = 0
action step when x < 3 { x := x + 1 }
action copy { y[0] := h[0] }
action stop { fault GP
  y := h }
action leak when x == 2 { observe guest: y }
action reset { y := 0 @none }
property x_small: invariant x != 3
property x_c: invariant x <= c + 1
property y_clean: invariant !owned_by(y, host)
property leak: never guest observes @host
cover y_odd: y == 1
cover y_three: y == 3
""", "hand")
    # x reaches 3 after three steps and 2 (> c + 1 for c = 0) after two; a
    # bit copy from h taints y (the rest of y keeps its label, the bit
    # brings h's); the leak needs x == 2 and the taint; `stop` faults
    # before its assignment, so y == 3 is unreachable.
    want = {"x_small": 3, "x_c": 2, "y_clean": 1, "leak": 4, "y_odd": 1, "y_three": None}
    ex = Enumerator(ts).explore(20)
    assert ex.complete
    assert ex.depths == want
    for prop in ts.properties:
        r = bmc.check(ts, prop, BMC_DEPTH, TIMEOUT, base_fields(ts, prop, module.sources))
        assert r.verdict is (Verdict.BOUNDED if want[prop.name] is None else _hit(prop))
        assert r.depth == (BMC_DEPTH if want[prop.name] is None else want[prop.name])


def _agree_with_enumerator(module, ts, want: dict, bound: int = 20) -> None:
    """The enumerator's shortest depths are `want` (None: never); BMC finds
    each at that depth, and auto proves exactly the others."""
    ex = Enumerator(ts).explore(bound)
    assert ex.complete
    assert ex.depths == want
    for prop in ts.properties:
        base = base_fields(ts, prop, module.sources)
        r = bmc.check(ts, prop, BMC_DEPTH, TIMEOUT, base)
        assert r.verdict is (Verdict.BOUNDED if want[prop.name] is None else _hit(prop))
        assert r.depth == (BMC_DEPTH if want[prop.name] is None else want[prop.name])
        a = auto.check(ts, prop, BMC_DEPTH, TIMEOUT, base, auto.ProofStore(None))
        assert a.verdict is (Verdict.PROVED if want[prop.name] is None else _hit(prop)), \
            (prop.name, a.verdict, a.reason)


def test_exists_and_concat_against_the_enumerator(tmp_path):
    """`exists` (a disjunction over a constant range) and `concat` (built
    from zext, shl and or) on a hand-sized system: BMC's shortest depths
    are the enumerator's, and what auto proves holds in the whole
    reachable state space."""
    module, ts = _load_text(tmp_path, """\
spec quant
domain host, guest
var m: bv4 = 0
var hi: bv2 = 0
var lo: bv2 = 2 @host
var w: bv4 = 0
action set_bit(i: bv2) { m := m | (1 << zext(i, 4)) }
action raise_hi when hi < 3 { hi := hi + 1 }
action pack { w := concat(hi, lo) }
action show { observe guest: w }
property none_set: invariant !(exists i in 0..4: (m >> i) & 1 == 1)
property not_all_set: invariant !(forall i in 0..4: (m >> i) & 1 == 1)
property no_high_bit: invariant !(exists i in 2..4: (m >> i) & 1 == 1)
property w_not_ten: invariant w != 10
property w_keeps_lo: invariant w == 0 || w[1:0] == lo
property w_high_is_hi: invariant w == 0 || w[3:2] <= hi
property no_empty_exists: invariant !(exists i in 2..2: true)
property leak: never guest observes @host
cover w_fourteen: w == 14
""", "quant")
    # Some bit of m is set after one step, all four after four, bit 2 or 3
    # after one; w = hi:lo = 0b10:0b10 after two raises and a pack; w's
    # low bits are lo's; the high bits never exceed hi (hi only grows);
    # an empty exists is false; packing host-owned lo and showing it
    # leaks at depth 2; w == 0b11:0b10 needs three raises and a pack.
    want = {"none_set": 1, "not_all_set": 4, "no_high_bit": 1, "w_not_ten": 3,
            "w_keeps_lo": None, "w_high_is_hi": None, "no_empty_exists": None, "leak": 2,
            "w_fourteen": 4}
    _agree_with_enumerator(module, ts, want)


EVENTS_SPEC = """\
spec ev
domain host, guest
var x: bv2 = 0
ghost var booms: bv2 = 0
action inc when x < 3 { x := x + 1 }
action boom { if x == 2 { fault GP } booms := booms + 1 }
action pmi { if x == 3 { emit pmi } }
action look when x != 0 { observe guest: x }
property no_gp: invariant !faulted(GP)
property no_fault: invariant !faulted()
property pmi_only_at_3: invariant emitted(pmi) ==> x == 3
property no_pmi: invariant !emitted(pmi)
property look_observes: invariant took(look) ==> observed(guest)
property never_look: invariant !took(look)
property faults_only_at_2: invariant faulted(GP) ==> x == 2
property gp_leaves_booms: invariant !(faulted(GP) && booms == 3)
"""


def test_events_against_the_enumerator(tmp_path):
    """Event facts (lang/events.py) as the enumerator sees the bodies the
    checker wrote: the fault is raised at x == 2 (after two incs), pmi at
    x == 3, look is taken after one inc; a faulting boom does not count
    (the fault ends its body before `booms := booms + 1`), so booms == 3
    needs three booms away from x == 2 and a fourth at it."""
    module, ts = _load_text(tmp_path, EVENTS_SPEC, "ev")
    want = {"no_gp": 3, "no_fault": 3, "pmi_only_at_3": None, "no_pmi": 4,
            "look_observes": None, "never_look": 2, "faults_only_at_2": None,
            "gp_leaves_booms": 6}
    _agree_with_enumerator(module, ts, want)


def test_past_time_operators_against_the_enumerator(tmp_path):
    """once, prev, since and count (lang/events.py) as the enumerator sees
    the history cells the checker keeps."""
    module, ts = _load_text(tmp_path, """\
spec past
var x: bv2 = 0
action inc when x < 3 { x := x + 1 }
action reset { x := 0 }
action pmi { if x == 2 { emit pmi } }
action entry { skip }
property once_two: invariant !once(x == 2)
property prev_two: invariant !prev(x == 2)
property reset_after_nonzero: invariant took(reset) ==> prev(x != 0) || x == 0
property since_two: invariant !since(x != 0, x == 2)
property since_kept: invariant since(x != 0, x == 2) ==> x >= 2
property one_pmi_per_entry: invariant count_since(emitted(pmi), took(entry)) <= 1
property two_pmis_per_entry: invariant count_since(emitted(pmi), took(entry)) <= 2
property pmi_needs_two: invariant once(emitted(pmi)) ==> once(x == 2)
property prev_of_prev: invariant !prev(prev(x == 1))
""", "past")
    # x == 2 after two incs; prev sees it one step later; a reset leaves
    # x == 0; since(x != 0, x == 2) starts at x == 2 and holds while x
    # stays nonzero, where x can only grow; two pmis need x == 2 and two
    # pmi steps (no entry between), three need three; prev(prev(x == 1))
    # holds two steps after x == 1 (inc, then any two steps).
    want = {"once_two": 2, "prev_two": 3, "reset_after_nonzero": None, "since_two": 2,
            "since_kept": None, "one_pmi_per_entry": 4, "two_pmis_per_entry": 5,
            "pmi_needs_two": None, "prev_of_prev": 3}
    # count saturates at 255: the whole state space is 300 steps deep.
    _agree_with_enumerator(module, ts, want, bound=300)


def test_event_flags_are_ghost_and_shown_as_events(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ev.vpmu").write_text(EVENTS_SPEC)
    out = io.StringIO()
    main(["check", "ev.vpmu", "--no-timing", "-j", "1"], out, io.StringIO())
    text = out.getvalue()
    block = text.split("ev.vpmu:9:10: VIOLATED no_gp", 1)[1].split("Property 'no_gp'", 1)[0]
    assert "    fault #GP (ev.vpmu:6:27)\n    events: faulted(GP)\n" in block
    assert "changed:\n      faulted" not in block
    booms = text.split("VIOLATED gp_leaves_booms", 1)[1].split("Property 'gp_leaves", 1)[0]
    assert "    ghost:\n      booms: 0 -> 1\n" in booms
    _, ts = _load_text(tmp_path, EVENTS_SPEC, "ev")
    assert {v.name for v in ts.state if v.ghost} == {
        "booms", "faulted()", "faulted(GP)", "emitted(pmi)", "took(look)", "observed(guest)"}


# ---- certificates ------------------------------------------------------------

def _fix_property(name: str):
    module, ts, err = load_one(str(FIX))
    assert err is None
    prop = next(p for p in ts.properties if p.name == name)
    return ts, prop, base_fields(ts, prop, module.sources)


def _set_header(text: str, field: str, value: str) -> str:
    lines = text.splitlines()
    hits = [i for i, line in enumerate(lines) if line.startswith(f"; {field}: ")]
    assert len(hits) == 1, f"certificate has {len(hits)} '; {field}:' lines"
    lines[hits[0]] = f"; {field}: {value}"
    return "\n".join(lines) + "\n"


def test_certificate_saved_reused_and_rejected_when_tampered(tmp_path):
    ts, prop, base = _fix_property("perf_metrics_cap_needs_host")
    proofs = tmp_path / "proofs"

    def run(save: bool):
        return auto.check(ts, prop, 20, TIMEOUT, base, auto.ProofStore(str(proofs), save))

    first = run(True)
    assert first.verdict is Verdict.PROVED and first.engine != "certificate"
    files = sorted(f.name for f in (proofs / "perf_metrics_fix_small").iterdir())
    # The proof's certificate, and the witness that its trigger is reached
    # (replayed on reuse, so non-vacuity is re-shown, not read from a note).
    assert files == ["perf_metrics_cap_needs_host.smt2",
                     "perf_metrics_cap_needs_host.trigger.witness.json"]
    cert = proofs / "perf_metrics_fix_small" / files[0]
    original = cert.read_text()
    assert f"; key: {certificate.system_key(Encoder(ts, keep=_keep(ts, prop)), prop)}" \
        in original

    second = run(False)
    assert second.verdict is Verdict.PROVED and second.engine == "certificate", second.notes

    # A trivially true invariant with the right key: inductive, but it does
    # not imply the property (safety fails), so the file must be ignored.
    cert.write_text(_set_header(original, "invariant", "true"))
    third = run(False)
    assert third.verdict is Verdict.PROVED and third.engine != "certificate", third.notes

    # The original invariant under a stale key is not even looked at.
    key = re.search(r"^; key: (\w+)$", original, re.M).group(1)
    stale = key[:-1] + ("0" if key[-1] != "0" else "1")
    cert.write_text(_set_header(original, "key", stale))
    r = run(True)
    assert r.verdict is Verdict.PROVED and r.engine != "certificate", r.notes
    # ...and saving replaced the stale file with a valid one.
    assert run(False).engine == "certificate"

    # Validation is semantic: a different invariant that really is
    # inductive and implies the property is accepted as a certificate.
    enc = Encoder(ts, keep=_keep(ts, prop))
    pre = enc.state_vars("p")
    own = enc.holds(prop, pre)
    assert certificate.validate(enc, prop, own, pre).ok
    cert.write_text(_set_header(original, "invariant", own.sexpr().replace("\n", " ")))
    r = run(False)
    assert r.engine == "certificate", r.notes


def _keep(ts, prop):
    return slicing.compute(ts, prop, [lem.expr for lem in ts.lemmas])


def test_certificate_validate_rejects_wrong_invariants():
    ts, prop, _ = _fix_property("perf_metrics_cap_needs_host")
    enc = Encoder(ts, keep=_keep(ts, prop))
    pre = enc.state_vars("p")
    no = certificate.validate(enc, prop, z3.BoolVal(False, enc.ctx), pre)
    assert not no.ok and no.failed.startswith("initiation"), no
    yes = certificate.validate(enc, prop, z3.BoolVal(True, enc.ctx), pre)
    assert not yes.ok and yes.failed.startswith("safety"), yes

    # A violated property: its own predicate holds initially and implies
    # itself, so it can only fail consecution; and `true` fails safety.
    module, ts4, err = load_one(str(V4))
    assert err is None
    leak = next(p for p in ts4.properties if p.name == "no_host_data_to_guest")
    enc4 = Encoder(ts4, keep=slicing.compute(ts4, leak))
    pre4 = enc4.state_vars("p")
    c = certificate.validate(enc4, leak, enc4.holds(leak, pre4), pre4)
    assert not c.ok and c.failed.startswith("consecution"), c
    t = certificate.validate(enc4, leak, z3.BoolVal(True, enc4.ctx), pre4)
    assert not t.ok and t.failed.startswith("safety"), t


# ---- vacuity ---------------------------------------------------------------

VACUOUS = """\
spec vac
domain host, guest
config c: bv2
assume a: c == 1
assume b: c == 2
var x: bv2 = 0
action inc { x := x + 1 }
property p: invariant x != 3
property q: never guest observes @host
cover r: x == 1
"""


def test_inconsistent_assumes_are_vacuous_for_every_engine(tmp_path):
    module, ts = _load_text(tmp_path, VACUOUS, "vac")
    where = [str(a.span) for a in ts.assumes]
    assert len(where) == 2 and where[0] != where[1]
    for prop in ts.properties:
        base = base_fields(ts, prop, module.sources)
        for r in (bmc.check(ts, prop, BMC_DEPTH, TIMEOUT, base),
                  auto.check(ts, prop, BMC_DEPTH, TIMEOUT, base, auto.ProofStore(None))):
            assert r.verdict is Verdict.VACUOUS, (prop.name, r.engine, r.verdict)
            for w in where:
                assert w in r.reason, (prop.name, r.engine, r.reason)
            assert r.trace is None


def test_vacuous_check_needs_a_conflict_not_just_an_assume(tmp_path):
    """Only the conflicting assumes are named (an unsat core)."""
    text = VACUOUS.replace("assume a: c == 1\n", "assume a: c == 1\nassume z: c != 3\n")
    module, ts = _load_text(tmp_path, text, "vac2")
    spans = {a.name: str(a.span) for a in ts.assumes}
    prop = ts.properties[0]
    r = bmc.check(ts, prop, BMC_DEPTH, TIMEOUT, base_fields(ts, prop, module.sources))
    assert r.verdict is Verdict.VACUOUS
    assert spans["a"] in r.reason and spans["b"] in r.reason
    assert spans["z"] not in r.reason, r.reason


# ---- the seed specs through the command line ----------------------------------

GOLDEN = {
    ("perf_metrics_v4", "p1_p2_no_host_data_to_guest"): "VIOLATED",
    ("perf_metrics_v4", "p1_rdpmc_passthrough_needs_matching_pmu"): "VIOLATED",
    ("perf_metrics_v4", "p13_global_ctrl_passthrough_sound"): "VIOLATED",
    ("perf_metrics_v4", "p4_no_guest_metrics_after_put"): "VIOLATED",
    ("perf_metrics_v4", "p4_put_clears_metrics"): "PROVED",
    ("perf_metrics_v4", "p2_metrics_msr_passthrough_needs_cap"): "PROVED",
    ("perf_metrics_v4", "p5_load_restores_metrics"): "PROVED",
    ("perf_metrics_v4", "p17_no_metrics_access_without_cap"): "VIOLATED",
    ("perf_metrics_v4", "p16_perf_capabilities_controlled"): "PROVED",
    ("perf_metrics_v4", "metrics_guest_rdpmc_passthrough"): "COVERED",
    ("perf_metrics_v4", "metrics_msr_passthrough"): "COVERED",
    ("perf_metrics_v4", "metrics_saved_at_put"): "COVERED",
    ("perf_metrics_fix", "p1_p2_no_host_data_to_guest"): "PROVED",
    ("perf_metrics_fix", "p1_rdpmc_passthrough_needs_matching_pmu"): "PROVED",
    ("perf_metrics_fix", "p13_global_ctrl_passthrough_sound"): "PROVED",
    ("perf_metrics_fix", "p4_no_guest_metrics_after_put"): "PROVED",
    ("perf_metrics_fix", "p4_put_clears_metrics"): "PROVED",
    ("perf_metrics_fix", "p2_metrics_msr_passthrough_needs_cap"): "PROVED",
    ("perf_metrics_fix", "p5_load_restores_metrics"): "PROVED",
    ("perf_metrics_fix", "p17_no_metrics_access_without_cap"): "PROVED",
    ("perf_metrics_fix", "p16_perf_capabilities_controlled"): "PROVED",
    ("perf_metrics_fix", "metrics_guest_rdpmc_passthrough"): "COVERED",
    ("perf_metrics_fix", "metrics_msr_passthrough"): "COVERED",
    ("perf_metrics_fix", "metrics_saved_at_put"): "COVERED",
}


@dataclass
class Run:
    code: int
    out: str
    err: str


def _cli(argv: list, cwd: Path) -> Run:
    out, err = io.StringIO(), io.StringIO()
    old = os.getcwd()
    os.chdir(cwd)
    try:
        code = main(argv, out, err)
    finally:
        os.chdir(old)
    return Run(code, out.getvalue(), err.getvalue())


def _summary(out: str) -> dict:
    """(spec, property) -> (verdict, engine, depth, result) from the table.
    A row whose name does not fit the line width has it on the next line."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("VERDICT "))
    rows = {}
    pending = None
    for line in lines[start + 1:]:
        if not line.strip():
            break
        fields = line.split()
        if pending is not None:
            assert len(fields) == 1 and line.startswith(" "), line
            fields, pending = pending + fields, None
        elif len(fields) == 4:
            pending = fields
            continue
        verdict, engine, depth, result, name = fields
        spec, prop = name.split(".", 1)
        assert (spec, prop) not in rows, f"duplicate row {name}"
        rows[(spec, prop)] = (verdict, engine, int(depth), result)
    assert pending is None
    return rows


def _section(out: str, path_part: str, verdict: str, prop: str) -> str:
    """The detail story of one result."""
    # The header may be wrapped after the verdict.
    pat = re.compile(rf"^\S*{re.escape(path_part)}:\d+:\d+: {verdict}\s+{prop}$", re.M)
    m = pat.search(out)
    assert m, f"no {verdict} story for {prop} in\n{out}"
    nxt = re.compile(r"^\S+\.vpmu:\d+:\d+: [A-Z]+|^\d+ propert", re.M).search(out, m.end())
    return out[m.start():nxt.start() if nxt else len(out)]


CHECK_ARGS = ["--no-timing", "-j", "2"]
# The two PERF_METRICS seed specs, named explicitly: the other spec
# families under specs/ (and specs/intel/) have their own tests, and would
# make these runs minutes long.
SEED_SPECS = {"v4": "specs/intel/perf_metrics_v4.vpmu",
              "fix": "specs/intel/perf_metrics_fix.vpmu"}


@pytest.fixture(scope="module")
def seed_runs(tmp_path_factory) -> dict:
    """`check` of each PERF_METRICS seed spec (one run per file, so that
    the V4 run can be compared with a run of an edited copy)."""
    # An empty proofs directory: certificates left in ./proofs by someone
    # else must not change the engine column.
    proofs = tmp_path_factory.mktemp("no_proofs")
    return {name: _cli(["check", path, *CHECK_ARGS, "--proofs", str(proofs)], ROOT)
            for name, path in SEED_SPECS.items()}


def test_seed_specs_golden_verdicts(seed_runs):
    rows = {}
    for run in seed_runs.values():
        assert run.code == 0, run.out + run.err
        assert "Traceback" not in run.out + run.err
        rows.update(_summary(run.out))
    assert {k: v[0] for k, v in rows.items()} == GOLDEN
    assert all(v[3] == "ok" for v in rows.values()), rows
    assert "12 properties: 3 COVERED, 4 PROVED, 5 VIOLATED; 0 not as expected" \
        in seed_runs["v4"].out
    assert "12 properties: 3 COVERED, 9 PROVED; 0 not as expected" in seed_runs["fix"].out


def test_seed_v4_leak_trace_is_the_metrics_rdpmc(seed_runs):
    out = seed_runs["v4"].out
    verdict, engine, depth, _ = _summary(out)[("perf_metrics_v4", "p1_p2_no_host_data_to_guest")]
    assert verdict == "VIOLATED"
    story = _section(out, "perf_metrics_v4.vpmu", "VIOLATED", "p1_p2_no_host_data_to_guest")
    steps = re.split(r"\n(?=  Step \d+: )", story)[1:]
    assert len(steps) == depth
    rdpmc = [s for s in steps if re.match(r"  Step \d+: guest_rdpmc ", s)]
    assert rdpmc, story
    last = steps[-1]
    assert last in rdpmc, "the leak happens at the guest's RDPMC"
    assert "ecx = 0x20000000" in last, last
    assert "does not exit" in last, last
    assert "<-- the property breaks here" in last, last


def test_dropping_expect_violated_fails_the_run_and_nothing_else_changes(seed_runs, tmp_path):
    """Delete `expect violated` of V4's no_host_data_to_guest in a copy of
    specs/ (keeping the line, so no span moves): the exit code becomes 1,
    and the report differs from the seed run only where that expectation
    is printed.  So this also shows that two runs of the default pipeline
    pick the same verdicts, engines, depths and traces."""
    root = tmp_path / "copy"
    shutil.copytree(SPECS, root / "specs")
    v4 = root / SEED_SPECS["v4"]
    text = v4.read_text()
    old = "property p1_p2_no_host_data_to_guest: never guest observes @host\n  expect violated\n"
    assert text.count(old) == 1
    v4.write_text(text.replace(old, old.replace("  expect violated", "")))
    proofs = tmp_path / "no_proofs"
    proofs.mkdir()
    run = _cli(["check", SEED_SPECS["v4"], *CHECK_ARGS, "--proofs", str(proofs)], root)
    assert run.code == 1, run.out + run.err
    rows = _summary(run.out)
    assert rows[("perf_metrics_v4", "p1_p2_no_host_data_to_guest")][::3] == ("VIOLATED", "UNEXPECTED")
    assert all(v[3] == "ok" for k, v in rows.items()
               if k != ("perf_metrics_v4", "p1_p2_no_host_data_to_guest")), rows

    before, after = seed_runs["v4"].out.splitlines(), run.out.splitlines()
    assert len(before) == len(after)
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    assert len(changed) == 3, changed
    row, header, tally = changed
    assert row[0].split()[:3] == row[1].split()[:3] == ["VIOLATED", "bmc", "4"], row
    assert row[0].split()[3:4] == ["ok"] and row[1].split()[3:4] == ["UNEXPECTED"], row
    assert "expected violated: ok" in header[0] and "expected proved: unexpected" in header[1]
    assert "0 not as expected" in tally[0] and "1 not as expected" in tally[1]


def test_report_is_byte_identical_between_runs(random_systems, tmp_path):
    """Two runs of the default pipeline with --no-timing print the same
    bytes, traces included (on three random systems, so it is cheap; the
    seed specs are compared across runs above)."""
    specs = tmp_path / "specs"
    specs.mkdir()
    for seed in range(3):
        rs = random_systems(seed)
        gen = SpecGen(seed)
        gen.spec(f"rnd{seed}")
        chosen = {p.name for p in rs.props}
        lines = [c for c in gen.candidates if re.split(r"[ :]+", c)[1] in chosen]
        assert len(lines) == len(chosen)
        (specs / f"rnd{seed}.vpmu").write_text(gen.core + "\n".join(lines) + "\n")
    proofs = tmp_path / "no_proofs"
    proofs.mkdir()
    argv = ["check", "specs", "--depth", str(BMC_DEPTH), *CHECK_ARGS, "--proofs", str(proofs)]
    first = _cli(argv, tmp_path)
    second = _cli(argv, tmp_path)
    assert first.out == second.out
    assert first.code == second.code
    verdicts = {v[0] for v in _summary(first.out).values()}
    assert {"VIOLATED", "PROVED", "COVERED"} <= verdicts, first.out
    assert "  Step 1: " in first.out


def _agree_by_hand(module, ts, want: dict) -> None:
    """For specs the enumerator cannot take (32-bit MSR inputs): BMC to
    depth 8 finds each violation at the depth worked out by hand in `want`
    (None: none), and auto proves exactly the others."""
    for prop in ts.properties:
        base = base_fields(ts, prop, module.sources)
        r = bmc.check(ts, prop, 8, TIMEOUT, base)
        assert r.verdict is (Verdict.BOUNDED if want[prop.name] is None else Verdict.VIOLATED)
        assert r.depth == (8 if want[prop.name] is None else want[prop.name]), prop.name
        a = auto.check(ts, prop, BMC_DEPTH, TIMEOUT, base, auto.ProofStore(None))
        assert a.verdict is (Verdict.PROVED if want[prop.name] is None else Verdict.VIOLATED), \
            (prop.name, a.verdict, a.reason)


ACCESS_EVENTS_SPEC = """\
spec acc
domain host, guest
const MSR_A = 0x10
const MSR_B = 0x11
var open_a: bool = false
var hw: bv8 = any @host
action open { open_a := true }
action guest_rdmsr(msr: bv32) {
  if intercepted(rdmsr, msr) { skip } else { observe guest: hw }
}
action guest_rdpmc { if !intercepted(rdpmc) { observe guest: hw } }
intercept rdmsr MSR_A unless open_a
property a_exits_until_open: invariant passed(rdmsr, MSR_A) ==> open_a
property b_always_exits: invariant !passed(rdmsr, MSR_B)
property rdpmc_exits: invariant !passed(rdpmc)
property some_pass: invariant !passed(rdmsr)
property exit_seen: invariant !exited(rdmsr, MSR_A)
property leak_needs_pass: invariant observed(guest) ==> passed(rdmsr) || passed(rdpmc)
"""


def test_exit_and_passthrough_events(tmp_path):
    """exited/passed are raised by the branch an `if intercepted(...)` takes
    (the enumerator has no intercept queries, so BMC's shortest depths and
    auto's proofs are held to what the rules allow, by hand): MSR_A passes
    only once opened, MSR_B and RDPMC never (no rule: always intercepted),
    an RDMSR of MSR_A exits in one step, and every observation follows a
    passed access."""
    module, ts = _load_text(tmp_path, ACCESS_EVENTS_SPEC, "acc")
    want = {"a_exits_until_open": None, "b_always_exits": None, "rdpmc_exits": None,
            "some_pass": 2, "exit_seen": 1, "leak_needs_pass": None}
    _agree_by_hand(module, ts, want)


RETURNS_SPEC = """\
spec ret
domain host, guest
const WIDTH_MASK: bv3 = 3
var ctr: bv3 = 0
var saved: bv3 = 0
var hw: bv3 = 5 @host
// A helper that writes state and returns a value read after its write.
proc pmc_read_counter(bump: bool) -> bv3 {
  if bump { ctr := ctr + 1 }
  let c = ctr & WIDTH_MASK
  return c
}
proc host_value() -> bv3 { return hw }
action rd(b: bool) {
  let v = call pmc_read_counter(b)
  saved := v
  observe guest: v
}
action save_twice {
  saved := call pmc_read_counter(true)
  saved := call pmc_read_counter(true)
}
action leak { let h = call host_value()  observe guest: h }
action drop_value { call pmc_read_counter(true) }
property saved_in_width: invariant saved <= WIDTH_MASK
property saved_not_two: invariant saved != 2
property ctr_below_four: invariant ctr < 4
property no_leak: never guest observes @host
"""


def test_returned_values_against_the_enumerator(tmp_path):
    """Procedures declared `-> T` (their value is the `return` expression,
    read after the body's writes): the enumerator's shortest depths are
    BMC's, and auto proves exactly what holds.  save_twice bumps twice in
    one step, so saved == 2 after one step; ctr reaches 4 after two
    save_twice; the masked value never exceeds the mask; returning the
    host-owned register keeps its owner, so `leak` leaks in one step."""
    module, ts = _load_text(tmp_path, RETURNS_SPEC, "ret")
    want = {"saved_in_width": None, "saved_not_two": 1, "ctr_below_four": 2,
            "no_leak": 1}
    _agree_with_enumerator(module, ts, want)


ACCEPTED_SPEC = """\
spec acc
domain host, guest
const MSR_CTL = 0x38d
const MSR_OTHER = 0x38e
var ctl: bv4 = 0
var open_ctl: bool = false
action open { open_ctl := true }
action guest_wrmsr(msr: bv32, data: bv4) {
  if intercepted(wrmsr, msr) {
    if data > 3 { fault GP }       // reserved bits
    if msr == MSR_CTL { ctl := data }
    accept wrmsr msr
  } else {
    if msr == MSR_CTL { ctl := data }
  }
}
action exit_only { if intercepted(wrmsr, MSR_CTL) { skip } }    // handled later
intercept wrmsr MSR_CTL unless open_ctl
property exit_is_not_acceptance: invariant !(exited(wrmsr, MSR_CTL) && !faulted() && !accepted(wrmsr))
property accepted_in_range: invariant accepted(wrmsr, MSR_CTL) && exited(wrmsr, MSR_CTL) ==> ctl <= 3
property accepted_any: invariant !accepted(wrmsr)
property rejected_is_exit: invariant took(guest_wrmsr) && exited(wrmsr, MSR_CTL) && !accepted(wrmsr, MSR_CTL) ==> faulted(GP)
property never_wide: invariant ctl <= 3
property other_never_accepted: invariant !accepted(wrmsr, MSR_OTHER)
"""


def test_accepted_writes(tmp_path):
    """accepted(wrmsr, MSR) is an `accept wrmsr e` (e == MSR) or a
    passthrough in a step that did not fault (depths by hand, checked by
    BMC and auto).  Every accepted intercepted write is in range; a
    rejected one faulted; a passed-through write can store a wide value
    after open (2 steps); MSR_OTHER has no rule, so a write to it exits
    and is accepted in one step; an exit whose handler has not run yet
    (exit_only) is not an acceptance."""
    module, ts = _load_text(tmp_path, ACCEPTED_SPEC, "acc")
    want = {"exit_is_not_acceptance": 1, "accepted_in_range": None, "accepted_any": 1,
            "rejected_is_exit": None, "never_wide": 2, "other_never_accepted": 1}
    _agree_by_hand(module, ts, want)


SETTABLE_SPEC = """\
spec cfg
domain host, guest
config host_nr: bv3
assume host_small: host_nr <= 6
config nr: bv3 settable
assume nr_fits: nr <= host_nr
var has_run: bool = false
var sized_for: bv3 = nr          // what the last refresh computed from
var ctr: bv2 = 0
reconfigure set_cpuid(nr) when !has_run { sized_for := nr }
action run { has_run := true }
action count when has_run && nr > 2 { ctr := ctr + 1 }
property nr_within_host: invariant nr <= host_nr
property refresh_follows: invariant sized_for == nr
property frozen_after_run: invariant !(once(took(run)) && took(set_cpuid))
property not_six: invariant nr != 6
property never_counts_three: invariant ctr != 3
property set_twice: invariant !(took(set_cpuid) && prev(once(took(set_cpuid))))
"""


def test_settable_config_against_the_enumerator(tmp_path):
    """A settable config (`config nr: bv3 settable`, changed by
    `reconfigure set_cpuid(nr)` until the first run): the assumes hold of
    every value it takes, the refresh follows each change, nothing changes
    after run; nr == 6 holds at once for some configuration (depth 0);
    counting needs nr > 2, reachable only by a configuration, so three
    counts take run + 3 steps; two reconfigurations take two steps."""
    module, ts = _load_text(tmp_path, SETTABLE_SPEC, "cfg")
    want = {"nr_within_host": None, "refresh_follows": None, "frozen_after_run": None,
            "not_six": 0, "never_counts_three": 4, "set_twice": 2}
    _agree_with_enumerator(module, ts, want)


RANGES_SPEC = """\
spec rng
domain host, guest
const MSR_CTR0 = 0xc1
const MSR_CTL = 0x38d
const MSR_CTR1 = 0xc2
const MSR_CTR2 = 0xc3
config nr: bv2
assume some: nr >= 1 && nr <= 2
var ctr: bv2[3] = 0 @guest
var hw: bv2[3] = any @host
var ctl: bv2 = 0
var loaded: bool = false
intercept rdmsr MSR_CTR0 + i for i in 0..3 unless loaded && i < nr
intercept wrmsr MSR_CTL when true
action load { loaded := true  for i in 0..3 { if i < nr { hw[i] := ctr[i] } } }
action put { loaded := false }
action guest_rdmsr(idx: bv2) {
  let msr = MSR_CTR0 + zext(idx, 32)
  if intercepted(rdmsr, msr) {
    if idx >= zext(nr, 2) { fault GP }
    observe guest: ctr[idx]
  } else {
    observe guest: hw[idx]
  }
}
action guest_wrctl(d: bv2) {
  if intercepted(wrmsr, MSR_CTL) { if d == 3 { fault GP } ctl := d  accept wrmsr MSR_CTL }
}
action count(idx: bv2) when loaded { hw[idx] := hw[idx] + 1 }
property no_host_data: never guest observes @host
property ctr2_never_passes: invariant !passed(rdmsr, MSR_CTR2)
property passes_only_loaded: invariant passed(rdmsr) ==> loaded
property ctl_accepted_in_range: invariant accepted(wrmsr, MSR_CTL) ==> ctl != 3
property ctl_rejected: invariant !(exited(wrmsr, MSR_CTL) && !accepted(wrmsr))
property read_past_end_faults: invariant !faulted(GP)
cover ctr1_passes: passed(rdmsr, MSR_CTR1)
"""


def test_msr_ranges_arrays_and_access_events_against_the_enumerator(tmp_path):
    """Intercept rules over a range, arrays with a computed index (past the
    end included), and exited/passed/accepted, on the enumerator too: only
    counters below nr pass, and only while loaded (load, read: 2 steps);
    counter 2 never passes (nr <= 2); load copies the guest's counters, so
    the hardware holds no host data where the guest can read it; a
    rejected WRMSR of CTL faults; an intercepted read at or past nr faults
    at once."""
    module, ts = _load_text(tmp_path, RANGES_SPEC, "rng")
    want = {"no_host_data": None, "ctr2_never_passes": None, "passes_only_loaded": None,
            "ctl_accepted_in_range": None, "ctl_rejected": 1, "read_past_end_faults": 1,
            "ctr1_passes": 2}
    _agree_with_enumerator(module, ts, want)
