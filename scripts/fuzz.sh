#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, ASan+UBSan) in build-fuzz and runs each for N seconds (default 60) on its
# seed corpus tests/fuzz/corpus/<target>/. New inputs go to build-fuzz/corpus/<target>/, crashes to
# build-fuzz/artifacts/. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-${KANRIBO_FUZZ_SECONDS:-60}}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(FuzzKeyRing FuzzPolicyPack FuzzEventDecode FuzzExportBundle)
fi
BUILD_DIR="${KANRIBO_FUZZ_BUILD_DIR:-build-fuzz}"
CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKANRIBO_FUZZ=ON \
    -DKANRIBO_BUILD_GUI=OFF -DKANRIBO_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD_DIR" --target fuzzers --parallel "$(nproc)"
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"
export QT_LOGGING_RULES="*=false"
status=0
for t in "${TARGETS[@]}"; do
    work="$BUILD_DIR/corpus/$t"
    mkdir -p "$work" "$BUILD_DIR/artifacts"
    echo "== $t: ${SECONDS_PER_TARGET} s"
    if ! "$BUILD_DIR/tests/fuzz/$t" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$BUILD_DIR/artifacts/$t-" \
        "$work" "tests/fuzz/corpus/$t" 2>"$BUILD_DIR/$t.log"; then
        status=1
        echo "== $t FAILED; see $BUILD_DIR/$t.log and $BUILD_DIR/artifacts/"
        tail -40 "$BUILD_DIR/$t.log"
    fi
    grep -E "stat::number_of_executed_units|cov:.*ft:" "$BUILD_DIR/$t.log" | tail -2 || true
done
exit $status
