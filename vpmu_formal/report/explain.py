"""Text for `explain`: the trace, then each sub-formula's truth value in
every state (T/F), so the conjunct that went false stands out."""
from __future__ import annotations

from . import text as T

STATE_COL = 2       # "T " per state


def render_explanation(expl, timing: bool) -> str:
    r = expl.result
    lines = T.details(r, timing)
    if not expl.rows:
        lines += ["", "  (no trace: nothing to explain for this verdict)"]
        return "\n".join(lines) + "\n"
    n = len(expl.rows[0].values)
    per_block = max(1, (T.WIDTH - 4 - 28) // STATE_COL)
    lines += ["", "  Sub-formulas, state by state (state 0 is the initial state;",
              "  state k is the state after step k):"]
    for start in range(0, n, per_block):
        cols = range(start, min(n, start + per_block))
        text_width = T.WIDTH - 4 - STATE_COL * len(cols)
        lines.append("")
        lines.append("    " + " " * text_width + "".join(f"{k % 100:<{STATE_COL}}"
                                                        for k in cols).rstrip())
        for row in expl.rows:
            label = "  " * row.depth + row.text
            if len(label) > text_width - 1:
                label = label[:text_width - 4] + "..."
            cells = "".join(f"{_cell(row.values[k]):<{STATE_COL}}" for k in cols)
            lines.append(f"    {label:<{text_width}}{cells}".rstrip())
    return "\n".join(lines) + "\n"


def _cell(v) -> str:
    if v is True:
        return "T"
    if v is False:
        return "F"
    return "?" if v is None else str(v)
