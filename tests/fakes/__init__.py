"""Test doubles for external services (fake OpenAI-compatible LLM server)."""
