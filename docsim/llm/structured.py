"""Structured output, provider-free: the JSON-schema format, JSON in free text, validation."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from docsim.llm.results import bad_response

M = TypeVar("M", bound=BaseModel)


def response_format(schema: type[BaseModel]) -> dict[str, Any]:
    json_schema = {"name": schema.__name__[:64], "schema": schema.model_json_schema()}
    return {"type": "json_schema", "json_schema": json_schema}


def first_json_object(text: str) -> Any:
    """The first JSON object in free text (prose, code fences around it), or None."""
    decoder = json.JSONDecoder()
    start = text.find("{")
    while start != -1:
        try:
            value, _end = decoder.raw_decode(text, start)
        except ValueError:
            start = text.find("{", start + 1)
            continue
        if isinstance(value, dict):
            return value
        start = text.find("{", start + 1)
    return None


def validated(text: str, schema: type[M]) -> M:
    """The reply as `schema`: bare JSON, or the first JSON object in it. Invalid: LLMError."""
    try:
        return schema.model_validate_json(text)
    except ValidationError:
        pass  # not bare JSON: servers without structured output wrap it in prose
    found = first_json_object(text)
    try:
        if found is None:
            raise ValueError("no JSON object in the reply")
        return schema.model_validate(found)
    except (ValidationError, ValueError) as exc:
        raise bad_response(retryable=False) from exc
