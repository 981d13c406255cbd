"""The core layers never import Qt (ARCHITECTURE.md): checked by importing every module of
them in a fresh interpreter and looking for PySide6 afterwards."""

import pkgutil
import subprocess
import sys

import reviewer_app

QT_FREE = ["core", "store", "exchange", "documents", "anonymise", "demo"]


def test_core_layers_do_not_import_qt():
    modules = [
        m.name
        for layer in QT_FREE
        for m in pkgutil.walk_packages([f"{reviewer_app.__path__[0]}/{layer}"], f"reviewer_app.{layer}.")
    ] + [f"reviewer_app.{layer}" for layer in QT_FREE]
    assert "reviewer_app.core.consolidation" in modules and "reviewer_app.store.schema" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert output.returncode == 0, output.stderr
    assert output.stdout.strip() == "[]"


def test_the_check_would_see_qt():
    code = "import sys, reviewer_app.gui.results_models; print('PySide6' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "True"
