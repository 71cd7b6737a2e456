# mnu-desk: `make run` and `make test` do all set-up on a fresh Debian/Ubuntu machine with Python 3.11+.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: venv system-run system-test run test bench translations translations-update lint clean package test-package

venv: $(STAMP) translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV) || { \
	  echo "python3 -m venv failed: installing python3-venv"; \
	  sudo_=$$(command -v sudo || true); $$sudo_ apt-get update -qq && $$sudo_ apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

# compiled translations are built from the .ts sources, never edited by hand
translations: $(QM)
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# after a change to the windows' texts: new texts enter the Swedish .ts, to be translated there
translations-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete mnu_desk/gui/*.py mnu_desk/gui/*/*.py mnu_desk/gui/*/*/*.py ui/*.ui \
	  -ts resources/translations/mnu_desk_sv.ts

# Qt's X11 libraries (and for the tests a virtual X server) that a bare Debian/Ubuntu lacks
system-run:
	@packaging/system-packages.sh run
system-test:
	@packaging/system-packages.sh test

run: venv system-run
	$(VENV)/bin/mnu-desk --demo

test: venv system-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m bench -p no:randomly tests/bench -s

lint: venv
	$(VENV)/bin/ruff check mnu_desk tests

# the frozen one-folder application in dist/mnu-desk/ (PyInstaller from the [package] extra)
PACKAGE_STAMP := $(VENV)/.packaging
$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[test,package]'
	@touch $@

package: venv $(PACKAGE_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/mnu-desk.spec
	@du -sh dist/mnu-desk

# builds it and runs the frozen program: commands, migrations, a signed extract, keyring, the GUI offscreen
test-package: package
	packaging/smoke_test.sh dist/mnu-desk

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm
