"""`vpmu-formal coverage`: which indexed kernel functions the specs model.

A function is modelled when a spec element (action, procedure, intercept
rule) cites it.  For each function the report names those elements, the
specs that contain them (a library element counts in every spec that
includes or extends it) and the properties that depend on them (deps.py).
Lines are the function's lines in the indexed tree; a function known only
from the supplement has none and is counted apart.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from .specs import display_name

@dataclass
class FunctionCoverage:
    file: str
    name: str
    start: object
    end: object
    lines: int
    elements: list = field(default_factory=list)     # "kind name (path:line)"
    specs: list = field(default_factory=list)
    properties: list = field(default_factory=list)   # "spec.property"

    @property
    def modelled(self) -> bool:
        return bool(self.elements)


@dataclass
class FileSummary:
    path: str
    source: str
    functions: int = 0
    modelled: int = 0
    lines: int = 0
    modelled_lines: int = 0
    no_lines: int = 0          # supplement entries (no line numbers)


def compute(index, models) -> tuple:
    """(per-function coverage, per-file summaries), in index order."""
    per: dict = {}
    for f in index.functions:
        per[(f.file, f.name)] = FunctionCoverage(f.file, f.name, f.start, f.end, f.lines)
    for m in models:
        for e in m.elements:
            props = None
            for key in e.functions:
                fc = per.get(key)
                if fc is None:
                    continue
                label = f"{e.kind} {display_name(e.name)} ({e.path}:{e.span.line})"
                if label not in fc.elements:
                    fc.elements.append(label)
                if m.name not in fc.specs:
                    fc.specs.append(m.name)
                if props is None:
                    props = [f"{m.name}.{p}" for p in m.properties_of(e)]
                for p in props:
                    if p not in fc.properties:
                        fc.properties.append(p)
    for fc in per.values():
        fc.elements.sort()
        fc.specs.sort()
        fc.properties.sort()
    files: dict = {}
    for path, kf in sorted(index.files.items()):
        files[path] = FileSummary(path, kf.source)
    for fc in per.values():
        s = files[fc.file]
        s.functions += 1
        s.lines += fc.lines
        if fc.start is None:
            s.no_lines += 1
        if fc.modelled:
            s.modelled += 1
            s.modelled_lines += fc.lines
    return list(per.values()), list(files.values())


def _pct(a: int, b: int) -> str:
    return f"{100 * a // b}%" if b else "-"


def render_text(index, funcs, files, detail: bool = True) -> str:
    out = [f"Kernel index: {index.version}", ""]
    out.append(f"{'FILE':<30} {'FUNCS':>5} {'MOD':>4} {'NOT':>4} "
               f"{'LINES':>6} {'MOD.L':>6} {'%':>4}")
    tot = FileSummary("total", "")
    for s in files:
        out.append(f"{s.path.replace('arch/x86/kvm/', ''):<30} {s.functions:>5} "
                   f"{s.modelled:>4} {s.functions - s.modelled:>4} {s.lines:>6} "
                   f"{s.modelled_lines:>6} {_pct(s.modelled_lines, s.lines):>4}")
        for k in ("functions", "modelled", "lines", "modelled_lines", "no_lines"):
            setattr(tot, k, getattr(tot, k) + getattr(s, k))
    out.append(f"{'total':<30} {tot.functions:>5} {tot.modelled:>4} "
               f"{tot.functions - tot.modelled:>4} {tot.lines:>6} "
               f"{tot.modelled_lines:>6} {_pct(tot.modelled_lines, tot.lines):>4}")
    out.append("")
    out.append("FILE is under arch/x86/kvm/ unless it says otherwise; MOD/NOT:")
    out.append("functions modelled / not modelled; LINES: their lines; MOD.L:")
    out.append(f"lines of modelled functions. {tot.no_lines} functions are known "
               "only from")
    out.append("the supplement (no line numbers).")
    if not detail:
        return "\n".join(out) + "\n"
    for s in files:
        out.append("")
        out.append(f"{s.path} ({s.source or 'supplement only'})")
        for fc in funcs:
            if fc.file != s.path:
                continue
            where = f"{fc.start}-{fc.end}" if fc.start is not None else "no lines"
            head = f"  {'+' if fc.modelled else '-'} {fc.name} ({where})"
            out.append(head)
            if fc.modelled:
                for e in fc.elements:
                    out.append(f"      by {e}")
                out.append(f"      {len(fc.properties)} properties in "
                           f"{len(fc.specs)} specs depend on it")
    return "\n".join(out) + "\n"


def render_markdown(index, funcs, files) -> str:
    out = ["# Model coverage of the kernel's PMU code", "",
           f"Kernel index: {index.version}", "",
           "| file | functions | modelled | not modelled | lines | modelled lines |",
           "|---|---|---|---|---|---|"]
    for s in files:
        out.append(f"| `{s.path}` | {s.functions} | {s.modelled} | "
                   f"{s.functions - s.modelled} | {s.lines} | {s.modelled_lines} "
                   f"({_pct(s.modelled_lines, s.lines)}) |")
    out += ["", "| function | lines | modelled by | properties |", "|---|---|---|---|"]
    for fc in funcs:
        where = f"{fc.start}-{fc.end}" if fc.start is not None else "-"
        by = "<br>".join(f"`{e}`" for e in fc.elements) or "**not modelled**"
        out.append(f"| `{fc.file}:{fc.name}` | {where} | {by} | {len(fc.properties)} |")
    return "\n".join(out) + "\n"


def render_json(index, funcs, files) -> str:
    data = {
        "format": "vpmu-formal-coverage-1",
        "kernel": index.version,
        "files": [{"path": s.path, "source": s.source, "functions": s.functions,
                   "modelled": s.modelled, "not_modelled": s.functions - s.modelled,
                   "lines": s.lines, "modelled_lines": s.modelled_lines,
                   "functions_without_lines": s.no_lines} for s in files],
        "functions": [{"file": fc.file, "name": fc.name, "start": fc.start, "end": fc.end,
                       "lines": fc.lines, "modelled": fc.modelled,
                       "elements": fc.elements, "specs": fc.specs,
                       "properties": fc.properties} for fc in funcs],
    }
    return json.dumps(data, indent=1) + "\n"
