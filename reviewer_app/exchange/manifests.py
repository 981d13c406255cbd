"""JSON schemas of the manifests inside packages and returns, and loading them safely."""

from __future__ import annotations

import json
from typing import Any

import jsonschema

from reviewer_app.core.vocabulary import CaseType, VetoPolicy

FORMAT_VERSION = 1

_KEYS = {"type": "object", "required": ["signing", "encryption"],
         "properties": {"signing": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                        "encryption": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}}
_SHA = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
_FILE = {"type": "string", "minLength": 1, "maxLength": 300}

_DECIMAL = {"type": "string", "pattern": "^[0-9]{1,3}([.][0-9]{1,4})?$"}
_INT = lambda low, high: {"type": "integer", "minimum": low, "maximum": high}  # noqa: E731
# What a reviewer's database stores from a package, typed to what it can hold: a wrong type or
# an out-of-range number is refused here, by name, not by SQLite halfway through loading.
# A pre-check lead as a package carries it (store/precheck.leads_to_ship): text, no deduction.
PRECHECK_LEAD = {
    "type": "object", "required": ["id", "rule", "message", "items", "source", "evidence"], "additionalProperties": False,
    "properties": {"id": _INT(1, 2**31 - 1), "rule": {"type": "string", "maxLength": 40},
                   "message": {"type": "string", "maxLength": 500}, "source": {"type": "string", "maxLength": 300},
                   "items": {"type": "array", "maxItems": 20, "items": {"type": "string", "maxLength": 40}},
                   "evidence": {"type": "array", "maxItems": 20, "items": {
                       "type": "object", "required": ["document", "page", "quote"], "additionalProperties": False,
                       "properties": {"document": _SHA, "page": _INT(1, 100_000), "quote": {"type": "string", "maxLength": 200}}}}},
}
RULES_SCHEMA = {
    "type": "object", "required": ["weights", "veto_policy", "enforce_eligibility", "grades"],
    "properties": {
        "weights": {"type": "object", "required": ["expert", "cross"], "properties": {"expert": _DECIMAL, "cross": _DECIMAL}},
        "veto_policy": {"enum": [policy.value for policy in VetoPolicy]},
        "enforce_eligibility": {"type": "boolean"},
        "grades": {"type": "object", "required": ["excellent", "pass"], "properties": {"excellent": _DECIMAL, "pass": _DECIMAL}},
    },
}

PACKAGE_SCHEMA = {
    "type": "object",
    "required": ["format_version", "kind", "package_id", "round", "reviewer", "secretariat", "case_files"],
    "properties": {
        "format_version": {"const": FORMAT_VERSION},
        "kind": {"const": "review-package"},
        "package_id": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
        "round": {"type": "object", "required": ["id", "name", "year", "rubric", "rules"],
                  "properties": {"id": {"type": "string", "pattern": "^[0-9]{1,12}$"}, "name": {"type": "string", "maxLength": 200},
                                 "year": _INT(1990, 2100), "rubric": {"type": "object"}, "rules": RULES_SCHEMA}},
        "reviewer": {"type": "object", "required": ["id", "name", "track", "members"],
                     "properties": {"id": _INT(1, 2**31 - 1), "name": {"type": "string", "minLength": 1, "maxLength": 100},
                                    "track": {"enum": ["expert", "cross"]},
                                    "members": {"type": "array", "maxItems": 50, "items": {"type": "string", "maxLength": 100}}}},
        "secretariat": _KEYS,
        "case_files": {"type": "array", "maxItems": 2_000, "items": {
            "type": "object", "required": ["code", "case_type", "documents"],
            "properties": {"code": {"type": "string", "minLength": 1, "maxLength": 64},
                           "case_type": {"enum": [kind.value for kind in CaseType]},
                           "precheck": {"type": "array", "maxItems": 500, "items": PRECHECK_LEAD},
                           "documents": {"type": "array", "maxItems": 2_000, "items": {
                               "type": "object", "required": ["position", "doc_type", "title", "file", "pages", "sha256", "size"],
                               "properties": {"position": _INT(0, 100_000), "doc_type": {"type": "string", "maxLength": 40},
                                              "title": {"type": "string", "maxLength": 300}, "file": _FILE,
                                              "pages": _INT(1, 100_000), "sha256": _SHA, "size": _INT(0, 2**40)}}}}}},
    },
}

