"""The OpenAPI schema validates with no warning, documents every error, and its docs page needs
nothing from outside (the Swagger UI files are served from the sidecar package)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

from tests.processes import ROOT, child_env

pytestmark = pytest.mark.django_db


def test_spectacular_validates_the_schema_without_a_warning() -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", "spectacular", "--validate", "--fail-on-warn",
         "--file", "/dev/null"],
        cwd=ROOT, env=child_env(DEBUG="1"), capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "warning" not in output.lower(), output


def test_every_operation_documents_its_errors_in_one_shape() -> None:
    schema = Client().get("/api/schema/?format=json").json()
    assert set(schema["components"]["schemas"]["Error"]["properties"]) == {
        "detail", "code", "errors"
    }  # fmt: skip
    assert schema["components"]["securitySchemes"]["bearerToken"]["scheme"] == "bearer"
    for path, operations in schema["paths"].items():
        assert path.startswith("/api/v1/")
        for method, operation in operations.items():
            codes = set(operation["responses"])
            assert {"401", "403", "429"} <= codes, (method, path)
            if method == "post":
                assert "400" in codes, (method, path)
            if "{id}" in path:
                assert "404" in codes, (method, path)
            assert any(code.startswith("2") for code in codes), (method, path)


def test_the_docs_page_loads_only_local_files() -> None:
    page = Client().get("/api/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets
    assert all(asset.startswith("/static/") for asset in assets), assets
    for asset in assets:
        assert finders.find(asset.removeprefix("/static/")), asset
    assert "cdn" not in html.lower()
    assert '"/api/schema/"' in html
