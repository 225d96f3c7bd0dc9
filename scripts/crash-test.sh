#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Long crash-consistency run (docs/reliability.md): writers killed with SIGKILL at random moments, 1,000 times by
# default. Usage: scripts/crash-test.sh [KILLS] [SEED]. The short run (50 kills) is part of ctest (label cli).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${KANRIBO_BUILD_DIR:-build-hard}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKANRIBO_BUILD_GUI=OFF >/dev/null
cmake --build "$BUILD_DIR" --target cli_TestCrashConsistency kanribo-cli kanribo-stress
export KANRIBO_CRASH_KILLS="${1:-${KANRIBO_CRASH_KILLS:-1000}}"
export KANRIBO_CRASH_SEED="${2:-${KANRIBO_CRASH_SEED:-$(date +%s)}}"
export KANRIBO_CLI="$PWD/$BUILD_DIR/app/kanribo-cli"
export KANRIBO_STRESS="$PWD/$BUILD_DIR/tests/tools/kanribo-stress"
export LANG=en_US.UTF-8 LC_ALL=C.UTF-8
export QTEST_FUNCTION_TIMEOUT="${QTEST_FUNCTION_TIMEOUT:-86400000}" # the long run outlasts QtTest's 5-minute watchdog
echo "== $KANRIBO_CRASH_KILLS kills, seed $KANRIBO_CRASH_SEED"
exec "$BUILD_DIR/tests/cli_TestCrashConsistency" -maxwarnings 0
