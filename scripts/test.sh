#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up and runs the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
"./scripts/build.sh" "$@"
cd "${KANRIBO_BUILD_DIR:-build}"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900
