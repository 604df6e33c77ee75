"""How values look in every report: hex, enum names, decoded bit-fields."""
from __future__ import annotations

from typing import Optional

from .. import ir
from ..results import Shown


def plain(v: Shown) -> str:
    if not v.known:
        return "any"
    t = v.type
    if isinstance(t, ir.BoolT):
        return "true" if v.value else "false"
    if isinstance(t, ir.EnumT):
        return t.members[v.value] if v.value < len(t.members) else f"<{v.value}>"
    return _num(v.value)


def labels(v: Shown) -> str:
    return " @" + ",".join(v.labels) if v.labels else ""


def fields(v: Shown) -> list[tuple[str, int]]:
    """Non-zero named fields of a layout value, in bit order."""
    if v.layout is None:
        return []
    out = []
    for name, hi, lo in sorted(v.layout.fields, key=lambda f: f[2]):
        val = (v.value >> lo) & ((1 << (hi - lo + 1)) - 1)
        if val:
            out.append((name, val))
    return out


def with_fields(v: Shown) -> str:
    """`0x8000 (PERF_METRICS=1)`: value, decoded non-zero fields, labels."""
    text = plain(v)
    decoded = fields(v) if v.known else []
    if decoded:
        text += " (" + ", ".join(f"{n}={_num(x)}" for n, x in decoded) + ")"
    return text + labels(v)


def field_changes(cell: str, old: Shown, new: Shown) -> list[str]:
    """`GLOBAL_CTRL.EN_PERF_METRICS 0 -> 1` lines for a layout register."""
    lay = new.layout
    if lay is None or not (old.known and new.known):
        return []
    out = []
    covered = 0
    for name, hi, lo in sorted(lay.fields, key=lambda f: f[2]):
        mask = ((1 << (hi - lo + 1)) - 1)
        a = (old.value >> lo) & mask
        b = (new.value >> lo) & mask
        covered |= mask << lo
        if a != b:
            out.append(f"{cell}.{name} {_num(a)} -> {_num(b)}")
    rest_old = old.value & ~covered
    rest_new = new.value & ~covered
    if rest_old != rest_new:
        out.append(f"{cell} other bits {hex(rest_old)} -> {hex(rest_new)}")
    return out


def _num(x: int) -> str:
    return str(x) if x < 10 else hex(x)


def msr_name(value: int, names: tuple) -> Optional[str]:
    for v, n in names:
        if v == value:
            return n
    return None
