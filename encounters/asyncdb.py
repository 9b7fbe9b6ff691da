"""ORM work from async code: a pool of threads on PostgreSQL, the single ORM thread on SQLite.

Channels' default runs every sync call of a process on one thread, so under load every
interview queues behind the others. PostgreSQL takes concurrent connections (and the row locks
in the services keep them safe); SQLite does not, so it keeps the single thread.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, ParamSpec, TypeVar

from channels.db import DatabaseSyncToAsync
from django.conf import settings

P = ParamSpec("P")
R = TypeVar("R")

PARALLEL = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
_EXECUTOR = (
    ThreadPoolExecutor(max_workers=settings.DATABASE_ASYNC_THREADS, thread_name_prefix="orm")
    if PARALLEL
    else None
)


def db(func: Callable[P, R]) -> Callable[P, Coroutine[Any, Any, R]]:
    """Like channels' database_sync_to_async, on the pool when the database allows it."""
    if PARALLEL:
        return DatabaseSyncToAsync(func, thread_sensitive=False, executor=_EXECUTOR)
    return DatabaseSyncToAsync(func)
