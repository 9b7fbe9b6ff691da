"""Scoring benchmark.

    .venv/bin/python -m bench.scoring.run              # 1,000 transcripts + LLM concurrency
    .venv/bin/python -m bench.scoring.run --full       # also 27,000 transcripts (long)

Offline examiner: `manage.py score_batch` on generated transcripts, pinned to one core with one
worker, then with one worker per core; the baseline is reading, validating and writing the same
file with no scoring (the I/O floor). LLM examiner: its structured-output call through the fake
provider at 1 s latency with concurrency limits 8, 32 and 64; the ideal is limit ÷ latency.
Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "docsim.settings")
os.environ.setdefault("DEBUG", "1")
django.setup()

from django.conf import settings  # noqa: E402

from bench.common import machine, markdown_table, save  # noqa: E402
from cases.bundle import CaseBundle  # noqa: E402
from docsim import llm  # noqa: E402
from scoring.engines.prompt import ExaminerOutput, messages  # noqa: E402
from scoring.transcripts import LineError, Record, demo_bundle, read_records  # noqa: E402
from tests.fakes.openai_server import FakeOpenAIServer  # noqa: E402
from tests.scoring.generated import generate, write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def child_env(db: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_", "DOCSIM_"))
    }
    env.update(DEBUG="1", DATABASE_URL=f"sqlite:///{db}", LOG_LEVEL="WARNING")
    env.pop("REDIS_URL", None)
    return env


def demo_case(key: str) -> CaseBundle:
    bundle = demo_bundle(key)
    if bundle is None:
        raise LineError(f"no demo case {key}")
    return bundle


def baseline(path: Path, out: Path) -> float:
    """Read, validate and convert every transcript, write one JSON line each: no scoring."""
    started = time.perf_counter()
    count = 0
    with out.open("w") as handle:
        for record in read_records(path, demo_case):
            if isinstance(record, Record):
                case = record.to_input()
                handle.write(json.dumps({"id": record.id, "turns": len(case.turns)}) + "\n")
                count += 1
    return count / (time.perf_counter() - started)


def batch(path: Path, out: Path, env: dict[str, str], workers: int, pin: bool) -> float:
    args = [sys.executable, "manage.py", "score_batch", "--input", str(path), "--output", str(out),
            "--workers", str(workers)]  # fmt: skip
    if pin:
        args = ["taskset", "-c", "0", *args]
    started = time.perf_counter()
    subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True)
    elapsed = time.perf_counter() - started
    with out.with_suffix(".jsonl").open() as handle:
        scored = sum(1 for _ in handle)
    return scored / elapsed


def offline(counts: list[int]) -> list[list[object]]:
    rows: list[list[object]] = []
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        env = child_env(folder / "bench.sqlite3")
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True
        )
        for count in counts:
            path = write_jsonl(folder / f"t{count}.jsonl", generate(count))
            floor = baseline(path, folder / "floor.jsonl")
            one = batch(path, folder / f"one{count}", env, 1, pin=True)
            every = batch(path, folder / f"all{count}", env, cores, pin=False)
            minutes_27k = 27000 / every / 60
            rows.append([count, floor, one, every, f"{every / one:.2f}x", f"{minutes_27k:.1f}"])
            print(rows[-1], flush=True)
    return rows


async def llm_round(limit: int, case_messages: list[dict[str, str]], calls: int) -> float:
    settings.DOCSIM_LLM_MAX_CONCURRENCY = limit
    llm.reset_for_tests()
    started = time.perf_counter()
    await asyncio.gather(*(
        llm.acomplete_json(messages=case_messages, model="bench", schema=ExaminerOutput)
        for _ in range(calls)
    ))  # fmt: skip
    return calls / (time.perf_counter() - started)


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
    parser.add_argument("--full", action="store_true", help="also 27,000 transcripts")
    args = parser.parse_args()
    counts = [1000, 27000] if args.full else [1000]
    off = offline(counts)
    on = llm_examiner([8, 32, 64], 1.0)
    print(markdown_table(
        ["transcripts", "baseline (no scoring) /s", "1 core /s", f"{os.cpu_count()} cores /s",
         "speed-up", "27,000 would take (min)"], off))  # fmt: skip
    print(markdown_table(["concurrency limit", "ideal /s", "achieved /s", "fraction"], on))
    print(f"results: {save('scoring', {'machine': machine(), 'offline': off, 'llm': on})}")


if __name__ == "__main__":
    main()
