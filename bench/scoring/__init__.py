"""Scoring benchmark: offline examiner throughput and LLM examiner concurrency."""
