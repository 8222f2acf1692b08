# Der Weißenfelser Weg: the two commands are `make start` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
INSTANCE ?= instance
PROFILE ?= embedded
PORT ?= 8080
PACKAGE := src/weissenfels.portal/src/weissenfels/portal
DOMAIN := weissenfels.portal
PYTHON_PATHS := src tests scripts bench

# The one lock: pip reads it for every install, build environments included.
export PIP_CONSTRAINT := $(CURDIR)/constraints.txt

.PHONY: help install system-deps instance site start test lint format i18n lock versions.cfg clean css

help:
	@echo "make start   install, create the site with demo content, serve http://127.0.0.1:$(PORT)/weissenfels"
	@echo "make test    install, lint, and run the whole test suite"
	@echo "make lint    check Python (ruff check, ruff format --check) and XML/ZCML/templates (zpretty --check)"
	@echo "make format  sort imports, format Python (ruff) and XML/ZCML/templates (zpretty) in place"
	@echo "make i18n    rebuild locales/$(DOMAIN).pot from the sources (i18ndude) and sync every .po"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python constraints.txt requirements.txt src/weissenfels.portal/pyproject.toml
	$(BIN)/pip install -q pip setuptools wheel
	$(BIN)/pip install -q -r requirements.txt
	$(BIN)/pip check
	touch $@

install: $(VENV)/.installed

instance: install
	$(BIN)/python scripts/make_instance.py $(PROFILE) --target $(INSTANCE) --port $(PORT)

site: instance
	PORT=$(PORT) $(BIN)/zconsole run $(INSTANCE)/etc/zope.conf scripts/create_site.py

start: site
	@echo "Serving http://127.0.0.1:$(PORT)/weissenfels (Ctrl-C stops)"
	$(BIN)/runwsgi $(INSTANCE)/etc/zope.ini

system-deps:
	scripts/system_deps.sh

test: install system-deps lint
	$(BIN)/pytest

# Style as in Plone's add-on template: ruff (ruff.toml) for Python, zpretty for XML, ZCML and
# templates (through scripts/format_markup.py, which keeps umlauts as they are). Not the two
# plain-text mail templates: there every space and line break is part of the mail.
MARKUP := $(BIN)/python scripts/format_markup.py --extend-exclude '/(mail_password_template|sendto_template)\.pt$$' src

lint: install
	$(BIN)/ruff check --no-fix $(PYTHON_PATHS)
	$(BIN)/ruff format --check $(PYTHON_PATHS)
	$(MARKUP) --check

format: install
	$(BIN)/ruff check --fix --select I $(PYTHON_PATHS)
	$(BIN)/ruff format $(PYTHON_PATHS)
	$(MARKUP) -i

# The .pot is extracted from Python, templates, ZCML and profile XML; msgids no source names
# literally (e.g. translated portal types) live in locales/$(DOMAIN)-manual.pot. sync adds new
# msgids to every language's .po and drops removed ones; translations stay (dedupe_po.py first
# drops the untranslated twin of a msgid that a git merge of two branches' additions left).
# The theme's one stylesheet (Barceloneta + weissenfels.css, no @import): after editing weissenfels.css.
css: install
	$(BIN)/python scripts/build_theme_css.py

i18n: install
	cd $(PACKAGE) && $(abspath $(BIN))/i18ndude rebuild-pot --pot locales/$(DOMAIN).pot \
	  --merge locales/$(DOMAIN)-manual.pot --create $(DOMAIN) --no-line-numbers .
	$(BIN)/python scripts/dedupe_po.py $(PACKAGE)/locales/*/LC_MESSAGES/$(DOMAIN).po
	cd $(PACKAGE) && $(abspath $(BIN))/i18ndude sync --pot locales/$(DOMAIN).pot locales/*/LC_MESSAGES/$(DOMAIN).po

# The lock: regenerate from a fresh venv after changing requirements, then commit both files.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	PIP_CONSTRAINT= .lock-venv/bin/pip install -q -r requirements.txt "plone.app.layout<7"
	{ sed -n '1,/^pip==/p' constraints.txt | sed '$$d'; \
	  .lock-venv/bin/pip freeze --all --exclude-editable | grep -v '^weissenfels' | sort -f; } > constraints.new
	mv constraints.new constraints.txt && rm -rf .lock-venv
	$(MAKE) versions.cfg

versions.cfg: constraints.txt
	$(PYTHON) scripts/constraints_to_versions.py constraints.txt > versions.cfg

clean:
	rm -rf $(VENV) $(INSTANCE)/etc $(INSTANCE)/var
