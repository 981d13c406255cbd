from PySide6.QtCore import Qt

from reviewer_app.gui.app import install_fonts
from reviewer_app.gui.console.round_window import RoundWindow


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
    reasons = model.index(falsified[0], 10).data()
    assert model.headerData(10, Qt.Horizontal) == "说明" and "认定造假，计 0 分" in reasons
    units = window.unit_view.model()
    levels = [units.index(r, 1).data() for r in range(3)]
    assert levels == sorted(levels, key=lambda level: level != "设区市")  # the city first, then counties
    county_ranks = [int(units.index(r, 5).data()) for r in range(3) if levels[r] != "设区市" and units.index(r, 5).data()]
    assert county_ranks == sorted(county_ranks)
    window.grab().save(str(output_dir / "round_window_cases.png"))
    window.tabs.setCurrentIndex(1)
    window.grab().save(str(output_dir / "round_window_units.png"))
    charts = window.charts_tab
    window.tabs.setCurrentWidget(charts)
    for view in (charts.units_view, charts.reviewers_view):
        [axis] = view.chart().axes(Qt.Vertical)
        low, high, step = axis.min(), axis.max(), axis.tickInterval()
        assert step in (1, 2, 5, 10, 20) and low % step == 0 and high % step == 0 and low <= 0 <= high
        assert axis.labelFormat() == "%.0f"
    [names] = charts.units_view.chart().axes(Qt.Horizontal)
    zero_units = [u.name for u in window.unit_model._rows if not u.indicator]
    assert zero_units and all(f"0 · {name}" in names.categories() for name in zero_units)
    window.grab().save(str(output_dir / "round_window_charts.png"))
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
    qtbot.waitUntil(lambda: not window.workbenches)  # deleted once closed, and let go of

    database = Database(demo_round / "secretariat.db")  # one of his documents not yet anonymised
    with database.session() as session:
        assignment = session.scalars(select(AssignmentRecord)).first()
        name = assignment.reviewer.name
        assignment.case_file.documents[0].package_path = None
    database.close()
    next(a for a in menu.actions() if a.text().startswith(name)).trigger()
    assert not window.workbenches  # refused, and said why
    assert isinstance(QApplication.activeModalWidget() or window.message_box, QMessageBox)
    assert "尚未生成脱敏件" in window.message_box.text()
    window.close()


def test_closing_a_workbench_opened_from_the_console_shows_its_scores_there(qtbot, demo_round):
    from helpers import unscored

    unscored(demo_round / "secretariat.db", "周明远")
    window = RoundWindow(demo_round / "secretariat.db")
    qtbot.addWidget(window)
    window.show()
    matrix = window.progress_matrix
    window.tabs.setCurrentWidget(matrix)
    code = next(c for c in matrix.codes if matrix.cell("周明远", c))
    assert matrix.cell("周明远", code) in ("已发送", "未发送")

    def score_one_item():
        next(a for a in window.reviewer_menu.actions() if a.text().startswith("周明远")).trigger()
        workbench = window.workbenches[-1]
        qtbot.waitExposed(workbench)
        workbench.select_case_file(code)
        qtbot.mouseClick(workbench.panel.items[0].no_deduction, Qt.LeftButton)
        return workbench

    score_one_item().close()
    qtbot.waitUntil(lambda: matrix.cell("周明远", code) == "评分中")
    assert not window.workbenches

    # A workbench outliving its console does not make the closed console read the round again.
    unscored(demo_round / "secretariat.db", "周明远")
    window.reload()
    assert matrix.cell("周明远", code) in ("已发送", "未发送")
    workbench = score_one_item()
    window.close()
    workbench.close()
    qtbot.waitUntil(lambda: not window.workbenches)
    assert matrix.cell("周明远", code) in ("已发送", "未发送")
