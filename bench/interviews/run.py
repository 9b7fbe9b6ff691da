"""Interview benchmark orchestrator: provider, server, simulated students, baseline, table.

    .venv/bin/python -m bench.interviews.run                  # full run (about 25 minutes)
    .venv/bin/python -m bench.interviews.run --quick          # levels 1, 50; 4 questions

Loopback only. Needs PostgreSQL and Redis on 127.0.0.1 (as in CI). The server runs pinned to
core 0; the fake provider and the simulated students share core 1.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from bench.common import RESULTS_DIR, machine, markdown_table, percentile, sample, save, tree_pids

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
PG = "postgres://postgres@127.0.0.1:5432"


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


def raise_fds() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def pinned(cpu: int, args: list[str]) -> list[str]:
    return ["taskset", "-c", str(cpu), *args] if (os.cpu_count() or 1) > 1 else args


def run_json(args: list[str], env: dict[str, str], stdin: str | None = None) -> Any:
    done = subprocess.run(
        args, cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def start(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        args, cwd=ROOT, env=env, start_new_session=True, preexec_fn=raise_fds,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
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


def server_command(kind: str, port: int) -> list[str]:
    if kind == "uvicorn":
        return [PY, "-m", "uvicorn", "docsim.asgi:application", "--host", "127.0.0.1",
                "--port", str(port), "--log-level", "warning", "--no-access-log",
                "--ws", "websockets", "--backlog", "4096"]  # fmt: skip
    return [PY, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port), "--verbosity", "0",
            "docsim.asgi:application"]  # fmt: skip


def start_profiler(pid: int, label: str) -> subprocess.Popen[bytes]:
    """py-spy (a development tool: `pip install py-spy`) sampling the server, collapsed stacks."""
    out = RESULTS_DIR / f"profile-{label}-{time.strftime('%H%M%S')}.txt"
    RESULTS_DIR.mkdir(exist_ok=True)
    return subprocess.Popen(
        ["py-spy", "record", "--pid", str(pid), "--format", "raw", "--output", str(out),
         "--rate", "200", "--subprocesses", "--nonblocking"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


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


def one_level(
    level: int,
    args: argparse.Namespace,
    env: dict[str, str],
    server: subprocess.Popen[bytes],
    port: int,
    provider: int,
) -> dict[str, Any]:
    plans = run_json(
        [
            PY,
            "-m",
            "bench.interviews.prepare",
            "encounters",
            str(level),
            str(args.questions),
            str(level),
        ],
        env,
    )
    cfg = {
        "plans": plans, "ws_base": f"ws://127.0.0.1:{port}", "origin": f"http://127.0.0.1:{port}",
        "provider": f"http://127.0.0.1:{provider}/v1", "think_s": args.think,
    }  # fmt: skip
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(cfg, handle)
    load = [PY, "-m", "bench.interviews.load"]
    baseline = run_json(pinned(1, [*load, "baseline", handle.name]), env)
    before = sum(sample(p).cpu_s for p in tree_pids(server.pid))
    memory = PeakMemory(server.pid)
    memory.start()
    profiler = start_profiler(server.pid, f"{level}") if args.profile else None
    started = time.monotonic()
    docsim = run_json(pinned(1, [*load, "docsim", handle.name]), env)
    wall = time.monotonic() - started
    if profiler is not None:
        profiler.send_signal(2)
        profiler.wait(timeout=30)
    memory.running = False
    after = sum(sample(p).cpu_s for p in tree_pids(server.pid))
    time.sleep(1)  # let the last replies land before counting
    stored = run_json(
        [PY, "-m", "bench.interviews.prepare", "turns"],
        env,
        json.dumps([p["encounter"] for p in plans]),
    )
    os.unlink(handle.name)
    row: dict[str, Any] = {
        "level": level,
        "sent": docsim["sent"],
        "stored": stored["student"],
        "replies_ok": stored["patient_ok"],
        "replies_failed": stored["patient_failed"],
        "errors": docsim["error_count"] + baseline["error_count"],
        "error_samples": docsim["errors"][:5] + baseline["errors"][:5],
        "server_cpu_pct": 100 * (after - before) / wall,
        "server_peak_rss_mib": memory.peak_mib,
        "fd_limit": docsim["fd_limit"],
    }
    for q in (50, 95, 99):
        ours, base = (
            percentile(docsim["ttft_s"], q) * 1000,
            percentile(baseline["ttft_s"], q) * 1000,
        )
        row[f"ttft_p{q}_ms"], row[f"baseline_p{q}_ms"], row[f"added_p{q}_ms"] = (
            ours,
            base,
            ours - base,
        )
    return row


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--levels", default="1,50,200,500,1000")
    parser.add_argument("--questions", type=int, default=12)
    parser.add_argument("--think", default="3,7", help="think time range in seconds")
    parser.add_argument("--servers", default="uvicorn,daphne")
    parser.add_argument("--quick", action="store_true", help="levels 1,50; 4 questions; uvicorn")
    parser.add_argument("--profile", action="store_true", help="py-spy the server (needs py-spy)")
    args = parser.parse_args()
    if args.quick:
        args.levels, args.questions, args.servers = "1,50", 4, "uvicorn"
    args.think = [float(x) for x in args.think.split(",")]
    levels = [int(x) for x in args.levels.split(",")]
    db, provider_port, server_port = "docsim_bench", 18011, 18010
    env = bench_env(provider_port, db)
    raise_fds()
    subprocess.run(
        [
            "psql",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-qc",
            f"DROP DATABASE IF EXISTS {db} WITH (FORCE)",
        ],
        check=True,
    )
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"CREATE DATABASE {db}"], check=True
    )
    subprocess.run([PY, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    run_json([PY, "-m", "bench.interviews.prepare", "setup"], env)
    provider = start(
        pinned(
            1,
            [
                PY,
                "-m",
                "tests.fakes.openai_server",
                "--port",
                str(provider_port),
                "--ttft-ms",
                "300",
                "--tokens-per-s",
                "50",
                "--reply-tokens",
                "40",
            ],
        ),
        env,
    )
    rows = []
    try:
        wait_http(f"http://127.0.0.1:{provider_port}/v1/models")
        for kind in args.servers.split(","):
            server = start(pinned(0, server_command(kind, server_port)), env)
            try:
                wait_http(f"http://127.0.0.1:{server_port}/healthz")
                for level in levels:
                    row = one_level(level, args, env, server, server_port, provider_port) | {
                        "server": kind
                    }
                    rows.append(row)
                    print(
                        json.dumps(
                            {
                                k: (round(v, 1) if isinstance(v, float) else v)
                                for k, v in row.items()
                            }
                        ),
                        flush=True,
                    )
            finally:
                stop(server)
    finally:
        stop(provider)
    report(rows, args)


def report(rows: list[dict[str, Any]], args: argparse.Namespace) -> None:
    header = [
        "server",
        "concurrent",
        "TTFT p50 ms",
        "baseline p50",
        "added p50",
        "added p95",
        "added p99",
        "sent",
        "stored",
        "errors",
        "server CPU %",
        "server RSS MiB",
    ]
    table = [
        [
            r["server"],
            r["level"],
            r["ttft_p50_ms"],
            r["baseline_p50_ms"],
            r["added_p50_ms"],
            r["added_p95_ms"],
            r["added_p99_ms"],
            r["sent"],
            r["stored"],
            r["errors"],
            r["server_cpu_pct"],
            r["server_peak_rss_mib"],
        ]
        for r in rows
    ]
    print(markdown_table(header, table))
    for kind in {r["server"] for r in rows}:
        ok = [
            r["level"]
            for r in rows
            if r["server"] == kind
            and r["added_p95_ms"] < 100
            and r["sent"] == r["stored"]
            and r["errors"] == 0
        ]
        best = max(ok) if ok else "none"
        print(f"{kind}: largest level with p95 added latency < 100 ms and no lost turn: {best}")
    path = save("interviews", {"machine": machine(), "args": vars(args), "rows": rows})
    print(f"results: {path}")


if __name__ == "__main__":
    main()
