"""The round's random sample of case files: drawn reproducibly, recorded with its seed and who
drew it, and, when the round reviews the sample only, the files assigned and counted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer_app.core.sampling import Candidate, SampleError, draw, sample_size
from reviewer_app.store.rounds import audit, refuse_if_published, scoring_started
from reviewer_app.store.schema import CaseSampleRecord, RoundRecord

STRATIFY_LABELS = {"": "不分层", "unit": "按参评单位分层", "case_type": "按案卷类型分层", "unit_and_type": "按单位和案卷类型分层"}


@dataclass(frozen=True)
class Sample:
    seed: int
    size: int
    stratify: str
    drawn_by: str
    drawn_at: datetime
    codes: tuple[str, ...]

    @property
    def description(self) -> str:
        return (f"种子 {self.seed}，抽取 {self.size} 件，{STRATIFY_LABELS[self.stratify]}，"
                f"{self.drawn_by} 于 {self.drawn_at.astimezone():%Y-%m-%d %H:%M} 抽取")


def draw_sample(session: Session, round_record: RoundRecord, seed: int, *, size: int | None = None,
                fraction: Decimal | None = None, stratify: str = "", drawn_by: str = "秘书处") -> Sample:
    """Draw from every registered case file and record the draw (it becomes the round's sample).
    Refused once packages or sheets exist while the round reviews its sample only."""
    refuse_if_published(round_record, "重新抽取案卷", SampleError)
    if round_record.review_sample_only and (why := scoring_started(session, round_record)):
        raise SampleError(f"{why}，本活动只评抽中的案卷，不能再重新抽取")
    drawn_by = drawn_by.strip()
    if not drawn_by or len(drawn_by) > 100:
        raise SampleError("请填写抽取人（最多 100 字）")
    if not 0 <= seed < 2**31:
        raise SampleError("随机种子应为 0 到 2147483647 之间的整数")
    candidates = [Candidate(c.code, c.unit.name if c.unit else "", c.case_type) for c in round_record.case_files_only if c.unit_file]
    if not candidates:
        raise SampleError("还没有登记案卷，无从抽取")
    count = sample_size(len(candidates), size, fraction)
    codes = draw(candidates, seed, count, stratify or None)
    record = CaseSampleRecord(round_id=round_record.id, seed=seed, size=count, stratify=stratify, drawn_by=drawn_by,
                              codes="\n".join(codes))
    session.add(record)
    session.flush()
    audit(session, drawn_by, "draw_sample", f"种子 {seed}，{count} 件，{STRATIFY_LABELS[stratify]}：{'、'.join(codes)}")
    return _sample(record)


def current_sample(session: Session, round_record: RoundRecord) -> Sample | None:
    record = session.scalars(select(CaseSampleRecord).where(CaseSampleRecord.round_id == round_record.id)
                             .order_by(CaseSampleRecord.id.desc()).limit(1)).first()
    return None if record is None else _sample(record)


def reviewed_codes(session: Session, round_record: RoundRecord) -> set[str] | None:
    """The case files the round reviews when it reviews its sample only; None: every file."""
    if not round_record.review_sample_only:
        return None
    sample = current_sample(session, round_record)
    candidates_own = {c.code for c in round_record.case_files_only if not c.unit_file}  # never drawn, always reviewed
    return (set(sample.codes) if sample else set()) | candidates_own


def set_review_sample_only(session: Session, round_record: RoundRecord, on: bool, actor: str = "秘书处") -> None:
    refuse_if_published(round_record, "更改是否只评抽中的案卷", SampleError)
    if on and current_sample(session, round_record) is None:
        raise SampleError("还没有抽取案卷：请先抽取，再设为只评抽中的案卷")
    if (why := scoring_started(session, round_record)) and on != round_record.review_sample_only:
        raise SampleError(f"{why}，不能再更改是否只评抽中的案卷")
    round_record.review_sample_only = on
    audit(session, actor, "review_sample_only", "只评抽中的案卷" if on else "评全部登记的案卷")


def _sample(record: CaseSampleRecord) -> Sample:
    return Sample(record.seed, record.size, record.stratify, record.drawn_by, record.drawn_at,
                  tuple(record.codes.splitlines()))
