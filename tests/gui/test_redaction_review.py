"""The redaction review on the rendered page: a proposed box accepted, one drawn by hand,
a leak check that refuses and then passes."""

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from helpers import law_title_round
from reviewer_app.gui.console.redaction_review import RedactionReviewDialog
from reviewer_app.store.database import Database
from reviewer_app.store.schema import DocumentRecord, PageReviewRecord, RedactionRecord


def test_review_accept_draw_and_leak_check(qtbot, demo_round, output_dir):
    db_path = demo_round / "secretariat.db"
    database = Database(db_path)
    with database.session() as session:
        document = session.scalars(select(DocumentRecord).where(DocumentRecord.doc_type == "interview_record")).first()
        for record in document.redactions:  # as freshly proposed, not yet decided
            record.status = "proposed"
        document.package_path = None  # and not yet anonymised: the leak check must object
        document.package_sha256 = None
        document_id, code = document.id, document.case_file.code
        first = next(r for r in document.redactions if r.page == 1)
        proposal_id = first.id
    database.close()

    dialog = RedactionReviewDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.select(document_id, 1)
    assert "待处理建议框" in dialog.status.text() and "待处理建议框 0" not in dialog.status.text()

    # The leak check first: the undecided proposals are not burned in yet, so it objects.
    qtbot.mouseClick(dialog.check_button, Qt.LeftButton)
    leaks = [dialog.leaks.item(n).text() for n in range(dialog.leaks.count())]
    assert leaks and any(code in leak for leak in leaks) and "泄密检查发现" in dialog.status.text()

    # Accept a proposed box by clicking it on the page.
    canvas = dialog.canvas
    shown = next(b for b in canvas.boxes if b.id == proposal_id)
    qtbot.mouseClick(canvas, Qt.LeftButton, pos=canvas.to_widget(shown.box).center().toPoint())
    database = Database(db_path)
    with database.session() as session:
        assert session.get(RedactionRecord, proposal_id).status == "accepted"
    database.close()

    # Draw a box by hand.
    width, height = canvas.pixmap.width(), canvas.pixmap.height()  # near the foot of the page, where nothing is
    start, end = QPoint(int(width * 0.1), int(height * 0.85)), QPoint(int(width * 0.4), int(height * 0.9))
    qtbot.mousePress(canvas, Qt.LeftButton, pos=start)
    qtbot.mouseRelease(canvas, Qt.LeftButton, pos=end)
    database = Database(db_path)
    with database.session() as session:
        manual = session.scalars(select(RedactionRecord).where(RedactionRecord.document_id == document_id,
                                                               RedactionRecord.source == "manual")).all()
        assert len(manual) == 1 and manual[0].status == "accepted" and manual[0].right > manual[0].left
        assert manual[0].top > manual[0].bottom and 0 < manual[0].left < 595
    database.close()

    # Drag the hand-drawn box 20 px to the right: same size, moved, still accepted.
    drawn = next(b for b in canvas.boxes if b.id == manual[0].id)
    grab = canvas.to_widget(drawn.box).center().toPoint()
    qtbot.mousePress(canvas, Qt.LeftButton, pos=grab)
    qtbot.mouseMove(canvas, pos=grab + QPoint(20, 0))
    qtbot.mouseRelease(canvas, Qt.LeftButton, pos=grab + QPoint(20, 0))
    database = Database(db_path)
    with database.session() as session:
        moved = session.get(RedactionRecord, manual[0].id)
        shift = 20 / canvas.scale
        assert abs(moved.left - (manual[0].left + shift)) < 0.5 and abs(moved.right - (manual[0].right + shift)) < 0.5
        assert abs(moved.top - manual[0].top) < 0.5 and moved.status == "accepted"
    database.close()
    dialog.grab().save(str(output_dir / "secretariat-redaction-review.png"))

    # Accept the rest of the proposals, and the check passes.
    for page in range(1, dialog.page_box.maximum() + 1):
        dialog.page_box.setValue(page)
        qtbot.mouseClick(dialog.accept_page_button, Qt.LeftButton)
    qtbot.mouseClick(dialog.check_button, Qt.LeftButton)
    assert dialog.leaks.count() == 0 and "泄密检查通过" in dialog.status.text()
    assert dialog.document_list.currentItem().text().startswith("✓")
    dialog.close()


