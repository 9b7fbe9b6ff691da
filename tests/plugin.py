"""Loaded before Django: keeps LLM credentials and production switches out of the tests."""

from __future__ import annotations

import os

for _name in list(os.environ):
    if _name.startswith(("OPENAI_", "AZURE_OPENAI_", "DOCSIM_")):
        del os.environ[_name]

os.environ.setdefault("SECRET_KEY", "docsim-test-secret-key-" + "x" * 40)
os.environ["SECURE_SSL_REDIRECT"] = "false"
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
