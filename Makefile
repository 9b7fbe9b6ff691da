# DocSim: `make run` serves the demo, `make test` runs the whole suite. `make help` lists the rest.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2

.DEFAULT_GOAL := help
.PHONY: help run test lint fmt migrate worker beat serve messages lock browser clean

help:
	@echo "make run      - install, migrate, seed the demo and serve on http://$(HOST):$(PORT)/ (DEBUG)"
	@echo "make test     - install and run lint, types, catalogue checks and the whole test suite"
	@echo "make lint     - ruff and mypy";  echo "make fmt      - format with ruff"
	@echo "make migrate  - apply migrations"; echo "make worker   - a Celery worker (needs REDIS_URL)"
	@echo "make beat     - the Celery beat scheduler (periodic sweeps, needs REDIS_URL)"
	@echo "make serve    - production ASGI server (uvicorn, $(WORKERS) workers)"
	@echo "make messages - refresh the French catalogue from the code"
	@echo "make lock     - re-resolve requirements*.txt from requirements*.in"

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "DocSim needs Python 3.11+"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

run: $(VENV)/.runtime
	DEBUG=1 $(BIN)/python manage.py compile_catalogues
	DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DEBUG=1 $(BIN)/python manage.py seed_demo
	DEBUG=1 $(BIN)/python manage.py runserver $(HOST):$(PORT)

migrate: $(VENV)/.runtime
	$(BIN)/python manage.py migrate --no-input

browser:
	@bash scripts/ensure-chromium.sh

test: $(VENV)/.dev browser
	DEBUG=1 $(BIN)/python manage.py compile_catalogues
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DEBUG=1 $(BIN)/mypy .
	DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run
	DEBUG=1 $(BIN)/python manage.py check_catalogues
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DEBUG=1 $(BIN)/mypy .

fmt: $(VENV)/.dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(VENV)/.dev
	DEBUG=1 $(BIN)/python manage.py makemessages -l fr --no-location --no-obsolete
	DEBUG=1 $(BIN)/python manage.py compile_catalogues

worker: $(VENV)/.runtime
	$(BIN)/celery -A docsim worker --loglevel=INFO

beat: $(VENV)/.runtime
	$(BIN)/celery -A docsim beat --loglevel=INFO

serve: $(VENV)/.runtime
	$(BIN)/python manage.py compile_catalogues
	$(BIN)/python manage.py collectstatic --no-input --verbosity 0
	$(BIN)/uvicorn docsim.asgi:application --host $(HOST) --port $(PORT) --workers $(WORKERS) --proxy-headers \
		--ws-per-message-deflate false --backlog 4096

lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -r requirements.in
	{ echo "# Runtime dependencies, fully pinned. Edit requirements.in, then run \`make lock\`."; \
	  .lock-venv/bin/pip freeze; } > requirements.txt
	.lock-venv/bin/pip freeze > .lock-venv/base.txt
	.lock-venv/bin/pip install --quiet -r requirements-dev.in
	{ echo "# Development dependencies, fully pinned. Edit requirements-dev.in, then run \`make lock\`."; \
	  echo "-r requirements.txt"; .lock-venv/bin/pip freeze | grep -vxFf .lock-venv/base.txt; } > requirements-dev.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 .pytest_cache .mypy_cache .ruff_cache
