"""`vpmu-formal review PATCH...`: from a posted patch to a reply body.

1. Each hunk is mapped to the kernel functions it changes (hunkmap.py),
   each function to the spec elements that cite it, each element to the
   properties that depend on it (deps.py).  A changed function that no
   element cites is outside the models: no verdict below speaks for it.
2. The specs to check: those named with `--spec`; else the models *of this
   patch* (specs whose title carries the patch's subject) and the variants
   that extend them (a proposed fix); else every spec with an element that
   models a changed function.
3. `check` runs on them (the usual pipeline and proof reuse).  Each
   counterexample is placed under the hunk its trace passes through last:
   the latest step whose action, the procedures it calls (statically), or
   the intercept rule it consults, models a function the patch changes.
   The reply names the rules and functions the trace depends on that the
   patch leaves unchanged (the code a fix may have to touch).

Exit code (worst wins): 2 error, 1 a verdict against its `expect`, 3
inconclusive, 4 changes outside the models (all else as expected), 0.
"""
from __future__ import annotations

import os
import re
import textwrap
from dataclasses import dataclass, field

from ..results import EXIT_CODES, Outcome, Verdict
from .hunkmap import changes as hunk_changes
from .specs import display_name, reachable_procs

WIDTH = 72
EXIT_OUTSIDE = 4
OUTSIDE = "this hunk is outside the models: nothing below speaks for it"


@dataclass
class HunkReview:
    hunk: object
    changes: list                      # hunkmap.Change
    elements: dict = field(default_factory=dict)     # (file, name) -> [label]
    properties: dict = field(default_factory=dict)   # (file, name) -> [spec.prop]
    traces: list = field(default_factory=list)       # (Result, unchanged rules, funcs)
    seen_in: list = field(default_factory=list)      # (Result, primary hunk no)
    moved: dict = field(default_factory=dict)        # (file, name) -> [indexed files]

    @property
    def outside(self) -> list:
        return [c for c in self.changes if not c.is_function or
                not self.elements.get((c.file, c.name))]


def _norm_subject(s: str) -> str:
    s = re.sub(r"^\s*((re|fwd?|aw)\s*:\s*)+", "", s, flags=re.I)
    s = re.sub(r"\[[^\]]*\]", " ", s)
    return " ".join(s.lower().split())


def _title_matches(subject: str, title: str) -> bool:
    a, b = _norm_subject(subject), _norm_subject(re.sub(r"\([^)]*\)", " ", title))
    return len(a) >= 15 and len(b) >= 15 and (a in b or b in a)


def map_hunks(patches: list, index, models: list) -> list:
    out = []
    for patch in patches:
        for h in patch.hunks:
            hr = HunkReview(h, hunk_changes(h, index))
            for c in hr.changes:
                if not c.is_function:
                    continue
                key = (c.file, c.name)
                keys = [key]
                if not any(f.name == c.name for f in index.in_file(c.file)):
                    # Not in that file of the indexed tree: functions move
                    # between files across versions, so the same name
                    # elsewhere is what the models cite.
                    keys += [(f.file, f.name) for f in index.by_name(c.name)]
                    moved = [k[0] for k in keys[1:]]
                    if moved:
                        hr.moved[key] = moved
                labels, props = [], []
                for m in models:
                    for e in m.elements:
                        if any(k in e.functions for k in keys):
                            label = (f"{e.kind} {display_name(e.name)} "
                                     f"({e.path}:{e.span.line})")
                            if label not in labels:
                                labels.append(label)
                            props += [f"{m.name}.{p}" for p in m.properties_of(e)
                                      if f"{m.name}.{p}" not in props]
                hr.elements[key] = sorted(labels)
                hr.properties[key] = props
            out.append(hr)
    return out


def select_specs(patches: list, models: list, hunks: list) -> tuple:
    """(models to check, why) by the rule in the module docstring."""
    subject = patches[0].subject if patches else ""
    own = [m for m in models if _title_matches(subject, m.ts.title)]
    if own:
        paths = {m.path for m in own}
        own += [m for m in models if m.module.parent in paths and m not in own]
        return own, "the models of this patch (title) and their variants"
    changed = {(c.file, c.name) for hr in hunks for c in hr.changes if c.is_function}
    hit = [m for m in models if any(set(e.functions) & changed for e in m.elements)]
    return hit, "the specs that model a changed function"


def _trace_elements(model, result) -> list:
    """(step index, element) for each element a trace passes through."""
    by_action = {e.name: e for e in model.elements if e.kind == "action"}
    by_proc = {e.name: e for e in model.elements if e.kind == "proc"}
    rules = {str(e.span): e for e in model.elements if e.kind == "rule"}
    out = []
    for st in result.trace.steps:
        act = by_action.get(st.action)
        if act is not None:
            out.append((st.index, act))
            out += [(st.index, by_proc[p]) for p in reachable_procs(model.elements, act.name)
                    if p in by_proc]
        for ic in st.intercepts:
            rule = rules.get(ic.rule_span or "")
            if rule is not None:
                out.append((st.index, rule))
    return out


