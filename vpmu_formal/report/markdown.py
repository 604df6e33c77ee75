"""Markdown report: a summary table, then one section per result that the
text report tells a story about (everything except an expected `PROVED` /
`UNREACHABLE`), with the text report's details in a fenced block.

Meant for a pull-request comment or a CI job summary. ASCII and
deterministic (with `timing=False`, byte-identical between runs).
"""
from __future__ import annotations

from ..results import Outcome, Result
from . import text
from .common import ascii_text, has_story, reuse_tally, verdict_counts


def _cell(s: str) -> str:
    """Text for a table cell: no newlines, `|` escaped."""
    return ascii_text(" ".join(str(s).split())).replace("|", "\\|")


def _code(s: str) -> str:
    """Inline code that survives any backticks inside."""
    s = ascii_text(" ".join(str(s).split()))
    ticks = "`"
    while ticks in s:
        ticks += "`"
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return f"{ticks}{pad}{s}{pad}{ticks}"


def _fence(body: str) -> str:
    fence = "```"
    while fence in body:
        fence += "`"
    return fence


def _result_word(r: Result) -> str:
    word = text.outcome_word(r)
    return word if r.outcome is Outcome.AS_EXPECTED else f"**{word}**"


def render_markdown(results: list[Result], versions: str, timing: bool) -> str:
    out: list[str] = ["# vpmu-formal report", ""]
    if versions:
        out += [ascii_text(versions), ""]
    bad = sum(1 for r in results if r.outcome is not Outcome.AS_EXPECTED)
    if results:
        tally = ", ".join(f"{n} {v}" for v, n in verdict_counts(results).items())
        noun = "property" if len(results) == 1 else "properties"
        out += [f"{len(results)} {noun}: {tally}; {bad} not as expected; "
                f"{reuse_tally(results)}.", ""]
        head = "| Verdict | Result | Spec | Property | Engine | Depth |"
        rule = "|---|---|---|---|---|--:|"
        if timing:
            head += " Time (s) |"
            rule += "--:|"
        out += [head, rule]
        for r in results:
            row = (f"| {r.verdict.value} | {_result_word(r)} | {_cell(r.spec)} | "
                   f"{_cell(r.property)} | {_cell(r.engine)} | {r.depth} |")
            if timing:
                row += f" {r.seconds:.2f} |"
            out.append(row)
    else:
        out.append("No properties were checked.")
    for r in results:
        if not has_story(r):
            continue
        out += ["", f"## {_cell(r.spec)}.{_cell(r.property)}: {r.verdict.value}", ""]
        where = f" (declared at {_code(r.declared)})" if r.declared else ""
        out.append(f"{_code(r.statement)} at {_code(r.span)}{where}; expected "
                   f"{r.expect}: {_result_word(r)}.")
        body = ascii_text("\n".join(text.details(r, timing)))
        fence = _fence(body)
        out += ["", fence + "text", body, fence]
    return "\n".join(out) + "\n"
