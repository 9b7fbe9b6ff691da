"""Offline patient benchmark: reply latency and CPU time per reply."""
