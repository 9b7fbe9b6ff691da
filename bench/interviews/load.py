"""Simulated students: real websocket clients (DocSim) or raw openai streams (the baseline).

`python -m bench.interviews.load docsim|baseline PLAN.json` prints a JSON summary. Each student
waits a think time, asks, and measures the time to the first token of the reply. The summary
includes this process's CPU use: it shares a core with the provider, and a saturated core would
inflate both DocSim's and the baseline's latencies.
"""

from __future__ import annotations

import asyncio
import json
import random
import resource
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import websockets

STREAMED_FRAME_PREFIX = '{"type": "token"'  # as encounters.realtime writes it


@dataclass
class Tally:
    ttft_s: list[float] = field(default_factory=list)
    ttft_question: list[int] = field(default_factory=list)  # which question (0 = the first)
    total_s: list[float] = field(default_factory=list)
    connect_s: list[float] = field(default_factory=list)
    sent: int = 0
    acked: int = 0
    completed: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def raise_fd_limit() -> int:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return hard


async def _next_reply(ws: Any, started: float, tally: Tally, index: int) -> None:
    first: float | None = None
    while True:
        raw = await ws.recv()
        if first is not None and raw.startswith(STREAMED_FRAME_PREFIX):
            continue  # later tokens: no need to parse them
        frame = json.loads(raw)
        kind = frame["type"]
        if kind == "ack":
            tally.acked += 1
        elif kind == "token" and first is None:
            first = time.perf_counter()
            tally.ttft_s.append(first - started)
            tally.ttft_question.append(index)
        elif kind == "turn.completed" and frame["turn"]["role"] == "patient":
            tally.completed += 1
            tally.total_s.append(time.perf_counter() - started)
            return
        elif kind in {"turn.failed", "error"}:
            tally.failed += 1
            tally.errors.append(frame.get("code") or frame.get("reason") or kind)
            return


async def docsim_student(plan: dict[str, Any], cfg: dict[str, Any], tally: Tally) -> None:
    url = f"{cfg['ws_base']}/ws/encounters/{plan['encounter']}/"
    headers = {"Cookie": plan["cookie"], "Origin": cfg["origin"]}
    rng = random.Random(plan["encounter"])
    await asyncio.sleep(rng.uniform(0, cfg.get("ramp_s", 0)))
    try:
        opened = time.perf_counter()
        async with websockets.connect(
            url, additional_headers=headers, open_timeout=60, compression=None, max_queue=None
        ) as ws:
            json.loads(await ws.recv())  # snapshot
            tally.connect_s.append(time.perf_counter() - opened)
            for index, question in enumerate(plan["questions"]):
                await asyncio.sleep(rng.uniform(*cfg["think_s"]))
                msg = {"type": "ask", "text": question, "client_msg_id": uuid.uuid4().hex}
                started = time.perf_counter()
                await ws.send(json.dumps(msg))
                tally.sent += 1
                await asyncio.wait_for(_next_reply(ws, started, tally, index), timeout=60)
    except Exception as exc:  # counted, never fatal: the benchmark reports errors
        tally.errors.append(f"{type(exc).__name__}: {exc}"[:200])


async def baseline_student(
    plan: dict[str, Any], cfg: dict[str, Any], tally: Tally, client: Any
) -> None:
    rng = random.Random(plan["encounter"])
    await asyncio.sleep(rng.uniform(0, cfg.get("ramp_s", 0)))
    try:
        for index, question in enumerate(plan["questions"]):
            await asyncio.sleep(rng.uniform(*cfg["think_s"]))
            started = time.perf_counter()
            tally.sent += 1
            stream = await client.chat.completions.create(
                model="bench",
                messages=[{"role": "system", "content": "You are a patient."},
                          {"role": "user", "content": question}],
                stream=True,
            )  # fmt: skip
            first = None
            async for chunk in stream:
                if first is None and chunk.choices and chunk.choices[0].delta.content:
                    first = time.perf_counter()
                    tally.ttft_s.append(first - started)
                    tally.ttft_question.append(index)
            tally.completed += 1
            tally.total_s.append(time.perf_counter() - started)
    except Exception as exc:
        tally.errors.append(f"{type(exc).__name__}: {exc}"[:200])


async def run(mode: str, cfg: dict[str, Any]) -> Tally:
    tally = Tally()
    plans = cfg["plans"]
    if mode == "docsim":
        await asyncio.gather(*(docsim_student(p, cfg, tally) for p in plans))
        return tally
    import httpx2
    import openai

    http = openai.DefaultAioHttpClient(  # the HTTP transport DocSim's patient uses
        limits=httpx2.Limits(max_connections=len(plans) + 10, max_keepalive_connections=len(plans))
    )
    client = openai.AsyncOpenAI(
        base_url=cfg["provider"], api_key="bench", max_retries=0, timeout=60, http_client=http
    )
    await asyncio.gather(*(baseline_student(p, cfg, tally, client) for p in plans))
    await client.close()
    return tally


def main() -> None:
    mode, path = sys.argv[1], sys.argv[2]
    with open(path) as handle:
        cfg = json.load(handle)
    fd_limit = raise_fd_limit()
    started, cpu = time.perf_counter(), time.process_time()
    try:
        import uvloop  # the servers' loop too; the load must not be the bottleneck
    except ImportError:
        tally = asyncio.run(run(mode, cfg))
    else:
        tally = uvloop.run(run(mode, cfg))
    wall = time.perf_counter() - started
    summary = tally.__dict__ | {
        "wall_s": wall, "fd_limit": fd_limit, "cpu_pct": 100 * (time.process_time() - cpu) / wall
    }  # fmt: skip
    summary["errors"] = tally.errors[:20] + (
        [f"... {len(tally.errors) - 20} more"] if len(tally.errors) > 20 else []
    )
    summary["error_count"] = len(tally.errors)
    summary["error_kinds"] = Counter(tally.errors).most_common(8)
    json.dump(summary, sys.stdout)


if __name__ == "__main__":
    main()
