"""Values computed once for the systems being checked.

A worker checks the properties of one spec in a row (runner.py); what is
the same for all of them (an encoder per slice, the per-action slicing
dependencies) is kept here, keyed by the system object.  A few systems are
kept, most recently used first, because a proof's trigger check works on
a copy of the system with one more monitor and then returns to the
original; older systems are dropped, so a long run does not accumulate Z3
contexts.  Keys are identities: the cache holds a reference to each system
it keys, so an id is never reused while its entry lives.
"""
from __future__ import annotations

from typing import Callable

KEPT_SYSTEMS = 4


class PerSystem:
    def __init__(self, kept: int = KEPT_SYSTEMS) -> None:
        self._kept = kept
        self._entries: list = []      # [(system, {key: value})], most recent first

    def get(self, system, key, make: Callable[[], object]):
        for i, (s, values) in enumerate(self._entries):
            if s is system:
                if i:
                    self._entries.insert(0, self._entries.pop(i))
                break
        else:
            values = {}
            self._entries.insert(0, (system, values))
            del self._entries[self._kept:]
        if key not in values:
            values[key] = make()
        return values[key]

    def set(self, system, key, value) -> None:
        """Keep `value` for (system, key), replacing what was kept."""
        self.get(system, key, lambda: value)
        self._entries[0][1][key] = value     # get moved the system to the front
