"""The real paths: a Celery worker on Redis, and the Redis channel layer across processes."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import uuid
from datetime import timedelta

import pytest
from channels.layers import get_channel_layer
from django.contrib.sessions.models import Session
from django.utils import timezone

from accounts.tasks import clear_expired_sessions_task
from tests.processes import ROOT, celery_worker, child_env

pytestmark = pytest.mark.services


@pytest.mark.django_db(transaction=True)
def test_a_real_celery_worker_runs_a_task_against_the_database() -> None:
    Session.objects.create(
        session_key="expired" + "x" * 25,
        session_data="e30",
        expire_date=timezone.now() - timedelta(days=1),
    )
    queue = f"test-{uuid.uuid4().hex}"
    with celery_worker(queue):
        result = clear_expired_sessions_task.apply_async(queue=queue)
        assert result.get(timeout=60) == 1
    assert not Session.objects.filter(session_key__startswith="expired").exists()


SENDER = """
import sys, django
django.setup()
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
async_to_sync(get_channel_layer().group_send)(sys.argv[1], {"type": "notify", "payload": "hi"})
"""


async def test_redis_channel_layer_carries_a_message_between_processes() -> None:
    layer = get_channel_layer()
    assert layer is not None
    assert type(layer).__name__ == "RedisChannelLayer"
    group = f"test-{uuid.uuid4().hex}"
    channel = await layer.new_channel()
    await layer.group_add(group, channel)
    subprocess.run(
        [sys.executable, "-c", SENDER, group],
        cwd=ROOT,
        env=child_env(DJANGO_SETTINGS_MODULE="docsim.settings"),
        check=True,
        timeout=60,
    )
    message = await layer.receive(channel)
    assert message == {"type": "notify", "payload": "hi"}
    await layer.group_discard(group, channel)


@pytest.mark.django_db(transaction=True)
async def test_an_idle_socket_stays_open_on_the_redis_layer() -> None:
    """redis-py 8 reads time out after 5 s by default, as long as the layer's idle blocking
    pop: without a longer read timeout every idle websocket was closed with 1011."""
    from asgiref.sync import sync_to_async

    from accounts.consumers import user_group
    from tests.factories import UserFactory
    from tests.sockets import open_socket

    user = await sync_to_async(UserFactory.create)()
    communicator, connected = await open_socket("/ws/notifications/", user)
    assert connected
    await asyncio.sleep(7)
    layer = get_channel_layer()
    assert layer is not None
    await layer.group_send(user_group(user.pk), {"type": "notify", "payload": {"type": "ping"}})
    assert await communicator.receive_json_from(timeout=5) == {"type": "ping"}
    await communicator.disconnect()
