"""The panel's scoring of 先进个人 stories (seed 004, 附2 二(三)): each candidate's anonymised
story is registered as a file of its own type under the candidate's alias, so that experts
score, sign, return and revise it exactly as a case file. It belongs to no unit's files:
store/results and the composition and assignment steps leave it out."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewer_app.core.awards.individual import StoryScore, story_score
from reviewer_app.core.rubric import Rubric, RubricError, load_rubric
from reviewer_app.core.vocabulary import CaseType, DocumentType, Track
from reviewer_app.resources import resource_path
from reviewer_app.store.candidates import CandidateError
from reviewer_app.store.rounds import audit, refuse_if_published, round_rubric
from reviewer_app.store.schema import (
    AssignmentRecord,
    AwardCandidateRecord,
    CaseFileRecord,
    DocumentRecord,
    RecheckDecision,
    STORY_TYPE,
    RoundRecord,
    SheetRecord,
)

class StoryPanelError(CandidateError):
    pass


def with_story_criteria(rubric: Rubric) -> Rubric:
    """The rubric with the preset's story section added when it has none (a round set up from
    the blank template or before stories were scored on the workbench). Adding it changes no
    case file's items, so it is allowed after scoring has started."""
    if rubric.items_for(CaseType.PERSONAL_STORY):
        return rubric
    preset = load_rubric(resource_path("rubrics", "national_2012.yaml"))
    story = [s for s in preset.sections if any(i.applies_to(CaseType.PERSONAL_STORY) for i in s.items)]
    taken = {i.id for s in rubric.sections for i in s.items} | {s.id for s in rubric.sections}
    if any(s.id in taken or any(i.id in taken for i in s.items) for s in story):
        raise RubricError("评分细则中已有与个人事迹评分项相同的编号，请在评分细则中自行添加个人事迹评分项")
    return replace(rubric, sections=(*rubric.sections, *story), _items_by_id={}, _sections_by_type={})


def story_files(session: Session, round_record: RoundRecord) -> list[CaseFileRecord]:
    return list(session.scalars(select(CaseFileRecord).where(
        CaseFileRecord.round_id == round_record.id, CaseFileRecord.case_type == STORY_TYPE).order_by(CaseFileRecord.code)))


def register_story_file(session: Session, round_record: RoundRecord, candidate: AwardCandidateRecord,
                        pdf: Path, round_folder: Path) -> CaseFileRecord:
    """The story's rendered copy as the one document of the candidate's story file (made or
    replaced). Replacing is refused once a panel member has a sheet on it: a signed score is
    of the text the member read."""
    rubric = round_rubric(round_record)
    completed = with_story_criteria(rubric)
    if completed is not rubric:
        round_record.rubric_json = json.dumps(completed.to_dict(), ensure_ascii=False)
        audit(session, "秘书处", "rubric", "评分细则增加个人事迹评分项（预设）")
    record = session.scalar(select(CaseFileRecord).where(
        CaseFileRecord.round_id == round_record.id, CaseFileRecord.code == candidate.alias))
    if record is None:
        record = CaseFileRecord(round=round_record, unit=candidate.unit, code=candidate.alias, case_type=STORY_TYPE)
        session.add(record)
    elif any(a.sheets for a in session.scalars(select(AssignmentRecord).where(AssignmentRecord.case_file_id == record.id))):
        raise StoryPanelError(f"{candidate.alias} 的个人事迹已有评审小组成员评分，不能再替换")
    for document in list(record.documents):
        session.delete(document)
    session.flush()
    record.title = f"{candidate.name}个人事迹"  # sensitive, like a case file's title
    record.documents.append(DocumentRecord(
        position=1, doc_type=DocumentType.PERSONAL_STORY.value, title=DocumentType.PERSONAL_STORY.label,
        type_basis="个人事迹导入", path=pdf.relative_to(round_folder).as_posix(), pages=_pages(pdf),
        sha256=hashlib.sha256(pdf.read_bytes()).hexdigest()))
    session.flush()
    return record


