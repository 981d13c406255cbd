"""Each detector of what identifies, on lines as published documents print them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from reportlab.pdfgen.canvas import Canvas

from reviewer_app.anonymise.box import Box
from reviewer_app.anonymise.detectors import identify
from reviewer_app.anonymise.rebuild import RebuildRequest, rebuild_document
from reviewer_app.anonymise.survey import CaseFileSurveyRequest, SurveyRequest, survey_case_file
from reviewer_app.core.document_typing import type_of_document
from reviewer_app.core.vocabulary import DocumentType
from reviewer_app.documents.fonts import register_cjk_font


def found(text: str) -> dict[str, set[str]]:
    result: dict[str, set[str]] = {}
    for item in identify(text):
        result.setdefault(item.rule, set()).add(item.text)
    return result


def test_document_numbers_keep_their_issuer_prefix_in_any_bracket_and_skip_national_ones():
    rules = found("依据法释〔2016〕19号，作出湛(吴)环罚字[2016]3号、豫 0329 环罚告字〔2024〕20 号、"
                  "盘环罚决（2021）138号和岳汨环罚决字【2023】020号。")
    assert rules["文号"] == {"湛(吴)环罚字[2016]3号", "豫0329环罚告字〔2024〕20号", "盘环罚决(2021)138号",
                            "岳汨环罚决字【2023】020号"}


def test_court_case_numbers_and_division_codes():
    rules = found("江苏省泰州医药高新技术产业开发区人民法院行政裁定书(2016)苏1291行审50号")
    assert "(2016)苏1291行审50号" in rules["法院案号"]
    assert "苏1291" in rules["区划代码"]


def test_labelled_fields_to_their_end_with_qualifiers_and_court_style():
    rules = found("法定代表人（负责人）：黄永红\n地址：四川省遂宁市船山区桂花镇桂香街1号附31号\n"
                  "执法人员：冯立新（执法证号：14060221007）、孔德明\n法定代表人吴小平，该局局长。")
    assert {"黄永红", "吴小平"} <= rules["标注字段（法定代表人）"]
    assert rules["标注字段（地址）"] == {"四川省遂宁市船山区桂花镇桂香街1号附31号"}
    assert rules["标注字段（执法人员）"] == {"冯立新", "孔德明"}
    assert "14060221007" in rules["执法证号"]


def test_places_organisations_and_addresses_from_the_division_table():
    rules = found("经岳阳市生态环境局汨罗分局调查，汨罗市恒锋新材料有限公司位于汨罗市罗江镇金塘村。唐建平到场。")
    assert "岳阳市生态环境局汨罗分局" in rules["单位名称"]
    assert "汨罗市恒锋新材料有限公司" in rules["单位名称"]
    assert "汨罗市罗江镇金塘村" in rules["地址"]
    assert "地名" not in rules  # 建平 is a county, but inside a person's name it is no place


def test_old_and_masked_identifiers():
    rules = found("营业执照注册号440800000014935，组织机构代码19437573-1，身份证510902********8198，"
                  "信用代码91430681XXXXXXXXXX，账号：5003017000067，邮箱 hb_zf@example.com")
    assert rules["营业执照注册号"] == {"440800000014935"}
    assert rules["组织机构代码"] == {"19437573-1"}
    assert {"510902********8198", "91430681XXXXXXXXXX"} <= rules["遮掩的证件号"]
    assert "5003017000067" in rules["银行账号"]
    assert rules["电子邮箱"] == {"hb_zf@example.com"}


def test_person_names_masked_by_role_and_by_the_segmenter():
    rules = found("被执行人郑**在场，经营者李*坤。出庭负责人龙门分局副局长梁海江、委托代理人魏兴英律师、陈咏律师到庭。")
    persons = rules.get("人名", set()) | rules.get("人名（分词）", set())
    assert {"郑**", "李*坤", "梁海江", "陈咏", "魏兴英"} <= persons


def _pdf(path: Path, lines: list[str]) -> Path:
    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.setFont(register_cjk_font(), 12)
    for index, line in enumerate(lines):
        canvas.drawString(60, 780 - 20 * index, line)
    canvas.save()
    return path


def test_a_short_form_and_a_party_named_in_one_document_are_boxed_in_the_others(tmp_path):
    decision = _pdf(tmp_path / "d.pdf", ["被执行人汨罗市恒锋新材料有限公司（以下简称恒锋公司）未缴纳罚款。"])
    record = _pdf(tmp_path / "r.pdf", ["问：恒锋公司的负责人是谁？", "答：我。"])
    surveys = survey_case_file(CaseFileSurveyRequest(((1, SurveyRequest(str(decision), ())),
                                                      (2, SurveyRequest(str(record), ())))))
    assert [p.rule for p in surveys[2].proposals] == ["同卷已识别"]
    without = survey_case_file(CaseFileSurveyRequest(((2, SurveyRequest(str(record), ())),)))
    assert not without[2].proposals


def test_a_lifted_seal_leaves_the_date_printed_under_it(tmp_path, output_dir):
    source = tmp_path / "sealed.pdf"
    canvas = Canvas(str(source), pagesize=(595, 842))
    canvas.setFont(register_cjk_font(), 14)
    canvas.drawString(360, 600, "2016年10月9日")
    canvas.setStrokeColorRGB(0.85, 0.12, 0.15)
    canvas.setFillColorRGB(0.85, 0.12, 0.15)
    canvas.setLineWidth(4)
    canvas.circle(410, 605, 50)
    canvas.drawString(375, 585, "某市环境局")
    canvas.save()
    seal = Box(355, 550, 465, 660)

    def area(path: Path) -> np.ndarray:
        page = pdfium.PdfDocument(str(path))[0]
        pixels = np.asarray(page.render(scale=150 / 72).to_pil().convert("RGB")).astype(int)
        return pixels[int((842 - 660) * 150 / 72):int((842 - 550) * 150 / 72), int(355 * 150 / 72):int(465 * 150 / 72)]

    lifted = area(Path(rebuild_document(RebuildRequest(str(source), str(tmp_path / "l.pdf"), seals={1: [seal]})) and tmp_path / "l.pdf"))
    boxed = area(Path(rebuild_document(RebuildRequest(str(source), str(tmp_path / "b.pdf"), boxes={1: [seal]})) and tmp_path / "b.pdf"))
    red = lambda a: ((a[..., 0] > 110) & (a[..., 0] - a[..., 1] > 45)).mean()  # noqa: E731
    dark = lambda a: (a.max(axis=-1) < 90).mean()  # noqa: E731
    assert red(area(source)) > 0.03 and red(lifted) < 0.002  # the seal's ink (and the name in it) is gone
    assert 0.005 < dark(lifted) < 0.2  # the black date is still there, and the page is not blacked out
    assert dark(boxed) > 0.9  # as a box it hid the date too
    page = pdfium.PdfDocument(str(tmp_path / "l.pdf"))[0]
    page.render(scale=150 / 72).to_pil().crop((700, 340, 1000, 620)).save(output_dir / "shipped-seal-lifted.png")


def test_documents_are_typed_by_title_then_number_then_name():
    assert type_of_document("郑 州 市 生 态 环 境 局\n行 政 处 罚 决 定 书\n郑环罚决字〔2021〕006号", "扫描件001.pdf").doc_type \
        is DocumentType.PENALTY_DECISION
    assert type_of_document("现场检查(勘察)笔录\n检查时间：", "IMG_2015.pdf").doc_type is DocumentType.INSPECTION_RECORD
    assert type_of_document("", "现场勘验笔录.pdf").doc_type is DocumentType.INSPECTION_RECORD
    assert type_of_document("", "豫0923环责改字〔2024〕14号.pdf").doc_type is DocumentType.ORDER_TO_CORRECT
    ruling = type_of_document("湖北省武汉市新洲区人民法院行 政 裁 定 书（2016）鄂0117行审29号", "行政处罚决定书.pdf")
    assert ruling.doc_type is DocumentType.COURT_RULING and "法院" in ruling.basis
    accepted = type_of_document("新洲区人民法院\n受理案件通知书\n（2016）鄂0117行审29号", "扫描件.pdf")
    assert accepted.doc_type is DocumentType.COURT_RULING
    receipt = type_of_document("移送案件接收回执\n××县公安局", "扫描件002.pdf")
    assert receipt.doc_type is DocumentType.TRANSFER_RECEIPT
    assert type_of_document("", "扫描件001.pdf").basis.startswith("未识别")
