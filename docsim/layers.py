"""The Redis channel layer on a bounded, blocking connection pool.

redis-py's asyncio pool refuses a command once `max_connections` (100 by default since redis-py
8) are busy, so a burst of websocket handshakes (each one a `group_add`) failed with HTTP 500.
This pool makes the excess wait for a free connection instead, up to `timeout` seconds.
"""

from __future__ import annotations

from typing import Any

from channels_redis import core
from redis.asyncio import BlockingConnectionPool


class RedisChannelLayer(core.RedisChannelLayer):
    """channels_redis' layer, on a BlockingConnectionPool."""

    def create_pool(self, index: int) -> Any:
        host = dict(self.hosts[index])
        if "address" not in host:  # sentinel or host/port configurations keep the default pool
            return super().create_pool(index)
        return BlockingConnectionPool.from_url(host.pop("address"), **host)
