"""glibc malloc settings (vpmu_formal/heap.py): applied where glibc is,
skipped elsewhere, and a Z3 context made afterwards works as before."""
from __future__ import annotations

import platform
import subprocess
import sys

import pytest

from vpmu_formal import heap


def test_settings_apply_exactly_where_glibc_is():
    on_glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert heap.keep_freed_pages() is on_glibc


@pytest.mark.skipif(not (sys.platform.startswith("linux")
                         and platform.libc_ver()[0] == "glibc"), reason="glibc only")
def test_a_context_made_after_a_large_heap_reuses_freed_pages():
    """The reason for the settings: with a large Python heap, each new Z3
    context used to fault in 16 MB afresh.  Counted as minor page faults
    (not timed): with the settings, ten contexts fault in far fewer pages
    than without them."""
    probe = r'''
import resource, sys
from vpmu_formal import heap
if sys.argv[1] == "on":
    heap.keep_freed_pages()
import z3
big = [bytearray(1 << 20) for _ in range(200)]
z3.Context()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(10):
    c = z3.Context()
    del c
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
'''
    faults = {}
    for mode in ("off", "on"):
        out = subprocess.run([sys.executable, "-c", probe, mode], capture_output=True,
                             text=True, check=True)
        faults[mode] = int(out.stdout.strip())
    assert faults["on"] * 4 < faults["off"], faults
