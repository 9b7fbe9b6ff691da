"""Fake OpenAI-compatible LLM server on loopback: in-process runner (FakeOpenAIServer) and CLI."""

from __future__ import annotations

import argparse
import ipaddress
import socket
import threading
import time
from types import TracebackType
from typing import Any

import uvicorn

from tests.fakes.openai_app import FAULTS, FakeConfig, FakeOpenAIApp, normalize_fault, split_tokens

__all__ = ["FAULTS", "FakeConfig", "FakeOpenAIApp", "FakeOpenAIServer", "main", "split_tokens"]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class FakeOpenAIServer:
    """Run the fake in a background thread: ``with FakeOpenAIServer(reply_tokens=5) as fake: ...``.

    ``base_url`` is for ``openai.OpenAI(base_url=...)``, ``root_url`` for
    ``openai.AzureOpenAI(azure_endpoint=...)``. ``config`` is the live FakeConfig.
    """

    def __init__(
        self,
        config: FakeConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        loop: str = "asyncio",
        start_timeout_s: float = 10.0,
        **config_changes: Any,
    ) -> None:
        if not is_loopback(host):
            raise ValueError(f"the fake OpenAI server only binds loopback addresses, not {host!r}")
        config = config if config is not None else FakeConfig()
        config.update(**config_changes)
        self.app = FakeOpenAIApp(config)
        self.host = host
        self.port = port
        self._loop_kind = loop
        self._start_timeout_s = start_timeout_s
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def config(self) -> FakeConfig:
        return self.app.config

    @property
    def root_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/v1"

    @property
    def requests(self) -> list[dict[str, Any]]:
        """Snapshot of the request log (oldest first); see FakeOpenAIApp._record for the keys."""
        return self.app.requests()

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["path"].endswith("/chat/completions")]

    def configure(self, **changes: Any) -> FakeConfig:
        self.config.update(**changes)
        return self.config

    def reset(self) -> None:
        """Restore the configuration given at construction and clear the request log."""
        self.app.reset()

    def clear_requests(self) -> None:
        self.app.clear_requests()

    def wait_for_requests(self, count: int, timeout_s: float = 5.0) -> list[dict[str, Any]]:
        """Block until at least ``count`` requests were logged; return the log."""
        deadline = time.monotonic() + timeout_s
        while len(entries := self.requests) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"expected {count} requests, got {len(entries)}")
            time.sleep(0.005)
        return entries

    def start(self) -> FakeOpenAIServer:
        if self._thread is not None:
            raise RuntimeError("FakeOpenAIServer already started")
        config = uvicorn.Config(
            self.app,
            host=self.host,
            port=self.port,
            loop=self._loop_kind,
            lifespan="on",
            ws="none",
            log_config=None,  # do not reconfigure the test process's logging
            access_log=False,
            timeout_graceful_shutdown=2,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, name="fake-openai-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + self._start_timeout_s
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self._thread.join(timeout=1)
                self._server, self._thread = None, None
                raise RuntimeError(f"fake OpenAI server failed to start on {self.host}:{self.port}")
            time.sleep(0.005)
        sockets = self._server.servers[0].sockets
        self.port = sockets[0].getsockname()[1]
        with socket.create_connection((self.host, self.port), timeout=self._start_timeout_s):
            pass  # it accepts connections
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self.app.begin_shutdown()
        server.should_exit = True
        thread.join(timeout=10)
        if thread.is_alive():
            server.force_exit = True
            thread.join(timeout=10)
        self._server, self._thread = None, None

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fakes.openai_server",
        description="Fake OpenAI-compatible chat completions server (loopback only). "
        "Control API: GET/POST /_fake/config, POST /_fake/reset, GET/DELETE /_fake/requests.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--ttft-ms", type=float, default=0.0, help="delay before the first token")
    parser.add_argument(
        "--tokens-per-s", type=float, default=0.0, help="streaming rate; 0 = no delay"
    )
    parser.add_argument(
        "--reply-tokens", type=int, default=None, help="default reply of exactly N tokens"
    )
    parser.add_argument("--default-reply", default=None, help="default reply text")
    parser.add_argument(
        "--fault", default=None, choices=sorted(FAULTS), help="sticky fault for every request"
    )
    parser.add_argument("--cut-after-tokens", type=int, default=None)
    parser.add_argument("--retry-after-s", type=float, default=None)
    parser.add_argument(
        "--model", action="append", dest="models", help="model id for /v1/models (repeatable)"
    )
    parser.add_argument(
        "--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"]
    )
    parser.add_argument(
        "--access-log", action="store_true", help="log every request (noisy under load)"
    )
    return parser


def main(argv: list[str] | None = None) -> None:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not is_loopback(args.host):
        parser.error(
            f"--host {args.host!r} is not a loopback address; the fake server must not be exposed"
        )
    changes: dict[str, Any] = {
        "ttft_ms": args.ttft_ms,
        "tokens_per_s": args.tokens_per_s,
        "reply_tokens": args.reply_tokens,
        "fault": normalize_fault(args.fault),
    }
    optional = {
        "default_reply": args.default_reply,
        "cut_after_tokens": args.cut_after_tokens,
        "retry_after_s": args.retry_after_s,
        "models": args.models,
    }
    changes.update({k: v for k, v in optional.items() if v is not None})
    config = FakeConfig()
    config.update(**changes)
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(
        f"Fake OpenAI server: base_url http://{host}:{args.port}/v1 (Azure endpoint http://{host}:{args.port})",
        flush=True,
    )
    uvicorn.Server(
        uvicorn.Config(
            FakeOpenAIApp(config),
            host=args.host,
            port=args.port,
            lifespan="on",
            ws="none",
            log_level=args.log_level,
            access_log=args.access_log,
            timeout_graceful_shutdown=2,
            backlog=4096,
        )
    ).run()


if __name__ == "__main__":
    main()
