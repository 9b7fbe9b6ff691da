"""A real ASGI server (uvicorn) on the demo data and headless Debian Chromium for browser tests."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from accounts.demo import DEMO_ACCOUNTS
from tests.processes import ROOT, child_env, free_port, stop_process_group, wait_for_http

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-dev-shm-usage",
]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
SECOND_STUDENT = ("student2", "docsim-second-student")

# Run once in the server's environment, before it starts: the schema, the demo, a second student.
SETUP = f"""
from django.core.management import call_command
from accounts.models import User
from accounts.roles import Role
from accounts.services import assign_roles
call_command("migrate", interactive=False, verbosity=0)
call_command("seed_demo", verbosity=0)
user = User.objects.create_user({SECOND_STUDENT[0]!r}, password={SECOND_STUDENT[1]!r})
assign_roles(user=user, roles=[Role.STUDENT])
"""


@dataclass(frozen=True)
class LiveServer:
    url: str
    database: Path

    def __call__(self, path: str) -> str:
        return self.url + path


def _missing_browser(reason: str) -> None:
    message = f"BROWSER TESTS NOT RUN: {reason} (install Debian's chromium: make browser)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Chromium through Playwright's sync API, for one module at a time: the sync API keeps an
    event loop running in this thread, which later (async or database) tests must not see."""
    if not CHROMIUM.exists():
        _missing_browser(f"{CHROMIUM} is missing")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing_browser("the playwright package is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("browser")
    database = folder / "browser.sqlite3"
    env = child_env(DEBUG="1", DATABASE_URL=f"sqlite:///{database}")
    for name in ("REDIS_URL", "SECRET_KEY"):
        env.pop(name, None)
    manage = [sys.executable, "manage.py"]
    subprocess.run(
        [*manage, "compile_catalogues"], cwd=ROOT, env=env, check=True, capture_output=True
    )
    subprocess.run(
        [*manage, "shell", "-c", SETUP], cwd=ROOT, env=env, check=True, capture_output=True
    )
    port = free_port()
    log = (folder / "server.log").open("wb")
    uvicorn = [sys.executable, "-m", "uvicorn", "docsim.asgi:application"]
    server = subprocess.Popen(
        [*uvicorn, "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/healthz", timeout=60, process=server)
        yield LiveServer(f"http://127.0.0.1:{port}", database)
    finally:
        stop_process_group(server)
        log.close()


@pytest.fixture
def new_page(browser: Any, app_server: LiveServer) -> Iterator[Any]:
    """Open pages in fresh browser contexts (separate cookies), closed after the test."""
    contexts: list[Any] = []

    def open_page() -> Any:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def log_in(page: Any, app_server: LiveServer, username: str, password: str) -> None:
    page.goto(app_server("/login/"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(app_server("/stations/"))


def demo_student() -> tuple[str, str]:
    return "student", DEMO_ACCOUNTS["student"].password


def screenshot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
