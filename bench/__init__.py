"""Benchmarks: scripts that measure DocSim beside a baseline taken in the same run."""