def _pages(pdf: Path) -> int:
    from reviewer_app.pdf.reading import trial

    return trial(pdf)


def drop_story_files(session: Session, round_record: RoundRecord) -> int:
    """The stories' files taken away with the list they belong to (a new list gives new
    aliases); refused once a panel member has a sheet on any of them."""
    files = story_files(session, round_record)
    ids = [f.id for f in files]
    if ids and session.scalar(select(SheetRecord.id).join(AssignmentRecord).where(AssignmentRecord.case_file_id.in_(ids)).limit(1)):
        raise StoryPanelError("评审小组已开始对个人事迹评分，不能再替换候选人名单")
    for record in files:
        for assignment in session.scalars(select(AssignmentRecord).where(AssignmentRecord.case_file_id == record.id)):
            session.delete(assignment)
        for document in record.documents:
            session.delete(document)
        session.delete(record)
    session.flush()
    return len(files)


def assign_story_panel(session: Session, round_record: RoundRecord, panel: list[str] | None = None,
                       actor: str = "秘书处") -> int:
    """Every registered story to every member of the panel (评审小组: the round's experts, or
    those named), each member scoring all stories so that their means compare. Adds what is
    missing and takes nothing away. Returns the assignments added."""
    refuse_if_published(round_record, "分配个人事迹评审", StoryPanelError)
    experts = {r.name: r for r in round_record.reviewers if r.track == Track.EXPERT.value}
    if panel:
        unknown = [name for name in panel if name not in experts]
        if unknown:
            raise StoryPanelError(f"评审小组只能由专家组成：{'、'.join(unknown)} 不是本活动的专家评审人员")
        members = [experts[name] for name in panel]
    else:
        members = list(experts.values())
    if not members:
        raise StoryPanelError("本活动还没有专家评审人员，无法组成评审小组")
    stories = story_files(session, round_record)
    if not stories:
        raise StoryPanelError("还没有导入任何个人事迹材料")
    added = 0
    for member in members:
        held = {a.case_file_id for a in member.assignments}
        for story in stories:
            if story.id not in held:
                member.assignments.append(AssignmentRecord(case_file=story))
                added += 1
    session.flush()
    audit(session, actor, "assign_story_panel",
          f"个人事迹评审小组：{'、'.join(m.name for m in members)}；新增分配 {added} 项")
    return added


def story_scores(session: Session, round_record: RoundRecord, threshold: Decimal) -> dict[str, StoryScore]:
    """Each story's panel score by alias, from the members' newest signed sheets: their totals
    (the story type has no veto, so a total is the score); a re-check decision clears the flag,
    and the score it accepted, if any, stands."""
    from reviewer_app.store.results import signed_sheet_scores

    stories = {c.code: c.id for c in story_files(session, round_record)}
    totals: dict[str, list[Decimal]] = {code: [] for code in stories}
    for sheet in signed_sheet_scores(session, round_record, case_type=STORY_TYPE):
        totals[sheet.case_code].append(sheet.score)
    panel = dict(session.execute(select(AssignmentRecord.case_file_id, func.count()).where(
        AssignmentRecord.case_file_id.in_(stories.values())).group_by(AssignmentRecord.case_file_id)).all())
    accepted: dict[int, Decimal | None] = dict(session.execute(
        select(RecheckDecision.case_file_id, RecheckDecision.accepted_score)
        .where(RecheckDecision.case_file_id.in_(stories.values())).order_by(RecheckDecision.id)).all())
    scores = {}
    for code, case_id in stories.items():
        score = story_score(totals[code], threshold, rechecked=case_id in accepted, panel=panel.get(case_id, 0))
        if accepted.get(case_id) is not None:
            score = replace(score, mean=accepted[case_id])
        scores[code] = score
    return scores