def place_traces(hunks: list, models: list, results: list) -> list:
    """Attach every counterexample to its hunks; the ones that pass through
    no hunk are returned."""
    by_path = {m.path: m for m in models}
    changed = {}
    for no, hr in enumerate(hunks):
        for c in hr.changes:
            if c.is_function:
                changed.setdefault((c.file, c.name), []).append(no)
    loose = []
    for r in results:
        if r.verdict is not Verdict.VIOLATED or r.trace is None:
            continue
        model = by_path.get(r.spec_path)
        if model is None:
            continue
        elems = _trace_elements(model, r)
        touched: list = []           # (step, hunk no)
        depends: list = []
        for step, e in elems:
            for key in e.functions:
                for no in changed.get(key, []):
                    touched.append((step, no))
        rules_unchanged, funcs_unchanged = [], []
        for _step, e in elems:
            mine = [k for k in e.functions if k not in changed]
            if e.kind == "rule" and e.functions and len(mine) == len(e.functions):
                label = f"intercept {e.name} ({e.path}:{e.span.line})"
                if label not in [x for x, _ in rules_unchanged]:
                    rules_unchanged.append((label, mine))
            for k in mine:
                if k not in funcs_unchanged:
                    funcs_unchanged.append(k)
            depends.append(e)
        if not touched:
            loose.append((r, rules_unchanged, funcs_unchanged))
            continue
        primary = max(touched, key=lambda t: (t[0], -t[1]))[1]
        hunks[primary].traces.append((r, rules_unchanged, funcs_unchanged))
        for no in sorted({n for _, n in touched} - {primary}):
            hunks[no].seen_in.append((r, primary))
    return loose


# ---- rendering ---------------------------------------------------------------

_ASCII = {"\u00a7": "sec. ", "\u2192": "->", "\u2014": "--", "\u2013": "-",
          "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2265": ">=",
          "\u2264": "<=", "\u2260": "!="}


def ascii(text: str) -> str:
    for k, v in _ASCII.items():
        text = text.replace(k, v)
    return text.encode("ascii", "replace").decode("ascii")


def _wrap(text: str, indent: str = "", hang: str = "  ") -> list:
    return textwrap.wrap(ascii(text), WIDTH, initial_indent=indent,
                         subsequent_indent=indent + hang, break_long_words=True,
                         break_on_hyphens=False) or [""]


def _fit(line: str) -> list:
    line = ascii(line)
    if len(line) <= WIDTH:
        return [line]
    lead = len(line) - len(line.lstrip())
    return _wrap(line.strip(), " " * lead, "    ")


def _fname(key) -> str:
    path, name = key
    return f"{path.replace('arch/x86/kvm/', '')}:{name}"


