#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages Kanribo needs to build, test and run. Skips what is there.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config git ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-pdf-dev libgl-dev
    libsqlcipher-dev libsodium-dev libqrencode-dev libzxcvbn-dev
    xvfb xauth fonts-noto-cjk poppler-utils
    clang libclang-rt-14-dev clang-format
    desktop-file-utils appstream dpkg-dev librsvg2-bin man-db
)
if [ -n "${KANRIBO_EXTRA_PACKAGES:-}" ]; then
    read -r -a extra <<<"$KANRIBO_EXTRA_PACKAGES"
    PACKAGES+=("${extra[@]}")
fi

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
