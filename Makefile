# The two commands of the README: `make run` and `make test`. Everything else is a helper.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
DEMO_DB ?= $(BUILD_DIR)/demo.clientele
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: run test deps configure build demo bench package package-check screenshots clean fuzz asan-test tsan-test \
  format format-check

deps:
	./scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

demo: build
	@test -f $(DEMO_DB) || $(BUILD_DIR)/bin/clientele-cli demo --db $(DEMO_DB)

run: demo
	$(BUILD_DIR)/bin/clientele $(DEMO_DB)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 900

# docs/screenshots/<page>.png (and import.png) from the demo workspace, rendered headless at 1280×800;
# the Simplified Chinese UI goes to docs/screenshots/zh_CN/.
screenshots: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target clientele clientele-cli
	@test -f $(DEMO_DB) || $(BUILD_DIR)/bin/clientele-cli demo --db $(DEMO_DB)
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/bin/clientele --screenshots docs/screenshots --language en $(DEMO_DB)
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/bin/clientele --screenshots docs/screenshots/zh_CN --language zh_CN $(DEMO_DB)

bench: build
	cd $(BUILD_DIR) && bin/clientele-bench && bin/clientele-bench peers && bin/clientele-bench stall

package: build
	cd $(BUILD_DIR) && cpack -G DEB

# Installs the .deb into this machine with dpkg, checks it starts, and removes it again.
package-check: package
	$(SUDO) dpkg -i $(BUILD_DIR)/clientele_*_amd64.deb
	/usr/bin/clientele-cli --version
	appstreamcli validate --no-net packaging/io.github.clientele.Clientele.metainfo.xml
	$(SUDO) dpkg -r clientele

# libFuzzer harnesses (fuzz/, clang, ASan+UBSan), each run for FUZZ_SECONDS on its seed corpus
# fuzz/corpus/<name>; new inputs go to build-fuzz/corpus/<name>, crashes to build-fuzz/artifacts/.
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 30
FUZZERS ?= csvreader xlsxreader datetimeparser amountparser
fuzz:
	cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
	  -DCLIENTELE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(FUZZ_DIR) -j $(JOBS)
	mkdir -p $(FUZZ_DIR)/artifacts
	set -e; for f in $(FUZZERS); do \
	  mkdir -p $(FUZZ_DIR)/corpus/$$f; \
	  echo "== fuzz_$$f for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_DIR)/bin/fuzz_$$f -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_DIR)/artifacts/$$f- $(FUZZ_DIR)/corpus/$$f fuzz/corpus/$$f; \
	done

# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (g++). Qt's allocations
# that live until exit are not ours: leak detection is off. XLSX export (libxlsxwriter loaded with
# RTLD_DEEPBIND, which ASan does not support) is skipped in this build.
# `make asan-test ASAN_SCOPE=engine` builds and runs only the engine tests (no GUI/CLI; about a
# third of the build).
ASAN_DIR ?= build-asan
ASAN_SCOPE ?= all
# -O0: an Eigen-heavy file compiles ~5x faster than at -O2 under the sanitizers; the tests stay quick.
ASAN_BUILD_TYPE ?= Debug
ENGINE_TESTS := tst_amountparser tst_bgnbd tst_clusters tst_columnmapping tst_csvreader tst_customerlist \
  tst_customersnapshot tst_datetimeparser tst_gammagamma tst_generator tst_hostileinput tst_importer tst_importsafety \
  tst_lifecycle tst_parameterkeys tst_pareto tst_prediction tst_rfm tst_segments tst_tablewriter tst_textencoding tst_tiers \
  tst_workspace tst_xlsxreader
empty :=
space := $(empty) $(empty)
asan-test:
	cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(ASAN_BUILD_TYPE) -DCLIENTELE_SANITIZE=ON
	cmake --build $(ASAN_DIR) -j $(JOBS) $(if $(filter engine,$(ASAN_SCOPE)),--target $(ENGINE_TESTS))
	cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS) --timeout 1800 \
	  $(if $(filter engine,$(ASAN_SCOPE)),-R '^($(subst $(space),|,$(strip $(ENGINE_TESTS))))$$')

# The import runs on two threads (reading/parsing and writing) plus the file digest: the import tests
# under ThreadSanitizer. Qt is not instrumented; the threads hand data over through std::mutex, which
# TSan sees.
TSAN_DIR ?= build-tsan
TSAN_TESTS := tst_importer tst_importsafety tst_hostileinput tst_xlsxreader
tsan-test:
	cmake -S . -B $(TSAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCLIENTELE_TSAN=ON
	cmake --build $(TSAN_DIR) -j $(JOBS) --target $(TSAN_TESTS)
	cd $(TSAN_DIR) && QT_QPA_PLATFORM=offscreen \
	  TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:die_after_fork=0:suppressions=$(CURDIR)/tests/tsan.supp \
	  ctest --output-on-failure -j $(JOBS) --timeout 1800 -R '^($(subst $(space),|,$(strip $(TSAN_TESTS))))$$'

# The tree is formatted with .clang-format (clang-format 14, Debian 12): `make format` applies it,
# `make format-check` (CI) fails on any file that differs.
FORMAT_FILES = $(shell git ls-files '*.cpp' '*.h')
format:
	clang-format -i $(FORMAT_FILES)
format-check:
	@clang-format --dry-run --Werror $(FORMAT_FILES) && echo "format-check: $(words $(FORMAT_FILES)) files formatted"

clean:
	rm -rf $(BUILD_DIR)
