"""Text for `diff OLD NEW` (72 columns, deterministic)."""
from __future__ import annotations

from . import text as T


def render_diff(old_name: str, new_name: str, decls, changes, only_old, only_new) -> str:
    lines = T._wrap(f"diff {old_name} -> {new_name}", "")
    lines.append("")
    lines.append("Declarations:")
    if not decls:
        lines.append("  none differ")
    for d in decls:
        lines += T._wrap(f"{d.kind}: {d.what} ({d.where})", "  ")
    lines.append("")
    lines.append("Verdicts:")
    for c in changes:
        lines += T._wrap(f"{c.kind}: {c.property}: {c.old.verdict.value} -> "
                         f"{c.new.verdict.value}", "  ")
    for n in only_old:
        lines += T._wrap(f"removed: {n}", "  ")
    for n in only_new:
        lines += T._wrap(f"new: {n}", "  ")
    regressed = sum(1 for c in changes if c.kind == "regressed")
    fixed = sum(1 for c in changes if c.kind == "fixed")
    lines.append("")
    lines += T._wrap(f"{fixed} fixed, {regressed} regressed, "
                     f"{sum(1 for c in changes if c.kind == 'same')} unchanged", "")
    return "\n".join(lines) + "\n"
