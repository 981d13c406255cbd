"""The leak check's own eyes for what identifies a unit or a person, without a term list.

Written apart from detectors.py on purpose, by other means, so that a blind spot there is not
a blind spot here too: plain look-ups of division names by their suffix (no automaton, no short
names), a fixed set of labels whose value must be gone, issuer prefixes before a bracketed year,
and the shapes of identifying numbers. What it finds in a shipped file's text is a leak unless
the secretariat ruled it not identifying (round_anonymisation.rule_not_identifying)."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass
from functools import lru_cache

from reviewer_app.resources import division_table

ISSUER_NUMBER = "文号"
COURT_NUMBER = "法院案号"
LABELLED_VALUE = "标注字段"
DIVISION = "行政区划"
ORGANISATION = "单位名称"
MASKED_NAME = "姓氏加某"
NUMBER = "证照号码"
CLASSES = (ISSUER_NUMBER, COURT_NUMBER, LABELLED_VALUE, DIVISION, ORGANISATION, MASKED_NAME, NUMBER)

_HAN = r"[\u4e00-\u9fff]"
# National bodies number laws and interpretations the reviewer must read: not a unit's number.
_NATIONAL = ("法释", "法发", "国发", "国办", "国函", "环发", "环办", "环规", "环执法", "环函", "公治", "公通",
             "高检", "部令", "主席令", "国务院令", "生态环境部令", "环境保护部令", "发改", "财税")
_ISSUER = re.compile(rf"((?:{_HAN}|\d|[()（）]){{2,12}})[〔\[【(（]\d{{4}}[〕\]】)）]第?\d{{1,6}}号")
_COURT = re.compile(rf"[(（〔]\d{{4}}[)）〕]{_HAN}{{1,2}}\d{{2,4}}{_HAN}{{1,5}}\d{{1,6}}号")
_LABELS = ("当事人", "法定代表人", "法人代表", "负责人", "经营者", "被询问人", "询问人", "记录人", "执法人员",
           "检查人", "联系人", "受送达人", "送达人", "地址", "住所地", "住所", "住址", "注册地址", "详细地址",
           "检查地点", "送达地点", "联系电话", "身份证号码", "身份证号", "统一社会信用代码", "执法证号", "单位名称",
           "企业名称", "被检查单位")
_LABELLED = re.compile(r"(?<![\u4e00-\u9fff])(" + "|".join(sorted(_LABELS, key=len, reverse=True))
                       + r")(?:[(（][^)）]{1,8}[)）])?[:：]((?:" + _HAN + r"|[0-9A-Za-z*]){2,24})")
_LABEL_WORD = re.compile("|".join(sorted(_LABELS, key=len, reverse=True)))
_COMPANY = re.compile(rf"({_HAN}{{2,16}}?)(?:有限责任公司|股份有限公司|有限公司)")
_NOT_A_NAME_START = set("你该本我贵其此各每一的对向与和及在将由为是")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_MASKED = re.compile(f"[{_SURNAMES}](?:某某|某|\\*{{2,3}}|\\*{_HAN})")
_NUMBERS = (
    re.compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])"),  # 营业执照注册号 before 2015
    re.compile(r"(?<![0-9A-Za-z-])[0-9A-Z]{8}-[0-9X](?![0-9A-Za-z])"),  # 组织机构代码
    re.compile(r"(?<![0-9A-Za-z*])\d[0-9A-Z]{1,9}[*X×]{3,}[0-9A-Z*X×]{0,12}(?![0-9A-Za-z*])"),  # masked ID / credit code
    re.compile(r"(?<!\d)\d{16,19}(?!\d)"),  # bank account
    re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),  # e-mail
)
_SUFFIXES = "省市县区旗镇乡"


@dataclass(frozen=True)
class ClassFinding:
    rule: str
    text: str


@lru_cache(maxsize=1)
def division_names() -> frozenset[str]:
    """Full names only (郑州市, 荥阳市, 高山镇): a suffix makes a name a place, not a word."""
    with zipfile.ZipFile(division_table()) as archive:
        lines = archive.read("china_location.txt").decode("utf-8").splitlines()
    return frozenset(fields[0] for fields in (line.strip().split("\t") for line in lines
                                              if len(line) - len(line.lstrip("\t")) <= 3)
                     if len(fields[0]) >= 2 and fields[0][-1] in _SUFFIXES)


def _divisions(text: str) -> list[str]:
    names = division_names()
    found = []
    for end, character in enumerate(text, start=1):
        if character in _SUFFIXES:
            for length in range(min(10, end), 1, -1):
                if text[end - length:end] in names:
                    found.append(text[end - length:end])
                    break
    return found


def class_findings(text: str) -> list[ClassFinding]:
    """What in a shipped page's text still identifies a unit or a person (folded: NFKC, no spaces)."""
    lines = ["".join(line.split()) for line in unicodedata.normalize("NFKC", text).splitlines()]
    text = "".join(lines)
    found = []
    for match in _ISSUER.finditer(text):
        issuer = match.group(1).lstrip("()（）")
        issuer = re.split(r"[的了出达以和及将对向在为据照按给是书》《]", issuer)[-1]
        if len(issuer) >= 1 and not issuer.startswith(_NATIONAL):
            found.append(ClassFinding(ISSUER_NUMBER, match.group()))
    found += [ClassFinding(COURT_NUMBER, m.group()) for m in _COURT.finditer(text)]
    # a label's value ends with its line: the next line's first words are no value of it
    for line in lines:
        for match in _LABELLED.finditer(line):
            value = _LABEL_WORD.split(match.group(2))[0]  # 询问人：记录人：… is two empty fields
            if len(value) >= 2:
                found.append(ClassFinding(LABELLED_VALUE, f"{match.group(1)}：{value}"))
    found += [ClassFinding(DIVISION, name) for name in _divisions(text)]
    found += [ClassFinding(ORGANISATION, m.group()) for m in _COMPANY.finditer(text)
              if m.group(1)[0] not in _NOT_A_NAME_START]
    found += [ClassFinding(MASKED_NAME, m.group()) for m in _MASKED.finditer(text)]
    found += [ClassFinding(NUMBER, m.group()) for pattern in _NUMBERS for m in pattern.finditer(text)]
    return list(dict.fromkeys(found))
