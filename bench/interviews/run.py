"""Interview benchmark orchestrator: provider, server, simulated students, baseline, table.

    .venv/bin/python -m bench.interviews.run                  # full run (about 30 minutes)
    .venv/bin/python -m bench.interviews.run --quick          # levels 1, 50; 4 questions

Loopback only. Needs PostgreSQL and Redis on 127.0.0.1 (as in CI). The fake provider and the
simulated students share core 1; `uvicorn` and `daphne` run one process pinned to core 0, and
`uvicorn-x2` two worker processes on both cores (as `make serve`). The baseline of a level is
measured once and compared with every server. Each server's output goes to
bench/results/server-<kind>.log; the errors it logged during a level are counted in the table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
import time
from typing import Any

from bench.common import machine, markdown_table, percentile, psql, save
from bench.interviews import procs
from bench.interviews.procs import PY, ServerLog, cpu_s, pinned, run_json

LOAD = [PY, "-m", "bench.interviews.load"]
PREPARE = [PY, "-m", "bench.interviews.prepare"]


def load_timeout(args: argparse.Namespace) -> float:
    """A bound on one load run: every question at the longest think time and reply timeout."""
    return args.questions * (args.think[1] + 65) + 180


def write_plan(level: int, args: argparse.Namespace, env: dict[str, str], port: int) -> str:
    plans = run_json([*PREPARE, "encounters", str(level), str(args.questions), str(level)], env)
    cfg = {
        "plans": plans, "ws_base": f"ws://127.0.0.1:{port}", "origin": f"http://127.0.0.1:{port}",
        "provider": f"http://127.0.0.1:{args.provider_port}/v1", "think_s": args.think,
        "ramp_s": args.ramp,
    }  # fmt: skip
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(cfg, handle)
    return handle.name


def measured(mode: str, plan: str, args: argparse.Namespace, env: dict[str, str]) -> Any:
    """A load run, with the CPU the provider used meanwhile (it shares core 1 with the load)."""
    before = cpu_s(args.provider_pid)
    result = run_json(pinned(1, [*LOAD, mode, plan]), env, timeout=load_timeout(args))
    result["provider_cpu_pct"] = 100 * (cpu_s(args.provider_pid) - before) / result["wall_s"]
    return result


def one_level(
    level: int, args: argparse.Namespace, env: dict[str, str], server: Any, log: ServerLog
) -> dict[str, Any]:
    plan = write_plan(level, args, env, args.server_port)
    if level not in args.baselines:
        args.baselines[level] = measured("baseline", plan, args, env)
    baseline = args.baselines[level]
    log.errors()  # skip what was logged before this level
    before = cpu_s(server.pid)
    memory = procs.PeakMemory(server.pid)
    memory.start()
    profiler = procs.start_profiler(server.pid, f"{args.kind}-{level}") if args.profile else None
    docsim = measured("docsim", plan, args, env)
    if profiler is not None:
        profiler.send_signal(2)
        profiler.wait(timeout=60)
    memory.running = False
    server_cpu_s = cpu_s(server.pid) - before
    time.sleep(1)  # let the last replies land before counting
    ids = [p["encounter"] for p in json.load(open(plan))["plans"]]  # noqa: SIM115
    os.unlink(plan)
    stored = run_json([*PREPARE, "turns"], env, json.dumps(ids))
    server_errors, server_error_kinds = log.errors()
    row: dict[str, Any] = {
        "server": args.kind, "level": level, "planned": level * args.questions,
        "sent": docsim["sent"], "acked": docsim["acked"], "stored": stored["student"],
        "replies_ok": stored["patient_ok"], "error_kinds": docsim["error_kinds"],
        "replies_failed": stored["patient_failed"],
        "errors": docsim["error_count"], "error_samples": docsim["errors"][:5],
        "baseline_errors": baseline["error_count"],
        "baseline_error_samples": baseline["errors"][:5],
        "server_errors": server_errors, "server_error_kinds": server_error_kinds,
        "server_cpu_pct": 100 * server_cpu_s / docsim["wall_s"],
        "server_cpu_ms_per_turn": 1000 * server_cpu_s / max(docsim["sent"], 1),
        "server_peak_rss_mib": memory.peak_mib,
        "load_cpu_pct": docsim["cpu_pct"], "provider_cpu_pct": docsim["provider_cpu_pct"],
        "baseline_load_cpu_pct": baseline["cpu_pct"],
        "baseline_provider_cpu_pct": baseline["provider_cpu_pct"],
        "connect_p95_ms": percentile(docsim["connect_s"], 95) * 1000,
        "fd_limit": docsim["fd_limit"], "wall_s": docsim["wall_s"],
    }  # fmt: skip
    row["core1_pct"] = row["load_cpu_pct"] + row["provider_cpu_pct"]
    for q in (50, 95, 99):
        ours = percentile(docsim["ttft_s"], q) * 1000
        base = percentile(baseline["ttft_s"], q) * 1000
        row[f"ttft_p{q}_ms"], row[f"baseline_p{q}_ms"], row[f"added_p{q}_ms"] = (
            ours,
            base,
            ours - base,
        )
    row["p95_by_question_ms"] = by_question(docsim), by_question(baseline)
    return row


def by_question(tally: dict[str, Any]) -> list[float]:
    """p95 of the time to first token of each question of the interviews (first, second...):
    shows whether the slow replies come with the start, when every student asks at once."""
    times: dict[int, list[float]] = {}
    for index, ttft in zip(tally["ttft_question"], tally["ttft_s"], strict=True):
        times.setdefault(index, []).append(ttft)
    return [round(percentile(times[i], 95) * 1000, 1) for i in sorted(times)]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--levels", default="1,50,200,500,1000")
    parser.add_argument("--questions", type=int, default=12)
    parser.add_argument("--think", default="3,7", help="think time range in seconds")
    parser.add_argument("--ramp", type=float, default=0.0, help="spread the connections (s)")
    parser.add_argument(
        "--servers", default=",".join(procs.SERVERS), help=f"any of {','.join(procs.SERVERS)}"
    )
    parser.add_argument("--quick", action="store_true", help="levels 1,50; 4 questions; uvicorn")
    parser.add_argument("--profile", action="store_true", help="py-spy the server (needs py-spy)")
    args = parser.parse_args()
    if args.quick:
        args.levels, args.questions, args.servers = "1,50", 4, "uvicorn"
    args.think = [float(x) for x in args.think.split(",")]
    args.levels = [int(x) for x in args.levels.split(",")]
    args.servers = args.servers.split(",")
    if unknown := set(args.servers) - set(procs.SERVERS):
        parser.error(f"unknown servers: {', '.join(sorted(unknown))}")
    args.provider_port, args.server_port, args.baselines = 18011, 18010, {}
    return args


def fresh_database(db: str, env: dict[str, str]) -> None:
    for statement in (f"DROP DATABASE IF EXISTS {db} WITH (FORCE)", f"CREATE DATABASE {db}"):
        if not psql(statement):
            raise SystemExit(f"PostgreSQL on 127.0.0.1 refused: {statement}")
    subprocess.run([PY, "manage.py", "migrate", "-v0"], cwd=procs.ROOT, env=env, check=True)
    run_json([*PREPARE, "setup"], env)


def start_provider(args: argparse.Namespace, env: dict[str, str]) -> Any:
    fake = [PY, "-m", "tests.fakes.openai_server", "--port", str(args.provider_port),
            "--ttft-ms", "300", "--tokens-per-s", "50", "--reply-tokens", "40"]  # fmt: skip
    provider = procs.start(pinned(1, fake), env, None)
    procs.wait_http(f"http://127.0.0.1:{args.provider_port}/v1/models")
    return provider


def main() -> None:
    args = parse_args()
    env = procs.bench_env(args.provider_port, "docsim_bench")
    procs.raise_fds()
    fresh_database("docsim_bench", env)
    provider = start_provider(args, env)
    args.provider_pid = provider.pid
    rows = []
    try:
        for kind in args.servers:
            args.kind = kind
            log = ServerLog(kind)
            command = procs.server_command(kind, args.server_port)
            command = pinned(0, command) if procs.pinned_server(kind) else command
            server = procs.start(command, env, log.handle)
            try:
                procs.wait_http(f"http://127.0.0.1:{args.server_port}/healthz")
                for level in args.levels:
                    row = one_level(level, args, env, server, log)
                    rows.append(row)
                    short = {k: round(v, 1) if isinstance(v, float) else v for k, v in row.items()}
                    print(json.dumps(short), flush=True)
            finally:
                procs.stop(server)
                log.handle.close()
    finally:
        procs.stop(provider)
    report(rows, args)


def meets_targets(row: dict[str, Any]) -> bool:
    """Under 100 ms p95 added, and no lost turn: every planned question sent, stored and
    answered, with no error on either side."""
    complete = row["planned"] == row["sent"] == row["stored"] == row["replies_ok"]
    clean = row["errors"] == 0 and row["server_errors"] == 0
    return row["added_p95_ms"] < 100 and complete and clean


def report(rows: list[dict[str, Any]], args: argparse.Namespace) -> None:
    header = ["server", "concurrent", "TTFT p50 ms", "baseline p50", "added p50", "added p95",
              "added p99", "planned", "sent", "stored", "replies ok", "client errors",
              "baseline errors",
              "server errors", "server CPU %", "CPU ms per turn", "server RSS MiB",
              "core 1 CPU % (load + provider)"]  # fmt: skip
    table = [
        [r["server"], r["level"], r["ttft_p50_ms"], r["baseline_p50_ms"], r["added_p50_ms"],
         r["added_p95_ms"], r["added_p99_ms"], r["planned"], r["sent"], r["stored"],
         r["replies_ok"], r["errors"], r["baseline_errors"], r["server_errors"],
         r["server_cpu_pct"], r["server_cpu_ms_per_turn"],
         r["server_peak_rss_mib"],
         f"{r['core1_pct']:.0f} ({r['load_cpu_pct']:.0f} + {r['provider_cpu_pct']:.0f})"]
        for r in rows
    ]  # fmt: skip
    print(markdown_table(header, table))
    for kind in args.servers:
        ok = [r["level"] for r in rows if r["server"] == kind and meets_targets(r)]
        best = max(ok) if ok else "none"
        print(f"{kind}: largest level with p95 added latency < 100 ms and no lost turn: {best}")
    busy = [f"{r['server']} {r['level']}" for r in rows if r["core1_pct"] > 90]
    if busy:
        print("core 1 (load generator + provider) was saturated at: " + ", ".join(busy))
    for r in rows:
        if r["errors"]:
            print(
                f"{r['server']} {r['level']}: client errors (acked {r['acked']}) {r['error_kinds']}"
            )
        if r["server_errors"]:
            print(f"{r['server']} {r['level']}: server errors {r['server_error_kinds']}")
    options = {k: v for k, v in vars(args).items() if k != "baselines"}
    path = save("interviews", {"machine": machine(), "args": options, "rows": rows})
    print(f"results: {path}")


if __name__ == "__main__":
    main()
