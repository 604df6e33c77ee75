"""What `coverage` and `review` share: the index (pinned, or built from
`--kernel DIR`) and the spec models loaded against it."""
from __future__ import annotations

import os

from . import index as kindex
from .specs import cited_names_in, load_models


class KernelUsageError(Exception):
    """A bad --kernel or specs directory (exit code 2)."""


def kernel_index(kernel_dir, spec_paths: list):
    """The index to use; with `kernel_dir`, built from that tree (citations
    are then checked against it too)."""
    if not kernel_dir:
        return kindex.pinned()
    if not os.path.isdir(kernel_dir):
        raise KernelUsageError(f"--kernel: no such directory: {kernel_dir}")
    cited: set = set()
    for p in spec_paths:
        cited |= cited_names_in(p)
    idx = kindex.build([kernel_dir], cited)
    if not idx.functions:
        raise KernelUsageError(f"--kernel {kernel_dir}: none of the PMU files "
                               f"({', '.join(kindex.ALL_FUNCTIONS[:2])}, ...) is there")
    kindex.use(idx)
    return idx


def models(spec_paths: list, index):
    for p in spec_paths:
        if not os.path.exists(p):
            raise KernelUsageError(f"no such file or directory: {p}")
    return load_models(spec_paths, index)