MAX_REVISION = 999  # core.sheet_validation.MAX_REVISION
_TEXT = lambda limit: {"type": "string", "maxLength": limit}  # noqa: E731
_ID = {"type": "string", "minLength": 1, "maxLength": 40}
_REF = {"type": "object", "required": ["document", "page"], "additionalProperties": False,
        "properties": {"document": _SHA, "page": {"type": "integer", "minimum": 1, "maximum": 100_000}}}
# A score sheet as core.canonical.sheet_document writes it: the types a reader may rely on.
# Points are exact decimal strings with at most two places; what they may be worth is the
# rubric's business (core.sheet_validation).
SHEET_DOCUMENT_SCHEMA = {
    "type": "object",
    "required": ["round", "case_code", "case_type", "reviewer", "revision", "veto", "marks", "falsification",
                 "falsification_description", "falsification_evidence", "comment"],
    "additionalProperties": False,
    "properties": {
        "round": _TEXT(64), "case_code": _TEXT(64), "reviewer": _TEXT(100),
        "case_type": {"type": "string", "maxLength": 40},
        "revision": {"type": "integer", "minimum": 1, "maximum": MAX_REVISION},
        "veto": {"type": "object", "maxProperties": 200, "propertyNames": {"maxLength": 40},
                 "additionalProperties": {"type": "boolean"}},
        "marks": {"type": "array", "maxItems": 1000, "items": {
            "type": "object", "required": ["item", "no_deduction", "deductions"], "additionalProperties": False,
            "properties": {
                "item": _ID, "no_deduction": {"type": "boolean"}, "not_applicable": {"const": True},
                "deductions": {"type": "array", "maxItems": 100, "items": {
                    "type": "object", "required": ["points", "reason", "preset", "ref"], "additionalProperties": False,
                    "properties": {"points": {"type": "string", "pattern": "^[0-9]{1,3}([.][0-9]{1,2})?$"},
                                   "reason": _TEXT(500), "preset": {"anyOf": [{"type": "null"}, _ID]},
                                   "ref": {"anyOf": [{"type": "null"}, _REF]}}}}}}},
        "falsification": {"enum": [None, "none", "suspected", "found"]},
        "falsification_description": _TEXT(5000),
        "falsification_evidence": {"type": "array", "maxItems": 200, "items": _REF},
        "submission_concern": _TEXT(5000),
        "submission_evidence": {"type": "array", "maxItems": 200, "items": _REF},
        "comment": _TEXT(5000),
    },
}

RETURN_SCHEMA = {
    "type": "object",
    "required": ["format_version", "kind", "round_id", "package_id", "reviewer", "sheets", "audit"],
    "properties": {
        "format_version": {"const": FORMAT_VERSION},
        "kind": {"const": "return"},
        "round_id": _TEXT(64),
        "package_id": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
        "reviewer": {"type": "object", "required": ["id", "name"],
                     "properties": {"id": {"type": "integer", "minimum": 1, "maximum": 2**31 - 1}, "name": _TEXT(100)}},
        "sheets": {"type": "array", "maxItems": 10_000, "items": {
            "type": "object",
            "required": ["case_code", "revision", "document", "fingerprint", "signed_at", "revise_reason", "signatures", "pdf", "pdf_sha256"],
            "properties": {"case_code": _TEXT(64), "revision": {"type": "integer", "minimum": 1, "maximum": MAX_REVISION},
                           "document": SHEET_DOCUMENT_SCHEMA, "fingerprint": _SHA, "signed_at": _TEXT(40),
                           "revise_reason": _TEXT(500), "pdf": _FILE, "pdf_sha256": _SHA,
                           "signatures": {"type": "array", "minItems": 1, "maxItems": 20, "items": {
                               "type": "object", "required": ["signer", "signed_at", "key_fingerprint", "signature", "image"],
                               "properties": {"signer": {"type": "string", "minLength": 1, "maxLength": 100},
                                              "signed_at": _TEXT(40), "key_fingerprint": _SHA,
                                              "signature": {"type": "string", "pattern": "^[0-9a-f]{128}$"},
                                              "image": _FILE}}}}}},
        "audit": {"type": "array", "maxItems": 200_000},
        # the reviewer's answers to the pre-check's leads (已核实 / 不成立), by the secretariat's id
        "precheck": {"type": "array", "maxItems": 50_000, "items": {
            "type": "object", "required": ["id", "verdict"], "additionalProperties": False,
            "properties": {"id": _INT(1, 2**31 - 1), "verdict": {"enum": ["confirmed", "dismissed"]}}}},
    },
}


