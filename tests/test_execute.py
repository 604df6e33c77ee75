"""The concrete executor (vpmu_formal/execute.py) against the Z3 replay.

(a) Every shipped witness under proofs/ replays to the very Trace that
    bmc.replay builds from a Z3 model pinned to it.
(b) Tampered witnesses do not replay: an input that makes the guard
    false, a missing, an extra or a too wide symbol, an action index out
    of range, an enum out of its members, an initial state off its init,
    a run after which the property holds.
(c) Random small systems (tests/enumerator.py's SpecGen): every
    counterexample BMC finds, extracted by witness_of, replays to BMC's
    own trace.
(d) Random in-range mutations of shipped witnesses: the executor and
    bmc.replay agree, Trace for Trace or both None.  This reaches the
    parts of the language the random systems do not (arrays, enums,
    intercept queries, faults) on the real specs.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from enumerator import SpecGen  # noqa: E402

from vpmu_formal import execute, ir, slicing  # noqa: E402
from vpmu_formal.check import base_fields, load_all, load_one  # noqa: E402
from vpmu_formal.encode import MONITOR_PREFIX, _havocs  # noqa: E402
from vpmu_formal.engines import auto, bmc  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WITNESSES = sorted((ROOT / "proofs").glob("*/*.witness.json"))
TIMEOUT = 60.0
SCALE = int(os.environ.get("VPMU_FUZZ_SCALE", "1"))


@pytest.fixture(scope="module")
def shipped():
    """spec name -> (system, sources), for every shipped spec."""
    loaded = load_all([str(ROOT / "specs")])
    assert not loaded.errors, [str(e) for e, _ in loaded.errors]
    return {ts.name: (ts, sources) for ts, sources in loaded.systems}


def _witness(shipped, path: Path):
    """(system, property, base fields, witness data) of a shipped witness
    (proofs/<spec>/<property>.witness.json)."""
    ts, sources = shipped[path.parent.name]
    name = path.name[:-len(".witness.json")]
    prop = next((p for p in ts.properties if p.name == name), None)
    if prop is None:
        # A proof's trigger (auto.trigger_of), checked in its own system, or
        # the cover of an event it reads (auto.event_covers).
        checks = [t for t in map(auto.trigger_of, ts.properties) if t is not None]
        checks += [c for p in ts.properties for c in auto.event_covers(p)]
        prop = next(t for t in checks if t.name == name)
        ts = auto.trigger_system(ts, prop)
    data = json.loads(path.read_text())
    return ts, prop, base_fields(ts, prop, sources), data


def _z3_trace(ts, prop, base, symbols, k):
    # bmc.replay directly, not auto._replay: the saved keys name the Z3
    # version that wrote them, which need not be the one installed.
    r = bmc.replay(ts, prop, symbols, k, TIMEOUT, base)
    return None if r is None else r.trace


def _exec(ts, prop, symbols, k):
    return execute.replay(ts, prop, slicing.compute(ts, prop), symbols, k)


# ---- (a) every shipped witness ------------------------------------------------

def test_there_are_shipped_witnesses():
    assert len(WITNESSES) >= 100, WITNESSES


@pytest.mark.parametrize("path", WITNESSES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_shipped_witness_replays_to_the_z3_trace(shipped, path):
    ts, prop, base, data = _witness(shipped, path)
    want = _z3_trace(ts, prop, base, data["symbols"], data["depth"])
    assert want is not None, f"{path} does not replay under Z3 either"
    got = _exec(ts, prop, data["symbols"], data["depth"])
    assert got == want


# ---- (b) tampered witnesses -----------------------------------------------------

SMALL = """
spec small
domain host, guest
enum mode { off, on, busy }
config c: bv2
assume ca: c != 3
var x: bv8 = 0
var m: mode = off
var arr: bv4[3] = 0
var leak: bv8 = 0 @host
action put(v: bv8 @guest, i: bv2) when v < 10 {
    x := x + v
    arr[i] := v[3:0]
}
action toggle(n: mode) when n != busy {
    m := n
    leak := any @host
}
action show() {
    observe guest: leak
}
property small_x: invariant x < 15
property small_leak: never guest observes @host
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("execute") / "small.vpmu"
    path.write_text(SMALL)
    module, ts, err = load_one(str(path))
    assert err is None, err and str(err[0])
    out = {}
    for prop in ts.properties:
        found = []
        r = bmc.check(ts, prop, 6, TIMEOUT, base_fields(ts, prop, module.sources),
                      witness_sink=lambda w, k: found.append((w, k)))
        assert r.trace is not None and found, (prop.name, r.verdict)
        out[prop.name] = (ts, prop, base_fields(ts, prop, module.sources), *found[0])
    return out


