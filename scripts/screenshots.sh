#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the GUI and saves screenshots of a demo register (English and Japanese) into docs/screenshots/:
# the register tab with demo items of every level and a Top Secret item in the detail pane, the register-item dialog
# with its live preview, the dashboard (holdings, overdue receipts, incidents), people, containers, incidents, the
# audit view, the lock screen, login and first run.
# Needs xvfb (xvfb-run) and fonts-noto-cjk for the Japanese text.
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
OUT=${1:-docs/screenshots}
if [ ! -f "$BUILD_DIR/build.ninja" ] && [ ! -f "$BUILD_DIR/Makefile" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$BUILD_DIR" --target kanribo
mkdir -p "$OUT"
# A clean settings folder and the C.UTF-8 locale, so the window starts in English with its default geometry.
TMP_HOME=$(mktemp -d)
trap 'rm -rf "$TMP_HOME"' EXIT
HOME="$TMP_HOME" XDG_CONFIG_HOME="$TMP_HOME/config" XDG_DATA_HOME="$TMP_HOME/data" LANG=C.UTF-8 \
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" \
    "$BUILD_DIR/app/kanribo" --screenshot "$OUT"
ls -l "$OUT"
