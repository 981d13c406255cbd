"""Who and what appears in the demo round. All names are invented."""

from __future__ import annotations

from dataclasses import dataclass

from reviewer_app.core.vocabulary import CaseType, Track, UnitLevel

REGION = "临江市"
ROUND_NAME = "2016年全省环境执法大练兵案卷评查（演示）"


@dataclass(frozen=True)
class DemoUnit:
    name: str
    level: UnitLevel
    parent: str | None
    place: str  # the place name that appears in its documents
    officers: tuple[str, ...]
    head: str  # the unit's approving official


UNITS = (
    DemoUnit("临江市环境保护局", UnitLevel.CITY, None, "临江市", ("郑海涛", "吴晓峰", "许文静"), "马立群"),
    DemoUnit("青溪县环境保护局", UnitLevel.COUNTY, "临江市环境保护局", "青溪县", ("黄志刚", "杨丽娟"), "钱国栋"),
    DemoUnit("云台县环境保护局", UnitLevel.COUNTY, "临江市环境保护局", "云台县", ("林振华", "何雪梅", "宋杰"), "唐建平"),
)


@dataclass(frozen=True)
class DemoReviewer:
    name: str
    track: Track
    region: str
    members: tuple[str, ...] = ()
    severity: float = 1.0  # how strict this reviewer is, for the simulated scores
    passphrase: str = ""


REVIEWERS = (
    DemoReviewer("周明远", Track.EXPERT, "省城", severity=1.15, passphrase="demo-zhou"),
    DemoReviewer("陈慧琳", Track.EXPERT, "省城", severity=0.9, passphrase="demo-chen"),
    DemoReviewer("王建国", Track.CROSS, "东湖市", severity=1.0, passphrase="demo-wang"),
    DemoReviewer("刘晓燕", Track.CROSS, "南屏市", severity=1.3, passphrase="demo-liu"),
    DemoReviewer("北塘市交叉评审组", Track.CROSS, "北塘市", ("赵立新", "孙倩"), severity=0.8, passphrase="demo-beitang"),
)

COMPANIES = (
    "恒达化工有限公司", "金源印染有限公司", "华盛电镀厂", "新宇金属表面处理有限公司",
    "长丰造纸有限公司", "鑫茂再生资源回收站", "宏图建材有限公司", "永泰制药有限公司",
    "瑞丰纺织有限公司", "明阳塑胶制品厂", "通达汽车维修有限公司", "东升热电有限公司",
    "绿洲养殖专业合作社", "天成铸造有限公司", "佳美食品有限公司", "立信电子科技有限公司",
    "安和危废处置有限公司", "宏远混凝土有限公司", "海川水泥有限公司", "宝隆皮革有限公司",
    "星河印刷有限公司", "润泽污水处理有限公司",
)

LEGAL_REPRESENTATIVES = (
    "张德胜", "李国华", "王秀英", "赵永强", "孙宏伟", "周丽萍", "吴志明", "徐春生",
    "朱建平", "胡海燕", "高振宇", "罗文彬", "梁晓东", "谢红梅", "韩立军", "冯淑芬",
    "曹俊杰", "彭玉兰", "曾庆祥", "蒋丽华", "蔡正林", "潘建英",
)

VIOLATIONS = {
    CaseType.PENALTY: ("超标排放水污染物", "《中华人民共和国水污染防治法》第七十四条第一款"),
    CaseType.DAILY_PENALTY: ("超标排放大气污染物且拒不改正", "《中华人民共和国环境保护法》第五十九条"),
    CaseType.DETENTION_TRANSFER: ("通过暗管排放含重金属废水", "《中华人民共和国环境保护法》第六十三条第三项"),
    CaseType.CRIME_TRANSFER: ("非法处置危险废物三吨以上", "《中华人民共和国刑法》第三百三十八条"),
    CaseType.COURT_ENFORCEMENT: ("未批先建且逾期未缴纳罚款", "《中华人民共和国行政强制法》第五十三条"),
    CaseType.INSPECTION_AUDIT: ("在线监测设施运行不正常", "《环境监察稽查办法》"),
}

# The mix each unit submits, in the order its files are numbered.
CITY_CASES = (
    CaseType.PENALTY, CaseType.PENALTY, CaseType.PENALTY, CaseType.DAILY_PENALTY,
    CaseType.DETENTION_TRANSFER, CaseType.CRIME_TRANSFER, CaseType.COURT_ENFORCEMENT,
    CaseType.INSPECTION_AUDIT,
)
COUNTY_CASES = CITY_CASES[:-1]


def sensitive_names() -> list[str]:
    """What the demo's secretariat adds to the round's term list by hand: every company,
    person and place its case files mention."""
    names = [n for unit in UNITS for n in (unit.name, unit.place, unit.head, *unit.officers)]
    names += [f"{unit.place}{company}" for unit in UNITS for company in COMPANIES] + list(COMPANIES)
    return names + list(LEGAL_REPRESENTATIVES)
