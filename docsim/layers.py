"""The Redis channel layer on a bounded, blocking connection pool, and group membership checks.

redis-py's asyncio pool refuses a command once `max_connections` (100 by default since redis-py
8) are busy, so a burst of websocket handshakes (each one a `group_add`) failed with HTTP 500.
This pool makes the excess wait for a free connection instead, up to `timeout` seconds.

A `group_send` through Redis costs about eight round trips (four to send, four to receive). A
socket that delivers an event to itself directly only needs the layer when someone else is in
the group: `has_others` tells, in one round trip.
"""

from __future__ import annotations

from typing import Any

from channels.layers import InMemoryChannelLayer
from channels_redis import core
from redis.asyncio import BlockingConnectionPool


class RedisChannelLayer(core.RedisChannelLayer):
    """channels_redis' layer, on a BlockingConnectionPool."""

    def create_pool(self, index: int) -> Any:
        host = dict(self.hosts[index])
        if "address" not in host:  # sentinel or host/port configurations keep the default pool
            return super().create_pool(index)
        return BlockingConnectionPool.from_url(host.pop("address"), **host)


async def has_others(layer: Any, group: str, channel: str) -> bool:
    """Whether `group` may have a member other than `channel`; True when the layer cannot tell.
    A member added just after this check already sees the state the event reports: sockets join
    their group before they read their snapshot."""
    if isinstance(layer, core.RedisChannelLayer):
        connection = layer.connection(layer.consistent_hash(group))
        members = await connection.zrange(layer._group_key(group), 0, -1)
        return any(member.decode("utf-8") != channel for member in members)
    if isinstance(layer, InMemoryChannelLayer):
        return any(member != channel for member in layer.groups.get(group, {}))
    return True
