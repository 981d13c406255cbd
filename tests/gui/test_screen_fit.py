"""Windows fit the screen: a 1920 × 1080 laptop at 150 % has 1280 × 720 logical pixels. The
workbench, opened there with a geometry saved on a larger monitor, lies within the screen with
its scoring pane and 签名 button in view. Each screen runs in its own process (Qt's offscreen
screen is configured when the application starts); screenshots at scale 1.0 and 1.5."""

import pytest
from PySide6.QtCore import QRect, QSize

from helpers import run_on_laptop_screen, unscored
from reviewer_app.gui.widgets.screen_fit import clamped, fitted

LAPTOP = QRect(0, 0, 1280, 720)


def test_a_window_wanted_larger_than_the_screen_is_fitted_and_centred():
    rect = fitted(QSize(1500, 900), LAPTOP)
    assert LAPTOP.contains(rect) and rect.width() < 1280 and rect.height() < 720
    assert abs(rect.center().x() - LAPTOP.center().x()) <= 1
    assert fitted(QSize(600, 400), LAPTOP).size() == QSize(600, 400)


def test_a_saved_geometry_from_a_larger_monitor_is_moved_and_shrunk_onto_this_one():
    for saved in (QRect(-200, -50, 1900, 1000), QRect(1500, 800, 700, 500), QRect(100, 100, 800, 500)):
        rect = clamped(saved, LAPTOP)
        assert LAPTOP.contains(rect), (saved, rect)
    assert clamped(QRect(100, 100, 800, 500), LAPTOP) == QRect(100, 100, 800, 500)  # already fine: kept


SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QByteArray, QPoint, QRect
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reviewer_app.gui.app import install_fonts
from reviewer_app.gui.settings import app_settings
from reviewer_app.gui.workbench.workbench_window import WorkbenchWindow
install_fonts(app)
db, reviewer_id, shot = sys.argv[1], int(sys.argv[2]), sys.argv[3]
big = WorkbenchWindow(Path(db), reviewer_id)  # as left on a 2560 x 1440 monitor
big.setGeometry(QRect(-300, -100, 2400, 1300))
app_settings().setValue("workbench/geometry", big.saveGeometry())
big.deleteLater()
window = WorkbenchWindow(Path(db), reviewer_id)
window.show()
app.processEvents()
screen = window.screen().availableGeometry()
frame = window.frameGeometry()
sign = QRect(window.sign_button.mapTo(window, QPoint(0, 0)), window.sign_button.size()).translated(window.geometry().topLeft())
print(screen.contains(frame), screen.contains(sign), window.sign_button.isVisible(), window.panel.isVisible(),
      window.screen().devicePixelRatio())
window.grab().save(shot)
window.close()
"""


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_workbench_fits_a_laptop_screen(demo_round, tmp_path, output_dir, scale):
    reviewer_id, _ = unscored(demo_round / "secretariat.db", "周明远")
    shot = output_dir / f"workbench-laptop-1280x720-scale-{scale}.png"
    output = run_on_laptop_screen(SCRIPT, (demo_round / "secretariat.db", reviewer_id, shot), tmp_path, scale)
    frame_fits, sign_fits, sign_shown, panel_shown, ratio = output.split()[-5:]
    assert (frame_fits, sign_fits, sign_shown, panel_shown) == ("True",) * 4
    assert float(ratio) == scale
