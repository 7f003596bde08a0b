# opendata_id: PGXS build.  `make WERROR=1` turns our warnings into errors (CI does).
EXTENSION = opendata_id
MODULE_big = opendata_id
EXTVERSION = 0.3

PURE_SRCS = $(sort $(wildcard src/*_parse.c)) src/latlong_geom.c src/odi_error.c src/address_area.c \
	src/wilayah.c src/wilayah_data.c src/phone_plan_data.c
GLUE_SRCS = $(filter-out $(PURE_SRCS),$(sort $(wildcard src/*.c)))
OBJS = $(patsubst %.c,%.o,$(PURE_SRCS) $(GLUE_SRCS))

# The install script of the current version is built from one SQL source per
# feature (scripts/, in this order); the scripts of earlier versions and the
# upgrade scripts are kept as they were released.
SQL_SOURCES = scripts/header.sql scripts/phone.sql scripts/address.sql scripts/time.sql \
	scripts/domains.sql scripts/wilayah.sql scripts/latlong.sql scripts/melt.sql scripts/analyst.sql
DATA_built = $(EXTENSION)--$(EXTVERSION).sql
DATA = $(filter-out $(DATA_built),$(sort $(wildcard $(EXTENSION)--*.sql)))

# One pg_regress file per type or feature.
REGRESS_ALL = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION)

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)

# -isystem: some server headers have unused parameters; -Wextra is for our code
PG_CPPFLAGS = -Isrc -isystem $(shell $(PG_CONFIG) --includedir-server)
PG_CFLAGS = -std=gnu11 -Wall -Wextra $(if $(WERROR),-Werror)

EXTRA_CLEAN = results regression.diffs regression.out test/unit/build po/*.mo \
	src/wilayah_data.c tools/gen-wilayah


# sql/<name>_pgNN.sql needs PostgreSQL NN or later; an older server skips it
PG_MAJOR := $(shell $(PG_CONFIG) --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
REGRESS := $(shell for t in $(REGRESS_ALL); do \
	n=$$(echo $$t | sed -n 's/.*_pg\([0-9][0-9]*\)$$/\1/p'); \
	if [ -z "$$n" ] || [ "$$n" -le $(PG_MAJOR) ]; then echo $$t; fi; done)

include $(PGXS)

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_SOURCES)
	cat $^ >$@

# The register of areas, compiled from data/wilayah/ on the build machine.
WILAYAH_DATA = $(wildcard data/wilayah/*.csv)
tools/gen-wilayah: tools/gen-wilayah.c src/wilayah.h src/wilayah_key.h src/kode_wilayah_parse.h src/odi_chars.h
	$(CC) -std=c11 -O1 -Wall -Wextra $(if $(WERROR),-Werror) -Isrc -o $@ $<
src/wilayah_data.c: tools/gen-wilayah $(WILAYAH_DATA)
	tools/gen-wilayah data/wilayah >$@.tmp && mv $@.tmp $@

# PGXS does not track headers; ours are few, so every object depends on all of them.
$(OBJS): $(wildcard src/*.h)

# Pure parsers tested without a server, under ASan and UBSan.
UNIT_CC ?= cc
UNIT_FLAGS = -std=c11 -g -O1 -Wall -Wextra -Werror -Isrc -fsanitize=address,undefined -fno-sanitize-recover=all
UNIT_OBJS = $(patsubst src/%.c,test/unit/build/obj/%.o,$(PURE_SRCS))
test/unit/build/obj/%.o: src/%.c $(wildcard src/*.h)
	@mkdir -p test/unit/build/obj
	$(UNIT_CC) $(UNIT_FLAGS) -c -o $@ $<
test/unit/build/%: test/unit/%.c $(UNIT_OBJS) test/unit/unit.h
	$(UNIT_CC) $(UNIT_FLAGS) -o $@ $< $(UNIT_OBJS) -lm

unit: $(patsubst test/unit/%.c,test/unit/build/%,$(wildcard test/unit/*_test.c))
	@for t in $^; do $$t || exit 1; done

.PHONY: unit

# The everyday loops; each takes the server from PG_CONFIG.
#   make installcheck  the pg_regress suite (a server must be running: see test/run-tests)
#   make results       accept the last pg_regress output as expected
#   make fuzz          every fuzzer for FUZZ_SECONDS (default 60)
#   make bench         the benchmark (test/bench/run; ODI_BENCH_ROWS, ODI_BENCH_RUNS)
#   make reliability   every reliability check, slow ones included
#   make po-update     re-extract the messages into po/
#   make check-all     test/run-tests: every test on every PostgreSQL major selected
#   make dist          the PGXN archive, opendata_id-<version>.zip
FUZZ_SECONDS ?= 60
results:
	tools/accept-results
fuzz: src/wilayah_data.c
	test/fuzz/run $(FUZZ_SECONDS)
bench:
	PG_CONFIG=$(PG_CONFIG) test/bench/run
reliability:
	PG_CONFIG=$(PG_CONFIG) test/reliability/run
po-update:
	po/update
check-all:
	test/run-tests

.PHONY: results fuzz bench reliability po-update check-all

# The archive PGXN takes: opendata_id-<version>.zip (the version of META.json) of
# the committed tree at DIST_REF (HEAD, or a release tag: make dist DIST_REF=v0.3.0),
# every file under opendata_id-<version>/; no build or test output (git archive
# takes committed files only), nor what .gitattributes marks export-ignore;
# written into DIST_DIR (default: here).
# test/pgxn/quick builds the archive and builds the extension from it.
DIST_REF ?= HEAD
DIST_DIR ?= .
dist:
	@v=$$(git show '$(DIST_REF):META.json' | perl -MJSON::PP -0777 -ne 'print decode_json($$_)->{version}') && \
	test -n "$$v" && \
	git archive --format zip --prefix=$(EXTENSION)-$$v/ -o '$(DIST_DIR)'/$(EXTENSION)-$$v.zip '$(DIST_REF)' && \
	echo '$(DIST_DIR)'/$(EXTENSION)-$$v.zip

.PHONY: dist

# Translations: po/<lang>.po -> <localedir>/<lang>/LC_MESSAGES/opendata_id-<major>.mo,
# where pg_bindtextdomain() looks (the locale dir relative to the server's binaries);
# the text domain has the major in it (PG_TEXTDOMAIN, src/odi_glue.h), as PostgreSQL's
# own catalogs do, so several majors can share one locale directory.
# po/update re-extracts the messages.
PO_LANGS = $(basename $(notdir $(wildcard po/*.po)))
MO_FILES = $(patsubst %,po/%.mo,$(PO_LANGS))
LOCALEDIR := $(shell $(PG_CONFIG) --localedir)

all: $(MO_FILES)

po/%.mo: po/%.po
	msgfmt -c -o $@ $<

install: install-po
install-po: $(MO_FILES)
	@for l in $(PO_LANGS); do \
		$(MKDIR_P) '$(DESTDIR)$(LOCALEDIR)'/$$l/LC_MESSAGES && \
		$(INSTALL_DATA) po/$$l.mo '$(DESTDIR)$(LOCALEDIR)'/$$l/LC_MESSAGES/$(EXTENSION)-$(PG_MAJOR).mo || exit 1; \
	done

uninstall: uninstall-po
uninstall-po:
	rm -f $(foreach l,$(PO_LANGS),'$(DESTDIR)$(LOCALEDIR)/$(l)/LC_MESSAGES/$(EXTENSION)-$(PG_MAJOR).mo')

.PHONY: install-po uninstall-po
