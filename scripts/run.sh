#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up and starts Kanribo on the default register (in the user's data directory).
set -euo pipefail
cd "$(dirname "$0")/.."
"./scripts/build.sh"
exec "${KANRIBO_BUILD_DIR:-build}/app/kanribo" "$@"
