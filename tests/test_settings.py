"""Settings come from the environment and fail at start-up with the variable's name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.smoke
ROOT = Path(__file__).resolve().parent.parent


def run_django(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"DEBUG": "0"}, "SECRET_KEY"),
        ({"DEBUG": "maybe"}, "DEBUG"),
        ({"DEBUG": "1", "DATABASE_URL": "nosuchdb://x"}, "DATABASE_URL"),
        ({"DEBUG": "1", "DOCSIM_PATIENT_ENGINE": "magic"}, "DOCSIM_PATIENT_ENGINE"),
        ({"DEBUG": "1", "DOCSIM_LLM_TIMEOUT_S": "soon"}, "DOCSIM_LLM_TIMEOUT_S"),
        ({"DEBUG": "1", "LANGUAGE_CODE": "de"}, "LANGUAGE_CODE"),
        ({"DEBUG": "1", "CHANNEL_LAYER_MAX_CONNECTIONS": "many"}, "CHANNEL_LAYER_MAX_CONNECTIONS"),
        ({"DEBUG": "1", "CHANNEL_LAYER_POOL_TIMEOUT_S": "0"}, "CHANNEL_LAYER_POOL_TIMEOUT_S"),
        ({"DEBUG": "1", "DATABASE_ASYNC_THREADS": "0"}, "DATABASE_ASYNC_THREADS"),
        (
            {
                "DEBUG": "1",
                "DATABASE_URL": "postgres://u@127.0.0.1/x",
                "DATABASE_POOL": "1",
                "DATABASE_POOL_SIZE": "8",
            },
            "DATABASE_POOL_SIZE",
        ),
        (
            {"DEBUG": "1", "DOCSIM_PATIENT_ENGINE": "llm", "DOCSIM_LLM_PROVIDER": "compatible"},
            "OPENAI_BASE_URL",
        ),
    ],
)
def test_bad_setting_fails_at_startup_naming_the_variable(env: dict[str, str], named: str) -> None:
    result = run_django(env, "check")
    assert result.returncode != 0
    assert named in result.stderr


def test_check_deploy_with_production_values_prints_no_warning() -> None:
    env = {
        "DEBUG": "0",
        "SECRET_KEY": "a-long-random-production-secret-" + "k7" * 20,
        "ALLOWED_HOSTS": "docsim.example.org",
    }
    result = run_django(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "WARNINGS" not in result.stderr
