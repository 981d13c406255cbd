"""Labels that come from the core vocabulary, marked for translation in one context.

The core speaks Chinese; the GUI shows these through `label()`, so the English .qm can
translate them. A test checks this list covers every core label."""

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "vocabulary"

MARKED = (
    QT_TRANSLATE_NOOP("vocabulary", "行政处罚"),
    QT_TRANSLATE_NOOP("vocabulary", "按日连续处罚"),
    QT_TRANSLATE_NOOP("vocabulary", "移送行政拘留"),
    QT_TRANSLATE_NOOP("vocabulary", "涉嫌环境污染犯罪移送"),
    QT_TRANSLATE_NOOP("vocabulary", "申请法院强制执行"),
    QT_TRANSLATE_NOOP("vocabulary", "现场监督检查稽查"),
    QT_TRANSLATE_NOOP("vocabulary", "个人事迹"),
    QT_TRANSLATE_NOOP("vocabulary", "立案审批表"),
    QT_TRANSLATE_NOOP("vocabulary", "调查询问笔录"),
    QT_TRANSLATE_NOOP("vocabulary", "现场检查（勘察）笔录"),
    QT_TRANSLATE_NOOP("vocabulary", "证据先行登记保存通知书"),
    QT_TRANSLATE_NOOP("vocabulary", "查封（扣押）决定书"),
    QT_TRANSLATE_NOOP("vocabulary", "责令改正违法行为决定书"),
    QT_TRANSLATE_NOOP("vocabulary", "复查笔录"),
    QT_TRANSLATE_NOOP("vocabulary", "行政处罚事先（听证）告知书"),
    QT_TRANSLATE_NOOP("vocabulary", "听证通知书"),
    QT_TRANSLATE_NOOP("vocabulary", "听证笔录"),
    QT_TRANSLATE_NOOP("vocabulary", "行政处罚决定书"),
    QT_TRANSLATE_NOOP("vocabulary", "按日连续处罚决定书"),
    QT_TRANSLATE_NOOP("vocabulary", "送达回证"),
    QT_TRANSLATE_NOOP("vocabulary", "履行行政处罚决定催告书"),
    QT_TRANSLATE_NOOP("vocabulary", "强制执行申请书"),
    QT_TRANSLATE_NOOP("vocabulary", "法院受理通知书或裁定书"),
    QT_TRANSLATE_NOOP("vocabulary", "案件移送函"),
    QT_TRANSLATE_NOOP("vocabulary", "移送证据材料清单"),
    QT_TRANSLATE_NOOP("vocabulary", "移送案件接收回执"),
    QT_TRANSLATE_NOOP("vocabulary", "稽查报告"),
    QT_TRANSLATE_NOOP("vocabulary", "稽查意见书"),
    QT_TRANSLATE_NOOP("vocabulary", "整改督办通知书"),
    QT_TRANSLATE_NOOP("vocabulary", "结案审批表"),
    QT_TRANSLATE_NOOP("vocabulary", "个人事迹材料"),
    QT_TRANSLATE_NOOP("vocabulary", "其他材料"),
    QT_TRANSLATE_NOOP("vocabulary", "专家评审"),
    QT_TRANSLATE_NOOP("vocabulary", "交叉评审"),
    QT_TRANSLATE_NOOP("vocabulary", "设区市"),
    QT_TRANSLATE_NOOP("vocabulary", "县（市、区）"),
    QT_TRANSLATE_NOOP("vocabulary", "无"),
    QT_TRANSLATE_NOOP("vocabulary", "疑似造假"),
    QT_TRANSLATE_NOOP("vocabulary", "认定造假"),
    QT_TRANSLATE_NOOP("vocabulary", "未开始"),
    QT_TRANSLATE_NOOP("vocabulary", "评分中"),
    QT_TRANSLATE_NOOP("vocabulary", "已完成"),
    QT_TRANSLATE_NOOP("vocabulary", "已签名"),
    QT_TRANSLATE_NOOP("vocabulary", "未发送"),
    QT_TRANSLATE_NOOP("vocabulary", "已发送"),
    QT_TRANSLATE_NOOP("vocabulary", "已导入"),
    QT_TRANSLATE_NOOP("vocabulary", "已导入过"),
    QT_TRANSLATE_NOOP("vocabulary", "拒绝"),
    QT_TRANSLATE_NOOP("vocabulary", "适合宽度"),
    QT_TRANSLATE_NOOP("vocabulary", "适合页面"),
    QT_TRANSLATE_NOOP("vocabulary", "待裁定"),
    QT_TRANSLATE_NOOP("vocabulary", "否决成立"),
    QT_TRANSLATE_NOOP("vocabulary", "否决不予支持"),
    # How a random sample of case files is stratified (store.sampling).
    QT_TRANSLATE_NOOP("vocabulary", "不分层"),
    QT_TRANSLATE_NOOP("vocabulary", "按参评单位分层"),
    QT_TRANSLATE_NOOP("vocabulary", "按案卷类型分层"),
    QT_TRANSLATE_NOOP("vocabulary", "按单位和案卷类型分层"),
    # What found a proposed redaction (anonymise.matching, anonymise.survey) and why a page is
    # offered for a look.
    QT_TRANSLATE_NOOP("vocabulary", "敏感词"),
    QT_TRANSLATE_NOOP("vocabulary", "身份证号"),
    QT_TRANSLATE_NOOP("vocabulary", "统一社会信用代码"),
    QT_TRANSLATE_NOOP("vocabulary", "手机号码"),
    QT_TRANSLATE_NOOP("vocabulary", "固定电话"),
    QT_TRANSLATE_NOOP("vocabulary", "车牌号"),
    QT_TRANSLATE_NOOP("vocabulary", "印章"),
    QT_TRANSLATE_NOOP("vocabulary", "（OCR）"),
    # What the detectors of what identifies found (anonymise.detectors) and the leak check's own
    # classes (anonymise.leak_classes).
    QT_TRANSLATE_NOOP("vocabulary", "文号"),
    QT_TRANSLATE_NOOP("vocabulary", "法院案号"),
    QT_TRANSLATE_NOOP("vocabulary", "区划代码"),
    QT_TRANSLATE_NOOP("vocabulary", "标注字段"),
    QT_TRANSLATE_NOOP("vocabulary", "受文单位"),
    QT_TRANSLATE_NOOP("vocabulary", "单位名称"),
    QT_TRANSLATE_NOOP("vocabulary", "地名"),
    QT_TRANSLATE_NOOP("vocabulary", "地址"),
    QT_TRANSLATE_NOOP("vocabulary", "人名"),
    QT_TRANSLATE_NOOP("vocabulary", "人名（分词）"),
    QT_TRANSLATE_NOOP("vocabulary", "声明的简称"),
    QT_TRANSLATE_NOOP("vocabulary", "营业执照注册号"),
    QT_TRANSLATE_NOOP("vocabulary", "执法证号"),
    QT_TRANSLATE_NOOP("vocabulary", "组织机构代码"),
    QT_TRANSLATE_NOOP("vocabulary", "遮掩的证件号"),
    QT_TRANSLATE_NOOP("vocabulary", "银行账号"),
    QT_TRANSLATE_NOOP("vocabulary", "电子邮箱"),
    QT_TRANSLATE_NOOP("vocabulary", "同卷已识别"),
    QT_TRANSLATE_NOOP("vocabulary", "行政区划"),
    QT_TRANSLATE_NOOP("vocabulary", "姓氏加某"),
    QT_TRANSLATE_NOOP("vocabulary", "证照号码"),
    QT_TRANSLATE_NOOP("vocabulary", "扫描页，未做文字识别"),
    QT_TRANSLATE_NOOP("vocabulary", "扫描页，未识别出文字"),
    QT_TRANSLATE_NOOP("vocabulary", "扫描页，部分文字识别置信度低"),
    QT_TRANSLATE_NOOP("vocabulary", "有印章"),
    QT_TRANSLATE_NOOP("vocabulary", "扫描页"),
    QT_TRANSLATE_NOOP("vocabulary", "；"),  # between reasons
    # Why a case file's score is what it is (CaseResult.reasons).
    QT_TRANSLATE_NOOP("vocabulary", "认定造假，计 0 分"),
    QT_TRANSLATE_NOOP("vocabulary", "不符合报送要求，计 0 分"),
    QT_TRANSLATE_NOOP("vocabulary", "实体评查不通过，待裁定"),
    QT_TRANSLATE_NOOP("vocabulary", "实体评查否决成立"),
    QT_TRANSLATE_NOOP("vocabulary", "否决不予支持，按各表得分"),
    QT_TRANSLATE_NOOP("vocabulary", "经复核"),
    QT_TRANSLATE_NOOP("vocabulary", "评分差距过大，待复核"),
    # 先进集体: the readings of the baseline line and the selection table's columns
    QT_TRANSLATE_NOOP("vocabulary", "达到基准值的 50%（含）得满分，低于 50% 得 0 分"),
    QT_TRANSLATE_NOOP("vocabulary", "超过基准值 150%（含）得满分，低于基准值 50% 得 0 分，其间按比例计分"),
    QT_TRANSLATE_NOOP("vocabulary", "排名"),
    QT_TRANSLATE_NOOP("vocabulary", "参评单位"),
    QT_TRANSLATE_NOOP("vocabulary", "层级"),
    QT_TRANSLATE_NOOP("vocabulary", "案卷质量"),
    QT_TRANSLATE_NOOP("vocabulary", "查处案件数量"),
    QT_TRANSLATE_NOOP("vocabulary", "罚款金额"),
    QT_TRANSLATE_NOOP("vocabulary", "重大案件数量"),
    QT_TRANSLATE_NOOP("vocabulary", "执法公众满意度"),
    QT_TRANSLATE_NOOP("vocabulary", "综合得分"),
    QT_TRANSLATE_NOOP("vocabulary", "基准比例"),
    QT_TRANSLATE_NOOP("vocabulary", "基准值（案件数/罚款元/重大案件数）"),
    QT_TRANSLATE_NOOP("vocabulary", "拟推荐"),
    QT_TRANSLATE_NOOP("vocabulary", "否决、待决或并列说明"),
    # 先进个人's table
    QT_TRANSLATE_NOOP("vocabulary", "候选人"),
    QT_TRANSLATE_NOOP("vocabulary", "所在单位"),
    QT_TRANSLATE_NOOP("vocabulary", "行政处罚案卷质量"),
    QT_TRANSLATE_NOOP("vocabulary", "案件调查情况"),
    QT_TRANSLATE_NOOP("vocabulary", "个人事迹"),
    QT_TRANSLATE_NOOP("vocabulary", "否决或待决"),
)


def label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rule_label(rule: str) -> str:
    """What found a proposal, e.g. 身份证号（OCR）: the rule and the OCR mark, each translated."""
    suffix = "（OCR）"
    if rule.endswith(suffix):
        return rule_label(rule[: -len(suffix)]) + label(suffix)
    field = re.fullmatch(r"标注字段（(.+)）", rule)  # 标注字段（法定代表人）: the label word is the document's own
    if field:
        return f"{label('标注字段')}（{field.group(1)}）"
    return label(rule)


def reasons_label(reasons: str) -> str:
    """Why a page is offered for a look: reasons joined by ；, each translated."""
    return label("；").join(label(r) for r in reasons.split("；") if r) if reasons else ""
