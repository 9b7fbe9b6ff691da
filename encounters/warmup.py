"""Warming a serving process, so that its first interview reply is as fast as the others.

A fresh process otherwise pays on its first reply for the LLM client (about 100 ms), the matcher's
first classification (about 250 ms), parsing the case versions and opening a database connection.
Then the objects made so far (Django, the lexicons, the cases) are frozen out of the garbage
collector's reach, so that its full collections, which pause the event loop, stay short.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import weakref

from channels.layers import get_channel_layer
from django.conf import settings

from cases.matching import classify
from cases.models import CaseVersion
from docsim import llm
from encounters import casebook
from encounters.asyncdb import db
from encounters.patient import fidelity

log = logging.getLogger(__name__)
MAX_VERSIONS = 200  # the case caches hold 512 versions
_cases_warmed = False
_warming: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Task[None]] = (
    weakref.WeakKeyDictionary()
)


def warm_up() -> asyncio.Task[None]:
    """Warm this process once per event loop: started by the ASGI lifespan, or by the first
    socket under a server without one (daphne); later calls return the same task."""
    loop = asyncio.get_running_loop()
    task = _warming.get(loop)
    if task is None:
        task = _warming[loop] = loop.create_task(_warm())
    return task


async def _warm() -> None:
    global _cases_warmed  # once per process, whatever the event loop
    try:
        if settings.DOCSIM_PATIENT_ENGINE == "llm":
            llm.async_client()  # made for this event loop, where the replies will stream
        get_channel_layer()  # imports the Redis client
        if not _cases_warmed:
            _cases_warmed = True
            await db(warm_cases)()
            gc.collect()
            gc.freeze()  # what start-up made lives on: full collections no longer scan it
    except Exception:  # a cold process is slower, not broken
        log.exception("warm-up failed; the first replies will be slower")


def warm_cases() -> int:
    """Parse the current case versions and run the matcher and the fidelity check once on
    each; returns how many versions were warmed."""
    ids = list(CaseVersion.objects.current().order_by("-pk").values_list("pk", flat=True))
    for version_id in ids[:MAX_VERSIONS]:
        knowledge = casebook.knowledge(version_id)
        classify("How are you?", casebook.match_context(version_id, ()))
        fidelity.check(knowledge, "I am fine.", ())
    return len(ids[:MAX_VERSIONS])
