"""The core layers never import Qt (ARCHITECTURE.md): checked by importing every module of
them in a fresh interpreter and looking for PySide6 afterwards."""

import pkgutil
import subprocess
import sys

import reviewer_app

QT_FREE = ["core", "store", "exchange", "documents", "anonymise", "pdf", "demo"]


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
    code = "import sys, reviewer_app.gui.console.results_models; print('PySide6' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "True"


def test_ocr_reads_a_page_without_qt_and_with_the_headless_opencv(tmp_path):
    """The OCR worker's process: reading a scan loads no Qt, and the OpenCV it loads is the build
    without a GUI (the other one carries its own Qt, which would fight the application's)."""
    from PIL import Image, ImageDraw, ImageFont

    from reviewer_app.resources import CJK_FONT

    image = Image.new("RGB", (1200, 400), "white")
    ImageDraw.Draw(image).text((60, 150), "现场检查笔录", fill="black", font=ImageFont.truetype(str(CJK_FONT), 64))
    scan = tmp_path / "scan.pdf"
    image.save(scan, resolution=150)
    code = (
        "import sys, cv2\n"
        "from reviewer_app.anonymise import ocr\n"
        "from reviewer_app.pdf.reading import open_pdf\n"
        f"document = open_pdf({str(scan)!r})\n"
        "print(''.join(line.text for line in ocr.read_page(document[0])))\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
        "print('GUI: NONE' in ' '.join(cv2.getBuildInformation().split()))\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert output.returncode == 0, output.stderr
    text, qt, headless = output.stdout.strip().splitlines()
    assert "现场检查笔录" in text and qt == "[]" and headless == "True"
