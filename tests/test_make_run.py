"""`make run` serves the home page and the demo logins work over real HTTP."""

from __future__ import annotations

import http.cookiejar
import subprocess
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from accounts.demo import DEMO_ACCOUNTS
from tests.processes import ROOT, child_env, free_port, stop_process_group, wait_for_http

pytestmark = pytest.mark.smoke


def login(base: str, username: str, password: str) -> str:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(f"{base}/login/") as response:
        assert response.status == 200
    token = next(c.value for c in jar if c.name == "csrftoken")
    form = urllib.parse.urlencode(
        {"username": username, "password": password, "csrfmiddlewaretoken": token}
    ).encode()
    request = urllib.request.Request(f"{base}/login/", data=form, headers={"Referer": base})
    with opener.open(request) as response:
        return response.geturl()


def test_make_run_serves_and_demo_logins_work(tmp_path: Path) -> None:
    port = free_port()
    env = child_env(DATABASE_URL=f"sqlite:///{tmp_path / 'run.sqlite3'}")
    for name in ("REDIS_URL", "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"):
        env.pop(name, None)
    server = subprocess.Popen(
        ["make", "--no-print-directory", "run", f"PORT={port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(f"{base}/healthz", timeout=180, process=server)
        with urllib.request.urlopen(f"{base}/login/") as response:
            assert "DocSim" in response.read().decode()
        assert login(base, "student", DEMO_ACCOUNTS["student"].password).endswith("/stations/")
        assert login(base, "tutor", DEMO_ACCOUNTS["tutor"].password).endswith("/review/")
        assert login(base, "faculty", DEMO_ACCOUNTS["faculty"].password).endswith("/admin/")
    finally:
        stop_process_group(server)