def _step_of(ts, witness: dict, action: str) -> int:
    names = [a.name for a in ts.actions]
    return next(i for i in range(len(names)) if witness.get(f"acts{i}") == names.index(action))


def test_small_witnesses_replay(small):
    for ts, prop, base, w, k in small.values():
        got = _exec(ts, prop, w, k)
        assert got is not None and got == _z3_trace(ts, prop, base, w, k)


def _tampered(small, name, change):
    ts, prop, base, w, k = small[name]
    w = dict(w)
    change(ts, w)
    return ts, prop, base, w, k


def _assert_rejected(small, name, change, z3_agrees=True):
    ts, prop, base, w, k = _tampered(small, name, change)
    assert _exec(ts, prop, w, k) is None
    if z3_agrees:
        assert _z3_trace(ts, prop, base, w, k) is None


def test_input_breaking_the_guard_is_rejected(small):
    def change(ts, w):
        i = _step_of(ts, w, "put")
        w[f"ins{i}.put.v"] = 200          # the guard wants v < 10
    _assert_rejected(small, "small_x", change)


def test_the_other_actions_inputs_are_free(small):
    """An input of an action the step did not run changes nothing."""
    ts, prop, base, w, k = _tampered(
        small, "small_x", lambda ts, w: w.__setitem__(
            f"ins{_step_of(ts, w, 'put')}.toggle.n", 1))
    got = _exec(ts, prop, w, k)
    assert got is not None and got == _z3_trace(ts, prop, base, w, k)


def test_missing_symbol_is_rejected(small):
    # Z3 would fill a missing symbol in; a witness always has them all, so
    # one without is stale.
    _assert_rejected(small, "small_x", lambda ts, w: w.pop("cfg.c"), z3_agrees=False)


def test_extra_symbol_is_rejected(small):
    _assert_rejected(small, "small_x", lambda ts, w: w.__setitem__("s0.nonexistent", 0))


def test_extra_step_symbol_is_rejected(small):
    def change(ts, w):
        k = small["small_x"][4]
        w[f"acts{k}"] = 0
    _assert_rejected(small, "small_x", change)


def test_too_wide_value_is_rejected(small):
    # bmc.replay would take 256 modulo 2^8; the executor refuses it.
    def change(ts, w):
        i = _step_of(ts, w, "put")
        w[f"ins{i}.put.v"] = w[f"ins{i}.put.v"] + 256
    _assert_rejected(small, "small_x", change, z3_agrees=False)


@pytest.mark.parametrize("bad", [-1, 1.0, "1", None, True])
def test_non_integer_or_negative_value_is_rejected(small, bad):
    _assert_rejected(small, "small_x", lambda ts, w: w.__setitem__("cfg.c", bad),
                     z3_agrees=False)


def test_action_index_out_of_range_is_rejected(small):
    _assert_rejected(small, "small_x", lambda ts, w: w.__setitem__("acts0", 3))


def test_enum_input_out_of_its_members_is_rejected(small):
    # mode has 3 members in 2 bits: 3 fits the bits, not the enum; it is
    # rejected even as an input of an action the step did not run.
    _assert_rejected(small, "small_x", lambda ts, w: w.__setitem__("ins0.toggle.n", 3))


def test_assume_violated_is_rejected(small):
    _assert_rejected(small, "small_x", lambda ts, w: w.__setitem__("cfg.c", 3))


def test_initial_state_off_its_init_is_rejected(small):
    _assert_rejected(small, "small_x", lambda ts, w: w.__setitem__("s0.x", 1))


def test_initial_label_off_its_init_is_rejected(small):
    ts, prop, base, w, k = small["small_leak"]
    labels = [s for s in w if s.startswith("s0.") and "@" in s]
    assert labels, sorted(w)
    _assert_rejected(small, "small_leak", lambda ts, w: w.__setitem__(labels[0],
                                                                        1 - w[labels[0]]))


def test_property_holding_at_k_is_rejected(small):
    ts, prop, base, w, k = small["small_x"]
    # One step short of the violation is not a counterexample of length k-1.
    last = k - 1
    short = {s: v for s, v in w.items()
             if s != f"acts{last}" and not s.startswith((f"ins{last}.", f"hvs{last}."))}
    assert len(short) < len(w)
    assert _exec(ts, prop, short, k - 1) is None
    assert _z3_trace(ts, prop, base, short, k - 1) is None


