# Two commands for a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test bench dist translations system-packages desktop-packages demo clean

$(PY):
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	# Without its dependencies: they are in pyproject.toml, with OpenCV's headless build (see there).
	$(PY) -m pip install --quiet --no-deps "rapidocr-onnxruntime>=1.4.4,<1.5"
	# Only its division table (dictionary/china_location.zip) is used: see reviewer_app/anonymise/places.py.
	$(PY) -m pip install --quiet --no-deps "jionlp>=1.5.31"
	rm -f $(VENV)/.installed-* && touch $@

# Qt's offscreen platform and the PDF checks need a few system libraries, poppler and qpdf
# (the leak tests read shipped files with them, independently of the application).
system-packages:
	@if ! command -v pdftoppm >/dev/null 2>&1 || ! command -v qpdf >/dev/null 2>&1 || ! ldconfig -p | grep -q libxkbcommon.so.0 || ! ldconfig -p | grep -q libEGL.so.1; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      poppler-utils qpdf libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 >/dev/null; \
	  else echo "please install poppler-utils qpdf libegl1 libgl1 libxkbcommon0 (needs root)"; exit 1; fi; \
	fi

# Qt's xcb platform (a real window on Linux) needs these; installed if missing and we may.
desktop-packages:
	@if [ "$$(uname)" = Linux ] && ! ldconfig -p | grep -q libxcb-cursor.so.0; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxcb-cursor0 libxcb-icccm4 \
	      libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 >/dev/null; \
	  else echo "note: Qt needs libxcb-cursor0 for a window on Linux (apt-get install libxcb-cursor0)"; fi; \
	fi

translations: $(STAMP)
	$(PY) -m reviewer_app.gui.translations build

run: $(STAMP) translations desktop-packages
	$(VENV)/bin/reviewer-app --demo

test: $(STAMP) system-packages translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n auto --dist loadfile

# `make bench SCALE="1 5"` adds the national round (five times provincial, about an hour).
SCALE ?= 1
bench: $(STAMP) system-packages translations
	QT_QPA_PLATFORM=offscreen BENCH_SCALE="$(SCALE)" $(PY) -m bench

demo: $(STAMP)
	$(VENV)/bin/reviewer-app demo --out demo-round

dist: $(STAMP) translations
	$(PY) -m pip install --quiet "pyinstaller>=6.5"
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build build.spec
	@du -sh dist/reviewer-app

clean:
	rm -rf $(VENV) build dist .pytest_cache
