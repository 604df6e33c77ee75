"""VCD waveform of one trace, for GTKWave, Surfer or any VCD viewer.

Time `k` is the state after step `k` (time 0: the initial state), one
time unit per action. Signals, in scope `<spec>` (and `<spec>.config`):

* `step`: 32-bit counter, equal to the time;
* one signal per shown state cell (and per configuration value, in the
  `config` scope): `bool` -> 1-bit wire, `bvN` -> N-bit reg, enum ->
  reg as wide as the enum's encoding (member index; the members are
  listed in the header comment). Array elements are named
  `array_<index>` (`hw_gp_ctr_3`): a `[3]` in a VCD name would read as a
  bit select. A value the checker sliced away (`any` in the text report)
  is `x`;
* one 1-bit wire per (cell, domain) for each domain that labels the cell
  somewhere in the trace: `<cell>__<domain>` (`hw_perf_metrics__host`),
  1 while the cell's value may carry that domain's data.

The header comment names the property, the verdict and each step's
action with its source position. Written with pyvcd; deterministic (no
`$date`).
"""
from __future__ import annotations

import io
import re

from .. import ir
from ..results import Result, Shown
from .common import ascii_text, type_width

_NOT_IDENT = re.compile(r"[^A-Za-z0-9_]")


def _ident(name: str) -> str:
    """`hw_gp_ctr[3]` -> `hw_gp_ctr_3`: a plain VCD identifier."""
    s = _NOT_IDENT.sub("_", name.replace("[", "_").replace("]", ""))
    return s if s and not s[0].isdigit() else "_" + s


class _Names:
    """Unique identifiers within one scope (suffix `_2`, `_3`... on a clash)."""

    def __init__(self, reserved=()):
        self.used = set(reserved)

    def __call__(self, name: str) -> str:
        base = _ident(name)
        out, n = base, 1
        while out in self.used:
            n += 1
            out = f"{base}_{n}"
        self.used.add(out)
        return out


def _value(v: Shown):
    if not v.known:
        return "x"
    return v.value & ((1 << type_width(v.type)) - 1)


def _var_kind(t: ir.ScalarT) -> tuple[str, int]:
    if isinstance(t, ir.BoolT):
        return "wire", 1
    return "reg", type_width(t)


def _comment(r: Result) -> str:
    tr = r.trace
    lines = [f"vpmu-formal trace of {r.spec}.{r.property}: {r.verdict.value} "
             f"(expected {r.expect}, engine {r.engine})",
             f"{r.statement}",
             "time k = state after step k; time 0 = initial state"]
    for st in tr.steps:
        lines.append(f"step {st.index}: {st.action} ({st.span})")
    enums: dict[str, tuple] = {}
    for _n, v in list(tr.config) + list(tr.initial):
        if isinstance(v.type, ir.EnumT):
            enums[v.type.name] = v.type.members
    for name in sorted(enums):
        members = ", ".join(f"{i}={m}" for i, m in enumerate(enums[name]))
        lines.append(f"enum {name}: {members}")
    return ascii_text("\n".join(" ".join(line.split()) for line in lines))


def render_vcd(result: Result) -> str:
    """The trace of `result` as VCD text (ValueError if it has no trace)."""
    try:
        from vcd import VCDWriter
    except ImportError as err:                     # pragma: no cover
        raise RuntimeError("VCD output needs the 'pyvcd' package "
                           "(python -m pip install pyvcd)") from err
    tr = result.trace
    if tr is None:
        raise ValueError(f"{result.spec}.{result.property} has no trace")

    # Domains seen on each cell anywhere in the trace.
    domains: dict[str, set] = {}
    for name, v in tr.initial:
        domains.setdefault(name, set()).update(v.labels)
    for st in tr.steps:
        for ch in st.changes:
            domains.setdefault(ch.cell, set()).update(ch.old.labels, ch.new.labels)

    top = _ident(result.spec)
    out = io.StringIO()
    with VCDWriter(out, timescale="1 ns", date="", comment=_comment(result),
                   version="vpmu-formal") as w:
        names = _Names(["step"])
        step = w.register_var(top, "step", "integer", size=32, init=0)
        cfg_names = _Names()
        for name, v in tr.config:
            kind, size = _var_kind(v.type)
            w.register_var(f"{top}.config", cfg_names(name), kind, size=size, init=_value(v))
        cells: dict[str, object] = {}
        labels: dict[tuple[str, str], object] = {}
        for name, v in tr.initial:
            kind, size = _var_kind(v.type)
            vid = names(name)
            cells[name] = w.register_var(top, vid, kind, size=size, init=_value(v))
        for name, v0 in tr.initial:
            for d in sorted(domains.get(name, ())):
                labels[(name, d)] = w.register_var(top, names(f"{_ident(name)}__{d}"),
                                                   "wire", size=1, init=int(d in v0.labels))
        for st in tr.steps:
            t = st.index
            w.change(step, t, t)
            for ch in st.changes:
                var = cells.get(ch.cell)
                if var is None:        # a cell the trace never showed initially
                    continue
                w.change(var, t, _value(ch.new))
                for d in sorted(domains.get(ch.cell, ())):
                    lv = labels.get((ch.cell, d))
                    if lv is not None:
                        w.change(lv, t, int(d in ch.new.labels))
    text = out.getvalue()
    return text if text.endswith("\n") else text + "\n"

