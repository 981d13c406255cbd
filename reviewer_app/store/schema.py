"""The database tables, as typed SQLAlchemy 2 models."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from reviewer_app.core.vocabulary import CaseType
from reviewer_app.store.types import DecimalText, UtcDateTime, utc_now

STORY_TYPE = CaseType.PERSONAL_STORY.value


class Base(DeclarativeBase):
    pass


class RoundRecord(Base):
    __tablename__ = "rounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    weight_expert: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0.5"))
    weight_cross: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("0.5"))
    veto_policy: Mapped[str] = mapped_column(String(20), default="zero")
    enforce_eligibility: Mapped[bool] = mapped_column(Boolean, default=True)
    grade_excellent: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("90"))
    grade_pass: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("60"))
    recheck_threshold: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("15"), server_default="15")
    # Whether a county's reconsideration correction zeroes its city's indicator too (the notice
    # names only the unit; rounds from before this setting did, and keep doing so).
    reconsideration_reaches_city: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("1"))
    # Only the newest random sample of case files is assigned and counted (units averaged over
    # their sampled files); off: every registered file.
    review_sample_only: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    experts_per_file: Mapped[int] = mapped_column(Integer, default=2)
    cross_per_file: Mapped[int] = mapped_column(Integer, default=2)
    rubric_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # A reviewer's copy of a round, loaded from a review package, remembers where it came from.
    origin_round_id: Mapped[int | None] = mapped_column(Integer)
    package_id: Mapped[str | None] = mapped_column(String(40))
    secretariat_keys: Mapped[str | None] = mapped_column(Text)  # JSON of the public keys
    # Who publishes the final results (e.g. 江苏省环境保护厅) and on what day; printed on final reports.
    issuing_body: Mapped[str] = mapped_column(String(200), default="", server_default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    # 先进集体 selection: the round's settings as JSON (empty: the product's defaults), and the
    # province's totals when the secretariat gives them (empty: the sum of the cities' rows).
    collective_rules: Mapped[str] = mapped_column(Text, default="", server_default="")
    individual_rules: Mapped[str] = mapped_column(Text, default="", server_default="")  # 先进个人, JSON
    province_statistics: Mapped[str] = mapped_column(Text, default="", server_default="")

    units: Mapped[list[UnitRecord]] = relationship(back_populates="round", order_by="UnitRecord.id")
    # Every file reviewers score, candidates' stories included (store/stories.py).
    case_files: Mapped[list[CaseFileRecord]] = relationship(
        back_populates="round", order_by="CaseFileRecord.code"
    )

    @property
    def case_files_only(self) -> list[CaseFileRecord]:
        """The case files sent in (the units' own and 先进个人 candidates'): what reviewers score
        and the results consolidate; the stories are not among them."""
        return [c for c in self.case_files if c.case_type != STORY_TYPE]

    reviewers: Mapped[list[ReviewerRecord]] = relationship(
        back_populates="round", order_by="ReviewerRecord.id"
    )


class UnitRecord(Base):
    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("round_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(10))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    region: Mapped[str] = mapped_column(String(100))
    corrected_on_reconsideration: Mapped[bool] = mapped_column(Boolean, default=False)
    reconsideration_note: Mapped[str] = mapped_column(Text, default="")  # the decision's reference (文号), or a note
    reconsideration_date: Mapped[date | None] = mapped_column(Date)  # only a decision within the period counts
    tie_break: Mapped[int | None] = mapped_column(Integer)  # order among units with equal indicators
    # Fewer files than the notice requires: "none" (undecided), "zero" (each missing one counts 0)
    # or "excused" (the mean is over the files submitted), with why.
    gap_decision: Mapped[str] = mapped_column(String(10), default="none", server_default="none")
    gap_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    counted_in_city: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    # 先进集体: a county is a candidate when its city recommends it (cities always are); the
    # secretariat's order among candidates still tied after the articles count, with why.
    recommended_for_award: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    award_tie_order: Mapped[int | None] = mapped_column(Integer)
    award_tie_reason: Mapped[str] = mapped_column(Text, default="", server_default="")

    round: Mapped[RoundRecord] = relationship(back_populates="units")
    parent: Mapped[UnitRecord | None] = relationship(remote_side=[id])
    case_files: Mapped[list[CaseFileRecord]] = relationship(back_populates="unit")

    @property
    def submitted_files(self) -> list[CaseFileRecord]:
        """The unit's own files, which its composition and mean count (no story, no candidate-only file)."""
        return [c for c in self.case_files if c.case_type != STORY_TYPE and c.unit_file]


