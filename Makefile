# Two commands do all set-up on a fresh machine:
#   make demo   - install saywho into .venv and analyse the bundled sample article
#   make test   - install saywho with its test tools into .venv and run the tests
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: setup demo test clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

demo: setup
	$(BIN)/saywho analyze --sample

# The linter and the type checker first (their settings are in pyproject.toml), then the tests.
# pytest exits 5 when it collects no tests; that is not a failure of the code.
test: setup
	$(BIN)/ruff check saywho tests bench tools
	$(BIN)/mypy
	$(BIN)/python -m pytest -q; status=$$?; if [ $$status -eq 5 ]; then exit 0; fi; exit $$status

clean:
	rm -rf $(VENV) build *.egg-info
