"""What identifies a unit or a person in a case file, found by what it is rather than by a list:
document numbers with their issuing body's prefix, court case numbers, division codes, the values
of labelled fields (当事人：…, 地址：…), the addressee of a letter, organisation and place names
from the division table, person names (the labelled ones, surname + 某 forms, and a statistical
segmenter's names), declared short forms, and identifiers old and masked.

Each finding carries the rule that made it (shown on the proposal) and a kind, so that what one
document of a case file reveals (a party, a person, an address, a short form) is looked for in
all of its documents (CaseFileTerms)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reviewer_app.anonymise.matching import normalise
from reviewer_app.anonymise.places import find_places
from reviewer_app.resources import resource_path

# Rule names, as the redaction review shows them.
DOC_NUMBER = "文号"
COURT_NUMBER = "法院案号"
DIVISION_CODE = "区划代码"
FIELD = "标注字段"
ADDRESSEE = "受文单位"
ORGANISATION = "单位名称"
PLACE = "地名"
ADDRESS = "地址"
PERSON = "人名"
PERSON_NER = "人名（分词）"
SHORT_FORM = "声明的简称"
REGISTRATION = "营业执照注册号"
CERTIFICATE = "执法证号"
ORG_CODE = "组织机构代码"
MASKED_ID = "遮掩的证件号"
BANK_ACCOUNT = "银行账号"
EMAIL = "电子邮箱"
SAME_CASE = "同卷已识别"
RULES = (DOC_NUMBER, COURT_NUMBER, DIVISION_CODE, FIELD, ADDRESSEE, ORGANISATION, PLACE, ADDRESS, PERSON,
         PERSON_NER, SHORT_FORM, REGISTRATION, CERTIFICATE, ORG_CODE, MASKED_ID, BANK_ACCOUNT, EMAIL, SAME_CASE)

# What a finding is, for carrying it to the case file's other documents.
UNIT, PARTY, PERSON_KIND, ADDRESS_KIND, PLACE_KIND, CODE = "unit", "party", "person", "address", "place", "code"
_CARRIED = {PARTY, PERSON_KIND, ADDRESS_KIND}

_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
_PROVINCE_ABBREVIATIONS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_OPEN, _CLOSE = "〔\\[【(（", "〕\\]】)）"
_YEAR = rf"[{_OPEN}]\s*(?:19|20)\d{{2}}\s*[{_CLOSE}]"
_DOC_NUMBER = re.compile(rf"([{_HAN}A-Za-z0-9()（）]{{1,16}}?)\s*{_YEAR}\s*第?\s*\d{{1,6}}\s*号")
_COURT_NUMBER = re.compile(rf"{_YEAR}\s*[{_HAN}]{{1,2}}\s*\d{{2,4}}\s*[{_HAN}]{{1,5}}\s*\d{{1,6}}\s*号")
_DIVISION_CODE = re.compile(rf"[{_PROVINCE_ABBREVIATIONS}]\s?\d{{4}}(?!\d)")
# A prefix ends at the last of these: what stands before it is the sentence, not the issuer.
_PREFIX_STOPS = set("的了出达以和及将对向在为据照按给是见号行请具书》《，。、：:；;“”\"")
# National bodies' numbers name no unit: a reviewer needs the law and interpretation they cite.
_NATIONAL_PREFIXES = ("法释", "法发", "国发", "国办发", "国函", "环发", "环办", "环规", "环执法", "环函", "公治",
                      "公通字", "高检发", "部令", "主席令", "国务院令", "环境保护部令", "生态环境部令", "财税",
                      "环环评", "环大气", "环水体", "环土壤", "环法规", "发改")

_PERSON_LABELS = ("法定代表人", "法人代表", "主要负责人", "现场负责人", "负责人", "经营者", "业主", "被询问人",
                  "询问人", "执法人员", "调查人员", "检查人员", "承办人", "检查人", "记录人", "联系人", "见证人",
                  "委托代理人", "代理人", "授权委托人", "被委托人", "陪同人员", "在场人员", "翻译人员", "审批人",
                  "审核人", "送达人", "受送达人", "收件人", "签收人", "犯罪嫌疑人", "姓名")
_PARTY_LABELS = ("当事人名称", "当事人", "单位名称", "企业名称", "被处罚单位", "被检查单位", "被处罚人",
                 "被执行人", "申请执行人", "被申请人", "申请人", "原告", "被告", "工作单位", "名称")
_ADDRESS_LABELS = ("注册地址", "详细地址", "经营地址", "生产经营场所", "经营场所", "住所地", "住所", "住址",
                   "户籍地址", "家庭住址", "项目住址", "项目地址", "单位地址", "通讯地址", "联系地址", "检查地点",
                   "询问地点", "送达地点", "发生地点", "现场地点", "住所地址", "地址", "地点")
_CODE_LABELS = ("联系电话", "电话", "手机", "执法证号", "执法证件号", "证件号码", "证件号", "身份证号码", "身份证号",
                "证号", "营业执照注册号", "注册号", "组织机构代码", "统一社会信用代码", "社会信用代码", "账号", "帐号",
                "开户行账号", "邮箱", "电子邮箱", "车牌号")
_LABEL_KINDS = {**{label: PERSON_KIND for label in _PERSON_LABELS}, **{label: PARTY for label in _PARTY_LABELS},
                **{label: ADDRESS_KIND for label in _ADDRESS_LABELS}, **{label: CODE for label in _CODE_LABELS}}
_LABEL_ALTERNATION = "|".join(sorted(map(re.escape, _LABEL_KINDS), key=len, reverse=True))
_QUALIFIER = r"(?:[(（][^()（）\n]{1,10}[)）])?"
_LABELLED = re.compile(rf"(?<![{_HAN}])({_LABEL_ALTERNATION}){_QUALIFIER}\s*[:：]\s*")
# Court and letter style: 法定代表人吴小平，该局局长 / 申请执行人泰兴市环境保护局。
_LABELLED_BARE = re.compile(rf"(?<![{_HAN}])(法定代表人|负责人|经营者|委托代理人|被执行人|申请执行人|被申请人|申请人|原告|被告|当事人)"
                            rf"(?:[(（][^()（）\n]{{1,10}}[)）])?(?=[{_HAN}])")
_NEXT_LABEL = re.compile(rf"(?:{_LABEL_ALTERNATION}){_QUALIFIER}\s*[:：]")

_ORG_SUFFIXES = ("有限责任公司", "股份有限公司", "有限公司", "分公司", "公司", "集团", "合作社", "经营部", "商行", "门市部",
                 "加工厂", "加工场", "加工坊", "养殖场", "养殖户", "洗车场", "屠宰场", "砖厂", "厂", "场", "店", "中心",
                 "医院", "学校", "酒店", "宾馆", "农场", "矿业", "矿", "站", "社", "所", "馆", "园", "支行", "分行",
                 "银行")
_BODY_SUFFIXES = ("生态环境局", "环境保护局", "环保局", "生态环境分局", "分局", "环境监察支队", "环境监察大队",
                  "环境执法支队", "环境执法大队", "执法大队", "支队", "大队", "中队", "人民政府", "人民法院", "人民检察院",
                  "法院", "检察院", "公安局", "派出所", "监测站", "监察站", "管委会", "管理委员会", "街道办事处", "办事处",
                  "委员会", "财政局", "局")
_SUFFIX = "|".join(sorted(map(re.escape, _ORG_SUFFIXES + _BODY_SUFFIXES), key=len, reverse=True))
# The shortest name that ends in a suffix, then up to two more short steps that end in one
# (岳阳县坚磊矿 → 岳阳县坚磊矿石粉厂; 盘锦市公安局 → …辽河安全保卫支队).
_STEP_SUFFIX = "|".join(sorted(map(re.escape, set(_ORG_SUFFIXES + _BODY_SUFFIXES) - {"局"}), key=len, reverse=True))
_STEPS = rf"(?:(?:(?![对向在与和及的于从把被将由为])[{_HAN}]){{0,6}}?(?:{_STEP_SUFFIX})){{0,2}}"
_NAME_BODY = re.compile(rf"[{_HAN}A-Za-z0-9（）()*×]{{0,18}}?(?:{_SUFFIX}){_STEPS}")
_NAMED_BODY = re.compile(rf"[{_HAN}A-Za-z0-9（）()*×]{{2,40}}?(?:{_SUFFIX}){_STEPS}")
_ADDRESS_TAIL = re.compile(
    rf"(?:[{_HAN}A-Za-z0-9\-－#（）()*×]{{0,14}}?(?:村民委员会|村委会|居委会|社区|村|组|大道|路口处|路口|路|街|巷|弄|号楼|号院|号|栋|幢|"
    rf"楼|层|室|厂房|工业园区|工业园|园区|开发区|集聚区|片区|大队部|院内|米|南侧|北侧|东侧|西侧|[*×X]{{2,}}))+")
# A name its publisher masked (南**有限公司, 扬州嘉**限公司): no place begins it any more.
_MASKED_ORGANISATION = re.compile(rf"[{_HAN}]{{1,6}}[*＊×]{{2,}}[{_HAN}]{{0,10}}?(?:{_SUFFIX})")
_SHORT_FORM = re.compile(rf"以下(?:简)?称[为作]?\s*[“\"「『《]?([{_HAN}A-Za-z0-9]{{2,12}}?)[”\"」』》]?\s*[)）,，。;；]")
_MASKED_NAME = re.compile(r"(?P<s>{surnames})(?:某某|某|[*＊×Xx]{{1,3}})(?:[{han}](?=[^{han}]|$))?")
_ROLES = "副局长|局长|副队长|队长|科长|股长|主任|经理|厂长|站长|所长|处长|律师|书记员|审判员|审判长|庭长|书记"
_ROLE_NAME = r"(?:(?:{roles})(?P<after>(?:{surnames})[{han}]{{1,2}}?)(?=[、，,。；;（(\n]|$|律师)|(?:^|(?<=[、，,；;\n]))(?P<before>(?:{surnames})[{han}]{{1,2}})(?:律师|局长|经理|科长|队长|主任))"
_MASKED_TOKEN = re.compile(r"(?<![0-9A-Za-z*＊×])[0-9][0-9A-Za-z*＊×]{13,19}(?![0-9A-Za-z*＊×])")
_CERTIFICATE = re.compile(r"(?:执法证|证件|工作证)(?:号码|号|编号)[:：]?\s*([0-9A-Za-z]{6,20})")
_REGISTRATION = re.compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])")
_ORG_CODE = re.compile(r"(?<![0-9A-Za-z-])[0-9A-Z]{8}-[0-9X](?![0-9A-Za-z])")
_BANK_ACCOUNT = re.compile(r"(?:账号|帐号|账户|卡号)[:：]?\s*(\d[\d -]{7,30}\d)|(?<![\d-])\d{16,19}(?![\d-])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_ADDRESSEE_LINE = re.compile(rf"^[ \t]*([{_HAN}A-Za-z0-9（）()·]{{4,40}}?)[:：][ \t]*$", re.MULTILINE)
_NOT_ADDRESSEE = re.compile(r"如下|规定|下列|以下|决定|事项|理由|依据|证据|情况|意见|附件|备注|时间|日期|事实|内容|要求|说明")
_NOT_A_NAME = {"本局", "我局", "该局", "你单", "执法", "证号", "局长", "经理", "公司", "单位", "工作", "同志", "先生",
               "女士", "签名", "签字", "盖章", "年月", "日期", "本人", "他人", "其他", "无", "职务", "性别", "民族", "未载明"}


@lru_cache(maxsize=1)
def surnames() -> tuple[str, ...]:
    path = resource_path("anonymise", "surnames.txt")
    names: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for word in line.split():
            names += list(word) if len(word) > 4 else [word]  # a run of single surnames, or a compound one
    return tuple(sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=1)
def _masked_name() -> re.Pattern[str]:
    return re.compile(_MASKED_NAME.pattern.format(surnames="|".join(surnames()), han=_HAN))


@lru_cache(maxsize=1)
def _role_name() -> re.Pattern[str]:
    return re.compile(_ROLE_NAME.format(roles=_ROLES, surnames="|".join(surnames()), han=_HAN), re.MULTILINE)


@dataclass(frozen=True)
class Span:
    start: int  # in the normalised text
    end: int
    rule: str
    kind: str


@dataclass(frozen=True)
class Identified:
    """One finding in the page's own text: the characters (source indices) and what found it."""

    rule: str
    kind: str
    text: str
    indices: tuple[int, ...]