class UnitStatisticsRecord(Base):
    """What 附1 takes from outside the review for one unit (imported; a re-import replaces)."""

    __tablename__ = "unit_statistics"

    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), primary_key=True)
    key_enterprises: Mapped[int] = mapped_column(Integer)
    cases: Mapped[int] = mapped_column(Integer)
    fines: Mapped[Decimal] = mapped_column(DecimalText)  # 元
    seizures: Mapped[int] = mapped_column(Integer)  # 查封扣押
    production_limits: Mapped[int] = mapped_column(Integer)  # 停产限产
    daily_penalties: Mapped[int] = mapped_column(Integer)  # 按日连续处罚
    crime_transfers: Mapped[int] = mapped_column(Integer)  # 涉嫌环境污染犯罪移送
    detention_transfers: Mapped[int] = mapped_column(Integer)  # 适用行政拘留移送
    votes: Mapped[int] = mapped_column(Integer)
    articles_national: Mapped[int] = mapped_column(Integer)
    articles_provincial: Mapped[int] = mapped_column(Integer)
    pm10_previous: Mapped[Decimal | None] = mapped_column(DecimalText)
    pm10: Mapped[Decimal | None] = mapped_column(DecimalText)
    pm25_previous: Mapped[Decimal | None] = mapped_column(DecimalText)
    pm25: Mapped[Decimal | None] = mapped_column(DecimalText)
    sections_fallen: Mapped[int | None] = mapped_column(Integer)


