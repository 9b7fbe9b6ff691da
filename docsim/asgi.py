"""ASGI entry point: HTTP through Django, websockets through session-authenticated routes, and
the lifespan protocol warming the process before it serves (servers without it, such as
daphne, warm at the first websocket instead)."""

from __future__ import annotations

import os
from typing import Any

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "docsim.settings")
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from docsim.llm import close_async_client  # noqa: E402
from docsim.routing import websocket_urlpatterns  # noqa: E402
from docsim.wsauth import SessionAuthMiddleware  # noqa: E402
from encounters import warmup  # noqa: E402


async def lifespan(scope: dict[str, Any], receive: Any, send: Any) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await warmup.warm_up()  # logs its own failure: a cold process still serves
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await close_async_client()  # its open connections, before the loop ends
            await send({"type": "lifespan.shutdown.complete"})
            return


application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": AllowedHostsOriginValidator(
            SessionAuthMiddleware(URLRouter(websocket_urlpatterns))
        ),
        "lifespan": lifespan,
    }
)
