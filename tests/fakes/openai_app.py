"""ASGI app and behaviour config (FakeConfig) of the fake OpenAI-compatible chat server."""

from __future__ import annotations

import asyncio
import contextvars
import copy
import dataclasses
import json
import logging
import math
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: Fault names accepted in ``FakeConfig.fault``/``faults`` and the ``x-fake-fault`` header.
FAULTS: frozenset[str] = frozenset(
    {
        "timeout",
        "429",
        "500",
        "503",
        "stream_cut",
        "malformed_chunk",
        "no_usage",
        "empty",
        "garbage",
    }
)
_NO_FAULT = frozenset({"", "none", "ok"})
_CHAT_PATH = re.compile(r"^(?:/v1)?/chat/completions/?$")
_AZURE_CHAT_PATH = re.compile(r"^/openai/deployments/(?P<deployment>[^/]+)/chat/completions/?$")
_MODELS_PATHS = frozenset({"/v1/models", "/models", "/openai/models"})
_TOKEN = re.compile(r"\s*\S+")
_MALFORMED_LINE = (
    b'data: {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "choices": [ not json\n\n'
)
_GARBAGE_BODY = b"<html><body>upstream proxy says hi - this is not JSON</body></html>"
_ERRORS: dict[int, tuple[str, str, str | None]] = {
    429: ("Rate limit reached (fake). Please try again later.", "requests", "rate_limit_exceeded"),
    500: ("The server had an error while processing your request (fake).", "server_error", None),
    503: (
        "The engine is currently overloaded, please try again later (fake).",
        "server_error",
        None,
    ),
    504: ("The fake server gave up holding this request.", "timeout", None),
}

# Set inside a request whose connection we drop on purpose, so uvicorn's "returned without
# completing response" error record for exactly that request is filtered out.
_CUT_ON_PURPOSE: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "fake_openai_cut", default=False
)


class _PurposefulCutFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not _CUT_ON_PURPOSE.get()


def _install_log_filter() -> None:
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _PurposefulCutFilter) for f in logger.filters):
        logger.addFilter(_PurposefulCutFilter())


def normalize_fault(value: object) -> str | None:
    """Return the canonical fault name, ``None`` for "no fault"; raise ValueError if unknown."""
    if value is None:
        return None
    name = str(value).strip().lower()
    if name in _NO_FAULT:
        return None
    if name not in FAULTS:
        raise ValueError(f"unknown fault {value!r}; expected one of {sorted(FAULTS)} or None")
    return name


def split_tokens(text: str) -> list[str]:
    """Split text into whitespace-prefixed words; joining the result gives back ``text``."""
    tokens = _TOKEN.findall(text)
    rest = text[sum(map(len, tokens)) :]
    if rest:
        if tokens:
            tokens[-1] += rest
        else:
            tokens = [rest]
    return tokens


