# The two commands of the README: `make run` and `make test`. Everything else is a helper.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
DEMO_DB ?= $(BUILD_DIR)/demo.clientele
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: run test deps configure build demo bench package package-check screenshots clean

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
	cd $(BUILD_DIR) && bin/clientele-bench && bin/clientele-bench peers

package: build
	cd $(BUILD_DIR) && cpack -G DEB

# Installs the .deb into this machine with dpkg, checks it starts, and removes it again.
package-check: package
	$(SUDO) dpkg -i $(BUILD_DIR)/clientele_*_amd64.deb
	/usr/bin/clientele-cli --version
	appstreamcli validate --no-net packaging/io.github.clientele.Clientele.metainfo.xml
	$(SUDO) dpkg -r clientele

clean:
	rm -rf $(BUILD_DIR)
