"""The rubric editor: add, edit, reorder and delete items and deductions, with the live total check."""

from decimal import Decimal

from PySide6.QtCore import Qt

from reviewer_app.core.rubric import load_preset
from reviewer_app.core.vocabulary import CaseType, DocumentType
from reviewer_app.gui.console.rubric_editor import RubricEditor
from helpers import type_into


def test_items_and_deductions_added_edited_moved_and_deleted(qtbot, output_dir):
    editor = RubricEditor()
    qtbot.addWidget(editor)
    editor.resize(1000, 640)
    editor.show()
    editor.load(load_preset("national_2012"))
    assert editor.is_acceptable()
    filing = editor.tree.topLevelItem(1)  # after the veto items
    first_ids = [i.id for i in load_preset("national_2012").sections[0].items]

    # A new item for penalty files only: their total goes over, the check names the type.
    editor.tree.setCurrentItem(filing.child(0))
    editor.add_item()
    type_into(qtbot, editor.item_text, "立案前核查记录完整")
    type_into(qtbot, editor.item_points, "3")
    editor.item_document.setCurrentIndex(editor.item_document.findData(DocumentType.FILING_APPROVAL.value))
    editor.item_document.activated.emit(editor.item_document.currentIndex())
    for case_type, box in editor.case_type_boxes.items():
        if box.isChecked() != (case_type is CaseType.PENALTY):
            box.click()
    assert not editor.is_acceptable()
    assert "行政处罚：各项分值合计 103" in editor.check.text() and "按日" not in editor.check.text()
    editor.grab().save(str(output_dir / "rubric-editor-over.png"))

    # A preset deduction for it, then the item moved to the top of its section.
    editor.add_deduction()
    type_into(qtbot, editor.deduction_text, "未附核查记录")
    type_into(qtbot, editor.deduction_points, "2")
    editor.tree.setCurrentItem(filing.child(1))
    qtbot.keyClick(editor.tree, Qt.Key_Up, Qt.ControlModifier)
    qtbot.keyClick(editor.tree, Qt.Key_Up, Qt.ControlModifier)  # already first: stays

    # Take the 3 points back from another penalty-only item to balance.
    rubric = editor.rubric()
    donor = next(i for i in rubric.items_for(CaseType.PENALTY)
                 if i.case_types == (CaseType.PENALTY,) and i.max_points >= 3 and i.text != "立案前核查记录完整")
    section = next(n for n in range(editor.tree.topLevelItemCount())
                   if any(editor.tree.topLevelItem(n).child(m).data(0, Qt.UserRole)["id"] == donor.id
                          for m in range(editor.tree.topLevelItem(n).childCount())))
    node = editor.tree.topLevelItem(section)
    donor_node = next(node.child(m) for m in range(node.childCount()) if node.child(m).data(0, Qt.UserRole)["id"] == donor.id)
    editor.tree.setCurrentItem(donor_node)
    type_into(qtbot, editor.item_points, str(donor.max_points - 3))
    # Its deductions may not exceed the new maximum: cap them.
    for m in range(donor_node.childCount()):
        editor.tree.setCurrentItem(donor_node.child(m))
        if Decimal(editor.deduction_points.text()) > donor.max_points - 3:
            type_into(qtbot, editor.deduction_points, str(donor.max_points - 3))
    assert editor.is_acceptable(), editor.check.text()
    editor.tree.setCurrentItem(filing.child(0))
    editor.grab().save(str(output_dir / "rubric-editor.png"))

    result = editor.rubric()
    new = result.sections[0].items[0]
    assert [i.id for i in result.sections[0].items[1:]] == first_ids
    assert (new.text, new.max_points, new.document_type, new.case_types) == (
        "立案前核查记录完整", Decimal(3), DocumentType.FILING_APPROVAL, (CaseType.PENALTY,))
    assert [(d.text, d.points) for d in new.deductions] == [("未附核查记录", Decimal(2))]
    assert len({i.id for s in result.sections for i in s.items}) == sum(len(s.items) for s in result.sections)

    # Deleting the new item (Delete key in the tree) puts penalty files 3 short.
    editor.tree.setCurrentItem(filing.child(0))
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key_Delete)
    assert [i.id for i in editor.rubric().sections[0].items] == first_ids
    assert "行政处罚：各项分值合计 97" in editor.check.text()


def test_sections_reorder_and_a_blank_rubric_is_not_acceptable(qtbot):
    editor = RubricEditor()
    qtbot.addWidget(editor)
    editor.load(load_preset("blank"))
    assert not editor.is_acceptable() and "还没有评查项" in editor.check.text()
    editor.add_section()
    type_into(qtbot, editor.section_title, "立案")
    editor.add_item()
    type_into(qtbot, editor.item_points, "100")
    assert editor.is_acceptable()
    editor.tree.setCurrentItem(editor.tree.topLevelItem(1))
    editor.add_section()
    type_into(qtbot, editor.section_title, "调查取证")
    editor.move_current(-1)
    assert [s.title for s in editor.rubric().sections] == ["调查取证", "立案"]
    # Delete in a text field edits the text, never the entry.
    qtbot.keyClick(editor.section_title, Qt.Key_Delete)
    assert editor.tree.topLevelItemCount() == 3  # the veto items and two sections


def test_a_read_only_rubric_cannot_be_changed(qtbot):
    editor = RubricEditor()
    qtbot.addWidget(editor)
    editor.load(load_preset("national_2012"), read_only=True)
    before = editor.rubric()
    editor.tree.setCurrentItem(editor.tree.topLevelItem(1))
    editor.delete_current()
    editor.move_current(1)
    assert editor.rubric() == before
    assert not editor.add_item_button.isEnabled() and not editor.forms.isEnabled()


def test_veto_items_added_edited_and_kept_first(qtbot):
    editor = RubricEditor()
    qtbot.addWidget(editor)
    editor.load(load_preset("national_2012"))
    group = editor.tree.topLevelItem(0)
    vetoes = [v.id for v in load_preset("national_2012").veto_items]
    assert group.childCount() == len(vetoes)
    editor.tree.setCurrentItem(group.child(0))
    editor.add_item()  # in the veto group: a veto item, after the selected one
    type_into(qtbot, editor.veto_text, "案件未超过行政处罚追责时效")
    for case_type, box in editor.veto_type_boxes.items():
        if case_type is CaseType.INSPECTION_AUDIT:
            box.click()  # not for inspection audits
    editor.move_current(-1)
    rubric = editor.rubric()
    new = rubric.veto_items[0]
    assert new.text == "案件未超过行政处罚追责时效" and CaseType.INSPECTION_AUDIT not in new.case_types
    assert [v.id for v in rubric.veto_items[1:]] == vetoes and editor.is_acceptable()
    assert new not in rubric.veto_items_for(CaseType.INSPECTION_AUDIT)

    # The group itself cannot be deleted or moved below a section, nor a section above it.
    editor.tree.setCurrentItem(group)
    editor.delete_current()
    editor.move_current(1)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(1))
    editor.move_current(-1)
    assert editor.tree.topLevelItem(0) is group and len(editor.rubric().veto_items) == len(vetoes) + 1
