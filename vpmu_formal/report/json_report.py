"""JSON report: every property (passing ones too) with its verdict and,
where there is one, its trace, in a documented and versioned schema.

The schema is `SCHEMA` below (JSON Schema draft 2020-12); a report names
it in `"$schema"` and `"format"`. Version `vpmu-formal-report-1`. A change
that removes or retypes a field gets a new version; new optional fields
may be added within a version only where the schema allows them (objects
here are closed, so in practice: a new version).

Values are given four ways: `value` (an integer: bools are 0/1, enums are
member indices), `hex` (zero-padded to the type's width, for consumers
whose numbers are doubles), `text` (exactly as the text report prints it,
decoded fields and owner labels included) and, decoded, `member` (enum
member name), `fields` (every bit-field of the register's layout) and
`labels` (the domains whose data the value may carry). A value the
checker sliced away (the property never reads it) has `known: false` and
`value`/`hex` null: any value fits the trace.

With `timing=False`, `seconds` is null and two runs give byte-identical
output. Keys are sorted, indentation is 2 spaces, output is ASCII.
"""
from __future__ import annotations

import json
from typing import Optional

from .. import ir
from ..results import Outcome, Result, Shown, Trace, TraceStep
from . import values as V
from .common import breaks_here, hex_value, outcome_name, parse_span, reuse_counts, \
    type_name, type_width, verdict_counts

SCHEMA_VERSION = "vpmu-formal-report-1"
SCHEMA_ID = f"urn:vpmu-formal:schema:{SCHEMA_VERSION}"

_VERDICTS = ["PROVED", "COVERED", "UNREACHABLE", "VIOLATED", "BOUNDED", "VACUOUS",
             "UNKNOWN", "ERROR"]
_OUTCOMES = [o.name for o in Outcome]


def _obj(props: dict, required: Optional[list] = None, **extra) -> dict:
    return {"type": "object", "additionalProperties": False, "properties": props,
            "required": sorted(props) if required is None else required, **extra}


_STR = {"type": "string"}
_INT = {"type": "integer"}
_NSTR = {"type": ["string", "null"]}
_NINT = {"type": ["integer", "null"]}
_REF = {n: {"$ref": f"#/$defs/{n}"} for n in
        ("location", "value", "named_value", "step", "trace", "result")}

