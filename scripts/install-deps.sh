#!/usr/bin/env bash
# Installs the Debian 12 packages Clientele builds and tests with, only if some are missing.
set -euo pipefail
packages=(
  cmake ninja-build g++ make pkg-config python3
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libqt6sql6-sqlite libqt6opengl6-dev qt6-qpa-plugins libgl-dev libegl-dev libvulkan-dev libxkbcommon-dev
  libeigen3-dev libquazip1-qt6-dev libxlsxwriter-dev libsqlite3-dev sqlite3 libssl-dev
  xvfb xauth fonts-noto-cjk appstream qt6-translations-l10n clang clang-format libclang-rt-14-dev poppler-utils
)
missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi
echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
