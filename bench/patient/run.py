"""Offline patient benchmark over the demo cases' utterance tables.

    .venv/bin/python -m bench.patient.run [--repeat 5]

For every labelled utterance of `dev` and `heldout` (the corpus's first tables): classify it,
then stream the offline engine's reply to completion. The matcher's cache of readings is emptied
before each, so every utterance is read as new. The baseline is an echo engine through the same
path (the framework's own cost). Reports wall-clock latency p50/p95 and CPU time per reply.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
from collections.abc import AsyncIterator

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "docsim.settings")
os.environ.setdefault("DEBUG", "1")
django.setup()

import yaml  # noqa: E402

from bench.common import machine, markdown_table, percentile, save  # noqa: E402
from cases import bundle as bundles  # noqa: E402
from cases.bundle import terms  # noqa: E402
from cases.demo import DEMO_DIR  # noqa: E402
from cases.matching import classify, context_for, learned  # noqa: E402
from cases.matching.corpus import CORPUS_DIR as TABLES  # noqa: E402
from encounters.patient.base import ReplyRequest, ReplyResult  # noqa: E402
from encounters.patient.knowledge import patient_knowledge  # noqa: E402
from encounters.patient.offline import OfflineEngine  # noqa: E402


class EchoEngine:
    name = "echo"

    async def reply(self, request: ReplyRequest) -> AsyncIterator[str | ReplyResult]:
        yield request.utterance
        yield ReplyResult(text=request.utterance, engine=self.name)


def load_utterances() -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    for part in ("dev", "heldout"):
        entries += yaml.safe_load((TABLES / f"{part}.yaml").read_text(encoding="utf-8"))
    return [e for e in entries if (DEMO_DIR / f"{e['case']}.yaml").exists()]


def load_case(slug: str) -> bundles.CaseBundle:
    return bundles.parse_bytes((DEMO_DIR / f"{slug}.yaml").read_bytes(), "yaml")


async def one_reply(engine: object, bundle: bundles.CaseBundle, entry: dict[str, object]) -> None:
    context = context_for(
        language=bundle.metadata.language, custom_terms=terms.custom_terms(bundle),
        examples=terms.examples(bundle),
        previous_topics=tuple(entry.get("previous_topics") or ()),  # type: ignore[arg-type]
    )  # fmt: skip
    request = ReplyRequest(
        knowledge=patient_knowledge(bundle), transcript=(), utterance=str(entry["utterance"]),
        classification=classify(str(entry["utterance"]), context),
    )  # fmt: skip
    async for _item in engine.reply(request):  # type: ignore[attr-defined]
        pass


def measure(engine: object, entries: list[dict[str, object]], repeat: int) -> dict[str, float]:
    cases = {slug: load_case(slug) for slug in {str(e["case"]) for e in entries}}
    loop = asyncio.new_event_loop()
    for entry in entries:  # warm-up: lexicons and caches are built once per process
        loop.run_until_complete(one_reply(engine, cases[str(entry["case"])], entry))
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(repeat):
        for entry in entries:
            learned.learned().forget_readings()  # each utterance read as new, as in a station
            c0, w0 = time.process_time(), time.perf_counter()
            loop.run_until_complete(one_reply(engine, cases[str(entry["case"])], entry))
            wall.append((time.perf_counter() - w0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
    loop.close()
    return {
        "replies": len(wall), "p50_ms": percentile(wall, 50), "p95_ms": percentile(wall, 95),
        "cpu_ms_per_reply": sum(cpu) / len(cpu),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    entries = load_utterances()
    baseline = measure(EchoEngine(), entries, args.repeat)
    offline = measure(OfflineEngine(), entries, args.repeat)
    rows = [
        [name, r["replies"], r["p50_ms"], r["p95_ms"], r["cpu_ms_per_reply"]]
        for name, r in (("offline patient", offline), ("baseline (echo engine)", baseline))
    ]
    print(markdown_table(["engine", "replies", "p50 ms", "p95 ms", "CPU ms/reply"], rows))
    ratio = offline["p95_ms"] / baseline["p95_ms"] if baseline["p95_ms"] else float("nan")
    print(f"offline p95 / baseline p95: {ratio:.1f}x")
    path = save("patient", {"machine": machine(), "offline": offline, "baseline": baseline})
    print(f"results: {path}")


if __name__ == "__main__":
    main()
