"""WSGI entry point (HTTP only; the product is served through ASGI for websockets)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "docsim.settings")
application = get_wsgi_application()
