"""Enrolment: a reviewer's self-signed introduction (who, which track and region, which
keys), exported on the reviewer's laptop and imported by the secretariat."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer_app.core.canonical import canonical_json
from reviewer_app.core.vocabulary import Track
from reviewer_app.exchange.errors import ExchangeError
from reviewer_app.exchange.keys import KeyPair, PublicKeys
from reviewer_app.store.rounds import audit, only_round
from reviewer_app.store.schema import ReviewerRecord
from reviewer_app.store.types import utc_now

ENROLMENT_FORMAT = "reviewer-app-enrolment/1"


@dataclass(frozen=True)
class Enrolment:
    name: str
    track: Track
    region: str
    members: tuple[str, ...]
    keys: PublicKeys


def enrolment_bytes(enrolment: Enrolment, keys: KeyPair) -> bytes:
    body = {
        "format": ENROLMENT_FORMAT,
        "name": enrolment.name,
        "track": enrolment.track.value,
        "region": enrolment.region,
        "members": list(enrolment.members),
        "public_keys": keys.public.to_dict(),
    }
    return json.dumps({**body, "signature": keys.sign(canonical_json(body)).hex()}, ensure_ascii=False, indent=2).encode()


def read_enrolment(path: Path) -> Enrolment:
    try:
        record = json.loads(path.read_bytes())
        signature = bytes.fromhex(record.pop("signature"))
        if record.get("format") != ENROLMENT_FORMAT:
            raise ExchangeError(path, "不是评审人员登记文件")
        keys = PublicKeys.from_dict(record["public_keys"])
        enrolment = Enrolment(record["name"], Track(record["track"]), record["region"], tuple(record["members"]), keys)
    except ExchangeError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ExchangeError(path, f"登记文件无法读取或格式错误：{error}") from None
    if not keys.verify(signature, canonical_json(record)):
        raise ExchangeError(path, "登记文件的签名无效（内容被改动过）")
    return enrolment


def import_enrolment(session: Session, path: Path) -> ReviewerRecord:
    """Register the reviewer's keys; a reviewer already known by name gets them if it has none."""
    enrolment = read_enrolment(path)
    round_record = only_round(session)
    reviewer = session.scalar(
        select(ReviewerRecord).where(ReviewerRecord.round_id == round_record.id, ReviewerRecord.name == enrolment.name)
    )
    keys_json = json.dumps(enrolment.keys.to_dict())
    if reviewer is None:
        reviewer = ReviewerRecord(round=round_record, name=enrolment.name, track=enrolment.track.value,
                                  region=enrolment.region, members="\n".join(enrolment.members))
        session.add(reviewer)
    elif reviewer.public_keys and reviewer.public_keys != keys_json:
        raise ExchangeError(path, f"评审人员“{enrolment.name}”已登记了另一把密钥；如确需更换，请先撤销原登记")
    elif reviewer.track != enrolment.track.value:
        raise ExchangeError(path, f"登记文件中的评审类别与名单中“{enrolment.name}”的类别不一致")
    reviewer.public_keys = keys_json
    reviewer.enrolled_at = utc_now()
    session.flush()
    audit(session, "秘书处", "enrol_reviewer", f"{enrolment.name} 密钥指纹 {enrolment.keys.short_fingerprint}")
    return reviewer


def reviewer_keys(reviewer: ReviewerRecord) -> PublicKeys | None:
    return PublicKeys.from_dict(json.loads(reviewer.public_keys)) if reviewer.public_keys else None
