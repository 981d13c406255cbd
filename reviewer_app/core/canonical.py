"""The canonical form of a score sheet: the bytes its fingerprint and signatures cover.

UTF-8 JSON with sorted keys and no spaces; points as exact decimal strings; document
references by the document's SHA-256, which is the same in every database that holds it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Mapping

from reviewer_app.core.score_sheet import PageRef, ScoreSheet


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sheet_document(
    sheet: ScoreSheet,
    *,
    round_id: str,
    case_code: str,
    reviewer: str,
    document_keys: Mapping[int, str],
) -> dict[str, Any]:
    def ref(value: PageRef | None) -> dict[str, Any] | None:
        if value is None:
            return None
        return {"document": document_keys[value.document_id], "page": value.page}

    return {
        "round": round_id,
        "case_code": case_code,
        "case_type": sheet.case_type.value,
        "reviewer": reviewer,
        "revision": sheet.revision,
        "veto": {item: passed for item, passed in sorted(sheet.veto.items())},
        "marks": [
            {
                "item": mark.item_id,
                "no_deduction": mark.no_deduction,
                "deductions": [
                    {"points": str(d.points), "reason": d.reason, "preset": d.preset_id, "ref": ref(d.ref)}
                    for d in mark.deductions
                ],
                # only when set, so sheets signed before 不适用 existed keep their fingerprints
                **({"not_applicable": True} if mark.not_applicable else {}),
            }
            for mark in sorted(sheet.marks.values(), key=lambda m: m.item_id)
        ],
        "falsification": sheet.falsification.value if sheet.falsification else None,
        "falsification_description": sheet.falsification_description,
        "falsification_evidence": [ref(r) for r in sheet.falsification_evidence],
        # only when raised, so sheets signed before submission concerns existed keep their fingerprints
        **({"submission_concern": sheet.submission_concern,
            "submission_evidence": [ref(r) for r in sheet.submission_evidence]}
           if sheet.submission_concern or sheet.submission_evidence else {}),
        "comment": sheet.comment,
    }


def fingerprint(document: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(document)).hexdigest()


def short_fingerprint(full: str) -> str:
    """The first 64 bits, grouped for reading aloud and comparing with a printed sheet."""
    return " ".join(full[i : i + 4] for i in range(0, 16, 4)).upper()


def sheet_from_document(document: dict[str, Any], document_ids: Mapping[str, int]) -> ScoreSheet:
    """The inverse of sheet_document, with document references mapped back to local ids.
    A KeyError names a document hash this database does not hold."""
    from decimal import Decimal

    from reviewer_app.core.score_sheet import Deduction, ItemMark
    from reviewer_app.core.vocabulary import CaseType, Falsification

    def ref(value: dict[str, Any] | None) -> PageRef | None:
        return None if value is None else PageRef(document_ids[value["document"]], int(value["page"]))

    marks: dict[str, ItemMark] = {}
    for m in document["marks"]:
        if m["item"] in marks:
            raise ValueError(f"评分项 {m['item']} 出现了两次")
        marks[m["item"]] = ItemMark(
            m["item"],
            m["no_deduction"],
            [Deduction(Decimal(d["points"]), d["reason"], d["preset"], ref(d["ref"])) for d in m["deductions"]],
            bool(m.get("not_applicable", False)),
        )
    return ScoreSheet(
        case_type=CaseType(document["case_type"]),
        marks=marks,
        veto=dict(document["veto"]),
        falsification=Falsification(document["falsification"]) if document["falsification"] else None,
        falsification_description=document["falsification_description"],
        falsification_evidence=[ref(r) for r in document["falsification_evidence"]],
        submission_concern=document.get("submission_concern", ""),
        submission_evidence=[ref(r) for r in document.get("submission_evidence", [])],
        comment=document["comment"],
        revision=int(document["revision"]),
    )


def normalised(document: dict[str, Any]) -> dict[str, Any]:
    """The document with every point value in one spelling ("1.5", "1.50" → "1.50"), so the
    same sheet compares equal however its sender wrote the decimals."""
    from reviewer_app.core.points import round2
    from decimal import Decimal

    return {**document, "marks": [
        {**m, "deductions": [{**d, "points": str(round2(Decimal(d["points"])))} for d in m["deductions"]]}
        for m in document["marks"]
    ]}
