"""Write every report format into one directory (`check --output DIR`):

    report.txt    the text report (as on stdout, spec errors left out)
    report.md     Markdown
    report.json   JSON (schema vpmu-formal-report-1)
    junit.xml     JUnit XML
    report.sarif  SARIF 2.1.0
    vcd/<spec>.<property>.vcd   one waveform per trace

Files are written as ASCII with `\\n` line ends; existing files of these
names are replaced, nothing else in the directory is touched.
"""
from __future__ import annotations

import os
import re

from ..results import Result
from . import text
from .json_report import render_json
from .junit import render_junit
from .markdown import render_markdown
from .sarif import render_sarif
from .vcd import render_vcd

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def vcd_name(r: Result) -> str:
    """`vcd/<spec>.<property>.vcd` file name for a result's trace."""
    return _UNSAFE.sub("_", f"{r.spec}.{r.property}") + ".vcd"


def _write(path: str, content: str) -> str:
    with open(path, "w", encoding="ascii", errors="backslashreplace", newline="\n") as fh:
        fh.write(content)
    return path


def write_outputs(results: list[Result], out_dir: str, versions: str, tool_version: str,
                  z3_version: str, timing: bool) -> list[str]:
    os.makedirs(out_dir, exist_ok=True)
    written = [
        _write(os.path.join(out_dir, "report.txt"),
               text.render(results, [], timing=timing, versions=versions)),
        _write(os.path.join(out_dir, "report.md"),
               render_markdown(results, versions, timing)),
        _write(os.path.join(out_dir, "report.json"),
               render_json(results, tool_version, z3_version, timing)),
        _write(os.path.join(out_dir, "junit.xml"), render_junit(results, timing)),
        _write(os.path.join(out_dir, "report.sarif"), render_sarif(results, tool_version)),
    ]
    traced = [r for r in results if r.trace is not None]
    if traced:
        vcd_dir = os.path.join(out_dir, "vcd")
        os.makedirs(vcd_dir, exist_ok=True)
        seen: set[str] = set()
        for r in traced:
            name = vcd_name(r)
            stem, n = name[:-4], 1
            while name in seen:         # same spec.property twice: keep both
                n += 1
                name = f"{stem}_{n}.vcd"
            seen.add(name)
            written.append(_write(os.path.join(vcd_dir, name), render_vcd(r)))
    return sorted(written)
