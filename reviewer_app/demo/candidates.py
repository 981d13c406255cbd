"""The demo's 先进个人 candidates (seed 004, 附2) and their stories, as the units send them.

The story: each unit recommends officers from its own files. 杨丽娟's unit sent no 廉洁执法证明,
so she leaves the list whatever her scores. 林振华's first story runs over the 3,000-字 limit
and is refused at import with its count; the unit sends a shortened one, which is taken. Each
candidate's case file is one of the unit's penalty files. The two experts score the three
stories on the workbench as the 评审小组, and sign."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import openpyxl
from sqlalchemy.orm import Session

from reviewer_app.anonymise.story_import import import_story
from reviewer_app.core.score_sheet import Deduction, ItemMark, ScoreSheet
from reviewer_app.core.vocabulary import CaseType, Falsification, SheetStatus
from reviewer_app.store.candidates import CANDIDATE_COLUMNS, CANDIDATE_SHEET, OPTIONAL_COLUMNS, CandidateError, import_candidates
from reviewer_app.store.rounds import audit
from reviewer_app.store.schema import RoundRecord
from reviewer_app.store.stories import assign_story_panel

# name, unit, certificate, 廉洁执法证明, cases, votes
CANDIDATES = (
    ("郑海涛", "临江市环境保护局", "32010017", "是", 46, 1320),
    ("黄志刚", "青溪县环境保护局", "32020031", "是", 38, 1490),
    ("杨丽娟", "青溪县环境保护局", "32020044", "否", 41, 1180),
    ("林振华", "云台县环境保护局", "32030008", "是", 29, 1015),
)

STORIES = {
    "郑海涛": """扎根一线的执法“尖兵”
郑海涛同志从事环境监察工作九年，始终把办案质量放在第一位。临江市环境保护局监察支队的同事说，他办的案子“经得起翻”。
2016年大练兵期间，他牵头查处一起企业私设暗管排放电镀废水案。为固定证据，他带队连续三个夜晚在排污口蹲守，协调监测站现场采样，当场制作现场检查笔录，调取了企业用电记录和生产台账，证据链完整，案件移送公安机关后当事人被依法行政拘留。
他注重规范办案，把立案、调查、告知、听证、决定、送达各环节的时限要求做成提示卡，带动支队办案平均用时缩短三分之一。他还主动为企业讲解新环保法和配套办法，帮助二十余家企业完成整改。
他说：“每一份案卷都是执法人员的名片。”""",
    "黄志刚": """群众身边的“环保哨兵”
黄志刚同志是青溪县环境保护局的一名普通执法人员。面对辖区内小散乱企业多、群众投诉多的局面，他坚持“接到投诉两小时内到场”。
2016年，他参与调查处理违法案件38件，其中一起养殖场废水直排案，他在雨夜沿溪沟排查四公里，找到隐蔽排口，依法实施按日连续处罚，督促企业建成污水处理设施。
他善于用群众听得懂的话讲法律，编写的执法告知书范本被全局推广。同事们说，老黄办案“手续一样不落，道理一句不少”。
他连续三年被评为优秀执法人员，所办案卷在全市评查中获评优秀。""",
    "林振华": """攻坚克难的“老黄牛”
林振华同志在云台县环境保护局工作十二年，长期承担重点案件的调查。
2016年，他参与调查处理违法案件29件。在查处一起危险废物非法倾倒案中，他克服取证难、当事人不配合等困难，会同公安机关开展联合调查，固定了运输车辆轨迹和转移联单等关键证据，案件依法移送公安机关追究刑事责任。
他坚持廉洁执法，多次拒绝当事人的宴请和礼品。他带的三名年轻执法人员均已能独立办案。
他常说，执法要“硬”，服务要“暖”。""",
}
# The first story 林振华's unit sent: the same account padded with the year's every inspection,
# well over the limit (the notice: 3000 字以内).
LONG_PADDING = "他全年开展日常巡查，逐一核查辖区重点排污单位的治污设施运行情况、在线监测数据和危险废物管理台账，发现问题当场督促整改并跟踪复查。"


def write_candidates(path: Path, case_codes: dict[str, str]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = CANDIDATE_SHEET
    sheet.append((*CANDIDATE_COLUMNS, *OPTIONAL_COLUMNS))
    for name, unit, certificate, supplied, cases, votes in CANDIDATES:
        sheet.append((name, unit, certificate, supplied, cases, votes, "是", "", case_codes[name]))
    book.save(path)
    return path


def register_candidates(session: Session, round_record: RoundRecord, out_dir: Path) -> None:
    """The list imported, every story taken (one after its first, over-long version is refused),
    and the stories assigned to the panel (the round's experts)."""
    penalty_files: dict[str, list[str]] = {}
    for case in round_record.case_files_only:
        if case.case_type == CaseType.PENALTY.value:
            penalty_files.setdefault(case.unit.name, []).append(case.code)
    chosen = {name: penalty_files[unit].pop(0) for name, unit, *_ in CANDIDATES}  # each its own file
    folder = out_dir / "先进个人材料"
    folder.mkdir(parents=True, exist_ok=True)
    import_candidates(session, round_record, write_candidates(folder / "先进个人候选人.xlsx", chosen), actor="秘书处")
    long_story = folder / "林振华个人事迹（初稿）.txt"
    long_story.write_text(STORIES["林振华"] + "\n" + LONG_PADDING * 50, encoding="utf-8")
    try:
        import_story(session, round_record, "林振华", long_story, out_dir)
    except CandidateError as refused:
        audit(session, "秘书处", "award_story_refused", f"{refused}；已退回云台县环境保护局压缩后重新报送")
    else:
        raise RuntimeError("演示：超过 3000 字的个人事迹应被拒绝导入")
    for name, text in STORIES.items():
        path = folder / f"{name}个人事迹.txt"
        path.write_text(text, encoding="utf-8")
        import_story(session, round_record, name, path, out_dir)
    assign_story_panel(session, round_record)


# What the two experts found short in each story, per criterion: a member deducts it at random
# under their own strictness, so the panel's totals differ but stay within the re-check threshold.
STORY_SHORTCOMINGS = {
    "PS1": ("对个人政治素质和工作作风的描述较为笼统", "缺少体现业务素质的具体事例"),
    "PS2": ("典型案例的办理过程叙述不够具体", "办案数量和质量缺少数据支撑"),
    "PS3": ("工作成效缺少量化体现", "示范带动作用的描述较少"),
}


def story_sheet(rubric, severity: float, rng: random.Random) -> ScoreSheet:  # noqa: ANN001
    sheet = ScoreSheet(case_type=CaseType.PERSONAL_STORY, status=SheetStatus.SIGNED, falsification=Falsification.NONE)
    for item in rubric.items_for(CaseType.PERSONAL_STORY):
        found = [r for r in STORY_SHORTCOMINGS.get(item.id, ()) if rng.random() < 0.45 * severity]
        if found:
            sheet.marks[item.id] = ItemMark(item.id, False, [Deduction(Decimal(rng.choice((1, 2, 3))), r) for r in found])
        else:
            sheet.marks[item.id] = ItemMark(item.id, True)
    return sheet
