"""Values computed once for the system being checked.

A worker checks the properties of one spec in a row (runner.py); what is
the same for all of them (an encoder per slice, the system's canonical
text) is kept here, keyed by the system object, and dropped as soon as
another system comes along, so a long run does not accumulate Z3
contexts."""
from __future__ import annotations

from typing import Callable


class PerSystem:
    def __init__(self) -> None:
        self._system = None
        self._values: dict = {}

    def get(self, system, key, make: Callable[[], object]):
        if self._system is not system:
            self._system, self._values = system, {}
        if key not in self._values:
            self._values[key] = make()
        return self._values[key]