class AwardCandidateRecord(Base):
    """A 先进个人 candidate (seed 004, 附2): who, the checks the secretariat makes, the votes and
    cases from outside the review, the candidate's case file, and the story as given and as the
    panel reads it (anonymised, under the alias)."""

    __tablename__ = "award_candidates"
    __table_args__ = (UniqueConstraint("round_id", "alias"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    name: Mapped[str] = mapped_column(String(100))
    alias: Mapped[str] = mapped_column(String(20))  # 候选人A3: what reviewers see
    certificate_number: Mapped[str] = mapped_column(String(60), default="")
    certificate_supplied: Mapped[bool] = mapped_column(Boolean, default=False)  # 廉洁执法证明
    conditions_met: Mapped[bool] = mapped_column(Boolean, default=True)  # 附2 一, checked by hand
    conditions_note: Mapped[str] = mapped_column(Text, default="")
    cases: Mapped[int] = mapped_column(Integer, default=0)
    votes: Mapped[int] = mapped_column(Integer, default=0)
    case_code: Mapped[str] = mapped_column(String(20), default="")  # the candidate's penalty case file
    report_upheld: Mapped[bool] = mapped_column(Boolean, default=False)
    report_reason: Mapped[str] = mapped_column(Text, default="")
    story_file: Mapped[str] = mapped_column(String(260), default="")
    story: Mapped[str] = mapped_column(Text, default="")  # as given: sensitive
    story_anonymised: Mapped[str] = mapped_column(Text, default="")
    story_findings: Mapped[str] = mapped_column(Text, default="")  # JSON: what was replaced, for review

    unit: Mapped[UnitRecord] = relationship()


class CaseFileRecord(Base):
    __tablename__ = "case_files"
    __table_args__ = (UniqueConstraint("round_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)  # None in a reviewer's copy
    code: Mapped[str] = mapped_column(String(20))  # the anonymous code reviewers see
    case_type: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300), default="")  # original title: sensitive
    mobile_platform: Mapped[bool] = mapped_column(Boolean, default=True)  # False: intake did not recognise a platform record
    # What intake found that may break the submission rules, one per line; only proposals until decided.
    eligibility_warnings: Mapped[str] = mapped_column(Text, default="", server_default="")
    # What intake took for the on-site record's platform origin ("文字：移动执法系统", "二维码：…").
    platform_evidence: Mapped[str] = mapped_column(String(200), default="", server_default="")
    eligibility_decision: Mapped[str] = mapped_column(String(20), default="none", server_default="none")
    eligibility_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    falsification_decision: Mapped[str] = mapped_column(String(20), default="none")
    falsification_decision_reason: Mapped[str] = mapped_column(Text, default="")
    veto_ruling: Mapped[str] = mapped_column(String(20), default="none", server_default="none")
    veto_ruling_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    # False: a 先进个人 candidate's case file its unit did not submit among its own (intake: a case
    # folder named with 先进个人): scored by both tracks, never in the unit's composition or mean.
    unit_file: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    # What the pre-check last read (documents' hashes, rule base): unchanged, the file is not read again.
    precheck_basis: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # When and where its records put which officers (JSON), for the round-wide overlap check.
    precheck_spans: Mapped[str] = mapped_column(Text, default="", server_default="")

    round: Mapped[RoundRecord] = relationship(back_populates="case_files")
    unit: Mapped[UnitRecord | None] = relationship(back_populates="case_files")
    documents: Mapped[list[DocumentRecord]] = relationship(
        back_populates="case_file", order_by="DocumentRecord.position"
    )


class DocumentRecord(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_file_id: Mapped[int] = mapped_column(
        ForeignKey("case_files.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    doc_type: Mapped[str] = mapped_column(String(40))
    # What decided the type: the first page's title, a document number, the file name, a correction.
    type_basis: Mapped[str] = mapped_column(String(200), default="文件名", server_default="文件名")
    title: Mapped[str] = mapped_column(String(300))
    path: Mapped[str] = mapped_column(String(500))  # relative to the round's folder
    pages: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    # The anonymised copy that packages ship, once the secretariat has produced it.
    package_path: Mapped[str | None] = mapped_column(String(500))
    package_sha256: Mapped[str | None] = mapped_column(String(64))
    # What the copy was made from (source, accepted boxes, OCR, settings): unchanged means not redone.
    package_basis: Mapped[str | None] = mapped_column(String(64))
    # The shipped copy's size and modification time when written: while they hold, the copy on
    # disk is taken as written without reading it again (a provincial round's copies are GBs).
    package_stamp: Mapped[str] = mapped_column(String(60), default="", server_default="")
    # The file bytes, terms and check version the leak check last found clean (leak_check_key):
    # the same key again means the same answer, so a file is not read a second time.
    leak_checked: Mapped[str | None] = mapped_column(String(64))

    case_file: Mapped[CaseFileRecord] = relationship(back_populates="documents")
    redactions: Mapped[list[RedactionRecord]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="RedactionRecord.id"
    )

    @property
    def exchange_sha256(self) -> str:
        """The hash every copy of the round uses for this document: that of what reviewers get."""
        return self.package_sha256 or self.sha256


class ReviewerRecord(Base):
    __tablename__ = "reviewers"
    __table_args__ = (UniqueConstraint("round_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))  # a person, or a team's name
    track: Mapped[str] = mapped_column(String(10))
    region: Mapped[str] = mapped_column(String(100))
    members: Mapped[str] = mapped_column(Text, default="")  # team members, one per line
    declared_conflicts: Mapped[str] = mapped_column(Text, default="", server_default="")  # unit names, one per line
    origin_id: Mapped[int | None] = mapped_column(Integer)  # the secretariat's id, in a reviewer's copy
    public_keys: Mapped[str | None] = mapped_column(Text)  # JSON, from the reviewer's enrolment
    enrolled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    round: Mapped[RoundRecord] = relationship(back_populates="reviewers")
    assignments: Mapped[list[AssignmentRecord]] = relationship(back_populates="reviewer")


class AssignmentRecord(Base):
    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("reviewer_id", "case_file_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reviewer_id: Mapped[int] = mapped_column(
        ForeignKey("reviewers.id", ondelete="CASCADE"), index=True
    )
    case_file_id: Mapped[int] = mapped_column(
        ForeignKey("case_files.id", ondelete="CASCADE"), index=True
    )

    reviewer: Mapped[ReviewerRecord] = relationship(back_populates="assignments")
    case_file: Mapped[CaseFileRecord] = relationship()
    sheets: Mapped[list[SheetRecord]] = relationship(
        back_populates="assignment", order_by="SheetRecord.revision"
    )


class SheetRecord(Base):
    """One revision of a score sheet. A signed revision is never edited; revising adds a row."""

    __tablename__ = "score_sheets"
    __table_args__ = (UniqueConstraint("assignment_id", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignments.id", ondelete="CASCADE"), index=True
    )
    revision: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    falsification: Mapped[str | None] = mapped_column(String(20))
    falsification_description: Mapped[str] = mapped_column(Text, default="")
    submission_concern: Mapped[str] = mapped_column(Text, default="", server_default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    revise_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # A signed sheet's total by the round's rubric, stored when it is signed or imported so that
    # results add up one column, not every mark of every sheet. It stays true: a signed sheet is
    # never edited and the rubric cannot change once a sheet exists (rounds.scoring_started).
    total_points: Mapped[Decimal | None] = mapped_column(DecimalText)  # before any veto effect, 2 places
    veto_failed: Mapped[bool | None] = mapped_column(Boolean)

    assignment: Mapped[AssignmentRecord] = relationship(back_populates="sheets")
    marks: Mapped[list[MarkRecord]] = relationship(
        back_populates="sheet", cascade="all, delete-orphan", order_by="MarkRecord.id"
    )
    veto_answers: Mapped[list[VetoAnswerRecord]] = relationship(
        back_populates="sheet", cascade="all, delete-orphan"
    )
    evidence: Mapped[list[EvidenceRecord]] = relationship(
        back_populates="sheet", cascade="all, delete-orphan", order_by="EvidenceRecord.id"
    )
    submission_evidence: Mapped[list[SubmissionEvidenceRecord]] = relationship(
        back_populates="sheet", cascade="all, delete-orphan", order_by="SubmissionEvidenceRecord.id"
    )
    signatures: Mapped[list[SignatureRecord]] = relationship(
        back_populates="sheet", cascade="all, delete-orphan", order_by="SignatureRecord.id"
    )


class MarkRecord(Base):
    __tablename__ = "item_marks"
    __table_args__ = (UniqueConstraint("sheet_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(
        ForeignKey("score_sheets.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[str] = mapped_column(String(40))
    no_deduction: Mapped[bool] = mapped_column(Boolean, default=False)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    sheet: Mapped[SheetRecord] = relationship(back_populates="marks")
    deductions: Mapped[list[DeductionRecord]] = relationship(
        back_populates="mark", cascade="all, delete-orphan", order_by="DeductionRecord.id"
    )


class DeductionRecord(Base):
    __tablename__ = "deductions"

    id: Mapped[int] = mapped_column(primary_key=True)
    mark_id: Mapped[int] = mapped_column(ForeignKey("item_marks.id", ondelete="CASCADE"), index=True)
    points: Mapped[Decimal] = mapped_column(DecimalText)
    reason: Mapped[str] = mapped_column(Text, default="")
    preset_id: Mapped[str | None] = mapped_column(String(40))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    page: Mapped[int | None] = mapped_column(Integer)

    mark: Mapped[MarkRecord] = relationship(back_populates="deductions")


class VetoAnswerRecord(Base):
    __tablename__ = "veto_answers"

    sheet_id: Mapped[int] = mapped_column(
        ForeignKey("score_sheets.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    passed: Mapped[bool] = mapped_column(Boolean)

    sheet: Mapped[SheetRecord] = relationship(back_populates="veto_answers")


class EvidenceRecord(Base):
    """A page a reviewer cites for a falsification report."""

    __tablename__ = "falsification_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(
        ForeignKey("score_sheets.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    page: Mapped[int] = mapped_column(Integer)

    sheet: Mapped[SheetRecord] = relationship(back_populates="evidence")


class SubmissionEvidenceRecord(Base):
    """A page a reviewer cites for a doubt about the submission rules."""

    __tablename__ = "submission_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(
        ForeignKey("score_sheets.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    page: Mapped[int] = mapped_column(Integer)

    sheet: Mapped[SheetRecord] = relationship(back_populates="submission_evidence")


class SignatureRecord(Base):
    """One signer's signature on a sheet revision (a team sheet has one per member)."""

    __tablename__ = "signatures"
    __table_args__ = (UniqueConstraint("sheet_id", "signer"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(
        ForeignKey("score_sheets.id", ondelete="CASCADE"), index=True
    )
    signer: Mapped[str] = mapped_column(String(100))
    image_png: Mapped[bytes] = mapped_column(LargeBinary)  # the drawn signature
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    key_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    signature: Mapped[bytes] = mapped_column(LargeBinary, default=b"", server_default=text("''"))  # Ed25519 over the canonical sheet

    sheet: Mapped[SheetRecord] = relationship(back_populates="signatures")


class IssuedPackage(Base):
    """A review package the secretariat built: returns must answer one of these."""

    __tablename__ = "issued_packages"

    package_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # The file as it was written: a package on a stick can be matched to its record.
    file_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")


class SensitiveTermRecord(Base):
    __tablename__ = "sensitive_terms"
    __table_args__ = (UniqueConstraint("round_id", "term"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    term: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(20), default="manual")  # unit, region, reviewer, manual


class RedactionRecord(Base):
    """A box to black out on a page: proposed by the term search or drawn by hand."""

    __tablename__ = "redactions"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    page: Mapped[int] = mapped_column(Integer)
    left: Mapped[float] = mapped_column(Float)  # PDF points, origin bottom-left
    bottom: Mapped[float] = mapped_column(Float)
    right: Mapped[float] = mapped_column(Float)
    top: Mapped[float] = mapped_column(Float)
    term: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(10), default="auto")  # auto, manual
    status: Mapped[str] = mapped_column(String(10), default="proposed")  # proposed, accepted, rejected
    rule: Mapped[str] = mapped_column(String(40), default="", server_default="")  # what found it: 敏感词, 身份证号, 印章, …

    document: Mapped[DocumentRecord] = relationship(back_populates="redactions")


class LeakRulingRecord(Base):
    """A finding of the leak check's own detectors that the secretariat ruled not identifying
    (a national body, a law's number), with why: the package build no longer stops at it."""

    __tablename__ = "leak_rulings"
    __table_args__ = (UniqueConstraint("document_id", "rule", "text", name="uq_leak_ruling"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(String(500))
    decided_by: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class PageReviewRecord(Base):
    """A page a person must look at: a scan, a seal, text OCR read unsurely."""

    __tablename__ = "pages_for_review"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    page: Mapped[int] = mapped_column(Integer, primary_key=True)
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="", server_default="扫描页")


class OcrPageRecord(Base):
    """What OCR read on a scanned page, kept so a page is read once (key: document hash, page, engine)."""

    __tablename__ = "ocr_pages"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    lines: Mapped[bytes] = mapped_column(LargeBinary)


class PrecheckFindingRecord(Base):
    """A pre-check lead on a case file (core/precheck): a question for the reviewer, not a deduction."""

    __tablename__ = "precheck_findings"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_file_id: Mapped[int] = mapped_column(ForeignKey("case_files.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text)
    items: Mapped[str] = mapped_column(String(200))  # rubric item ids, comma-separated
    source: Mapped[str] = mapped_column(Text)  # the law and article in force on the day that matters
    evidence: Mapped[str] = mapped_column(Text)  # JSON: [{document, position, page, quote[, case]}]
    across: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))  # compares files: redone each run
    # In a reviewer's copy: the secretariat's id of the lead, and what the reviewer found it to be.
    origin_id: Mapped[int | None] = mapped_column(Integer)
    verdict: Mapped[str] = mapped_column(String(12), default="", server_default="")  # confirmed | dismissed | ""
    # At the secretariat: each reviewer's verdict as returned, JSON {reviewer: verdict}.
    verdicts: Mapped[str] = mapped_column(Text, default="", server_default="")

    case_file: Mapped[CaseFileRecord] = relationship()


class RecheckDecision(Base):
    """The secretariat's re-check (复核) of a case file whose reviewers disagree too much."""

    __tablename__ = "recheck_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_file_id: Mapped[int] = mapped_column(ForeignKey("case_files.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # The case score the re-check settled on; None: the sheets' combined score stands.
    accepted_score: Mapped[Decimal | None] = mapped_column(DecimalText)


class CaseSampleRecord(Base):
    """A random draw of case files: its seed and parameters, who drew it and when, so the same
    draw can be made again and checked. The newest is the round's sample."""

    __tablename__ = "case_samples"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    seed: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    stratify: Mapped[str] = mapped_column(String(20), default="")
    drawn_by: Mapped[str] = mapped_column(String(100))
    drawn_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    codes: Mapped[str] = mapped_column(Text)  # the case codes drawn, one a line


class DatabaseIdentity(Base):
    """One row: this round database's own identity, kept by its backups (a restore takes only
    a backup of the same database)."""

    __tablename__ = "database_identity"

    database_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text, default="")
