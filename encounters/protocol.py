"""The interview socket protocol, version 1: every frame, its fields and its limits.

Socket: ``/ws/encounters/<id>/`` — session-authenticated, origin-checked, JSON text frames.

Client → server (``type`` selects the frame):
- ``ask {text, client_msg_id}``: a question or remark to the patient.
- ``examine {region | text, client_msg_id}``: an examination, by vocabulary id or in words.
- ``order {investigation | text, client_msg_id}``: an investigation, by id or in words.
- ``regenerate {seq}``: a new reply for the failed patient turn ``seq`` (that turn stays).
- ``end {}``: end the interview and go to the post-encounter note.

Server → client:
- ``snapshot {protocol, encounter, transcript, status, deadlines, read_only}`` on every connect.
- ``ack {client_msg_id, seq, duplicate}``: the student's turn is stored as ``seq``.
- ``turn.started {seq, reply_to}``: a patient reply is being generated.
- ``token {seq, delta}``: a piece of that reply (only to the socket that asked), to append to
  the pieces before it: the first token as soon as it comes, then what came since, joined, at
  most every ``TOKEN_BATCH_S``.
- ``turn.completed {turn}``: a stored turn (student, patient, exam, investigation), to every
  socket watching the encounter.
- ``turn.failed {seq, reason, retryable}``: the reply could not be produced; ``regenerate`` it.
- ``timer {remaining_s, status}``: time left in the current phase.
- ``error {code, message}``: the frame was refused; the connection stays open.
- ``encounter.ended {status, reason, note_deadline}``; ``score.ready {encounter}``.

A turn is ``{seq, role, text, status, intent, reply_to, created_at}``. A resend with the same
``client_msg_id`` is acknowledged with the existing ``seq`` and adds no turn.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError

PROTOCOL_VERSION = 1
MAX_FRAME_BYTES = 8 * 1024
MAX_TEXT_CHARS = 1000
RATE_LIMIT_FRAMES = 20  # per socket, in RATE_LIMIT_WINDOW_S
RATE_LIMIT_WINDOW_S = 10.0
TOKEN_BATCH_S = 0.1  # later tokens of a reply are joined into a frame at most this often

Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT_CHARS)
]
MsgId = Annotated[
    str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")
]
TermId = Annotated[
    str, StringConstraints(max_length=120, pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
]


class Frame(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Ask(Frame):
    type: Literal["ask"]
    text: Text
    client_msg_id: MsgId


class Examine(Frame):
    type: Literal["examine"]
    region: TermId | None = None
    text: Text | None = None
    client_msg_id: MsgId


class Order(Frame):
    type: Literal["order"]
    investigation: TermId | None = None
    text: Text | None = None
    client_msg_id: MsgId


class Regenerate(Frame):
    type: Literal["regenerate"]
    seq: int = Field(ge=1)


class End(Frame):
    type: Literal["end"]


ClientFrame = Annotated[Ask | Examine | Order | Regenerate | End, Field(discriminator="type")]
_ADAPTER: TypeAdapter[Ask | Examine | Order | Regenerate | End] = TypeAdapter(ClientFrame)


class FrameError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def parse_frame(raw: str) -> Ask | Examine | Order | Regenerate | End:
    """Validate one client frame; raise FrameError with a code and a readable message."""
    if len(raw.encode("utf-8")) > MAX_FRAME_BYTES:
        raise FrameError("too_large", f"Frames are limited to {MAX_FRAME_BYTES} bytes.")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        raise FrameError("bad_json", "The frame is not valid JSON.") from None
    if not isinstance(data, dict) or "type" not in data:
        raise FrameError("bad_frame", "A frame is a JSON object with a 'type'.")
    if data["type"] not in {"ask", "examine", "order", "regenerate", "end"}:
        raise FrameError("unknown_type", f"Unknown frame type {str(data['type'])[:40]!r}.")
    try:
        frame = _ADAPTER.validate_python(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"][1:]) or "frame"
        if first["type"] == "string_too_long":
            raise FrameError(
                "too_long", f"Text is limited to {MAX_TEXT_CHARS} characters."
            ) from None
        raise FrameError("invalid", f"{field}: {first['msg']}") from None
    if isinstance(frame, Examine | Order) and not _target(frame):
        raise FrameError("invalid", "Give a vocabulary id or some text.")
    return frame


def _target(frame: Examine | Order) -> str | None:
    return (frame.region if isinstance(frame, Examine) else frame.investigation) or frame.text


def error(code: str, message: str) -> dict[str, Any]:
    return {"type": "error", "code": code, "message": message}
