"""The model side: every spec element (action, procedure, intercept rule)
with the kernel functions its `cites` names, read from the spec files'
syntax trees (procedures are inlined away in the IR, so the AST is where
they and their calls are)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

from ..lang import ast as A
from ..lang.errors import SpecError
from ..lang.parser import parse_text
from .cites import parse as parse_cites

SPEC_SUFFIX = ".vpmu"


def _files(path: str) -> list:
    if os.path.isfile(path):
        return [path]
    out = []
    for root, dirs, files in os.walk(path):
        dirs.sort()
        out += [os.path.join(root, f) for f in sorted(files) if f.endswith(SPEC_SUFFIX)]
    return out


def cited_names_in(path: str) -> set:
    """Function names cited anywhere under `path` (files that do not parse
    are skipped: this only feeds the index generator)."""
    names: set = set()
    for f in _files(path):
        try:
            with open(f, encoding="utf-8") as fh:
                spec = parse_text(fh.read(), f)
        except (OSError, SpecError, RecursionError):
            continue
        for item in spec.items:
            text = getattr(item, "cites", None)
            if text:
                names |= {r.name for r in parse_cites(text)}
    return names


@dataclass(frozen=True)
class Element:
    """One spec declaration that models kernel code."""
    kind: str                 # "action" | "proc" | "rule"
    name: str                 # rule: its key, e.g. "rdpmc" or "rwmsr MSR_PERF_METRICS"
    path: str                 # file that declares it
    span: A.Span
    cites: str
    functions: tuple          # ((file, name), ...) resolved against the index
    calls: tuple = ()         # procedures its body calls (actions, procs)
    super_of: Optional[str] = None

    @property
    def where(self) -> str:
        return f"{self.path}:{self.span.line}"

    @property
    def label(self) -> str:
        word = {"action": "action", "proc": "proc", "rule": "intercept"}[self.kind]
        return f"{word} {self.name}"


def _calls(stmts) -> list:
    out = []
    for s in stmts:
        if isinstance(s, A.CallProc):
            out.append(s.name)
        elif isinstance(s, (A.LocalCall, A.AssignCall)):
            out.append(s.call.name)
        elif isinstance(s, A.If):
            out += _calls(s.then) + _calls(s.orelse)
        elif isinstance(s, A.For):
            out += _calls(s.body)
    return out


def resolve_refs(index, text: Optional[str]) -> tuple:
    """(file, name) of every reference in `text` that the index knows."""
    out = []
    for ref in parse_cites(text or ""):
        path = index.resolve_file(ref.file) if ref.file is not None else None
        if path and any(f.name == ref.name for f in index.in_file(path)):
            out.append((path, ref.name))
        elif ref.file is None or not ref.qualified:
            # bare names: the chain's file first, else any file (cites.py)
            out += [(f.file, f.name) for f in index.by_name(ref.name)]
    seen = []
    for r in out:
        if r not in seen:
            seen.append(r)
    return tuple(seen)


def elements(module, index) -> list:
    """The modelling elements of a loaded module (includes and `extends`
    resolved, overrides applied), each with the functions it cites."""
    out = []
    for item in module.items:
        if isinstance(item, A.ActionDecl):
            out.append(Element("action", item.name, item.span.path, item.span,
                               item.cites or "", resolve_refs(index, item.cites),
                               tuple(_calls(item.body))))
        elif isinstance(item, A.ProcDecl):
            calls = list(_calls(item.body))
            if item.super_name:
                calls = [item.super_name if c == "super" else c for c in calls]
            out.append(Element("proc", item.name, item.span.path, item.span,
                               item.cites or "", resolve_refs(index, item.cites),
                               tuple(calls)))
        elif isinstance(item, A.InterceptDecl):
            out.append(Element("rule", item.key, item.span.path, item.span,
                               item.cites or "", resolve_refs(index, item.cites)))
    return out


def reachable_procs(elems: list, start: str) -> list:
    """Procedures an action or procedure calls, transitively (static: the
    calls in its body, whether or not a run takes that branch)."""
    procs = {e.name: e for e in elems if e.kind == "proc"}
    seen: list = []
    todo = [start]
    by_name = {e.name: e for e in elems if e.kind in ("action", "proc")}
    while todo:
        cur = by_name.get(todo.pop())
        if cur is None:
            continue
        for c in cur.calls:
            if c in procs and c not in seen:
                seen.append(c)
                todo.append(c)
    return seen


@dataclass
class SpecModel:
    """A loaded spec: its syntax (for procedures and calls), its system
    (for slices) and its modelling elements."""
    path: str
    module: object
    ts: object
    sources: dict
    elements: list

    @property
    def name(self) -> str:
        return self.ts.name

    def properties_of(self, elem: Element) -> list:
        """Names of the properties that depend on `elem` (see deps.py)."""
        from .deps import for_system
        d = for_system(self.ts)
        if elem.kind == "action":
            return list(d.of_action(elem.name))
        if elem.kind == "rule":
            return list(d.of_rule(elem.name))
        out: list = []
        for a in self.elements:
            if a.kind == "action" and elem.name in reachable_procs(self.elements, a.name):
                out += [p for p in d.of_action(a.name) if p not in out]
        order = [p.name for p in self.ts.properties]
        return sorted(out, key=order.index)


def load_models(paths: list, index) -> tuple:
    """(SpecModel list, [(SpecError, sources)]) for the spec files under
    `paths` (libraries are skipped: their elements count in the specs
    that include them)."""
    from ..check import discover, load_one
    models, errors = [], []
    for path in discover(paths):
        module, ts, err = load_one(path)
        if err is not None:
            if all(str(e) != str(err[0]) for e, _ in errors):
                errors.append(err)
            continue
        if ts is None:
            continue
        models.append(SpecModel(path, module, ts, module.sources, elements(module, index)))
    return models, errors


def display_name(name: str) -> str:
    """A procedure kept for `call super` is shown under its kernel name."""
    return name.split("'", 1)[0]