@dataclass
class FakeConfig:
    """Behaviour of the fake server; any field may be changed while it runs."""

    replies: list[Any] = field(default_factory=list)  # queue of texts (dict/list: JSON-encoded)
    default_reply: str = "Hello from the fake OpenAI server."
    default_json_reply: str = "{}"  # used for response_format json_* when `replies` is empty
    reply_tokens: int | None = None  # default reply of exactly N tokens " word1 word2 ..."
    ttft_ms: float = 0.0
    tokens_per_s: float = 0.0  # 0 = no delay between tokens
    faults: list[str | None] = field(default_factory=list)  # consumed one per chat request
    fault: str | None = None  # sticky, used when `faults` is empty
    cut_after_tokens: int = 2  # stream_cut / malformed_chunk position
    retry_after_s: float = 1.0  # 429 retry-after / retry-after-ms headers
    timeout_hold_s: float = 300.0  # how long the "timeout" fault holds a connection at most
    models: list[str] = field(default_factory=lambda: ["fake-model"])
    max_logged_requests: int = 10_000

    def update(self, **changes: Any) -> None:
        """Set fields by name; unknown names or fault names raise (nothing is changed then)."""
        names = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - names)
        if unknown:
            raise ValueError(f"unknown FakeConfig field(s): {', '.join(unknown)}")
        if "fault" in changes:
            changes["fault"] = normalize_fault(changes["fault"])
        if "faults" in changes:
            changes["faults"] = [normalize_fault(f) for f in changes["faults"] or []]
        for name in ("replies", "models"):
            if name in changes:
                changes[name] = list(changes[name] or [])
        for name, value in changes.items():
            setattr(self, name, value)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class FakeOpenAIApp:
    """The ASGI application; thread-safe to configure and inspect from other threads."""

    def __init__(self, config: FakeConfig | None = None) -> None:
        self.config = config if config is not None else FakeConfig()
        self._baseline = copy.deepcopy(self.config)
        self._lock = threading.Lock()
        self._log: deque[dict[str, Any]] = deque(maxlen=self.config.max_logged_requests)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closing: asyncio.Event | None = None
        _install_log_filter()

    # ----- Python-side control (callable from any thread) -----

    def reset(self) -> None:
        """Restore the startup configuration in place and clear the request log."""
        for f in dataclasses.fields(self.config):
            setattr(self.config, f.name, copy.deepcopy(getattr(self._baseline, f.name)))
        self.clear_requests()

    def requests(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._log)

    def clear_requests(self) -> None:
        with self._lock:
            self._log.clear()

    def begin_shutdown(self) -> None:
        """Release connections held by the "timeout" fault (called before the server stops)."""
        loop, closing = self._loop, self._closing
        if loop is not None and closing is not None and not loop.is_closed():
            loop.call_soon_threadsafe(closing.set)

    # ----- ASGI -----

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        self._ensure_loop_state()
        method, path = scope["method"], scope["path"]
        raw = await _read_body(receive)
        if path.startswith("/_fake/"):
            await self._control(method, path, raw, send)
            return
        body = _parse_json(raw)
        match = _CHAT_PATH.match(path) or _AZURE_CHAT_PATH.match(path)
        if method == "POST" and match:
            await self._chat(scope, receive, send, body, match.groupdict().get("deployment"))
        elif method == "GET" and path in _MODELS_PATHS:
            self._record(scope, body, None)
            models = [
                {"id": m, "object": "model", "created": 0, "owned_by": "fake"}
                for m in self.config.models
            ]
            await _send_json(send, 200, {"object": "list", "data": models})
        else:
            self._record(scope, body, None)
            await _send_error(
                send, 404, f"Unknown route {method} {path} (fake)", "invalid_request_error"
            )

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._ensure_loop_state()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    def _ensure_loop_state(self) -> None:
        if self._closing is None:
            self._loop = asyncio.get_running_loop()
            self._closing = asyncio.Event()

    def _record(self, scope: Scope, body: Any, fault: str | None) -> None:
        entry = {
            "method": scope["method"],
            "path": scope["path"],
            "query": scope.get("query_string", b"").decode("latin-1"),
            "headers": {
                k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]
            },
            "json": body,
            "fault": fault,
            "time": time.time(),
        }
        with self._lock:
            if self._log.maxlen != self.config.max_logged_requests:
                self._log = deque(self._log, maxlen=self.config.max_logged_requests)
            self._log.append(entry)

    def _take_fault(self, header: str | None) -> str | None:
        if header is not None:
            return normalize_fault(header)
        with self._lock:
            raw = self.config.faults.pop(0) if self.config.faults else self.config.fault
        return normalize_fault(raw)

    def _take_reply(self, json_mode: bool) -> str:
        config = self.config
        with self._lock:
            if config.replies:
                reply = config.replies.pop(0)
                return reply if isinstance(reply, str) else json.dumps(reply)
        if json_mode:
            return config.default_json_reply
        if config.reply_tokens is not None:
            return "".join(f" word{i}" for i in range(1, config.reply_tokens + 1))
        return config.default_reply

    # ----- chat completions -----

    async def _chat(
        self, scope: Scope, receive: Receive, send: Send, body: Any, deployment: str | None
    ) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if not isinstance(body, dict):
            self._record(scope, body, None)
            await _send_error(
                send, 400, "Request body must be a JSON object (fake).", "invalid_request_error"
            )
            return
        try:
            fault = self._take_fault(headers.get("x-fake-fault"))
        except ValueError as exc:
            self._record(scope, body, None)
            await _send_error(send, 400, str(exc), "fake_config_error")
            return
        self._record(scope, body, fault)
        config = self.config
        if fault == "timeout":
            await self._hold(receive, send)
            return
        if fault in ("429", "500", "503"):
            extra: list[tuple[bytes, bytes]] = []
            if fault == "429":
                seconds = max(config.retry_after_s, 0.0)
                extra = [
                    (b"retry-after", str(math.ceil(seconds)).encode()),
                    (b"retry-after-ms", str(int(seconds * 1000)).encode()),
                ]
            status = int(fault)
            await _send_error(send, status, *_ERRORS[status], headers=extra)
            return
        stream = bool(body.get("stream"))
        if fault == "garbage" or (fault == "malformed_chunk" and not stream):
            await _send_raw(send, 200, _GARBAGE_BODY, b"application/json")
            return
        response_format = body.get("response_format")
        json_mode = isinstance(response_format, dict) and response_format.get("type") in (
            "json_schema",
            "json_object",
        )
        tokens = [] if fault == "empty" else split_tokens(self._take_reply(json_mode))
        completion_id = f"chatcmpl-fake{uuid.uuid4().hex[:20]}"
        model = deployment or str(
            body.get("model") or (config.models[0] if config.models else "fake-model")
        )
        usage = {
            "prompt_tokens": _prompt_tokens(body.get("messages")),
            "completion_tokens": len(tokens),
        }
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        if stream:
            await self._stream(receive, send, body, fault, tokens, completion_id, model, usage)
            return
        rate = config.tokens_per_s
        delay = config.ttft_ms / 1000 + (max(len(tokens) - 1, 0) / rate if rate > 0 else 0.0)
        if delay > 0:
            await asyncio.sleep(delay)
        payload: dict[str, Any] = {
            "id": completion_id,
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "system_fingerprint": "fp_fake",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "".join(tokens), "refusal": None},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
        }
        if fault != "no_usage":
            payload["usage"] = usage
        if fault == "stream_cut":  # announce the full length, deliver half, drop the connection
            data = json.dumps(payload).encode()
            await _start(
                send, 200, b"application/json", [(b"content-length", str(len(data)).encode())]
            )
            await send(
                {"type": "http.response.body", "body": data[: len(data) // 2], "more_body": True}
            )
            _CUT_ON_PURPOSE.set(True)
            return
        await _send_json(send, 200, payload)

    async def _stream(
        self,
        receive: Receive,
        send: Send,
        body: dict[str, Any],
        fault: str | None,
        tokens: list[str],
        completion_id: str,
        model: str,
        usage: dict[str, int],
    ) -> None:
        config = self.config
        stream_options = body.get("stream_options")
        include_usage = (
            isinstance(stream_options, dict) and stream_options.get("include_usage") is True
        )
        base = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": model,
            "system_fingerprint": "fp_fake",
        }

        def event(delta: dict[str, Any], finish_reason: str | None = None) -> bytes:
            chunk: dict[str, Any] = {
                **base,
                "choices": [
                    {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
                ],
            }
            if include_usage:
                chunk["usage"] = None
            return b"data: " + json.dumps(chunk).encode() + b"\n\n"

        # Content chunks are the hot path under load: serialize the envelope once per stream.
        head, tail = event({"content": "__fake_token__"}).rsplit(b'"__fake_token__"', 1)

        async def emit(data: bytes, more: bool = True) -> None:
            await send({"type": "http.response.body", "body": data, "more_body": more})

        await _start(
            send, 200, b"text/event-stream; charset=utf-8", [(b"cache-control", b"no-cache")]
        )
        watcher = asyncio.ensure_future(_wait_disconnect(receive))
        closing = self._closing or asyncio.Event()
        try:
            if config.ttft_ms > 0:
                await asyncio.sleep(config.ttft_ms / 1000)
            await emit(event({"role": "assistant", "content": "", "refusal": None}))
            loop = asyncio.get_running_loop()
            started, rate = loop.time(), config.tokens_per_s
            cut_at = min(max(config.cut_after_tokens, 0), len(tokens))
            for index in range(len(tokens) + 1):
                if watcher.done():
                    return  # client went away: nothing more to send
                if (index == cut_at and fault == "stream_cut") or closing.is_set():
                    _CUT_ON_PURPOSE.set(True)  # drop the connection without [DONE]
                    return
                if index == cut_at and fault == "malformed_chunk":
                    await emit(_MALFORMED_LINE)
                if index == len(tokens):
                    break
                if index and rate > 0:
                    await asyncio.sleep(max(0.0, started + index / rate - loop.time()))
                await emit(head + json.dumps(tokens[index]).encode() + tail)
            await emit(event({}, "stop"))
            if include_usage and fault != "no_usage":
                await emit(
                    b"data: "
                    + json.dumps({**base, "choices": [], "usage": usage}).encode()
                    + b"\n\n"
                )
            await emit(b"data: [DONE]\n\n", more=False)
        finally:
            watcher.cancel()

    async def _hold(self, receive: Receive, send: Send) -> None:
        """Answer nothing until the client leaves, the server stops or timeout_hold_s passes."""
        assert self._closing is not None
        disconnected = asyncio.ensure_future(_wait_disconnect(receive))
        closing = asyncio.ensure_future(self._closing.wait())
        try:
            done, _ = await asyncio.wait(
                {disconnected, closing},
                timeout=self.config.timeout_hold_s,
                return_when=asyncio.FIRST_COMPLETED,
            )
        finally:
            disconnected.cancel()
            closing.cancel()
        if disconnected not in done:
            await _send_error(send, 504, *_ERRORS[504])

    # ----- control API -----

    async def _control(self, method: str, path: str, raw: bytes, send: Send) -> None:
        if path == "/_fake/config" and method == "GET":
            await _send_json(send, 200, self.config.to_dict())
        elif path == "/_fake/config" and method == "POST":
            changes = _parse_json(raw)
            if not isinstance(changes, dict):
                await _send_error(
                    send, 400, "POST /_fake/config takes a JSON object", "fake_config_error"
                )
                return
            try:
                self.config.update(**changes)
            except (TypeError, ValueError) as exc:
                await _send_error(send, 400, str(exc), "fake_config_error")
                return
            await _send_json(send, 200, self.config.to_dict())
        elif path == "/_fake/reset" and method == "POST":
            self.reset()
            await _send_json(send, 200, self.config.to_dict())
        elif path == "/_fake/requests" and method in ("GET", "DELETE"):
            if method == "DELETE":
                self.clear_requests()
            entries = self.requests()
            await _send_json(send, 200, {"count": len(entries), "requests": entries})
        else:
            await _send_error(
                send, 404, f"Unknown control route {method} {path}", "fake_config_error"
            )


# ----- helpers -----


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _wait_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


def _parse_json(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _prompt_tokens(messages: object) -> int:
    count = 0
    for message in messages if isinstance(messages, list) else []:
        content = message.get("content") if isinstance(message, dict) else None
        parts = content if isinstance(content, list) else [content]
        for part in parts:
            text = part.get("text") if isinstance(part, dict) else part
            if isinstance(text, str):
                count += len(text.split())
    return count


async def _start(
    send: Send, status: int, content_type: bytes, headers: Iterable[tuple[bytes, bytes]] = ()
) -> None:
    request_id = f"req_fake{uuid.uuid4().hex[:16]}".encode()
    all_headers = [(b"content-type", content_type), (b"x-request-id", request_id), *headers]
    await send({"type": "http.response.start", "status": status, "headers": all_headers})


async def _send_raw(
    send: Send,
    status: int,
    data: bytes,
    content_type: bytes,
    headers: Iterable[tuple[bytes, bytes]] = (),
) -> None:
    await _start(
        send, status, content_type, [(b"content-length", str(len(data)).encode()), *headers]
    )
    await send({"type": "http.response.body", "body": data})


async def _send_json(
    send: Send, status: int, payload: object, headers: Iterable[tuple[bytes, bytes]] = ()
) -> None:
    await _send_raw(send, status, json.dumps(payload).encode(), b"application/json", headers)


async def _send_error(
    send: Send,
    status: int,
    message: str,
    kind: str,
    code: str | None = None,
    *,
    headers: Iterable[tuple[bytes, bytes]] = (),
) -> None:
    error = {"error": {"message": message, "type": kind, "param": None, "code": code}}
    await _send_json(send, status, error, headers)
