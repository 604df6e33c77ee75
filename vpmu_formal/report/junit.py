"""JUnit XML report: one `<testsuite>` per spec, one `<testcase>` per
property (`classname` = spec, `name` = property), for CI test dashboards.

How outcomes map (the schema is the common Jenkins/Ant one, see
tests/golden/junit.xsd):

* as expected (`PROVED`, an expected `VIOLATED`, `COVERED`, ...): a passing
  test case; when it has a story (a trace, `BOUNDED`), the text report's
  details are in its `<system-out>`.
* `MISMATCH` (e.g. `VIOLATED` where a proof was expected, `VACUOUS`):
  `<failure type="MISMATCH">`, text = the text report's details.
* `ERROR`: `<error type="ERROR">`, text = the details.
* `INCONCLUSIVE` (`UNKNOWN`, or `BOUNDED` where more was expected):
  `<skipped>`, text = the details. Inconclusive is neither a pass nor a
  contradiction; dashboards show skipped tests apart from failures, and
  the CLI's exit code 3 still fails the job.

`time` attributes are written only with `timing=True`; without them the
output is byte-identical between runs. Output is ASCII (other characters
as character references).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..results import Outcome, Result
from . import text
from .common import has_story

_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(s: str) -> str:
    return _BAD_XML.sub("?", s)


def _details(r: Result, timing: bool) -> str:
    return _clean("\n".join(text.details(r, timing)) + "\n")


def _message(r: Result) -> str:
    msg = f"{r.verdict.value} where {r.expect} was expected"
    if r.reason:
        msg += f": {r.reason}"
    return _clean(" ".join(msg.split()))


def _counts(results: list[Result]) -> dict[str, str]:
    return {
        "tests": str(len(results)),
        "failures": str(sum(1 for r in results if r.outcome is Outcome.MISMATCH)),
        "errors": str(sum(1 for r in results if r.outcome is Outcome.ERROR)),
        "skipped": str(sum(1 for r in results if r.outcome is Outcome.INCONCLUSIVE)),
    }


def _time(results: list[Result]) -> str:
    return f"{sum(r.seconds for r in results):.3f}"


def render_junit(results: list[Result], timing: bool) -> str:
    # <testsuites> has no `skipped` attribute in the Jenkins schema.
    totals = {k: v for k, v in _counts(results).items() if k != "skipped"}
    root = ET.Element("testsuites", {"name": "vpmu-formal", **totals})
    if timing:
        root.set("time", _time(results))
    specs: dict[str, list[Result]] = {}
    for r in results:
        specs.setdefault(r.spec, []).append(r)
    for spec, rs in specs.items():
        suite = ET.SubElement(root, "testsuite", {"name": spec, **_counts(rs)})
        if timing:
            suite.set("time", _time(rs))
        props = ET.SubElement(suite, "properties")
        ET.SubElement(props, "property", {"name": "spec_path", "value": rs[0].spec_path})
        if rs[0].spec_title:
            ET.SubElement(props, "property", {"name": "spec_title",
                                              "value": _clean(rs[0].spec_title)})
        for r in rs:
            case = ET.SubElement(suite, "testcase", {"name": r.property, "classname": spec})
            if timing:
                case.set("time", f"{r.seconds:.3f}")
            tag = {Outcome.MISMATCH: "failure", Outcome.ERROR: "error",
                   Outcome.INCONCLUSIVE: "skipped"}.get(r.outcome)
            if tag is not None:
                el = ET.SubElement(case, tag, {"message": _message(r)})
                if tag != "skipped":
                    el.set("type", r.outcome.name)
                el.text = _details(r, timing)
            elif has_story(r):
                ET.SubElement(case, "system-out").text = _details(r, timing)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="us-ascii", xml_declaration=False).decode("ascii")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