def _doc_number_spans(text: str) -> list[Span]:
    spans = []
    for match in _DOC_NUMBER.finditer(text):
        prefix = match.group(1)
        cut = max((i for i, ch in enumerate(prefix) if ch in _PREFIX_STOPS), default=-1)
        prefix = prefix[cut + 1:].lstrip("(（")
        prefix_start = match.end(1) - len(prefix)
        if not prefix or prefix.startswith(_NATIONAL_PREFIXES):
            continue
        spans.append(Span(prefix_start, match.end(), DOC_NUMBER, UNIT))
    return spans


def _field_value_end(text: str, start: int, kind: str) -> int:
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if kind in (ADDRESS_KIND, CODE) and _continues(text, start, line_end):
        next_end = text.find("\n", line_end + 1)
        line_end = len(text) if next_end < 0 else next_end
    end = line_end
    for following in _NEXT_LABEL.finditer(text, start, line_end):
        # a person's certificate number (执法证号：…) inside a list of officers does not end the list
        if not (kind == PERSON_KIND and _LABEL_KINDS.get(_LABELLED.match(following.group() + " ").group(1)) == CODE):
            end = following.start()
            break
    stops = "。；;" if kind in (ADDRESS_KIND, PERSON_KIND) else "。；;，,（("
    if kind == CODE:
        stops += " ）)"
    for position in range(start, end):
        if text[position] in stops:
            return position
    return end


