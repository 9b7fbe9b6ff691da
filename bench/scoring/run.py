"""Scoring benchmark.

    .venv/bin/python -m bench.scoring.run              # 1,000 transcripts + LLM examiner (~2 min)
    .venv/bin/python -m bench.scoring.run --full       # also 27,000 on all cores (~7 min more)
    .venv/bin/python -m bench.scoring.run --full --full-one-core   # and on one core (~11 min more)

Other options: --counts 1000,5000 (sizes scored on one core and on all cores), --no-llm,
--sqlite (instead of PostgreSQL). Durations are for a quiet 2-core machine.

Offline examiner: `manage.py score_batch --input` on generated transcripts (every demo case,
about 44 turns each), end to end as an operator runs it: process start, reading, validating,
scoring, writing JSON Lines and CSV. Once with one worker process per core, once pinned to
one core with one process (`taskset -c 0`, `--workers 1`). The baseline is reading, validating
and converting the same file and writing one line per transcript, with no scoring (the I/O
floor), in this process. "CPU ms" is the CPU time of the run (all its processes) per
transcript; it varies less than the rate when other work shares the machine. The runs on all
cores and on one core must write identical results; the run stops if they differ.

Database: a scratch PostgreSQL database on 127.0.0.1:5432 (as in production; created and
dropped by the run), or SQLite in a temporary folder with --sqlite or when PostgreSQL is not
reachable; the table says which. Importing transcripts reads the database once per case and
saves the job's progress once a second, so the choice hardly matters here.

LLM examiner: its structured-output call through the fake provider at 1 s latency with
concurrency limits 8, 32 and 64; the ideal is limit ÷ latency. Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "docsim.settings")
os.environ.setdefault("DEBUG", "1")
django.setup()

from django.conf import settings  # noqa: E402

from bench.common import POSTGRES, machine, markdown_table, psql, save  # noqa: E402
from cases.bundle import CaseBundle  # noqa: E402
from docsim import llm  # noqa: E402
from scoring.engines.prompt import ExaminerOutput, messages  # noqa: E402
from scoring.transcripts import LineError, Record, demo_bundle, demo_bundles, read_records  # noqa: E402
from tests.fakes.openai_server import FakeOpenAIServer  # noqa: E402
from tests.scoring.generated import generate, write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TARGET = 27000
PR_SET_CHILD_SUBREAPER = 36  # prctl option, linux/prctl.h
HEADER = [
    "run", "transcripts", "seconds", "transcripts/s", "CPU ms per transcript",
    f"{TARGET:,} take (min)", "rate ÷ baseline",
]  # fmt: skip


@contextmanager
def database(folder: Path, sqlite: bool) -> Iterator[tuple[str, str]]:
    """(DATABASE_URL, its name in the table), migrated; a PostgreSQL one is dropped after."""
    name = f"docsim_bench_scoring_{os.getpid()}"
    if sqlite or not psql(f"CREATE DATABASE {name}"):
        url, label = f"sqlite:///{folder / 'bench.sqlite3'}", "SQLite"
    else:
        url, label = f"{POSTGRES}/{name}", "PostgreSQL"
    try:
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "-v0"],
            cwd=ROOT,
            env=child_env(url),
            check=True,
        )
        yield url, label
    finally:
        if label == "PostgreSQL":
            psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def child_env(url: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_", "DOCSIM_"))
    }
    env.update(DEBUG="1", DATABASE_URL=url, LOG_LEVEL="WARNING")
    env.pop("REDIS_URL", None)
    return env


def demo_case(key: str) -> CaseBundle:
    bundle = demo_bundle(key)
    if bundle is None:
        raise LineError(f"no demo case {key}")
    return bundle


def row(run: str, count: int, seconds: float, cpu_s: float, floor: float | None) -> list[object]:
    rate = count / seconds
    versus = "1.00" if floor is None else f"{rate / floor:.2f}"
    minutes = TARGET / rate / 60
    return [run, f"{count:,}", seconds, rate, 1000 * cpu_s / count, f"{minutes:.1f}", versus]


def baseline(path: Path, out: Path) -> tuple[float, float]:
    """Read, validate and convert every transcript, write one JSON line each: no scoring.
    (seconds, CPU seconds), parsing the demo cases included as in `score_batch`."""
    demo_bundles.cache_clear()
    started, cpu = time.perf_counter(), time.process_time()
    with out.open("w") as handle:
        for record in read_records(path, demo_case):
            if isinstance(record, Record):
                case = record.to_input()
                handle.write(json.dumps({"id": record.id, "turns": len(case.turns)}) + "\n")
    return time.perf_counter() - started, time.process_time() - cpu


def batch(path: Path, out: Path, url: str, workers: int, pin: bool) -> tuple[float, float]:
    """`score_batch` in a child process: (seconds, CPU seconds of it and its workers)."""
    args = [sys.executable, "manage.py", "score_batch", "--input", str(path), "--output", str(out),
            "--workers", str(workers), "--no-progress"]  # fmt: skip
    if pin:
        args = ["taskset", "-c", "0", *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(args, cwd=ROOT, env=child_env(url), check=True, capture_output=True)
    elapsed = time.perf_counter() - started
    reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def become_subreaper() -> None:
    """Adopt our descendants when their parent exits. The batch's workers are children of a
    fork server that the command never waits for; adopted and waited for here, their CPU time
    counts in this process's RUSAGE_CHILDREN like that of the command itself."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")


