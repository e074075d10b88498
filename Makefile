# Party Work Suite: one command each. See README.md.
.PHONY: help demo test test-engine lint bench i18n print-samples clean

help:
	@echo "make demo   - set up (venv, PostgreSQL, database) and serve Odoo with demo data at http://localhost:8069"
	@echo "make test   - set up, install the party addons in a fresh database and run every test"
	@echo "make test-engine - the pure-Python engines and their doctests under plain pytest (no Odoo, seconds)"
	@echo "make lint   - the pre-commit checks: ruff, pylint-odoo, prettier (XML)"
	@echo "make bench  - run the benchmarks (README.md, Benchmarks)"
	@echo "make i18n   - export .pot files and merge them into vi.po"
	@echo "make print-samples - one PDF and PNG of every report in docs/samples/ (from the demo database)"

demo:
	@scripts/demo.sh

test:
	@scripts/test.sh

test-engine:
	@scripts/test_engine.sh

lint:
	@scripts/lint.sh $(ARGS)

bench:
	@scripts/bench.sh $(ARGS)

i18n:
	@scripts/i18n.sh

print-samples:
	@scripts/print_samples.sh

clean:
	rm -rf .venv
