#!/usr/bin/env python3
"""Generate the kernel index that `check`, `coverage` and `review` use.

    python tools/index_kernel.py ROOT [ROOT...] -o vpmu_formal/kernel/index.json \
        [--cited-from specs] [--supplement tools/kernel_supplement.json] \
        [--source FILE=TEXT]... [--version TEXT]

Each ROOT is a kernel tree (or part of one); every indexed file is taken
from the first ROOT that has it.  Functions are found with tree-sitter's C
grammar and selected by the rule in vpmu_formal/kernel/index.py.
`--cited-from` adds the functions the specs there cite (in the vendor and
perf-core files); `--supplement` lists cited functions that no ROOT has
(each with where it comes from); `--source` records per file where its
text was read (a repository and commit).
"""
from __future__ import annotations

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from vpmu_formal.kernel import index as kindex          # noqa: E402
from vpmu_formal.kernel.specs import cited_names_in     # noqa: E402


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("roots", nargs="+", metavar="ROOT")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--cited-from", metavar="DIR", action="append", default=[])
    p.add_argument("--supplement", metavar="JSON")
    p.add_argument("--source", metavar="FILE=TEXT", action="append", default=[])
    p.add_argument("--version", default="")
    args = p.parse_args(argv)
    for root in args.roots:
        if not os.path.isdir(root):
            p.error(f"no such directory: {root}")
    sources = dict(s.split("=", 1) for s in args.source)
    cited = set()
    for d in args.cited_from:
        cited |= cited_names_in(d)
    supplement = []
    if args.supplement:
        with open(args.supplement, encoding="utf-8") as fh:
            supplement = json.load(fh)["functions"]
    idx = kindex.build(args.roots, cited, args.version, sources, supplement)
    with open(args.output, "w", encoding="utf-8") as fh:
        fh.write(kindex.to_json(idx))
    print(f"{args.output}: {len(idx.functions)} functions in {len(idx.files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
