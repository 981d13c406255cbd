"""A pre-check lead from the secretariat's run to its report, the reviewer's part by clicks: the
lead beside its rubric item on the workbench, its page opened from the lead, 已核实 clicked; the
return imported; the round's 预审提示汇总 lists the lead as confirmed by one reviewer."""

import json
import subprocess
import sys

from helpers import console_on_tab, issue_package, open_package_on_laptop, import_return_in_console, withdraw_publication_of
from PySide6.QtCore import Qt

from reviewer_app.demo.build import SECRETARIAT_PASSPHRASE
from reviewer_app.documents.export import export_round
from reviewer_app.exchange.keys import open_key_file
from reviewer_app.exchange.returns import export_return
from reviewer_app.exchange.trust import trusted_secretariats
from reviewer_app.gui.workbench.case_file_list import EntryRole
from reviewer_app.gui.workbench.precheck_hints import PrecheckHint
from reviewer_app.pdf.reading import page_text
from reviewer_app.store.database import Database
from reviewer_app.store.schema import PrecheckFindingRecord
from reviewer_app.user_dirs import key_file


def cli(*args):
    return subprocess.run([sys.executable, "-m", "reviewer_app", *map(str, args)], capture_output=True, text=True)


def test_a_reviewer_confirms_a_lead_beside_its_item_and_the_report_lists_it(qtbot, demo_round, tmp_path, output_dir):
    db_path = demo_round / "secretariat.db"
    withdraw_publication_of(db_path)
    # The secretariat's console: 文件 › 预审 (off the UI thread, with progress).
    console = console_on_tab(qtbot, db_path, "案卷")
    file_menu = console.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.text().startswith("预审")).trigger()
    assert "预审完成：读取 22 件案卷" in console.statusBar().currentMessage(), console.statusBar().currentMessage()
    console.close()
    leads = json.loads(cli("precheck", "list", "--db", db_path, "--json").stdout)
    lead = next(lead for lead in leads if lead["rule"] == "PC-COURT")
    package = issue_package(demo_round, tmp_path / "packages", "周明远")
    start, window = open_package_on_laptop(qtbot, demo_round, package, "周明远", "demo-zhou")

    # The court file with the lead, clicked in the list; the lead sits under its first item (CE1).
    view = window.case_list
    row = next(r for r in range(window.case_filter.rowCount()) if window.case_filter.index(r, 0).data(EntryRole).code == lead["case_code"])
    view.scrollTo(window.case_filter.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(window.case_filter.index(row, 0)).center())
    [hint] = [h for h in window.panel.findChildren(PrecheckHint) if h.lead.message == lead["message"]]
    home = next(w for w in window.panel.items if hint in w.findChildren(PrecheckHint))
    assert home.item.id in lead["items"] and "第五十三条" in hint.source_label.text()
    window.panel.scroll.ensureWidgetVisible(hint)

    # Its page opened from the lead: the viewer shows the cited document at the cited page.
    cited = lead["evidence"][-1]
    button = next(b for b in hint.page_buttons if cited["document"] in b.text() and f"第{cited['page']}页" in b.text())
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.viewer.current is not None and window.viewer.current.title == cited["document"], timeout=3000)
    assert window.viewer.current_page == cited["page"]
    # The lead quotes only what the shipped copy still shows: here the date line names the unit,
    # which redaction boxed, so the reviewer's copy of the lead carries the page and no quote.
    shipped = next(e for e in hint.lead.evidence if e["document"] == cited["document"])
    shown = "".join(page_text(window.viewer.current.path))
    assert "云台县" in cited["quote"] and "云台县" not in shown and shipped["quote"] == ""
    assert all(e["quote"] in shown or not e["quote"] for e in hint.lead.evidence if e["document"] == cited["document"])
    # first taken for a misreading (不成立), then, on a second look, confirmed: the last answer stands
    qtbot.mouseClick(hint.dismiss, Qt.LeftButton)
    assert hint.dismiss.isChecked() and "不成立" in window.statusBar().currentMessage()
    qtbot.mouseClick(hint.confirm, Qt.LeftButton)
    assert hint.confirm.isChecked() and not hint.dismiss.isChecked()
    qtbot.wait(600)  # the viewer draws its pages in the background
    window.panel.scroll.ensureWidgetVisible(hint)
    window.grab().save(str(output_dir / "workbench-precheck-hint-1280x720.png"))
    reviewer_db = window.database.engine.url.database
    window.close()
    start.close()
    local = Database(reviewer_db)
    with local.session() as session:
        assert [r.verdict for r in session.query(PrecheckFindingRecord).filter_by(message=lead["message"])] == ["confirmed"]
    returned = export_return(local, tmp_path / "回传.rvwret", open_key_file(key_file(), "demo-zhou"),
                             [trusted.keys for trusted in trusted_secretariats(key_file().parent)])
    local.close()
    key_file().unlink()

    console, dialog = import_return_in_console(qtbot, db_path, returned, SECRETARIAT_PASSPHRASE)
    assert "完成" in dialog.status.text()
    dialog.close()
    console.close()
    listed = {item["message"]: item for item in json.loads(cli("precheck", "list", "--db", db_path, "--json").stdout)}
    assert listed[lead["message"]]["verdicts"] == {"周明远": "confirmed"}
    database = Database(db_path)
    [report] = export_round(database, tmp_path / "out", "pdf", kinds=("precheck",))
    database.close()
    text = "".join("".join(page_text(report)).split())  # table cells wrap their lines
    assert report.name == "预审提示汇总.pdf" and "已核实1人" in text and lead["case_code"] in text and "周明远" not in text
