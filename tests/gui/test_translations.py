import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QPoint

from reviewer_app.anonymise import detectors, leak_classes, survey
from reviewer_app.core.awards.collective import BaselineReading
from reviewer_app.documents.awards_report import COLLECTIVE_HEADER, INDIVIDUAL_HEADER
from reviewer_app.anonymise.matching import PATTERNS, TermMatcher
from reviewer_app.core.vocabulary import CASE_TYPE_LABELS, DOCUMENT_TYPE_LABELS, Falsification, Track, UnitLevel, VetoRuling
from reviewer_app.gui import vocabulary
from reviewer_app.gui.translations import TRANSLATIONS, set_language
from reviewer_app.gui.workbench.workbench_window import WorkbenchWindow
from reviewer_app.store.workbench_queries import Progress

GUI = Path(vocabulary.__file__).parent


def translations(ts: Path) -> dict[str, str]:
    return {m.findtext("source"): (m.findtext("translation") or "") for m in ET.parse(ts).iter("message")}


def test_every_core_label_is_marked_for_translation():
    labels = [*CASE_TYPE_LABELS.values(), *DOCUMENT_TYPE_LABELS.values()]
    labels += [x.label for enum in (Track, UnitLevel, Falsification, VetoRuling, Progress) for x in enum]
    labels += [*COLLECTIVE_HEADER, *INDIVIDUAL_HEADER, *(reading.label for reading in BaselineReading)]
    labels += [TermMatcher.TERM_RULE, *PATTERNS, survey.SEAL_RULE, survey.SCAN_UNREAD, survey.SCAN_EMPTY,
               survey.SCAN_UNSURE, survey.SEAL_FOUND, *detectors.RULES, *leak_classes.CLASSES]
    assert set(labels) <= set(vocabulary.MARKED)


def test_every_gui_string_has_an_english_translation(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *map(str, sorted(GUI.rglob("*.py"))), "-ts", str(fresh)], check=True, capture_output=True)
    committed = translations(TRANSLATIONS / "reviewer_app_en.ts")
    sources = translations(fresh)
    untranslated = [s for s in sources if not committed.get(s)]
    assert sources and untranslated == []


def test_english_workbench_screenshots(qtbot, fresh_reviewer, output_dir, qapp):
    assert set_language("en")
    try:
        window = WorkbenchWindow(*fresh_reviewer)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.windowTitle().startswith("Reviewer workbench")
        assert window.progress_label.text() == "Signed 0 of 25"  # 22 case files, 3 stories
        assert window.viewer.document_list.item(0).text().endswith("Case filing approval")
        qtbot.wait(400)
        window.grab().save(str(output_dir / "workbench-en-1-empty.png"))
        panel = window.panel
        panel.items[0].presets[panel.items[0].item.deductions[0].id].click()
        panel.items[1].no_deduction.click()
        qtbot.wait(200)
        window.grab().save(str(output_dir / "workbench-en-2-mid-scoring.png"))
        panel.falsification.buttons[Falsification.FOUND].click()
        panel.falsification.description.setPlainText("Interview and inspection records overlap in time")
        panel.falsification.flush()
        panel.falsification.add_current_page()
        panel.scroll.ensureWidgetVisible(panel.falsification)
        qtbot.wait(200)
        window.grab().save(str(output_dir / "workbench-en-3-falsification.png"))
        for widget in panel.vetoes.values():
            widget.passed.click()
        for widget in panel.items:
            if not widget.mark.answered:
                widget.no_deduction.click()
        window.sign()
        dialog = window.sign_dialog
        dialog.pads["周明远"].draw_line(QPoint(20, 50), QPoint(220, 70))
        assert dialog.windowTitle() == "Sign the score sheet"
        dialog.grab().save(str(output_dir / "workbench-en-4-signing.png"))
        dialog.reject()
        window.close()
    finally:
        set_language("zh_CN")


def test_dates_follow_the_interface_language(qtbot):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    try:
        for language, expected in (("zh_CN", "2026/9/1"), ("en", "01/09/2026")):
            set_language(language)
            edit = QDateEdit(QDate(2026, 9, 1))
            qtbot.addWidget(edit)
            assert edit.text() == expected, (language, edit.text())
    finally:
        set_language("zh_CN")