def reap_orphans(timeout_s: float = 30.0) -> None:
    """Wait for adopted descendants (the fork server ends when the command has ended)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.05)


def scored(prefix: Path) -> bytes:
    return prefix.with_name(prefix.name + ".jsonl").read_bytes()


def offline(counts: list[int], one_core: set[int], sqlite: bool) -> tuple[str, list[list[object]]]:
    rows: list[list[object]] = []
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as scratch, database(Path(scratch), sqlite) as (url, db):
        folder = Path(scratch)
        for count in counts:
            path = write_jsonl(folder / f"t{count}.jsonl", generate(count))
            seconds, cpu = baseline(path, folder / "floor.jsonl")
            floor = count / seconds
            rows.append(
                row("baseline: read, validate, write (no scoring)", count, seconds, cpu, None)
            )
            print(rows[-1], flush=True)
            outputs = []
            runs = [(cores, False), (1, True)] if count in one_core else [(cores, False)]
            for workers, pin in runs:
                prefix = folder / f"w{workers}-{count}"
                seconds, cpu = batch(path, prefix, url, workers, pin)
                name = f"score_batch --workers {workers}" + (
                    ", one core" if pin else f", {cores} cores"
                )
                rows.append(row(name, count, seconds, cpu, floor))
                print(rows[-1], flush=True)
                outputs.append(scored(prefix))
            if len(set(outputs)) > 1:
                raise SystemExit(f"{count}: {cores} cores and one core gave different results")
            for stale in folder.glob("w*"):
                stale.unlink()
    return db, rows


async def llm_round(limit: int, case_messages: list[dict[str, str]], calls: int) -> float:
    settings.DOCSIM_LLM_MAX_CONCURRENCY = limit
    llm.reset_for_tests()
    started = time.perf_counter()
    await asyncio.gather(*(
        llm.acomplete_json(messages=case_messages, model="bench", schema=ExaminerOutput)
        for _ in range(calls)
    ))  # fmt: skip
    achieved = calls / (time.perf_counter() - started)
    await llm.close_async_client()
    return achieved


def llm_examiner(limits: list[int], latency_s: float) -> list[list[object]]:
    path = write_jsonl(Path(tempfile.mkdtemp()) / "one.jsonl", generate(1))
    record = next(r for r in read_records(path, demo_case) if isinstance(r, Record))
    case_messages = messages(record.to_input())
    rows: list[list[object]] = []
    with FakeOpenAIServer(
        ttft_ms=int(latency_s * 1000), default_json_reply='{"items": []}'
    ) as fake:
        settings.DOCSIM_LLM_PROVIDER = "compatible"
        settings.OPENAI_BASE_URL = fake.base_url
        settings.DOCSIM_LLM_BREAKER_FAILURES = 10**6
        for limit in limits:
            achieved = asyncio.run(llm_round(limit, case_messages, calls=limit * 4))
            ideal = limit / latency_s
            rows.append([limit, ideal, achieved, f"{achieved / ideal:.0%}"])
            print(rows[-1], flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--full", action="store_true", help=f"also {TARGET:,} on all cores")
    parser.add_argument("--full-one-core", action="store_true", help=f"and {TARGET:,} on one")
    parser.add_argument("--counts", default="1000", help="sizes scored on one and on all cores")
    parser.add_argument("--no-llm", action="store_true", help="skip the LLM examiner")
    parser.add_argument("--sqlite", action="store_true", help="SQLite instead of PostgreSQL")
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",")]
    one_core = set(counts)
    if args.full or args.full_one_core:
        counts.append(TARGET)
        if args.full_one_core:
            one_core.add(TARGET)
    become_subreaper()
    db, off = offline(counts, one_core, args.sqlite)
    on = [] if args.no_llm else llm_examiner([8, 32, 64], 1.0)
    print(f"\nOffline examiner, generated transcripts ({db}, {os.cpu_count()} cores):\n")
    print(markdown_table(HEADER, off))
    for count in counts:
        rates = {str(r[0]): float(str(r[3])) for r in off if r[1] == f"{count:,}"}
        one = next((v for k, v in rates.items() if k.endswith("one core")), None)
        every = next((v for k, v in rates.items() if k.endswith(" cores")), None)
        if one and every:
            print(f"{count:,} transcripts: {os.cpu_count()} cores ÷ one core = {every / one:.2f}")
    if on:
        print(markdown_table(["concurrency limit", "ideal /s", "achieved /s", "fraction"], on))
    saved = save("scoring", {"machine": machine(), "database": db, "offline": off, "llm": on})
    print(f"results: {saved}")


if __name__ == "__main__":
    main()
