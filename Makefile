PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench soak personas clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/cec-screener start

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/assess_speed.py
	$(BIN)/python benchmarks/noc_search.py
	$(BIN)/python benchmarks/bot_throughput.py

# 100 kill -9 of `cec-screener run` under many users; fails unless 0 answers lost and 0 users stuck.
# Then 8 kill -9 during a fan-out of 400 round alerts; fails unless all arrive, at most 1 duplicate per kill.
soak: $(STAMP)
	$(BIN)/python benchmarks/soak.py --strict
	$(BIN)/python benchmarks/round_alerts.py --users 400 --kills 8 --strict

personas: $(STAMP)
	CEC_ASSESS="$(BIN)/cec-screener assess" ../shared/bin/check-personas

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
