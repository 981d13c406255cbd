"""The windows people see, in Chinese and English, on a 1280 × 720 logical screen at scale 1.0
and 1.5 (a 1920 × 1080 laptop at 150 %): start screen, workbench mid-scoring, the signing
dialog, the units ranking; each must lie within the screen. The screenshots are left in
test-output/ to be looked at. One process per screen, as Qt sets its screen up at start."""

import json

import pytest

from helpers import run_on_laptop_screen, unscored

SCRIPT = r"""
import json
import sys
from pathlib import Path
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reviewer_app.gui.app import install_fonts
from reviewer_app.gui.translations import set_language
install_fonts(app)
db, reviewer_id, language, prefix = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
assert set_language(language)
from reviewer_app.gui.console.round_window import RoundWindow
from reviewer_app.gui.start_window import StartWindow
from reviewer_app.gui.workbench.workbench_window import WorkbenchWindow

fits = []

def shoot(widget, name):
    widget.show()
    for _ in range(20):
        app.processEvents()
    screen = widget.screen().availableGeometry()
    fits.append((name, screen.contains(widget.frameGeometry())))
    widget.grab().save(f"{prefix}-{name}.png")

start = StartWindow()
shoot(start, "start")
start.close()

workbench = WorkbenchWindow(db, reviewer_id)
penalty = next(e for e in workbench.case_model.entries if e.case_type.value == "penalty")
workbench.select_case_file(penalty.code)
panel = workbench.panel
for widget in panel.items[:5]:
    widget.no_deduction.click()
panel.items[5].presets[panel.items[5].item.deductions[0].id].click()
panel.set_current(6)
shoot(workbench, "workbench-mid-scoring")
for widget in panel.items:
    if not widget.mark.answered:
        widget.no_deduction.click()
for veto in panel.vetoes.values():
    veto.passed.click()
from reviewer_app.core.vocabulary import Falsification
panel.falsification.buttons[Falsification.NONE].click()
workbench.sign()
dialog = workbench.sign_dialog
shoot(dialog, "signing")
dialog.close()
workbench.close()

console = RoundWindow(db)
console.tabs.setCurrentIndex(1)
shoot(console, "units-ranking")
console.close()
print(json.dumps(fits))
"""

SCREENS = [(language, scale) for language in ("zh_CN", "en") for scale in (1.0, 1.5)]


@pytest.mark.parametrize("language,scale", SCREENS)
def test_the_main_windows_fit_and_are_photographed(demo_round, tmp_path, output_dir, language, scale):
    reviewer_id, _ = unscored(demo_round / "secretariat.db", "周明远")
    prefix = output_dir / f"screen-{language}-{scale}"
    output = run_on_laptop_screen(SCRIPT, (demo_round / "secretariat.db", reviewer_id, language, prefix), tmp_path, scale)
    fits = json.loads(output.strip().splitlines()[-1])
    assert [name for name, _ in fits] == ["start", "workbench-mid-scoring", "signing", "units-ranking"]
    assert all(inside for _, inside in fits), fits
    for name, _ in fits:
        assert (output_dir / f"screen-{language}-{scale}-{name}.png").stat().st_size > 10_000