SCHEMA: dict = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": SCHEMA_ID,
    "title": "vpmu-formal check report",
    "description": ("Verdicts of `vpmu-formal check` for every property, with "
                    "counterexample / witness traces. Version " + SCHEMA_VERSION + "."),
    **_obj({
        "$schema": {"const": SCHEMA_ID, "description": "this schema's $id"},
        "format": {"const": SCHEMA_VERSION},
        "tool": _obj({
            "name": {"const": "vpmu-formal"},
            "version": _STR,
            "z3_version": _STR,
        }),
        "timing": {"type": "boolean",
                   "description": "false: every `seconds` is null (reproducible output)"},
        "summary": _obj({
            "properties": _INT,
            "verdicts": {"type": "object", "description": "count per verdict present",
                         "propertyNames": {"enum": _VERDICTS},
                         "additionalProperties": _INT},
            "outcomes": _obj({name: _INT for name in _OUTCOMES}),
            "not_as_expected": _INT,
            "reused": {"type": "integer", "minimum": 0,
                       "description": "results taken from saved certificates or "
                                      "witnesses (re-validated, replayed)"},
            "checked": {"type": "integer", "minimum": 0,
                        "description": "results searched for in this run"},
            "worst_outcome": {"enum": _OUTCOMES,
                              "description": "decides the exit code: AS_EXPECTED 0, "
                                             "MISMATCH 1, ERROR 2, INCONCLUSIVE 3"},
        }),
        "results": {"type": "array", "items": _REF["result"],
                    "description": "one per property, in the order checked"},
    }),
    "$defs": {
        "location": _obj({
            "span": {"type": "string", "description": "path:line:col as in the text report"},
            "path": _NSTR,
            "line": {"type": ["integer", "null"], "minimum": 1},
            "column": {"type": ["integer", "null"], "minimum": 1},
        }, description="a source position; path/line/column null when the span "
                       "names no source line"),
        "value": _obj({
            "type": {"type": "string", "description": "bool, bvN or the enum's name"},
            "width": {"type": "integer", "minimum": 1, "description": "bits"},
            "layout": {"type": ["string", "null"], "description": "bit-field layout name"},
            "known": {"type": "boolean",
                      "description": "false: sliced away, any value fits the trace"},
            "value": {"type": ["integer", "null"], "minimum": 0},
            "hex": {"type": ["string", "null"], "pattern": "^0x[0-9a-f]+$"},
            "member": {"type": ["string", "null"], "description": "enum member name"},
            "fields": {"type": "array", "items": _obj({
                "name": _STR, "hi": _INT, "lo": _INT, "value": _INT})},
            "labels": {"type": "array", "items": _STR,
                       "description": "domains whose data the value may carry"},
            "text": {"type": "string", "description": "as the text report shows it"},
        }),
        "named_value": _obj({"name": _STR, "value": _REF["value"]}),
        "step": _obj({
            "index": {"type": "integer", "minimum": 1},
            "action": _STR,
            "location": _REF["location"],
            "cites": _NSTR,
            "inputs": {"type": "array", "items": _obj({
                "name": _STR, "value": _REF["value"], "constant": _NSTR})},
            "intercepts": {"type": "array", "items": _obj({
                "access": {"enum": ["rdpmc", "rdmsr", "wrmsr"]},
                "msr": _NINT,
                "msr_hex": _NSTR,
                "msr_name": _NSTR,
                "exited": {"type": "boolean",
                           "description": "true: the access exits to KVM (intercepted)"},
                "rule_location": {"anyOf": [_REF["location"], {"type": "null"}],
                                  "description": "null: no rule, intercepted by default"},
                "rule_cites": _NSTR,
                "location": _REF["location"],
            })},
            "faults": {"type": "array", "items": _obj({
                "kind": _STR, "location": _REF["location"]})},
            "observations": {"type": "array", "items": _obj({
                "observer": _STR, "value": _REF["value"], "location": _REF["location"],
                "breaks_property": {"type": "boolean"}})},
            "changes": {"type": "array", "items": _obj({
                "cell": _STR, "old": _REF["value"], "new": _REF["value"],
                "ghost": {"const": True, "description": "present on ghost state and "
                          "event flags (`emitted(pmi)`), absent on machine state"}},
                required=["cell", "new", "old"])},
        }),
        "trace": _obj({
            "length": {"type": "integer", "minimum": 0},
            "config": {"type": "array", "items": _REF["named_value"]},
            "initial": {"type": "array", "items": _REF["named_value"],
                        "description": "every shown state cell before step 1"},
            "steps": {"type": "array", "items": _REF["step"]},
            "final": {"type": "array", "items": _REF["named_value"],
                      "description": "state the property reads, after the last step"},
            "constants": {"type": "array", "items": _obj({
                "name": _STR, "value": _INT, "hex": _STR})},
        }),
        "result": _obj({
            "spec": _STR,
            "spec_path": _STR,
            "spec_title": _STR,
            "property": _STR,
            "kind": {"enum": ["invariant", "never_observes", "cover"]},
            "location": _REF["location"],
            "declared": {"anyOf": [_REF["location"], {"type": "null"}],
                         "description": "where the property is written, when not in the "
                                        "spec's own file (inherited through extends, or from "
                                        "an included library); location is then the spec's "
                                        "header"},
            "statement": _STR,
            "verdict": {"enum": _VERDICTS},
            "expect": {"enum": ["proved", "violated", "bounded", "covered", "unreachable"]},
            "outcome": {"enum": _OUTCOMES},
            "as_expected": {"type": "boolean"},
            "engine": _STR,
            "depth": _INT,
            "seconds": {"type": ["number", "null"], "minimum": 0},
            "reason": _STR,
            "notes": {"type": "array", "items": _STR,
                      "description": "engine notes: lemmas used, certificate reuse, ..."},
            "observer": _NSTR,
            "label": _NSTR,
            "trace": {"anyOf": [_REF["trace"], {"type": "null"}]},
        }),
    },
}


def _location(span: Optional[str]) -> dict:
    parsed = parse_span(span)
    if parsed is None:
        return {"span": span or "", "path": None, "line": None, "column": None}
    path, line, col = parsed
    return {"span": span, "path": path, "line": line, "column": col}


