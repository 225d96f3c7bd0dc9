#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package (cpack) in the build directory of scripts/test.sh, validates its desktop entry and AppStream
# metainfo, installs it (dpkg -i as root; otherwise, or with KANRIBO_PACKAGE_EXTRACT=1, dpkg-deb -x into a temporary
# root), and runs the INSTALLED programs: versions, a short register scenario, the man pages. Removes the package again
# unless KANRIBO_PACKAGE_KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
export KANRIBO_BUILD_DIR="${KANRIBO_BUILD_DIR:-build}"

passed=0
ok() { passed=$((passed + 1)); echo "package-test: ok: $*"; }
fail() { echo "package-test: FAILED: $*" >&2; echo "package-test: $passed passed, 1 failed"; exit 1; }

tmp=$(mktemp -d)
installed=""
cleanup() {
    if [ -n "$installed" ] && [ "${KANRIBO_PACKAGE_KEEP:-0}" != 1 ]; then
        dpkg -r kanribo >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# Configure (picks up packaging/ in a build directory made before it existed) and build: a no-op after scripts/test.sh.
./scripts/build.sh >"$tmp/build.log" 2>&1 || { tail -n 60 "$tmp/build.log"; fail "scripts/build.sh"; }
version=$(sed -n 's/^project(Kanribo VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
arch=$(dpkg --print-architecture)
deb="$KANRIBO_BUILD_DIR/kanribo_${version}_${arch}.deb"
rm -f "$KANRIBO_BUILD_DIR"/kanribo_*.deb
(cd "$KANRIBO_BUILD_DIR" && cpack -G DEB >cpack.log 2>&1) || { cat "$KANRIBO_BUILD_DIR/cpack.log"; fail "cpack -G DEB"; }
[ -f "$deb" ] || fail "cpack did not make $deb"
ok "built $deb ($(du -h "$deb" | cut -f1))"

# The control data: dpkg-shlibdeps' dependencies and ours.
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends | sed 's/^/    /'
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6core6 libqt6widgets6 libsqlcipher libsodium qt6-qpa-plugins; do
    grep -q "$d" <<<"$depends" || fail "Depends lacks $d: $depends"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
for r in fonts-noto-cjk qt6-translations-l10n; do
    grep -q "$r" <<<"$recommends" || fail "Recommends lacks $r"
done
ok "control fields (dependencies from dpkg-shlibdeps, Recommends for Japanese)"

# The files.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$tmp/contents"
for f in /usr/bin/kanribo /usr/bin/kanribo-cli /usr/share/kanribo/policy/gsomia-jp-us.json \
         /usr/share/applications/io.github.kanribo.Kanribo.desktop /usr/share/metainfo/io.github.kanribo.Kanribo.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/kanribo.svg /usr/share/icons/hicolor/16x16/apps/kanribo.png \
         /usr/share/icons/hicolor/256x256/apps/kanribo.png \
         /usr/share/man/man1/kanribo.1.gz /usr/share/man/man1/kanribo-cli.1.gz \
         /usr/share/man/ja/man1/kanribo.1.gz /usr/share/man/ja/man1/kanribo-cli.1.gz \
         /usr/share/doc/kanribo/user-guide.md /usr/share/doc/kanribo/user-guide.ja.md /usr/share/doc/kanribo/copyright; do
    grep -qx "$f" "$tmp/contents" || fail "the package lacks $f"
done
ok "$(wc -l <"$tmp/contents") entries, all expected files present"

# Desktop entry and metainfo, as packaged.
dpkg-deb -x "$deb" "$tmp/extract"
desktop-file-validate "$tmp/extract/usr/share/applications/io.github.kanribo.Kanribo.desktop" || fail "desktop-file-validate"
ok "desktop-file-validate"
appstreamcli validate --no-net "$tmp/extract/usr/share/metainfo/io.github.kanribo.Kanribo.metainfo.xml" \
    || fail "appstreamcli validate"
ok "appstreamcli validate --no-net"

# Install.
if [ "$(id -u)" -eq 0 ] && [ "${KANRIBO_PACKAGE_EXTRACT:-0}" != 1 ]; then
    export DEBIAN_FRONTEND=noninteractive
    if ! dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1; then
        apt-get update -qq
        apt-get -f install -y -qq >>"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log"; fail "apt-get -f install"; }
    fi
    dpkg-query -W -f='${Status} ${Version}\n' kanribo | grep -q "install ok installed $version" \
        || { cat "$tmp/dpkg.log"; fail "kanribo is not installed"; }
    installed=yes
    root=""
    ok "installed with dpkg -i"
else
    root="$tmp/extract"
    ok "extracted with dpkg-deb -x into $root (not root, or KANRIBO_PACKAGE_EXTRACT=1)"
fi
bin="$root/usr/bin"
for b in kanribo kanribo-cli; do
    if ldd "$bin/$b" | grep -q 'not found'; then ldd "$bin/$b"; fail "$b misses shared libraries"; fi
done

# The installed programs.
"$bin/kanribo-cli" --version | grep -qx "kanribo-cli $version" || fail "kanribo-cli --version"
QT_QPA_PLATFORM=offscreen "$bin/kanribo" --version | grep -q "$version" || fail "kanribo --version"
ok "kanribo-cli --version and kanribo --version print $version"

reg="$tmp/register/package-test.kanribo"
mkdir -p "$(dirname "$reg")"
cli() { "$bin/kanribo-cli" --register "$reg" "$@"; }
printf '%s\n' 'officer-pass-1-Kx9' | cli init --officer tanaka --name "Tanaka Hiroshi" --clearance top-secret \
    --nationality JPN --facility "Package Test Registry" --kdf interactive >"$tmp/init.out" || fail "init"
printf '%s\n' 'officer-pass-1-Kx9' 'staff-pass-1-Kx9' | cli --as tanaka user add sato --name "Sato Yuki" --role staff \
    --clearance secret --nationality JPN >/dev/null || fail "user add"
printf '%s\n' 'officer-pass-1-Kx9' | cli --as tanaka group add crypto --description "Cryptographic material" >/dev/null \
    || fail "group add"
printf '%s\n' 'officer-pass-1-Kx9' | cli --as tanaka --json audit verify >"$tmp/verify.json" || fail "audit verify"
grep -q '"ok": *true' "$tmp/verify.json" || fail "audit verify: $(cat "$tmp/verify.json")"
printf '%s\n' 'staff-pass-1-Kx9' | cli --as sato --lang ja user show sato >"$tmp/show-ja.out" || fail "user show --lang ja"
grep -q '佐藤\|Sato' "$tmp/show-ja.out" && grep -qP '[\x{3040}-\x{30ff}\x{4e00}-\x{9fff}]' "$tmp/show-ja.out" \
    || fail "user show --lang ja prints no Japanese: $(cat "$tmp/show-ja.out")"
ok "scenario with the installed kanribo-cli: init --kdf interactive, user add, group add, audit verify ($(tr -d '\n ' <"$tmp/verify.json")), Japanese output"

# Man pages, English and Japanese, as installed.
for page in man1/kanribo.1.gz man1/kanribo-cli.1.gz ja/man1/kanribo.1.gz ja/man1/kanribo-cli.1.gz; do
    f="$root/usr/share/man/$page"
    LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$f" >"$tmp/man.out" 2>"$tmp/man.err" || fail "man -l $page"
    if grep -v -e "cannot adjust line" -e "can't break line" "$tmp/man.err" | grep -q .; then
        cat "$tmp/man.err"; fail "man -l $page: warnings"
    fi
    case "$page" in
        ja/*) grep -q '名前' "$tmp/man.out" && grep -q '管理簿' "$tmp/man.out" || fail "man -l $page: not Japanese" ;;
        *) grep -q '^NAME' "$tmp/man.out" && grep -q 'Kanribo' "$tmp/man.out" || fail "man -l $page: no NAME" ;;
    esac
    grep -q "Kanribo $version" "$tmp/man.out" || fail "man -l $page: version"
done
ok "man -l renders the four man pages (en, ja)"
echo "package-test: $passed passed, 0 failed"