_NEW_LINE_START = re.compile(rf"\n(?:{_LABEL_ALTERNATION}){_QUALIFIER}\s*[:：]|\n(?:[一二三四五六七八九十]+、|\d+[、.．]|问|答|[(（]\d)")


def _continues(text: str, start: int, line_end: int) -> bool:
    """Whether a value that reaches its line's end goes on at the next line (a long address, a
    number, wrapped): the line is as full as the page's fullest, has not ended its sentence, and
    the next line begins no field, paragraph, question or answer."""
    line_start = text.rfind("\n", 0, start) + 1
    longest = max(len(line) for line in text.split("\n"))
    if line_end >= len(text) or line_end - line_start < 0.85 * longest or text[line_end - 1] in "。；;：:":
        return False
    return not _NEW_LINE_START.match(text, line_end)


def _person_value(text: str, start: int, end: int, rule: str) -> list[Span]:
    """A person field's value, piece by piece (、，): names, or an organisation where one stands
    instead (受送达人：汨罗市恒锋新材料有限公司；委托代理人：汤芙新，某某法律服务所…)."""
    spans = []
    for piece in re.finditer(r"[^、，,]+", text[start:end]):
        piece_start, piece_end = start + piece.start(), start + piece.end()
        body = _NAMED_BODY.search(text, piece_start, piece_end)
        if body:
            spans.append(Span(body.start(), body.end(), rule, PARTY))
        else:
            spans += [Span(s, e, rule, PERSON_KIND) for s, e in _person_runs(text, piece_start, piece_end)]
    return spans


