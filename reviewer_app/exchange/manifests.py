"""JSON schemas of the manifests inside packages and returns, and loading them safely."""

from __future__ import annotations

import json
from typing import Any

import jsonschema

FORMAT_VERSION = 1

_KEYS = {"type": "object", "required": ["signing", "encryption"],
         "properties": {"signing": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                        "encryption": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}}
_SHA = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
_FILE = {"type": "string", "minLength": 1, "maxLength": 300}

PACKAGE_SCHEMA = {
    "type": "object",
    "required": ["format_version", "kind", "package_id", "round", "reviewer", "secretariat", "case_files"],
    "properties": {
        "format_version": {"const": FORMAT_VERSION},
        "kind": {"const": "review-package"},
        "package_id": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
        "round": {"type": "object", "required": ["id", "name", "year", "rubric", "rules"],
                  "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "year": {"type": "integer"},
                                 "rubric": {"type": "object"}, "rules": {"type": "object"}}},
        "reviewer": {"type": "object", "required": ["id", "name", "track", "members"],
                     "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
                                    "track": {"enum": ["expert", "cross"]}, "members": {"type": "array", "items": {"type": "string"}}}},
        "secretariat": _KEYS,
        "case_files": {"type": "array", "items": {
            "type": "object", "required": ["code", "case_type", "documents"],
            "properties": {"code": {"type": "string"}, "case_type": {"type": "string"},
                           "documents": {"type": "array", "items": {
                               "type": "object", "required": ["position", "doc_type", "title", "file", "pages", "sha256", "size"],
                               "properties": {"position": {"type": "integer"}, "doc_type": {"type": "string"},
                                              "title": {"type": "string"}, "file": _FILE, "pages": {"type": "integer"},
                                              "sha256": _SHA, "size": {"type": "integer", "minimum": 0}}}}}}},
    },
}

RETURN_SCHEMA = {
    "type": "object",
    "required": ["format_version", "kind", "round_id", "package_id", "reviewer", "sheets", "audit"],
    "properties": {
        "format_version": {"const": FORMAT_VERSION},
        "kind": {"const": "return"},
        "round_id": {"type": "string"},
        "package_id": {"type": "string"},
        "reviewer": {"type": "object", "required": ["id", "name"],
                     "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}},
        "sheets": {"type": "array", "items": {
            "type": "object",
            "required": ["case_code", "revision", "document", "fingerprint", "signed_at", "revise_reason", "signatures", "pdf", "pdf_sha256"],
            "properties": {"case_code": {"type": "string"}, "revision": {"type": "integer", "minimum": 1},
                           "document": {"type": "object"}, "fingerprint": _SHA, "signed_at": {"type": "string"},
                           "revise_reason": {"type": "string"}, "pdf": _FILE, "pdf_sha256": _SHA,
                           "signatures": {"type": "array", "minItems": 1, "items": {
                               "type": "object", "required": ["signer", "signed_at", "key_fingerprint", "signature", "image"],
                               "properties": {"signer": {"type": "string"}, "signed_at": {"type": "string"},
                                              "key_fingerprint": {"type": "string"}, "signature": {"type": "string"},
                                              "image": _FILE}}}}}},
        "audit": {"type": "array"},
    },
}


class ManifestError(ValueError):
    pass


def load_manifest(entries: dict[str, bytes], schema: dict[str, Any]) -> dict[str, Any]:
    if "manifest.json" not in entries:
        raise ManifestError("缺少清单文件 manifest.json")
    try:
        manifest = json.loads(entries["manifest.json"].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ManifestError(f"清单文件不是有效的 JSON：{error}") from None
    try:
        jsonschema.validate(manifest, schema)
    except jsonschema.ValidationError as error:
        where = "/".join(str(p) for p in error.absolute_path) or "（顶层）"
        raise ManifestError(f"清单文件字段 {where} 不符合格式：{error.message}") from None
    return manifest
