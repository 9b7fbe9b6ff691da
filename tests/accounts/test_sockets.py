"""The notifications socket: session auth, origin check, group delivery."""

from __future__ import annotations

import pytest
from channels.layers import get_channel_layer

from accounts.consumers import user_group
from tests.conftest import Personas
from tests.sockets import open_socket

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.smoke]


async def test_socket_without_session_is_refused() -> None:
    communicator, connected = await open_socket("/ws/notifications/")
    assert not connected
    await communicator.disconnect()


async def test_socket_from_another_origin_is_refused(personas: Personas) -> None:
    communicator, connected = await open_socket(
        "/ws/notifications/", personas.student, origin="http://evil.example"
    )
    assert not connected
    await communicator.disconnect()


async def test_signed_in_user_receives_events_for_their_group(personas: Personas) -> None:
    communicator, connected = await open_socket("/ws/notifications/", personas.student)
    assert connected
    layer = get_channel_layer()
    assert layer is not None
    payload = {"type": "score.ready", "encounter": 7}
    await layer.group_send(user_group(personas.student.pk), {"type": "notify", "payload": payload})
    assert await communicator.receive_json_from(timeout=5) == payload
    await communicator.disconnect()


async def test_socket_is_read_only(personas: Personas) -> None:
    communicator, connected = await open_socket("/ws/notifications/", personas.student)
    assert connected
    await communicator.send_json_to({"type": "anything"})
    reply = await communicator.receive_json_from(timeout=5)
    assert reply["type"] == "error"
    await communicator.disconnect()