def _person_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Names in a labelled value: runs of CJK characters of two to four, a list's separators
    between them (执法人员：王建国、李明（证号…））."""
    runs = []
    for match in re.finditer(rf"[{_HAN}]{{2,4}}|[{_HAN}][*＊×]{{1,3}}[{_HAN}]?", text[start:end]):
        if (match.group() not in _NOT_A_NAME and not match.group().endswith(("局", "公司", "证号", "证"))
                and not _part_of_label(text, start + match.start(), start + match.end())):
            runs.append((start + match.start(), start + match.end()))
    return runs


def _labelled_spans(text: str) -> list[Span]:
    spans = []
    for match in _LABELLED.finditer(text):
        kind = _LABEL_KINDS[match.group(1)]
        start = match.end()
        end = _field_value_end(text, start, kind)
        if end <= start:
            continue
        rule = f"{FIELD}（{match.group(1)}）"
        if text[start:end].strip() in _LABEL_KINDS:  # 被检查单位：当事人 names nobody
            continue
        if kind == PERSON_KIND:
            spans += _person_value(text, start, end, rule)
        elif kind == CODE:  # 联系电话：138…、0571-…: each number on its own
            spans += [Span(start + m.start(), start + m.end(), rule, CODE)
                      for m in re.finditer(r"[^、，,/；;\s]+", text[start:end])]
        else:
            value = text[start:end].rstrip()
            if len(value.strip("*＊×X")) >= 2 or kind == CODE:
                spans.append(Span(start, start + len(value), rule, kind))
    for match in _LABELLED_BARE.finditer(text):
        kind = _LABEL_KINDS[match.group(1)]
        start = match.end()
        if kind == PERSON_KIND:
            name = re.match(rf"[{_HAN}]{{2,4}}?(?=[，,。、（(\n]|该|系|男|女|$)", text[start:start + 6])
            if name and name.group() not in _NOT_A_NAME:
                spans.append(Span(start, start + len(name.group()), f"{FIELD}（{match.group(1)}）", PERSON_KIND))
        else:
            value = re.match(rf"[{_HAN}A-Za-z0-9（）()*×]{{2,40}}?(?:{_SUFFIX})", text[start:start + 42])
            if value:
                spans.append(Span(start, start + len(value.group()), f"{FIELD}（{match.group(1)}）", PARTY))
    return spans


def _addressee_spans(text: str) -> list[Span]:
    spans = []
    for match in _ADDRESSEE_LINE.finditer(text):
        value = match.group(1)
        if _NOT_ADDRESSEE.search(value) or _LABELLED.match(value + "："):
            continue
        # an organisation, or a person addressed by name (衡环罚决… 当事人：赵庆祥。 is a field, not this)
        if re.search(rf"(?:{_SUFFIX})$|[(（]个体工商户[)）]$", value) or _masked_name().fullmatch(value) or (
                2 <= len(value) <= 4 and value.startswith(surnames()) and value not in _NOT_A_NAME):
            spans.append(Span(match.start(1), match.end(1), ADDRESSEE, PARTY))
    return spans


def _place_spans(text: str) -> list[Span]:
    """Places, and what a place begins: an organisation or body (汨罗市恒锋新材料有限公司,
    岳阳市生态环境局汨罗分局) or an address (罗江镇金塘村). A short name standing alone (建平,
    秀英, 共和 are counties and also given names and words) counts only beside another place
    or when something follows it that only a place begins."""
    spans = []
    found = find_places(text)
    for number, (start, end, name) in enumerate(found):
        body = _NAME_BODY.match(text, end)
        tail = _ADDRESS_TAIL.match(text, end)
        if body and (not tail or body.end() >= tail.end()):
            name = text[start:body.end()]
            kind = UNIT if name.endswith(_BODY_SUFFIXES) or re.search("分局|大队|支队", name) else PARTY
            spans.append(Span(start, body.end(), ORGANISATION, kind))
        elif tail and tail.end() > end:
            spans.append(Span(start, tail.end(), ADDRESS, ADDRESS_KIND))
        elif _DIVISION_SUFFIX.search(name) or _beside_place(found, number):
            spans.append(Span(start, end, PLACE, PLACE_KIND))
    return spans


_DIVISION_SUFFIX = re.compile(r"(省|市|县|区|旗|州|盟|镇|乡|街道|苏木|自治[区州县])$")


def _beside_place(found: list[tuple[int, int, str]], number: int) -> bool:
    start, end, _ = found[number]
    before = number > 0 and found[number - 1][1] == start
    after = number + 1 < len(found) and found[number + 1][0] == end
    return before or after


def _masked_tokens(text: str) -> list[Span]:
    spans = []
    for match in _MASKED_TOKEN.finditer(text):
        token = match.group()
        masks = sum(token.count(c) for c in "*＊×") + max((len(m) for m in re.findall("X+", token)), default=0)
        if masks >= 3 and 15 <= len(token) <= 20:
            spans.append(Span(match.start(), match.end(), MASKED_ID, CODE))
    return spans


def _pattern_spans(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), COURT_NUMBER, UNIT) for m in _COURT_NUMBER.finditer(text)]
    spans += [Span(m.start(), m.end(), DIVISION_CODE, UNIT) for m in _DIVISION_CODE.finditer(text)]
    spans += [Span(m.start(), m.end(), REGISTRATION, CODE) for m in _REGISTRATION.finditer(text)]
    spans += [Span(m.start(1), m.end(1), CERTIFICATE, CODE) for m in _CERTIFICATE.finditer(text)]
    spans += [Span(m.start(), m.end(), ORG_CODE, CODE) for m in _ORG_CODE.finditer(text)]
    spans += [Span(m.start(1) if m.group(1) else m.start(), m.end(1) if m.group(1) else m.end(), BANK_ACCOUNT, CODE)
              for m in _BANK_ACCOUNT.finditer(text)]
    spans += [Span(m.start(), m.end(), EMAIL, CODE) for m in _EMAIL.finditer(text)]
    spans += [Span(m.start(1), m.end(1), SHORT_FORM, PARTY) for m in _SHORT_FORM.finditer(text)]
    spans += [Span(m.start(), m.end(), PERSON, PERSON_KIND) for m in _masked_name().finditer(text)]
    spans += [Span(m.start(), m.end(), ORGANISATION, PARTY) for m in _MASKED_ORGANISATION.finditer(text)]
    spans += [Span(m.start(group), m.end(group), PERSON, PERSON_KIND) for m in _role_name().finditer(text)
              for group in ("after", "before") if m.group(group)]
    return spans + _masked_tokens(text)


def _part_of_label(text: str, start: int, end: int) -> bool:
    """jieba cuts 法定代表人 into 法定代表 + 人 and tags the first a name."""
    return any(text.startswith(label, start) and len(label) > end - start for label in _LABEL_KINDS)


_NUMERALS = set("零〇壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整一二三四五六七八九十百千两")
_COMMON_WORD = 20  # occurrences in jieba's corpus above which an nr-tagged word is taken for a word


@lru_cache(maxsize=1)
def _segmenter():  # noqa: ANN202 - jieba's part-of-speech tokenizer
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    tokenizer.tokenizer.check_initialized()
    return tokenizer


def _named_persons(text: str, taken: list[tuple[int, int]]) -> list[Span]:
    """Person names jieba's tagger marks (nr) in the parts of the text no other rule explained:
    two or three characters from a known surname (four only from a compound one), and not a
    common word of its dictionary: the dictionary tags 陈述, 申请人 and 玉兰 nr too, while the
    names of people (王建国, 李明) it knows are rare in its corpus."""
    single = {s for s in surnames() if len(s) == 1}
    double = {s for s in surnames() if len(s) == 2}
    tokenizer = _segmenter()
    frequency = tokenizer.tokenizer.FREQ
    spans = []
    position = 0
    for word, flag in tokenizer.cut(text):
        start, end = position, position + len(word)
        position = end
        if flag != "nr" or word in _NOT_A_NAME or frequency.get(word, 0) > _COMMON_WORD or _part_of_label(text, start, end):
            continue
        if not ((2 <= len(word) <= 3 and word[0] in single) or (3 <= len(word) <= 4 and word[:2] in double)):
            continue
        if all(c in _NUMERALS for c in word[1:]):  # 伍万 of 伍万贰仟元 is an amount
            continue
        if any(s <= start and end <= e for s, e in taken):
            continue
        spans.append(Span(start, end, PERSON_NER, PERSON_KIND))
    return spans


def line_spans(text: str) -> list[Span]:
    """What needs the page's lines: labelled fields and addressee lines (text with line breaks)."""
    return _labelled_spans(text) + _addressee_spans(text)


def prose_spans(text: str) -> list[Span]:
    """What may run over a line break: numbers, places, organisations, persons (joined text)."""
    spans = _doc_number_spans(text) + _pattern_spans(text) + _place_spans(text)
    return spans + _named_persons(text, [(s.start, s.end) for s in spans])


def identify(source: str) -> list[Identified]:
    """Every identifying finding on a page, in its own character indices: the line rules on its
    text with line breaks kept, the others on it joined (a wrapped 郑州市生态环\n境局 is one name)."""
    if not source.strip():
        return []
    found = []
    lined, joined = normalise(source, keep_lines=True), normalise(source)
    for normalised, spans in ((lined, line_spans(lined.text)), (joined, prose_spans(joined.text))):
        for span in spans:
            text = normalised.text[span.start:span.end]
            indices = sorted({normalised.source_index(i) for i in range(span.start, span.end)
                              if not normalised.text[i].isspace()})
            if indices:
                found.append(Identified(span.rule, span.kind, "".join(text.split()), tuple(indices)))
    return found


def carried_terms(found: list[Identified]) -> set[str]:
    """What one document revealed that the case file's other documents must hide too: parties,
    persons, addresses and short forms (places and numbers are found wherever they stand)."""
    terms = set()
    for item in found:
        text = "".join(item.text.split())
        if item.kind in _CARRIED and len(text) >= 2 and text.strip("*＊×X某"):
            terms.add(text)
    return terms