def test_pages_to_look_at_are_visited_and_marked_by_clicks(qtbot, demo_round):
    db_path = demo_round / "secretariat.db"
    database = Database(db_path)
    with database.session() as session:
        review = session.scalars(select(PageReviewRecord)).first()
        review.reviewed = False
        review.reason = "有印章"
        document_id, page = review.document_id, review.page
    database.close()
    dialog = RedactionReviewDialog(db_path)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert "待人工查看 1 页" in dialog.status.text() and "（1）" in dialog.next_look_button.text()
    row = next(n for n, (d, _, _) in enumerate(dialog.documents) if d == document_id)
    assert "1 页待看" in dialog.document_list.item(row).text()
    qtbot.mouseClick(dialog.next_look_button, Qt.LeftButton)  # goes to the page, wherever it is
    assert dialog.document_id == document_id and dialog.page_box.value() == page
    assert dialog.page_note.text() == "待人工查看：有印章"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key_L, Qt.ControlModifier)  # 本页已查看
    assert dialog.page_note.text() == "已人工查看（有印章）" and "待人工查看 0 页" in dialog.status.text()
    assert "1 页待看" not in dialog.document_list.item(row).text()
    # Zoom by key: from 适合页面, Ctrl+= three times is 200 %, which shows the page at twice its
    # size in points (at the screen's resolution); Ctrl+- once is 150 %.
    assert dialog.zoom_box.currentText() == "适合页面"
    for key in (Qt.Key_Equal, Qt.Key_Plus, Qt.Key_Equal):  # Ctrl+= as most press it, Ctrl++ as Qt names it
        qtbot.keyClick(dialog.focusWidget(), key, Qt.ControlModifier)
    assert dialog.zoom_box.currentText() == "200%"
    size = dialog.pdf.pagePointSize(page - 1)
    assert abs(dialog.canvas.pixmap.width() - size.width() * 2 * dialog.logicalDpiX() / 72) < 2
    qtbot.keyClick(dialog.focusWidget(), Qt.Key_Minus, Qt.ControlModifier)
    assert dialog.zoom_box.currentText() == "150%"
    dialog.close()


def type_chinese(widget, text: str) -> None:
    """Chinese arrives in a field as an input method commits it (QTest's key clicks carry no CJK)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_a_place_in_a_laws_title_is_ruled_not_identifying_by_the_secretary(qtbot, tmp_path, output_dir):
    """The leak check's own detectors object to what the secretary chose not to box (上海市 in the
    title of a local regulation); typed reason and a click let it pass, on the record."""
    from reviewer_app.store.schema import AuditEntry, LeakRulingRecord

    db_path, proposal_id, document_id = law_title_round(tmp_path)
    dialog = RedactionReviewDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.select(document_id, 1)
    labels = {b.rule for b in dialog.canvas.boxes}
    assert {"文号", "受文单位", "人名（分词）", "地址", "地名"} <= labels, labels
    dialog.grab().save(str(output_dir / "secretariat-redaction-review-rules.png"))
    qtbot.mouseClick(dialog.accept_page_button, Qt.LeftButton)
    shown = next(b for b in dialog.canvas.boxes if b.id == proposal_id)
    centre = dialog.canvas.to_widget(shown.box).center().toPoint()
    qtbot.mouseClick(dialog.canvas, Qt.LeftButton, pos=centre)  # not after all: a law's title
    qtbot.mouseClick(dialog.check_button, Qt.LeftButton)
    rows = [dialog.leaks.item(n).text() for n in range(dialog.leaks.count())]
    row = next(n for n, text in enumerate(rows) if "行政区划“上海市”" in text)
    assert not dialog.ruling_button.isEnabled()
    item = dialog.leaks.item(row)
    qtbot.mouseClick(dialog.leaks.viewport(), Qt.LeftButton, pos=dialog.leaks.visualItemRect(item).center())
    assert not dialog.ruling_button.isEnabled()  # not without a reason
    type_chinese(dialog.ruling_reason, "地方性法规的名称，不指向参评单位")
    assert dialog.ruling_button.isEnabled()
    dialog.grab().save(str(output_dir / "secretariat-leak-ruling.png"))
    qtbot.mouseClick(dialog.ruling_button, Qt.LeftButton)
    database = Database(db_path)
    with database.session() as session:
        ruling = session.scalars(select(LeakRulingRecord)).one()
        assert (ruling.rule, ruling.text, ruling.document_id) == ("行政区划", "上海市", document_id)
        assert "地方性法规" in ruling.reason
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "rule_not_identifying")).one()
    database.close()
    qtbot.mouseClick(dialog.check_button, Qt.LeftButton)
    assert dialog.leaks.count() == 0 and "泄密检查通过" in dialog.status.text()
