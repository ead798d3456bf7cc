# geoapp: the two commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= var/geoapp.db
PORT   ?= 8050
TILES  ?= osm
N      ?= 1000000

.PHONY: install run test test-fast lint pictures bench browser postgres clean extract-confidence

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## install: .venv with geoapp and its test tools (.venv/bin/geoapp works after this)
install: $(STAMP)

## run: install, load the bundled demo data into an empty store, serve on http://127.0.0.1:8050
run: $(STAMP)
	$(BIN)/geoapp demo --db $(DB)
	$(BIN)/geoapp serve --db $(DB) --port $(PORT) --tiles $(TILES)

## browser: Debian's Chromium for the browser tests (apt-get, needs root)
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium (Debian package) for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

## postgres: Debian's PostgreSQL 15 + PostGIS; tests and bench start throwaway servers (needs root)
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 || { \
	  echo "installing postgresql and postgresql-15-postgis-3 (Debian packages) for the store tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	    postgresql postgresql-15-postgis-3 >/dev/null; }

## test: the whole suite, browser tests included (a file's tests run in one worker, so its
#  module fixtures, such as the tuning corpus's candidate pools, are built once; files are
#  handed out in collection order, long ones first: see tests/conftest.py)
test: $(STAMP) browser postgres
	$(BIN)/ruff check .
	$(BIN)/pytest -n 2 --dist loadfile --no-loadscope-reorder -q --durations=15

## test-fast: everything except the browser tests
test-fast: $(STAMP) postgres
	$(BIN)/pytest -n 2 --dist loadfile --no-loadscope-reorder -q -m "not browser"

## pictures: retake the README's pictures (docs/*.png) with the browser tests that show them
pictures: $(STAMP) browser
	GEOAPP_PICTURES=1 $(BIN)/pytest -q tests/browser/test_dashboard_browser.py::test_main_view_screenshot tests/browser/test_review_browser.py::test_the_whole_loop

## extract-confidence: refit geoapp/extract/cues/confidence.json on the extraction tuning corpus
extract-confidence: $(STAMP)
	$(BIN)/python -m geoapp.extract.train

lint: $(STAMP)
	$(BIN)/ruff check .

## bench: performance benchmarks at 1M events (about 15 minutes); N=10000000 for the 10M tier
bench: $(STAMP) postgres
	$(BIN)/python -m bench.run --n $(N)

clean:
	rm -rf $(VENV) var build *.egg-info .pytest_cache
