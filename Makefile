# Two set-up commands, each making its own virtualenv from a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB ?= demo-out/marsad-demo.sqlite
SHARED ?= ../shared

.PHONY: demo test bench lint eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p demo-out
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/marsad ingest samples/articles.jsonl --db $(DEMO_DB)
	$(BIN)/marsad summary --db $(DEMO_DB)
	@echo
	@echo "One article in full (marsad analyze):"
	$(BIN)/marsad analyze samples/articles/01_*.txt --published $$($(BIN)/python -c "import json;print(json.loads(open('samples/articles.jsonl').readline())['published'])") --no-colour

test: $(STAMP)
	$(BIN)/ruff check marsad tests bench scripts
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check marsad tests bench scripts

bench: $(STAMP)
	$(BIN)/python bench/throughput.py --shared $(SHARED)
	$(BIN)/python bench/throughput.py --shared $(SHARED) --skip ner
	$(BIN)/python bench/ingest.py --shared $(SHARED) --workers 1 2
	$(BIN)/python bench/ner.py --shared $(SHARED)
	$(BIN)/python bench/kb.py --shared $(SHARED)
	$(BIN)/python bench/events.py --shared $(SHARED)

eval: $(STAMP)
	$(BIN)/marsad eval gold $(SHARED)/examples/seed/000_5602218fb4d461f4.gold.json --texts $(SHARED)/examples/seed --published 2019-10-24
	$(BIN)/marsad eval gold samples/gold.jsonl --texts samples/articles

clean:
	rm -rf $(VENV) demo-out bench-out .pytest_cache .ruff_cache
