"""The case bundle: schema, reading and writing, and the rules for publishing."""

from cases.bundle.io import (
    MAX_BUNDLE_BYTES,
    BundleError,
    BundleInvalid,
    content_hash,
    dump,
    format_for,
    parse_bytes,
    parse_data,
    to_data,
)
from cases.bundle.rules import check
from cases.bundle.schema import FORMAT_VERSION, CaseBundle, json_schema

__all__ = [
    "FORMAT_VERSION",
    "MAX_BUNDLE_BYTES",
    "BundleError",
    "BundleInvalid",
    "CaseBundle",
    "check",
    "content_hash",
    "dump",
    "format_for",
    "json_schema",
    "parse_bytes",
    "parse_data",
    "to_data",
]
