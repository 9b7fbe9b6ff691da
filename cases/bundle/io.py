"""Reading and writing case bundles as JSON or YAML, with every error located by its path."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Literal

import yaml
from pydantic import ValidationError

from cases.bundle.schema import CaseBundle

MAX_BUNDLE_BYTES = 1024 * 1024
Format = Literal["json", "yaml"]


@dataclass(frozen=True)
class BundleError:
    path: str  # e.g. "checklist.items[3].weight"; "" for the whole file
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class BundleInvalid(Exception):
    def __init__(self, errors: list[BundleError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


def format_for(filename: str) -> Format:
    return "yaml" if filename.lower().endswith((".yaml", ".yml")) else "json"


def _location(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _message(error: Any) -> str:
    if error["type"] == "extra_forbidden":
        return "unknown key"
    if error["type"] == "missing":
        return "required"
    return str(error["msg"])


def parse_data(data: object) -> CaseBundle:
    try:
        return CaseBundle.model_validate(data)
    except ValidationError as exc:
        errors = [BundleError(_location(e["loc"]), _message(e)) for e in exc.errors()]
        raise BundleInvalid(errors) from None


def parse_bytes(raw: bytes, fmt: Format = "json") -> CaseBundle:
    """Parse a bundle file; raise BundleInvalid listing every problem found."""
    if len(raw) > MAX_BUNDLE_BYTES:
        limit = MAX_BUNDLE_BYTES // 1024
        raise BundleInvalid([BundleError("", f"file is larger than {limit} KiB")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleInvalid([BundleError("", f"not UTF-8 text ({exc.reason})")]) from None
    try:
        data = yaml.safe_load(text) if fmt == "yaml" else json.loads(text)
    except json.JSONDecodeError as exc:
        message = f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise BundleInvalid([BundleError("", message)]) from None
    except yaml.YAMLError as exc:
        raise BundleInvalid([BundleError("", f"invalid YAML: {exc}")]) from None
    if not isinstance(data, dict):
        raise BundleInvalid([BundleError("", "a case bundle must be an object at the top level")])
    return parse_data(data)


def to_data(bundle: CaseBundle) -> dict[str, Any]:
    return bundle.model_dump(mode="json")


def dump(bundle: CaseBundle, fmt: Format = "json") -> str:
    """Canonical text of a bundle: same content, same bytes."""
    data = to_data(bundle)
    if fmt == "yaml":
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def content_hash(bundle: CaseBundle) -> str:
    return hashlib.sha256(dump(bundle).encode("utf-8")).hexdigest()
