"""Verification engines; each takes IR and returns `results.Result` records."""