def render(patches: list, hunks: list, checked: list, why: str, results: list,
           loose: list, index, errors: list, versions: str) -> str:
    from ..report import text as T
    out: list = []
    subj = patches[0].subject if patches else "(no subject)"
    out += _wrap(f"Review of: {subj}")
    out += _wrap(f"by {versions}; kernel index: {index.version}")
    nfun = {(c.file, c.name) for hr in hunks for c in hr.changes if c.is_function}
    outside = [hr for hr in hunks if hr.outside]
    out.append("")
    out += _wrap(f"{len(hunks)} hunks in {len({h.hunk.file for h in hunks})} files change "
                 f"{len(nfun)} functions; {len(outside)} hunks are (partly) outside "
                 "the models.")
    repaired = sum(p.repaired for p in patches)
    if repaired:
        out += _wrap(f"({repaired} hunk line counts repaired: the patch was quoted or "
                     "cut in the mail.)")
    if checked:
        out += _wrap("Specs checked (" + why + "): " + ", ".join(m.name for m in checked) + ".")
    else:
        out += _wrap("No spec models this patch; nothing was checked.")
    if outside:
        out.append("")
        out += _wrap("Outside the models (no spec element cites them, so no verdict "
                     "below speaks for them):")
        for hr in outside:
            for c in hr.outside:
                out += _wrap(f"{c.name} ({c.file.replace('arch/x86/', '')}, hunk "
                             f"{hunks.index(hr) + 1})", "  ", "    ")
    for no, hr in enumerate(hunks):
        h = hr.hunk
        out.append("")
        out.append(f"[hunk {no + 1}]")
        out.append(f"> {h.file}"[:WIDTH])
        out += [("> " + ln)[:WIDTH] for ln in [h.header]]
        shown = [k + t for k, t, *_ in h.lines if k in "+-" and t.strip()]
        for ln in shown[:6]:
            out.append(ascii("> " + " ".join(ln.split()))[:WIDTH])
        if len(shown) > 6:
            out.append(f"> [... {len(shown) - 6} more changed lines]")
        out.append("")
        for c in hr.changes:
            how = {"hunk text": "defined in the hunk", "hunk header": "from the hunk header",
                   "line range": "by line range in the indexed tree, which may be "
                                 "another version", "declaration": ""}[c.how]
            if not c.is_function:
                out += _wrap(f"Changes {c.name} (not a function).")
                continue
            out += _wrap(f"Changes {_fname((c.file, c.name))} ({how}).")
            for where in hr.moved.get((c.file, c.name), []):
                out += _wrap(f"The indexed tree has it in {where}.", "  ")
            elems = hr.elements.get((c.file, c.name), [])
            if not elems:
                note = "" if index.in_file(c.file) and any(
                    f.name == c.name for f in index.in_file(c.file)) else \
                    " It is not in the kernel index either."
                out += _wrap(f"No spec element cites it.{note}", "  ")
                continue
            paths = {m.path for m in checked} | {
                os.path.normpath(p) for m in checked for p in m.sources}
            here = [e for e in elems if e.rsplit("(", 1)[1].split(":")[0] in paths]
            others = len(elems) - len(here)
            out += _wrap("Modelled by" + (" (in the specs checked)" if checked else "")
                         + ":", "  ")
            for e in here:
                out += _wrap(e, "    ", "    ")
            if others:
                out += _wrap(f"and by {others} element{'s' if others > 1 else ''} of other specs "
                             "(`coverage` lists them).", "    ")
            props = hr.properties.get((c.file, c.name), [])
            out += _wrap(f"Properties that depend on them: {len(props)} in all specs"
                         + "".join(_per_spec(m, props) for m in checked) + ".", "  ")
        if hr.outside:
            out += _wrap(OUTSIDE.capitalize() + ": " +
                         ", ".join(c.name for c in hr.outside) + ".")
        for r, primary in hr.seen_in:
            out += _wrap(f"The counterexample to {r.spec}.{r.property} also passes "
                         f"through this hunk; it is shown under hunk {primary + 1}.")
        for placed in hr.traces:
            out.append("")
            out += _wrap(f"Counterexample ({placed[0].spec}, {placed[0].property}), "
                         "through this hunk:")
            out += _trace_block(*placed)
    if loose:
        out.append("")
        out += _wrap("Counterexamples that pass through no hunk of this patch:")
        for placed in loose:
            out += _trace_block(*placed)
    if results:
        out.append("")
        out += _wrap("Verdicts:")
        for line in T.summary(results, False):
            out += _fit(line)
    for err in errors:
        out.append("")
        out += _wrap(f"spec error: {err}")
    return "\n".join(out) + "\n"


def _trace_block(result, rules: list, funcs: list) -> list:
    """A counterexample as the email report prints it (report/text.py),
    then what it depends on that the patch leaves alone."""
    from dataclasses import replace
    from ..report import text as T
    out = [""]
    # Engine notes (how a proof attempt failed before the trace was found)
    # are for `check -v`, not for the patch author.
    for line in T.details(replace(result, notes=()), False):
        out += _fit(line)
    return out + _unchanged(rules, funcs)


def _per_spec(model, props: list) -> str:
    """`; SPEC: all N` or `; SPEC: a, b (2 of N)` for the properties of one
    checked spec among `props`."""
    mine = [p.split(".", 1)[1] for p in props if p.split(".", 1)[0] == model.name]
    total = len([p for p in model.ts.properties if p.kind != "cover_observe"])
    if not mine:
        return f"; {model.name}: none"
    if len(mine) == total:
        return f"; {model.name}: all {total}"
    return f"; {model.name}: {', '.join(mine)} ({len(mine)} of {total})"


def _unchanged(rules: list, funcs: list) -> list:
    out = [""]
    if rules:
        out += _wrap("The trace depends on these rules, which the patch leaves "
                     "unchanged:")
        for label, keys in rules:
            out += _wrap(f"{label}: " + ", ".join(_fname(k) for k in keys), "  ", "    ")
    in_rules = {k for _label, keys in rules for k in keys}
    funcs = [k for k in funcs if k not in in_rules]
    if funcs:
        out += _wrap(("and on these" if rules else "The trace depends on these") +
                     " functions, unchanged by the patch: " +
                     ", ".join(_fname(k) for k in funcs) + ".")
    return out


def exit_code(results: list, errors: list, hunks: list) -> int:
    worst = max([r.outcome for r in results], default=Outcome.AS_EXPECTED)
    if errors:
        return EXIT_CODES[Outcome.ERROR]
    code = EXIT_CODES[worst]
    if code == 0 and any(hr.outside for hr in hunks):
        return EXIT_OUTSIDE
    return code
