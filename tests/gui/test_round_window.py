
from reviewer_app.gui.app import install_fonts
from reviewer_app.gui.round_window import RoundWindow


def test_main_window_lists_the_demo_round(qtbot, demo_round, output_dir, qapp):
    install_fonts(qapp)
    window = RoundWindow(demo_round / "secretariat.db")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.case_view.model()
    assert model.rowCount() == 22
    codes = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert codes == sorted(codes) and all(c.startswith("AJ-") for c in codes)
    assert "2016年全省环境执法大练兵案卷评查" in window.windowTitle()
    falsified = [r for r in range(22) if model.index(r, 7).data() == "是"]
    assert len(falsified) == 1 and model.index(falsified[0], 5).data() == "0.00"
    assert window.unit_view.model().rowCount() == 3
    window.grab().save(str(output_dir / "round_window_cases.png"))
    window.tabs.setCurrentIndex(1)
    window.grab().save(str(output_dir / "round_window_units.png"))
    window.close()
