
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


def test_the_consoles_workbench_shows_only_anonymised_copies(qtbot, demo_round):
    from PySide6.QtWidgets import QApplication, QMessageBox
    from sqlalchemy import select

    from reviewer_app.store.database import Database
    from reviewer_app.store.schema import AssignmentRecord

    window = RoundWindow(demo_round / "secretariat.db")
    qtbot.addWidget(window)
    window.show()
    menu = window.reviewer_menu
    first = menu.actions()[0]
    first.trigger()  # 周明远, as the console's menu opens him
    [workbench] = window.workbenches
    paths = [d.path for d in workbench.viewer.documents]
    assert paths and all("shipped" in p.parts and "originals" not in p.parts for p in paths)
    workbench.close()

    database = Database(demo_round / "secretariat.db")  # one of his documents not yet anonymised
    with database.session() as session:
        assignment = session.scalars(select(AssignmentRecord)).first()
        reviewer_id = assignment.reviewer_id
        assignment.case_file.documents[0].package_path = None
    database.close()
    window.open_workbench(reviewer_id)
    assert len(window.workbenches) == 1  # refused, and said why
    assert isinstance(QApplication.activeModalWidget() or window.message_box, QMessageBox)
    assert "尚未生成脱敏件" in window.message_box.text()
    window.close()