def test_wrong_depth_is_rejected(small):
    ts, prop, base, w, k = small["small_x"]
    assert _exec(ts, prop, w, k + 1) is None
    assert _exec(ts, prop, w, k - 1) is None


def test_shipped_witness_tampered_is_rejected(shipped):
    ts, prop, base, data = _witness(shipped, WITNESSES[0])
    w, k = data["symbols"], data["depth"]
    assert _exec(ts, prop, w, k) is not None
    name = sorted(w)[0]
    assert _exec(ts, prop, {s: v for s, v in w.items() if s != name}, k) is None
    assert _exec(ts, prop, {**w, "hvs0.nowhere.1": 0}, k) is None
    cfg = next(s for s in sorted(w) if s.startswith("cfg."))
    assert _exec(ts, prop, {**w, cfg: w[cfg] + (1 << 64)}, k) is None


# ---- (c) random small systems ------------------------------------------------

@pytest.fixture(scope="module")
def random_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("execute_random")


@settings(max_examples=12 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 10 ** 6))
def test_random_system_counterexamples_replay(random_dir, seed):
    text = SpecGen(seed).spec(f"rnd{seed}")
    path = random_dir / f"rnd{seed}.vpmu"
    path.write_text(text)
    module, ts, err = load_one(str(path))
    assert err is None, f"{err[0]}\n{text}"
    for prop in ts.properties:
        found = []
        r = bmc.check(ts, prop, 5, TIMEOUT, base_fields(ts, prop, module.sources),
                      witness_sink=lambda w, k: found.append((w, k)))
        if r.trace is None:
            continue
        w, k = found[0]
        assert _exec(ts, prop, w, k) == r.trace, f"seed {seed}, {prop.name}\n{text}"


# ---- (d) mutations of shipped witnesses -------------------------------------

def _width(ts: ir.TransitionSystem, symbol: str) -> int:
    """The bit width of a witness symbol (1 for a Boolean), from its name."""
    head, _, rest = symbol.partition(".")
    if head.startswith("acts"):
        return max(1, (len(ts.actions) - 1).bit_length())
    if "@" in rest or rest.startswith(MONITOR_PREFIX):
        return 1
    if head.startswith("ins") or head.startswith("hvs"):
        action, _, name = rest.partition(".")
        a = next(a for a in ts.actions if a.name == action)
        types = {i.name: i.type for i in a.inputs} if head.startswith("ins") \
            else {str(h.uid): h.type for h in _havocs(a.body)}
        t = types[name]
    else:
        variables = ts.configs if head == "cfg" else ts.state
        t = next(t for var in variables for n, i, t in ir.scalar_elems(var)
                 if ir.cell_name(n, i) == rest)
    return 1 if isinstance(t, ir.BoolT) else t.width


def _relevant(ts, w: dict, k: int) -> list:
    """The symbols a run reads: the config, the initial state, and per step
    the action index and the chosen action's inputs and `any` values (most
    of a witness is the inputs of the actions a step did not run)."""
    out = [s for s in sorted(w) if s.startswith(("cfg.", "s0.", "acts"))]
    for i in range(k):
        if w[f"acts{i}"] >= len(ts.actions):
            continue            # an earlier change made the index invalid
        a = ts.actions[w[f"acts{i}"]].name
        out += [s for s in sorted(w) if s.startswith((f"ins{i}.{a}.", f"hvs{i}.{a}."))]
    return out


@settings(max_examples=40 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mutated_shipped_witness_agrees_with_z3(shipped, data):
    path = data.draw(st.sampled_from(WITNESSES), label="witness")
    ts, prop, base, saved = _witness(shipped, path)
    w, k = dict(saved["symbols"]), saved["depth"]
    for _ in range(data.draw(st.integers(1, 2), label="changes")):
        sym = data.draw(st.sampled_from(_relevant(ts, w, k)), label="symbol")
        width = _width(ts, sym)
        how = data.draw(st.sampled_from(["bit", "any", "small"]), label="how")
        if how == "bit":
            w[sym] ^= 1 << data.draw(st.integers(0, width - 1), label="bit")
        elif how == "small":
            w[sym] = data.draw(st.integers(0, min(3, (1 << width) - 1)), label="value")
        else:
            w[sym] = data.draw(st.integers(0, (1 << width) - 1), label="value")
    assert _exec(ts, prop, w, k) == _z3_trace(ts, prop, base, w, k), (path, w)