class ManifestError(ValueError):
    pass


def load_manifest(entries: dict[str, bytes], schema: dict[str, Any]) -> dict[str, Any]:
    if "manifest.json" not in entries:
        raise ManifestError("缺少清单文件 manifest.json")
    try:
        manifest = json.loads(entries["manifest.json"].decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ManifestError(f"清单文件不是有效的 JSON：{error}") from None
    except RecursionError:
        raise ManifestError("清单文件嵌套层数过多，不是本系统生成的文件") from None
    crowded = _over_count(manifest, schema)
    if crowded:
        raise ManifestError(f"清单文件{crowded}，不是本系统生成的文件")
    try:
        error = jsonschema.exceptions.best_match(_validator(schema).iter_errors(manifest))
    except RecursionError:
        raise ManifestError("清单文件嵌套层数过多，不是本系统生成的文件") from None
    if error is not None:
        raise ManifestError(f"清单文件{_where(manifest, list(error.absolute_path))}不符合格式：{_describe(error)}")
    return manifest


def _over_count(manifest: Any, schema: dict[str, Any]) -> str | None:
    """The lists of a manifest measured against their schema's maxItems before the schema is
    checked: validating a million entries takes minutes even when the count alone refuses it."""
    if not isinstance(manifest, dict):
        return None
    for key, rule in schema["properties"].items():
        value, limit = manifest.get(key), rule.get("maxItems")
        if limit is not None and isinstance(value, list) and len(value) > limit:
            return f"的 {key} 有 {len(value)} 项，超过 {limit} 项的上限"
        inner = rule.get("items", {}).get("properties", {})
        if isinstance(value, list) and any("maxItems" in r for r in inner.values()):
            found = sum(len(entry[k]) for entry in value if isinstance(entry, dict)
                        for k in inner if isinstance(entry.get(k), list))
            if found > MAX_LISTED:
                return f"的 {key} 共列出 {found} 项，超过 {MAX_LISTED} 项的上限"
    return None


MAX_LISTED = 20_000  # archive.MAX_ENTRIES: every document listed is a file in the archive

_VALIDATORS: dict[int, tuple[dict[str, Any], jsonschema.protocols.Validator]] = {}


def _validator(schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    """The schema checked once and compiled: checking the schema itself cost three times as
    much as validating a return's manifest against it."""
    if id(schema) not in _VALIDATORS:
        validator = jsonschema.validators.validator_for(schema)
        validator.check_schema(schema)
        _VALIDATORS[id(schema)] = (schema, validator(schema))  # the schema kept, so its id stays its own
    return _VALIDATORS[id(schema)][1]


def _no_constant(name: str) -> Any:
    raise ManifestError(f"清单文件含有非数字 {name}")


TYPE_NAMES = {"string": "文本", "integer": "整数", "boolean": "是/否", "object": "对象", "array": "列表", "null": "空"}


def _describe(error: jsonschema.ValidationError) -> str:
    """The schema violation in words; the offending value shortened, never printed whole."""
    value = repr(error.instance)
    shown = value if len(value) <= 40 else value[:37] + "…"
    rule = error.validator_value
    match error.validator:
        case "type":
            return f"应为{TYPE_NAMES.get(rule, rule)}，而不是 {shown}"
        case "pattern":
            return f"{shown} 的写法不对"
        case "minimum" | "maximum":
            return f"{shown} 超出允许范围"
        case "maxLength" | "maxItems" | "maxProperties":
            return f"过长（最多 {rule}）"
        case "minLength" | "minItems":
            return "不能为空"
        case "enum" | "const":
            return f"{shown} 不是允许的取值"
        case "additionalProperties":
            return f"含有不认识的字段（{error.message[:80]}）"
        case "required":
            return f"缺少字段（{error.message[:80]}）"
    return error.message[:200]


def _where(manifest: Any, path: list[Any]) -> str:
    """The field, and for a return's sheet which case file it is about."""
    field = "/".join(str(p) for p in path) or "（顶层）"
    if len(path) >= 2 and path[0] == "sheets" and isinstance(manifest, dict):
        try:
            sheet = manifest["sheets"][path[1]]
            return f"中案卷 {str(sheet['case_code'])[:64]} 第{sheet['revision']}版评分表的字段 {field} "
        except (KeyError, IndexError, TypeError):
            pass
    return f"字段 {field} "
