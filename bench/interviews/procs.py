"""Processes of the interview benchmark: environment, servers and their logs, CPU and memory."""

from __future__ import annotations

import contextlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import IO, Any

from bench.common import POSTGRES, RESULTS_DIR, sample, tree_pids

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
PG = POSTGRES


def bench_env(provider_port: int, db: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_", "DOCSIM_"))
    }
    env.update(
        DEBUG="0", SECRET_KEY="bench-" + "k" * 50, ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0", SECURE_HSTS_SECONDS="0", LOG_LEVEL="WARNING",
        DATABASE_URL=f"{PG}/{db}", DATABASE_POOL="1", DATABASE_POOL_SIZE="40",
        REDIS_URL="redis://127.0.0.1:6379/9",
        DOCSIM_PATIENT_ENGINE="llm", DOCSIM_LLM_PROVIDER="compatible",
        OPENAI_BASE_URL=f"http://127.0.0.1:{provider_port}/v1", OPENAI_API_KEY="bench",
        DOCSIM_PATIENT_MODEL="bench", DOCSIM_LLM_MAX_CONCURRENCY="4000",
    )  # fmt: skip
    return env


def raise_fds() -> int:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return hard


def pinned(cpu: int, args: list[str]) -> list[str]:
    return ["taskset", "-c", str(cpu), *args] if (os.cpu_count() or 1) > 1 else args


def run_json(
    args: list[str], env: dict[str, str], stdin: str | None = None, timeout: float = 600
) -> Any:
    done = subprocess.run(
        args, cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, check=False,
        timeout=timeout, preexec_fn=raise_fds,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def start(args: list[str], env: dict[str, str], log: IO[bytes] | None) -> subprocess.Popen[bytes]:
    out = log if log is not None else subprocess.DEVNULL
    return subprocess.Popen(
        args, cwd=ROOT, env=env, start_new_session=True, preexec_fn=raise_fds,
        stdout=out, stderr=subprocess.STDOUT,
    )  # fmt: skip


def wait_http(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(url)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, 15)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)


#: The servers and their processes: one is pinned to core 0; two (as `make serve`) are left to
#: the scheduler on both cores, the load generator's core included.
PROCESSES = {"uvicorn": 1, "daphne": 1, "uvicorn-x2": 2}
SERVERS = tuple(PROCESSES)


def pinned_server(kind: str) -> bool:
    return PROCESSES[kind] == 1


def server_command(kind: str, port: int) -> list[str]:
    """The production serve command. Websocket per-message deflate is off: it cost more CPU
    than anything else per token frame."""
    if kind.startswith("uvicorn"):
        workers = ["--workers", str(PROCESSES[kind])] if PROCESSES[kind] > 1 else []
        return [PY, "-m", "uvicorn", "docsim.asgi:application", "--host", "127.0.0.1",
                "--port", str(port), "--log-level", "warning", "--no-access-log",
                "--ws-per-message-deflate", "false", "--backlog", "4096", *workers]  # fmt: skip
    if kind == "daphne":  # daphne (autobahn) never negotiates per-message deflate
        return [PY, "-m", "daphne", "-e", f"tcp:{port}:interface=127.0.0.1:backlog=4096",
                "--verbosity", "0", "docsim.asgi:application"]  # fmt: skip
    raise ValueError(f"unknown server {kind!r}")


def start_profiler(pid: int, label: str) -> subprocess.Popen[bytes]:
    """py-spy (a development tool: `pip install py-spy`) sampling the server, collapsed stacks."""
    spy = shutil.which("py-spy") or str(Path(PY).parent / "py-spy")
    out = RESULTS_DIR / f"profile-{label}-{time.strftime('%H%M%S')}.txt"
    RESULTS_DIR.mkdir(exist_ok=True)
    return subprocess.Popen(
        [spy, "record", "--pid", str(pid), "--format", "raw", "--output", str(out),
         "--rate", "200", "--subprocesses", "--nonblocking", "--gil"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def cpu_s(pid: int) -> float:
    with contextlib.suppress(OSError):
        return sum(sample(p).cpu_s for p in tree_pids(pid))
    return 0.0


class PeakMemory(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_mib, self.running = pid, 0.0, True

    def run(self) -> None:
        while self.running:
            with contextlib.suppress(OSError):
                self.peak_mib = max(
                    self.peak_mib, sum(sample(p).rss_mib for p in tree_pids(self.pid))
                )
            time.sleep(0.5)


class ServerLog:
    """The server's stdout and stderr in bench/results/server-<kind>.log; `errors()` summarises
    what it logged since the last call (tracebacks and ERROR lines)."""

    RECORD = re.compile(r"^(\S+ \S+ )?(ERROR|CRITICAL)\b")  # uvicorn, Django and daphne formats
    EXCEPTION = re.compile(r"^[\w.]*(Error|Exception|Timeout)\b.*")

    def __init__(self, kind: str) -> None:
        RESULTS_DIR.mkdir(exist_ok=True)
        self.path = RESULTS_DIR / f"server-{kind}.log"
        self.handle = self.path.open("wb")
        self.offset = 0

    def errors(self) -> tuple[int, list[str]]:
        """(error records, distinct exception lines) logged since the last call."""
        self.handle.flush()
        with self.path.open("rb") as log:
            log.seek(self.offset)
            lines = log.read().decode("utf-8", "replace").splitlines()
            self.offset = log.tell()
        count = sum(1 for line in lines if self.RECORD.match(line))
        kinds = sorted({line[:200] for line in lines if self.EXCEPTION.match(line)})
        return count, kinds[:8]
