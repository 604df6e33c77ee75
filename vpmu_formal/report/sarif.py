"""SARIF 2.1.0 report, for code-scanning dashboards.

One SARIF result per finding: a `VIOLATED`, `VACUOUS`, `UNKNOWN` or
`ERROR` verdict, or any verdict not as its spec expects. Levels:

* `error`: not as expected (`MISMATCH`, e.g. a violation where a proof was
  expected; or `ERROR`);
* `warning`: inconclusive (`UNKNOWN`, `BOUNDED` where more was expected);
* `note`: as expected but still a finding (an `expect violated` property
  that is violated: a documented, known bug).

Each result is located at the property's declaration (the span's file,
which for a property inherited through `extends` is the parent spec's
file), with `properties.spec` / `properties.specPath` naming the spec it
was checked in. A counterexample or witness becomes a `codeFlow` with one
thread-flow location per trace step, at the step's action, whose message
describes the step (inputs, intercept decisions, faults, changes,
observations). Spans named in a `VACUOUS` reason (the conflicting
assumptions) become `relatedLocations`.

Rules: one per property name (`ruleId` = property name; a variant and
its parent share the rule), listed in `tool.driver.rules` for every
property checked, findings or not. Relative paths are given relative to
`%SRCROOT%` (the directory `check` ran in). Output is ASCII,
deterministic (no times, no dates), keys in a fixed order.
"""
from __future__ import annotations

import json
import os
from urllib.parse import quote

from ..results import Outcome, Result
from .common import is_finding, parse_span, spans_in, step_description

SARIF_SCHEMA = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                "sarif-schema-2.1.0.json")
SRCROOT = "%SRCROOT%"


def _artifact(path: str) -> dict:
    p = path.replace(os.sep, "/")
    if p.startswith("/"):
        return {"uri": "file://" + quote(p)}
    return {"uri": quote(p), "uriBaseId": SRCROOT}


def _physical(span: str):
    parsed = parse_span(span)
    if parsed is None:
        return None
    path, line, col = parsed
    return {"artifactLocation": _artifact(path),
            "region": {"startLine": line, "startColumn": col}}


def _location(span: str, message: str = "") -> dict:
    loc: dict = {}
    phys = _physical(span)
    if phys is not None:
        loc["physicalLocation"] = phys
    if message:
        loc["message"] = {"text": message}
    return loc


def level(r: Result) -> str:
    if r.outcome in (Outcome.MISMATCH, Outcome.ERROR):
        return "error"
    if r.outcome is Outcome.INCONCLUSIVE:
        return "warning"
    return "note"


def _message(r: Result) -> str:
    word = {Outcome.AS_EXPECTED: "as expected", Outcome.INCONCLUSIVE: "inconclusive",
            Outcome.MISMATCH: "not as expected", Outcome.ERROR: "tool error"}[r.outcome]
    text = (f"{r.verdict.value} {r.property} ({r.spec}): {r.statement}. "
            f"Expected {r.expect}: {word}.")
    if r.reason:
        text += f" {r.reason}"
    if r.trace is not None:
        noun = "Witness" if r.kind == "cover" else "Counterexample"
        text += f" {noun}: {len(r.trace.steps)} step(s), engine {r.engine}."
    elif r.depth:
        text += f" Engine {r.engine}, depth {r.depth}."
    return " ".join(text.split())


def _code_flow(r: Result) -> dict:
    tr = r.trace
    locations = []
    for st in tr.steps:
        tfl = {"location": _location(st.span, step_description(st, tr.names, r)),
               "executionOrder": st.index}
        locations.append(tfl)
    noun = "witness" if r.kind == "cover" else "counterexample"
    return {"message": {"text": f"{noun} for {r.property}, {len(tr.steps)} step(s)"},
            "threadFlows": [{"locations": locations}]}


def _rules(results: list[Result]) -> list[dict]:
    rules: dict[str, dict] = {}
    for r in results:
        if r.property in rules:
            continue
        rules[r.property] = {
            "id": r.property,
            "name": r.property,
            "shortDescription": {"text": r.statement},
            "fullDescription": {"text": f"{r.kind} {r.property}: {r.statement} "
                                        f"(declared at {r.span})"},
            "defaultConfiguration": {"level": "error"},
            "properties": {"kind": r.kind},
        }
    return [rules[k] for k in sorted(rules)]


def _result(r: Result, rule_index: dict[str, int]) -> dict:
    out: dict = {
        "ruleId": r.property,
        "ruleIndex": rule_index[r.property],
        "level": level(r),
        "kind": "fail",
        "message": {"text": _message(r)},
        "locations": [_location(r.span)],
    }
    related = [s for s in spans_in(r.declared) + spans_in(r.reason)
               if f"{s[0]}:{s[1]}:{s[2]}" != r.span]
    if related:
        out["relatedLocations"] = [
            dict(id=i, **_location(f"{p}:{line}:{col}", f"{p}:{line}:{col}"))
            for i, (p, line, col) in enumerate(related)]
    if r.trace is not None:
        out["codeFlows"] = [_code_flow(r)]
    out["partialFingerprints"] = {"vpmuProperty/v1": f"{r.spec}/{r.property}"}
    out["properties"] = {
        "spec": r.spec,
        "specPath": r.spec_path,
        "verdict": r.verdict.value,
        "expect": r.expect,
        "outcome": r.outcome.name,
        "engine": r.engine,
        "depth": r.depth,
    }
    return out


def render_sarif(results: list[Result], tool_version: str) -> str:
    rules = _rules(results)
    rule_index = {rule["id"]: i for i, rule in enumerate(rules)}
    findings = [_result(r, rule_index) for r in results if is_finding(r)]
    run = {
        "tool": {"driver": {
            "name": "vpmu-formal",
            "version": tool_version,
            "rules": rules,
        }},
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful":
                         all(r.outcome is not Outcome.ERROR for r in results)}],
        "results": findings,
    }
    doc = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, indent=2, ensure_ascii=True) + "\n"
