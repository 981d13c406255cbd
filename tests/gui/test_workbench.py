"""Drive the real workbench widgets through a reviewer's whole job, checking the database
(reopened each time, as after a crash) after every step."""

from decimal import Decimal as D

from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from sqlalchemy import select

from reviewer_app.core.vocabulary import Falsification
from reviewer_app.core.canonical import canonical_json, sheet_document
from reviewer_app.exchange.keys import public_keys_of
from reviewer_app.gui.workbench.workbench_window import WorkbenchWindow
from reviewer_app.store.database import Database
from reviewer_app.store.schema import AssignmentRecord, CaseFileRecord, SheetRecord, UnitRecord
from reviewer_app.store.scoring import load_sheet
from reviewer_app.user_dirs import key_file


def stored(db_path, assignment_id):
    """The assignment's sheets as a freshly opened database sees them."""
    database = Database(db_path)
    with database.session() as session:
        records = session.get(AssignmentRecord, assignment_id).sheets
        result = [(r.revision, r.status, load_sheet(session, r.id), r) for r in records]
    database.close()
    return result


def open_workbench(qtbot, fresh_reviewer):
    db_path, reviewer_id = fresh_reviewer
    window = WorkbenchWindow(db_path, reviewer_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def visible_texts(window):
    texts = [window.windowTitle()]
    texts += [w.text() for w in window.findChildren(QLabel)]
    texts += [w.text() for w in window.findChildren(QAbstractButton)]
    texts += [w.text() for w in window.findChildren(QLineEdit)]
    model = window.case_list.model()
    texts += [model.index(r, 0).data() for r in range(model.rowCount())]
    texts += [window.viewer.document_list.item(r).text() for r in range(window.viewer.document_list.count())]
    return "\n".join(texts)


def test_a_reviewer_scores_signs_and_revises(qtbot, fresh_reviewer, output_dir):
    db_path, _ = fresh_reviewer
    window = open_workbench(qtbot, fresh_reviewer)
    assert window.case_filter.rowCount() == 25
    assert window.progress_label.text() == "已签名 0 / 25 件"
    qtbot.wait(400)  # QtPdf renders pages and thumbnails after the event loop turns
    window.grab().save(str(output_dir / "workbench-zh-1-empty.png"))

    # Open a penalty case file and page through its first document.
    penalty = next(e for e in window.case_model.entries if e.case_type.value == "penalty")
    window.select_case_file(penalty.code)
    assignment = window.assignment_id
    assert assignment == penalty.assignment_id
    viewer = window.viewer
    with Database(db_path).session() as session:
        documents = len(session.get(AssignmentRecord, assignment).case_file.documents)
    assert documents >= 9 and viewer.document_list.count() == documents and viewer.current.doc_type.value == "filing_approval"
    pages = viewer.page_count
    viewer.next_page()
    assert viewer.current_page == min(2, pages)
    assert window.panel.current_ref.page == viewer.current_page
    assert window.panel.matching_box.isVisible()  # items about the filing form come first
    assert all(w.item.document_type.value == "filing_approval" for w in window.panel.items[:2])

    panel = window.panel
    assert panel.total.text() == "合计 未评分 / 100.00"  # not 100 before anything is scored
    items = {w.item.id: w for w in panel.items}
    # A preset deduction ticked while reading the filing form cites the page being read.
    items["F1"].presets["F1a"].click()
    [(_, status, sheet, _)] = stored(db_path, assignment)
    assert status == "draft"
    assert sheet.marks["F1"].deductions[0].points == D(2)
    assert sheet.marks["F1"].deductions[0].ref.page == viewer.current_page

    # A custom deduction, then the current page attached to it.
    items["I5"].custom_points.setValue(1.5)
    items["I5"].custom_reason.setText("监测报告缺少采样时间")
    items["I5"].custom_reason.returnPressed.emit()
    sheet = stored(db_path, assignment)[0][2]
    assert sheet.marks["I5"].deductions[0].reason == "监测报告缺少采样时间" and sheet.marks["I5"].deductions[0].ref is None
    items["I5"].attach_current_page()
    sheet = stored(db_path, assignment)[0][2]
    assert sheet.marks["I5"].deductions[0].ref == panel.current_ref

    # Undo and redo go through the database too.
    items["F2"].no_deduction.click()
    assert stored(db_path, assignment)[0][2].marks["F2"].no_deduction
    window.undo_action.trigger()
    assert "F2" not in stored(db_path, assignment)[0][2].marks
    window.redo_action.trigger()
    assert stored(db_path, assignment)[0][2].marks["F2"].no_deduction

    # Keyboard: next item and "no deduction".
    panel.set_current(0)
    window.panel.next_item()
    current = panel.current_item()
    window.no_deduction_for_current_item()
    assert stored(db_path, assignment)[0][2].marks[current.item.id].no_deduction
    qtbot.wait(400)
    window.grab().save(str(output_dir / "workbench-zh-2-mid-scoring.png"))

    # Signing an incomplete sheet is refused, lists what is missing and jumps to it.
    for widget in panel.vetoes.values():
        widget.passed.click()
    assert all(stored(db_path, assignment)[0][2].veto.values())
    window.sign()
    assert window.sign_dialog is None
    message = window.message_box.text()
    assert "以下内容需要先完成" in message and "是否造假未作判断" not in message.split("…")[0] and "未评分" in message
    unanswered = len(panel.items) + 1 - len(stored(db_path, assignment)[0][2].marks)
    assert f"共 {unanswered} 处" in message
    assert panel.current_item().item.id not in stored(db_path, assignment)[0][2].marks
    window.message_box.close()
    assert stored(db_path, assignment)[0][1] == "draft"

    # Record suspected falsification with a description and an evidence page.
    falsification = panel.falsification
    falsification.buttons[Falsification.SUSPECTED].click()
    falsification.description.setPlainText("询问笔录时间与现场检查时间重叠")
    falsification.flush()
    falsification.add_current_page()
    sheet = stored(db_path, assignment)[0][2]
    assert sheet.falsification.value == "suspected"
    assert sheet.falsification_description == "询问笔录时间与现场检查时间重叠"
    assert sheet.falsification_evidence == [panel.current_ref]
    entry = window.case_model.entries[window.case_model.row_of(assignment)]
    assert entry.falsification_reported  # red in the list, named as what it is
    row = window.case_model.index(window.case_model.row_of(assignment), 0)
    assert "⚠疑似造假" in window.case_model.data(row)
    panel.scroll.ensureWidgetVisible(panel.falsification)
    qtbot.wait(400)
    window.grab().save(str(output_dir / "workbench-zh-3-falsification.png"))

    # Complete every item through the widgets.
    for widget in panel.items:
        if not widget.mark.answered:
            widget.no_deduction.click()
    sheet = stored(db_path, assignment)[0][2]
    assert len(sheet.marks) == len(panel.items) and all(sheet.veto.values())

    # Sign: draw, set the new key's passphrase, confirm.
    window.sign()
    dialog = window.sign_dialog
    assert dialog is not None and dialog.creating_key
    pad = dialog.pads["周明远"]
    pad.draw_line(QPoint(20, 60), QPoint(200, 80))
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    for text, hint, enabled in (("abc", "太短", False), ("12345678", "容易被猜中", True)):
        dialog.passphrase.setText(text)
        dialog.confirm.setText(text)
        assert hint in dialog.passphrase_hint.text() and ok.isEnabled() is enabled
    dialog.passphrase.setText("评审口令")
    dialog.confirm.setText("评审口令")
    assert dialog.passphrase_hint.text() == "" and ok.isEnabled()
    dialog.grab().save(str(output_dir / "workbench-zh-4-signing.png"))
    dialog.buttons.accepted.emit()
    [(revision, status, sheet, record)] = stored(db_path, assignment)
    assert (revision, status) == (1, "signed")
    assert panel.read_only and not window.sign_button.isEnabled()
    database = Database(db_path)
    with database.session() as session:
        record = session.get(SheetRecord, record.id)
        signature = record.signatures[0]
        document = sheet_document(sheet, round_id=str(record.assignment.case_file.round_id), case_code=penalty.code,
                                  reviewer="周明远", document_keys={d.id: d.exchange_sha256 for d in record.assignment.case_file.documents})
        assert public_keys_of(key_file()).verify(signature.signature, canonical_json(document))
        assert signature.image_png.startswith(b"\x89PNG")
    database.close()
    assert window.case_model.entries[window.case_model.row_of(assignment)].progress.value == "signed"

    # Revise by clicking 修订: asked why, then a new draft revision, the signed one kept. An empty
    # reason is refused first; the menu item opens the same question.
    answer_next_question(qtbot, "")
    qtbot.mouseClick(window.revise_button, Qt.LeftButton)
    assert len(stored(db_path, assignment)) == 1
    revise_action = next(a for a in window.menuBar().actions() if a.text().startswith("评分表")).menu().actions()[1]
    answer_next_question(qtbot, "F1 扣分依据有误")
    revise_action.trigger()
    revisions = stored(db_path, assignment)
    assert [(r, s) for r, s, _, _ in revisions] == [(1, "signed"), (2, "draft")]
    assert not panel.read_only
    items = {w.item.id: w for w in panel.items}
    items["F1"].presets["F1a"].click()  # untick on the new revision
    revisions = stored(db_path, assignment)
    assert "F1" not in revisions[1][2].marks and revisions[0][2].marks["F1"].deductions
    window.close()


def answer_next_question(qtbot, text):
    """When the next modal question opens, type the answer into it and press OK (or, for an
    empty answer, OK and then close the message that follows)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit, QMessageBox

    from helpers import type_into

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(50, answer)
            return
        if text:
            type_into(qtbot, dialog.findChild(QLineEdit), text)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
        if not text:
            QTimer.singleShot(50, dismiss)

    def dismiss() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.accept()
        else:
            QTimer.singleShot(50, dismiss)

    QTimer.singleShot(50, answer)


def test_a_failed_veto_needs_its_reason_in_the_overall_opinion(qtbot, fresh_reviewer, output_dir):
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    db_path, _ = fresh_reviewer
    window = open_workbench(qtbot, fresh_reviewer)
    assignment = window.assignment_id
    panel = window.panel
    vetoes = list(panel.vetoes.values())
    for widget in vetoes:
        widget.passed.click()
    vetoes[1].failed.click()  # one substantive item fails
    for widget in panel.items:
        widget.no_deduction.click()
    panel.falsification.buttons[Falsification.NONE].click()
    assert "必填" in panel.comment.editor.placeholderText() and vetoes[1].veto.text in panel.comment.editor.placeholderText()
    qtbot.mouseClick(window.sign_button, Qt.LeftButton)  # refused: the failure has no reason yet
    assert "须在评审意见中写明理由" in window.message_box.text() and vetoes[1].veto.text in window.message_box.text()
    window.message_box.close()
    reason = "现场检查笔录无执法人员签名，违法事实认定证据不足"
    panel.comment.editor.setFocus()
    typed = QInputMethodEvent()
    typed.setCommitString(reason)  # Chinese arrives by the input method
    QApplication.sendEvent(panel.comment.editor, typed)
    qtbot.waitUntil(lambda: stored(db_path, assignment)[0][2].comment == reason, timeout=3000)  # saved after a pause
    assert stored(db_path, assignment)[0][2].comment == reason
    qtbot.mouseClick(window.sign_button, Qt.LeftButton)  # now it goes on to signing
    assert window.sign_dialog.isVisible()
    window.sign_dialog.close()
    window.undo_action.trigger()  # the opinion is undoable like every other answer
    assert stored(db_path, assignment)[0][2].comment == ""
    window.close()


def test_wrong_passphrase_is_refused_and_changes_nothing(qtbot, fresh_reviewer):
    from reviewer_app.exchange.keys import create_key_file

    create_key_file(key_file(), "the right one", n=2**10)
    db_path, _ = fresh_reviewer
    window = open_workbench(qtbot, fresh_reviewer)
    assignment = window.assignment_id
    for widget in window.panel.vetoes.values():
        widget.passed.click()
    for widget in window.panel.items:
        widget.no_deduction.click()
    window.panel.falsification.buttons[Falsification.NONE].click()
    window.sign()
    dialog = window.sign_dialog
    assert not dialog.creating_key
    dialog.pads["周明远"].draw_line(QPoint(5, 5), QPoint(90, 40))
    dialog.passphrase.setText("wrong")
    dialog.buttons.accepted.emit()
    assert "口令不正确" in dialog.error.text() and dialog.isVisible()
    assert stored(db_path, assignment)[0][1] == "draft"
    window.close()


def test_reviewer_sees_no_unit_region_or_person_names(qtbot, fresh_reviewer):
    db_path, _ = fresh_reviewer
    window = open_workbench(qtbot, fresh_reviewer)
    database = Database(db_path)
    with database.session() as session:
        forbidden = [u.name for u in session.scalars(select(UnitRecord))] + [u.region for u in session.scalars(select(UnitRecord))]
        forbidden += [c.title for c in session.scalars(select(CaseFileRecord))]
    database.close()
    forbidden += ["青溪", "云台", "临江"]
    for row in range(window.case_filter.rowCount()):
        window.case_list.setCurrentIndex(window.case_filter.index(row, 0))
        text = visible_texts(window)
        for name in forbidden:
            assert name not in text, name
    window.close()


def test_filters_and_layout_persist(qtbot, fresh_reviewer):
    window = open_workbench(qtbot, fresh_reviewer)
    window.type_filter.setCurrentIndex(window.type_filter.findText("行政处罚"))
    assert window.case_filter.rowCount() == 9
    window.progress_filter.setCurrentIndex(window.progress_filter.findText("已签名"))
    assert window.case_filter.rowCount() == 0
    window.splitter.setSizes([300, 600, 500])
    sizes = window.splitter.sizes()
    window.close()
    again = open_workbench(qtbot, fresh_reviewer)
    restored = again.splitter.sizes()
    # The case list keeps its share (the offscreen window itself may come back another size).
    assert abs(sizes[0] / sum(sizes) - restored[0] / sum(restored)) < 0.02
    assert abs(restored[0] / sum(restored) - 220 / 1500) > 0.03  # not the default
    again.close()


def test_a_document_that_cannot_be_opened_says_so(qtbot, fresh_reviewer):
    db_path, _ = fresh_reviewer
    window = open_workbench(qtbot, fresh_reviewer)
    document = window.viewer.documents[1]
    document.path.write_bytes(b"%PDF-1.4 broken")
    window.viewer.select_document(1)
    assert window.viewer.stack.currentWidget() is window.viewer.error_label
    assert document.title in window.viewer.error_label.text() and document.path.name in window.viewer.error_label.text()
    window.close()


def test_image_documents_including_multi_page_tiff(qtbot, fresh_reviewer, tmp_path):
    from PIL import Image

    from reviewer_app.core.vocabulary import DocumentType
    from reviewer_app.store.workbench_queries import DocumentEntry

    window = open_workbench(qtbot, fresh_reviewer)
    tiff = tmp_path / "scan.tiff"
    pages = [Image.new("RGB", (300, 420), colour) for colour in ("white", "lightgray", "gray")]
    pages[0].save(tiff, save_all=True, append_images=pages[1:])
    png = tmp_path / "photo.png"
    pages[0].save(png)
    documents = [DocumentEntry(9001, 1, DocumentType.OTHER, "现场照片", png, 1, "a" * 64),
                 DocumentEntry(9002, 2, DocumentType.OTHER, "扫描件", tiff, 3, "b" * 64)]
    viewer = window.viewer
    viewer.show_documents(documents)
    assert viewer.stack.currentWidget() is viewer.image_area and viewer.page_count == 1
    viewer.select_document(1)
    assert viewer.page_count == 3
    viewer.next_page()
    viewer.next_page()
    assert viewer.current_page == 3 and not viewer.image_label.pixmap().isNull()
    window.close()


def test_the_last_page_read_in_each_document_is_remembered(qtbot, fresh_reviewer):
    window = open_workbench(qtbot, fresh_reviewer)
    viewer = window.viewer
    several = next(n for n, d in enumerate(viewer.documents) if d.pages >= 2)
    viewer.select_document(several)
    viewer.go_to_page(2)
    viewer.select_document(0 if several else 1)
    assert viewer.current_page == 1
    viewer.select_document(several)
    assert viewer.current_page == 2
    window.close()
    again = open_workbench(qtbot, fresh_reviewer)  # and across sessions
    again.viewer.select_document(several)
    assert again.viewer.current_page == 2
    again.close()


def test_an_item_marked_not_applicable_leaves_the_total_rescaled(qtbot, fresh_reviewer):
    db_path, _ = fresh_reviewer
    window = open_workbench(qtbot, fresh_reviewer)
    penalty = next(e for e in window.case_model.entries if e.case_type.value == "penalty")
    window.select_case_file(penalty.code)
    items = {w.item.id: w for w in window.panel.items}
    for widget in window.panel.items:
        widget.no_deduction.click()
    items["D1"].presets["D1b"].click()  # 3 points
    items["N2"].not_applicable.click()  # the hearing notice (2 points): nobody asked for a hearing
    sheet = stored(db_path, window.assignment_id)[0][2]
    assert sheet.marks["N2"].not_applicable and not sheet.marks["N2"].no_deduction
    # 98 applicable points, 95 earned: 95 / 98 × 100 = 96.938…
    assert window.panel.total.text() == "合计 96.94 / 100.00（适用项满分 98.00，得 95.00，折算为百分制）"
    assert items["N2"].score.text() == "不适用，不计分"
    # ticking 无扣分 undoes 不适用: one answer per item
    items["N2"].no_deduction.click()
    sheet = stored(db_path, window.assignment_id)[0][2]
    assert sheet.marks["N2"].no_deduction and not sheet.marks["N2"].not_applicable
    assert not items["N2"].not_applicable.isChecked()
    assert window.panel.total.text() == "合计 97.00 / 100.00"


def test_the_viewer_follows_the_scoring_form(qtbot, fresh_reviewer):
    from PySide6.QtCore import Qt

    window = open_workbench(qtbot, fresh_reviewer)
    penalty = next(e for e in window.case_model.entries if e.case_type.value == "penalty")
    window.select_case_file(penalty.code)
    panel, viewer = window.panel, window.viewer
    kinds = {d.doc_type for d in viewer.documents}
    panel.set_current(0)
    with qtbot.waitActive(window):
        window.activateWindow()
    seen = []
    # Alt+Down through the whole form, as a reviewer does: each item about a document the file
    # holds shows that document; the keyboard reaches every item once, in the rubric's order.
    for _ in range(len(panel.items) - 1):
        qtbot.keyClick(window, Qt.Key_Down, Qt.AltModifier)
        item = panel.current_item().item
        seen.append(item.id)
        if item.document_type in kinds:
            assert viewer.current.doc_type == item.document_type, item.id
    assert seen == [w.item.id for w in panel.all_items[1:]]
    assert sum(1 for w in panel.items if w.property("current")) == 1  # one focus frame

    # A deduction cites page 2 of the interview record; back on that item later, the viewer
    # opens the interview record at page 2, not where it was last read.
    items = {w.item.id: w for w in panel.items}
    panel.set_current(panel.items.index(items["I3"]))
    interview = viewer.current
    assert interview.doc_type.value == "interview_record" and interview.pages >= 2
    viewer.go_to_page(2)
    items["I3"].presets["I3a"].click()
    assert items["I3"].mark.deductions[0].ref.page == 2
    viewer.go_to_page(1)
    panel.set_current(panel.items.index(items["F1"]))
    assert viewer.current.doc_type.value == "filing_approval"
    panel.set_current(panel.items.index(items["I3"]))
    assert viewer.current.id == interview.id and viewer.current_page == 2
    qtbot.wait(300)  # after the view has laid the document out, it is still page 2
    assert viewer.current_page == 2 and viewer.page_box.value() == 2


def test_a_measure_the_file_did_not_take_starts_not_applicable_for_the_reviewer_to_confirm(qtbot, fresh_reviewer):
    db_path, _ = fresh_reviewer
    window = open_workbench(qtbot, fresh_reviewer)
    penalty = next(e for e in window.case_model.entries if e.case_type.value == "penalty")
    window.select_case_file(penalty.code)
    held = {d.doc_type.value for d in window.viewer.documents}
    assert "seizure_decision" not in held and "evidence_preservation" in held
    items = {w.item.id: w for w in window.panel.items}
    # no seizure decision in the file: P3 starts 不适用, says why, and nothing is scored yet
    assert items["P3"].not_applicable.isChecked() and items["P3"].score.text() == "不适用，不计分"
    hint = "\n".join(label.text() for label in items["P3"].findChildren(QLabel))
    assert "案卷中没有查封（扣押）决定书时，本项预设为“不适用”" in hint
    assert not items["P1"].not_applicable.isChecked()  # the preservation notice is there
    assert window.panel.total.text() == "合计 未评分 / 100.00"
    assert stored(db_path, window.assignment_id)[0][2].marks["P3"].not_applicable
    # the reviewer finds a seizure after all (filed as 其他材料): 无扣分 replaces the presumption
    qtbot.mouseClick(items["P3"].no_deduction, Qt.LeftButton)
    mark = stored(db_path, window.assignment_id)[0][2].marks["P3"]
    assert mark.no_deduction and not mark.not_applicable


def test_a_submission_doubt_is_typed_and_its_pages_cited_and_removed_by_the_buttons(qtbot, fresh_reviewer):
    from helpers import type_into

    db_path, _ = fresh_reviewer
    window = open_workbench(qtbot, fresh_reviewer)
    penalty = next(e for e in window.case_model.entries if e.case_type.value == "penalty")
    window.select_case_file(penalty.code)
    box = window.panel.submission
    window.panel.scroll.ensureWidgetVisible(box)
    type_into(qtbot, box.concern, "处罚决定书落款日期不在报送期间")
    qtbot.wait(800)  # saved after the pause in typing
    first = window.panel.current_ref
    qtbot.mouseClick(box.evidence.add, Qt.LeftButton)
    window.viewer.next_page()
    second = window.panel.current_ref
    qtbot.mouseClick(box.evidence.add, Qt.LeftButton)
    sheet = stored(db_path, window.assignment_id)[0][2]
    assert sheet.submission_concern == "处罚决定书落款日期不在报送期间" and sheet.submission_evidence == [first, second]
    box.evidence.list.setCurrentRow(0)
    qtbot.mouseClick(box.evidence.remove, Qt.LeftButton)
    assert stored(db_path, window.assignment_id)[0][2].submission_evidence == [second]
    assert box.evidence.list.count() == 1
    window.close()