def _value(v: Shown) -> dict:
    width = type_width(v.type)
    out = {
        "type": type_name(v.type),
        "width": width,
        "layout": v.layout.name if v.layout is not None else None,
        "known": v.known,
        "value": v.value if v.known else None,
        "hex": hex_value(v.value, width) if v.known else None,
        "member": None,
        "fields": [],
        "labels": list(v.labels),
        "text": V.with_fields(v),
    }
    if v.known and isinstance(v.type, ir.EnumT) and v.value < len(v.type.members):
        out["member"] = v.type.members[v.value]
    if v.known and v.layout is not None:
        out["fields"] = [{"name": n, "hi": hi, "lo": lo,
                          "value": (v.value >> lo) & ((1 << (hi - lo + 1)) - 1)}
                         for n, hi, lo in sorted(v.layout.fields, key=lambda f: f[2])]
    return out


def _named(pairs) -> list:
    return [{"name": n, "value": _value(v)} for n, v in pairs]


def _step(st: TraceStep, tr: Trace, r: Result) -> dict:
    return {
        "index": st.index,
        "action": st.action,
        "location": _location(st.span),
        "cites": st.cites,
        "inputs": [{"name": n, "value": _value(v),
                    "constant": V.msr_name(v.value, tr.names) if v.known else None}
                   for n, v in st.inputs],
        "intercepts": [{
            "access": ic.access,
            "msr": ic.msr,
            "msr_hex": hex(ic.msr) if ic.msr is not None else None,
            "msr_name": V.msr_name(ic.msr, tr.names) if ic.msr is not None else None,
            "exited": ic.exited,
            "rule_location": _location(ic.rule_span) if ic.rule_span else None,
            "rule_cites": ic.rule_cites,
            "location": _location(ic.span),
        } for ic in st.intercepts],
        "faults": [{"kind": k, "location": _location(s)} for k, s in st.faults],
        "observations": [{"observer": ob.observer, "value": _value(ob.value),
                          "location": _location(ob.span),
                          "breaks_property": breaks_here(r, ob)}
                         for ob in st.observations],
        "changes": [dict({"cell": c.cell, "old": _value(c.old), "new": _value(c.new)},
                         **({"ghost": True} if c.ghost else {}))
                    for c in st.changes],
    }


def _trace(tr: Trace, r: Result) -> dict:
    return {
        "length": len(tr.steps),
        "config": _named(tr.config),
        "initial": _named(tr.initial),
        "steps": [_step(st, tr, r) for st in tr.steps],
        "final": _named(tr.final),
        "constants": [{"name": n, "value": v, "hex": hex(v)} for v, n in tr.names],
    }


def result_json(r: Result, timing: bool) -> dict:
    """One result as a `#/$defs/result` object."""
    return {
        "spec": r.spec,
        "spec_path": r.spec_path,
        "spec_title": r.spec_title or "",
        "property": r.property,
        "kind": r.kind,
        "location": _location(r.span),
        "declared": _location(r.declared) if r.declared else None,
        "statement": r.statement,
        "verdict": r.verdict.value,
        "expect": r.expect,
        "outcome": outcome_name(r),
        "as_expected": r.outcome is Outcome.AS_EXPECTED,
        "engine": r.engine,
        "depth": r.depth,
        "seconds": round(r.seconds, 3) if timing else None,
        "reason": r.reason,
        "notes": list(r.notes),
        "observer": r.observer or None,
        "label": r.label or None,
        "trace": _trace(r.trace, r) if r.trace is not None else None,
    }


def render_json(results: list[Result], tool_version: str, z3_version: str,
                timing: bool) -> str:
    outcomes = {o.name: 0 for o in Outcome}
    for r in results:
        outcomes[r.outcome.name] += 1
    worst = max((r.outcome for r in results), default=Outcome.AS_EXPECTED)
    reused, checked = reuse_counts(results)
    doc = {
        "$schema": SCHEMA_ID,
        "format": SCHEMA_VERSION,
        "tool": {"name": "vpmu-formal", "version": tool_version, "z3_version": z3_version},
        "timing": bool(timing),
        "summary": {
            "properties": len(results),
            "verdicts": verdict_counts(results),
            "outcomes": outcomes,
            "not_as_expected": sum(1 for r in results if r.outcome is not Outcome.AS_EXPECTED),
            "reused": reused,
            "checked": checked,
            "worst_outcome": worst.name,
        },
        "results": [result_json(r, timing) for r in results],
    }
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=True) + "\n"
