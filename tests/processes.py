"""Start real processes for tests: a Celery worker, the `make run` server; find free ports."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def database_url_for_current_db() -> str:
    """The URL of the database the test is using (the test database, not the configured one)."""
    db = settings.DATABASES["default"]
    if db["ENGINE"] == "django.db.backends.postgresql":
        user = db.get("USER") or "postgres"
        password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
        host = db.get("HOST") or "127.0.0.1"
        port = db.get("PORT") or 5432
        return f"postgres://{user}{password}@{host}:{port}/{db['NAME']}"
    return f"sqlite:///{db['NAME']}"


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_"))}
    env.update(extra)
    return env


def stop_process_group(process: subprocess.Popen[bytes], timeout: float = 10) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextmanager
def celery_worker(queue: str, *extra_args: str, **env: str) -> Iterator[subprocess.Popen[bytes]]:
    """A real Celery worker on its own queue, against the test database and Redis."""
    args = [sys.executable, "-m", "celery", "-A", "docsim", "worker", "-Q", queue]
    args += ["--concurrency=1", "--loglevel=WARNING", "--without-gossip", "--without-mingle"]
    process = subprocess.Popen(
        [*args, *extra_args],
        cwd=ROOT,
        env=child_env(DATABASE_URL=database_url_for_current_db(), **env),
        start_new_session=True,
    )
    try:
        yield process
    finally:
        stop_process_group(process)


def wait_for_http(url: str, timeout: float, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before answering")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout}s")
