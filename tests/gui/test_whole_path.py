"""A reviewer's whole path, by clicks and keys only, then the secretariat's import: start screen →
package dropped → every item of one case file scored from the keyboard → a veto failed with its
reason in the overall opinion → 疑似造假 → signed → revised → signed again → return exported →
imported at the secretariat. Only the operating system's file chooser is stood in for."""

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from helpers import (
    ModalAnswers, clicked, import_return_in_console, drop, keys, sign_by_hand, trust_demo_secretariat, type_into, typed_and_ok,
    withdraw_publication_of,
)

from reviewer_app.core.vocabulary import Falsification
from reviewer_app.gui.workbench.case_file_list import EntryRole
from reviewer_app.gui.start_window import StartWindow
from reviewer_app.store.database import Database
from reviewer_app.store.decisions import decide_eligibility, eligibility_cases
from reviewer_app.store.results import round_results
from reviewer_app.store.rounds import only_round
from reviewer_app.store.schema import AssignmentRecord, CaseFileRecord, ReviewerRecord
from reviewer_app.store.sheets import latest_signed_sheet, read_sheet
from reviewer_app.user_dirs import key_file


def test_a_reviewer_from_start_screen_to_the_secretariats_results(qtbot, demo_round, monkeypatch, tmp_path, output_dir):
    withdraw_publication_of(demo_round / "secretariat.db")
    key_file().parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_round / "keys" / "周明远.key", key_file())  # 周明远's laptop
    trust_demo_secretariat(demo_round, key_file().parent)  # which confirmed the secretariat's fingerprint

    # Start screen: the received package dropped on the window; the passphrase typed.
    start = StartWindow()
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    answers = ModalAnswers(qtbot, typed_and_ok(qtbot, "demo-zhou"))
    assert drop(start, demo_round / "packages" / "评审包_周明远_2016.rvwpkg")
    assert answers.done()
    [window] = start.windows
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()

    # Open the first penalty case file by clicking it in the list.
    view = window.case_list
    row = next(r for r in range(window.case_filter.rowCount())
               if window.case_filter.index(r, 0).data(EntryRole).case_type.value == "penalty")
    index = window.case_filter.index(row, 0)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(index).center())
    code = window.case_model.entries[window.case_model.row_of(window.assignment_id)].code
    panel = window.panel

    # Every item from the keyboard: Ctrl+0 (no deduction), Alt+Down (next item); the viewer
    # follows. One item gets a deduction typed into its reason field, then Enter.
    panel.set_current(0)
    for _ in panel.items:
        keys(qtbot, window, Qt.Key_0, Qt.ControlModifier)
        keys(qtbot, window, Qt.Key_Down, Qt.AltModifier)
    i5 = next(w for w in panel.items if w.item.id == "I5")
    qtbot.mouseClick(i5.no_deduction, Qt.LeftButton)  # take back its 无扣分
    type_into(qtbot, i5.custom_reason, "监测报告缺少采样时间")
    keys(qtbot, i5.custom_reason, Qt.Key_Return)
    assert all(w.mark.answered for w in panel.items) and i5.mark.deductions[0].reason == "监测报告缺少采样时间"

    # A veto failed: signing is refused until the overall opinion says why.
    veto = panel.vetoes["V2"]
    for widget in panel.vetoes.values():
        qtbot.mouseClick(widget.passed, Qt.LeftButton)
    qtbot.mouseClick(veto.failed, Qt.LeftButton)
    qtbot.mouseClick(panel.falsification.buttons[Falsification.SUSPECTED], Qt.LeftButton)
    type_into(qtbot, panel.falsification.description, "询问笔录与现场检查笔录时间重叠")
    # The on-site record was filled in on paper: a submission rule, raised for the secretariat
    # with the page in view cited, not points.
    documents = window.viewer.document_list
    record_row = next(n for n, d in enumerate(window.viewer.documents) if d.doc_type.value == "inspection_record")
    qtbot.mouseClick(documents.viewport(), Qt.LeftButton, pos=documents.visualItemRect(documents.item(record_row)).center())
    cited = panel.current_ref
    panel.scroll.ensureWidgetVisible(panel.submission)
    qtbot.mouseClick(panel.submission.platform, Qt.LeftButton)
    assert panel.submission.concern.toPlainText() == "现场监察笔录非移动执法平台生成"
    assert panel.submission.evidence.list.count() == 1 and cited.document_id == window.viewer.documents[record_row].id
    keys(qtbot, window, Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.sign_dialog is None and "评审意见" in window.message_box.text()
    qtbot.mouseClick(window.message_box.button(QMessageBox.Ok), Qt.LeftButton)
    type_into(qtbot, panel.comment.editor, "违法事实认定仅凭当事人陈述，缺少监测数据支撑")
    qtbot.wait(700)  # saved after a pause in typing
    window.grab().save(str(output_dir / "whole-path-1-scored.png"))

    sign_by_hand(qtbot, window, "demo-zhou")
    assert panel.read_only and "已签名" in window.progress_label.text()

    # Revise by the button (asked why), change one answer, sign again.
    answers = ModalAnswers(qtbot, typed_and_ok(qtbot, "I5 扣分理由补充页码"))
    qtbot.mouseClick(window.revise_button, Qt.LeftButton)
    assert answers.done() and not panel.read_only
    i5 = next(w for w in panel.items if w.item.id == "I5")
    preset = next(iter(i5.presets.values()))
    qtbot.mouseClick(preset, Qt.LeftButton)
    sign_by_hand(qtbot, window, "demo-zhou")
    window.grab().save(str(output_dir / "whole-path-2-signed-again.png"))

    # Export the return: Ctrl+E; the 21 unsigned files are listed and asked about; the passphrase.
    target = tmp_path / "评分回传_周明远.rvwret"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    answers = ModalAnswers(qtbot, clicked(qtbot, "只导出已签名的"), typed_and_ok(qtbot, "demo-zhou"))
    keys(qtbot, window, Qt.Key_E, Qt.ControlModifier)
    qtbot.waitUntil(answers.done, timeout=15000)
    assert "有 24 件案卷尚未签名" in answers.seen[0]
    qtbot.waitUntil(target.exists, timeout=15000)
    window.close()
    start.close()

    # The secretariat's machine: Ctrl+I, the return dropped on the dialog, passphrase, Enter.
    key_file().unlink()
    console, dialog = import_return_in_console(qtbot, demo_round / "secretariat.db", target)
    assert "导入 1 个" in dialog.status.text(), dialog.status.text()
    dialog.grab().save(str(output_dir / "whole-path-3-imported.png"))
    dialog.close()
    console.close()

    # What the secretariat now holds: revision 2, as signed, and the questions it opens.
    database = Database(demo_round / "secretariat.db")
    with database.session() as session:
        assignment = session.query(AssignmentRecord).join(CaseFileRecord).join(ReviewerRecord).filter(
            CaseFileRecord.code == code, ReviewerRecord.name == "周明远").one()
        record = latest_signed_sheet(assignment)
        sheet = read_sheet(record)
        assert record.revision == 2 and sheet.veto["V2"] is False and sheet.comment.startswith("违法事实认定")
        assert sheet.falsification is Falsification.SUSPECTED and len(sheet.marks["I5"].deductions) == 2
        # the platform doubt came through the revision and the return, with its page
        assert sheet.submission_concern == "现场监察笔录非移动执法平台生成"
        [page] = sheet.submission_evidence
        cited_document = next(d for d in assignment.case_file.documents if d.id == page.document_id)
        assert cited_document.doc_type == "inspection_record"
        case = next(c for c in round_results(session, only_round(session)).cases if c.code == code)
        assert any(p.startswith("否决项待裁定") for p in case.pending) and "造假报告待认定" in case.pending
        assert "是否符合报送要求待确认（评审人员周明远提出：现场监察笔录非移动执法平台生成）" in case.pending
        [proposal] = [c for c in eligibility_cases(session, only_round(session)) if c.case_code == code]
        assert f"评审人员周明远提出：现场监察笔录非移动执法平台生成（见{cited_document.title} 第{page.page}页）" in proposal.warnings
        # confirmed by the secretariat, the file scores 0 for that reason, not for points
        decide_eligibility(session, only_round(session), code, True, "核实笔录为纸质手工填写")
        case = next(c for c in round_results(session, only_round(session)).cases if c.code == code)
        assert case.final_score == 0 and case.rule == "不符合报送要求，计 0 分"
        assert not any("报送要求" in p for p in case.pending)
    database.close()
