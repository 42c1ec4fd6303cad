#!/usr/bin/env bash
# End-to-end test of the Debian package on this machine (Debian 12, as root):
#
#   1. build the .deb (scripts/package.sh; extra arguments go to `cargo deb`,
#      e.g. --no-build to reuse target/release)
#   2. inspect it: file list, Depends (no -dev package)
#   3. apt-get install it; check the binary, desktop entry, MIME XML, icons
#      and that the desktop / MIME / icon caches were refreshed by the triggers
#   4. launch the *installed desktop entry* the way a file manager does
#      (`gtk-launch hk.ai.dashboard`) on a virtual X display (run-gui.sh:
#      Xvfb + Mesa software GL), find its window and check WM_CLASS and title
#   5. apt-get remove it and check that every installed file is gone
#
# Exits non-zero at the first failure. It installs and removes a system
# package, so run it on a test machine or in a container, not on a desktop
# where hk-ai-dashboard is installed for real (it is removed at the end).
# Needs: root, apt, cargo-deb; installs x11-utils, xdotool, libgtk-3-bin,
# desktop-file-utils when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

app_id=hk.ai.dashboard
pkg=hk-ai-dashboard
run_gui=${RUN_GUI:-$repo/../shared/scripts/run-gui.sh}
sizes=(16 24 32 48 64 128 256 512)

step() { printf '\n== %s\n' "$*"; }
ok() { printf '   ok: %s\n' "$*"; }
fail() { printf 'test-package: FAIL: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (it installs and removes a package)"
[ -x "$run_gui" ] || fail "run-gui.sh not found at $run_gui (set RUN_GUI=/path/to/run-gui.sh)"

need=""
command -v xprop >/dev/null || need="$need x11-utils"
command -v xdotool >/dev/null || need="$need xdotool"
command -v gtk-launch >/dev/null || need="$need libgtk-3-bin"
command -v desktop-file-validate >/dev/null || need="$need desktop-file-utils"
command -v dpkg-shlibdeps >/dev/null || need="$need dpkg-dev"
if [ -n "$need" ]; then
    echo "installing:$need"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null; } \
        || fail "could not install$need"
fi

installed_by_us=0
tmp=$(mktemp -d)
cleanup() {
    rc=$?
    if [ "$installed_by_us" = 1 ] && [ $rc -ne 0 ]; then
        echo "test-package: removing $pkg after the failure" >&2
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "$pkg" >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# ---------------------------------------------------------------- 1. build
step "build the package (scripts/package.sh $*)"
scripts/package.sh "$@" | tee "$tmp/package.log"
deb=$(sed -n 's/^Debian package: //p' "$tmp/package.log" | tail -n 1)
[ -f "$deb" ] || fail "no .deb reported by scripts/package.sh"
deb=$(realpath "$deb")
ok "$(basename "$deb"), $(stat -c %s "$deb") bytes"

# ---------------------------------------------------------------- 2. inspect
step "inspect the package"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$tmp/contents"
expect=(
    /usr/bin/hk-ai-dashboard
    /usr/share/applications/$app_id.desktop
    /usr/share/mime/packages/$app_id.xml
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg
    /usr/share/doc/$pkg/README.md
    /usr/share/doc/$pkg/copyright
)
for n in "${sizes[@]}"; do expect+=("/usr/share/icons/hicolor/${n}x${n}/apps/$app_id.png"); done
for f in "${expect[@]}"; do
    grep -qxF "$f" "$tmp/contents" || fail "the package has no $f"
done
ok "${#expect[@]} expected files present ($(grep -vc '/$' "$tmp/contents") files in all)"
dpkg-deb -c "$deb" | awk '$6 ~ /usr\/bin\// {print $1}' | grep -qx -- '-rwxr-xr-x' \
    || fail "/usr/bin/hk-ai-dashboard is not mode 755"
depends=$(dpkg-deb -f "$deb" Depends || true)
echo "   Depends: ${depends:-<none>}"
if grep -qE -- '-dev([ ,(]|$)' <<<"$depends"; then fail "Depends has a -dev package: $depends"; fi
ok "no -dev package in Depends"

# ---------------------------------------------------------------- 3. install
step "install with apt-get"
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed'; then
    echo "   note: $pkg was already installed; it is replaced now and removed at the end"
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y "$deb" >"$tmp/install.log" 2>&1 \
    || { cat "$tmp/install.log" >&2; fail "apt-get install failed"; }
installed_by_us=1
grep -E '^(Setting up|Processing triggers)' "$tmp/install.log" | sed 's/^/   /'
[ "$(command -v hk-ai-dashboard)" = /usr/bin/hk-ai-dashboard ] \
    || fail "hk-ai-dashboard is not /usr/bin/hk-ai-dashboard on PATH"
ok "which hk-ai-dashboard -> /usr/bin/hk-ai-dashboard"
hk-ai-dashboard --help >/dev/null || fail "hk-ai-dashboard --help failed"
ok "hk-ai-dashboard --help runs"
for f in "${expect[@]}"; do [ -f "$f" ] || fail "$f is not installed"; done
ok "all packaged files on disk"
out=$(desktop-file-validate /usr/share/applications/$app_id.desktop 2>&1) || true
[ -z "$out" ] || fail "desktop-file-validate on the installed entry: $out"
ok "desktop-file-validate: clean"
# Triggers: update-desktop-database (desktop-file-utils), update-mime-database
# (shared-mime-info), gtk-update-icon-cache (hicolor-icon-theme / libgtk-3-bin).
grep -q "^application/x-ron=.*$app_id.desktop" /usr/share/applications/mimeinfo.cache \
    || fail "mimeinfo.cache does not map application/x-ron to $app_id.desktop"
ok "update-desktop-database: application/x-ron -> $app_id.desktop in mimeinfo.cache"
if command -v update-mime-database >/dev/null; then
    [ -f /usr/share/mime/application/x-ron.xml ] \
        || fail "/usr/share/mime/application/x-ron.xml missing (update-mime-database trigger did not run)"
    grep -qx 'application/x-ron' /usr/share/mime/types || fail "application/x-ron not in /usr/share/mime/types"
    ok "update-mime-database: application/x-ron registered"
fi
cache=/usr/share/icons/hicolor/icon-theme.cache
if command -v gtk-update-icon-cache >/dev/null; then
    [ -f "$cache" ] || fail "$cache missing"
    [ "$cache" -nt /usr/share/icons/hicolor/48x48/apps/$app_id.png ] \
        || [ "$(stat -c %Y "$cache")" -ge "$(stat -c %Y /usr/share/icons/hicolor/48x48/apps/$app_id.png)" ] \
        || fail "$cache is older than the installed icons"
    grep -qa "$app_id" "$cache" || fail "$cache does not list $app_id"
    ok "gtk-update-icon-cache: $app_id in $cache"
fi

# ---------------------------------------------------------------- 4. launch
step "launch the desktop entry: gtk-launch $app_id (Xvfb + Mesa via run-gui.sh)"
# Keep the app's settings out of the real home: eframe stores them under
# $XDG_DATA_HOME/hk.ai.dashboard/.
mkdir -p "$tmp/data"
cat >"$tmp/probe.sh" <<'EOF'
set -u
# No window manager runs under Xvfb, so there is no _NET_CLIENT_LIST: walk the
# top-level windows and take the mapped one whose _NET_WM_PID runs the
# installed binary.
win="" pid=""
for _ in $(seq 150); do
    for w in $(xwininfo -root -children | awk '$1 ~ /^0x/ {print $1}'); do
        p=$(xprop -id "$w" _NET_WM_PID 2>/dev/null | awk -F' = ' '/=/ {print $2}')
        [ -n "$p" ] || continue
        [ "$(readlink "/proc/$p/exe" 2>/dev/null)" = /usr/bin/hk-ai-dashboard ] || continue
        xwininfo -id "$w" | grep -q 'Map State: IsViewable' || continue
        win=$w pid=$p; break 2
    done
    sleep 0.2
done
if [ -z "$win" ]; then
    echo "no mapped window of /usr/bin/hk-ai-dashboard appeared within 30 s" >&2
    xwininfo -root -tree >&2
    exit 1
fi
echo "window $win, pid $pid"
echo "xdotool search --pid $pid: $(xdotool search --onlyvisible --pid "$pid" | tr '\n' ' ')"
xprop -id "$win" WM_CLASS _NET_WM_NAME WM_NAME _NET_WM_PID _NET_WM_ICON 2>&1 \
    | sed -e 's/^\(_NET_WM_ICON(CARDINAL) = \)\(.\{0,40\}\).*/\1\2.../' | head -n 5 \
    | tee "$TP_OUT/xprop.txt"
xwininfo -id "$win" | grep -E 'Width|Height' | tr -s ' ' | tee -a "$TP_OUT/xprop.txt"
sleep 1
kill "$pid"
for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
EOF
export TP_OUT=$tmp
XDG_DATA_HOME=$tmp/data "$run_gui" --wait 1 --keep-log "$tmp/launch.log" \
    --exec "bash $tmp/probe.sh" -- gtk-launch "$app_id" \
    2> >(grep -v 'program had exited before the end' >&2) \
    || { sed 's/^/   app: /' "$tmp/launch.log" >&2; fail "the launched window was not found"; }
wm_class=$(sed -n 's/^WM_CLASS(STRING) = //p' "$tmp/xprop.txt")
title=$(sed -n 's/^_NET_WM_NAME(UTF8_STRING) = //p' "$tmp/xprop.txt")
startup_wm_class=$(sed -n 's/^StartupWMClass=//p' /usr/share/applications/$app_id.desktop)
echo "   WM_CLASS: $wm_class"
echo "   title:    $title"
# WM_CLASS is "instance", "class". Desktops match StartupWMClass against the
# class (GNOME Shell also tries the instance), so the class must equal it.
instance=$(sed -E 's/^"([^"]*)", "([^"]*)"$/\1/' <<<"$wm_class")
class=$(sed -E 's/^"([^"]*)", "([^"]*)"$/\2/' <<<"$wm_class")
[ "$class" = "$startup_wm_class" ] \
    || fail "WM_CLASS class is '$class', StartupWMClass is '$startup_wm_class'"
ok "WM_CLASS class = StartupWMClass = $startup_wm_class"
if [ "$instance" != "$startup_wm_class" ]; then
    msg="WM_CLASS instance is '$instance', not '$startup_wm_class' (see docs/packaging.md)"
    [ "${STRICT_WM_CLASS:-0}" = 1 ] && fail "$msg"
    echo "   warning: $msg"
fi
[ -n "$title" ] || fail "the window has no _NET_WM_NAME title"

# ---------------------------------------------------------------- 5. remove
step "remove with apt-get"
DEBIAN_FRONTEND=noninteractive apt-get remove -y "$pkg" >"$tmp/remove.log" 2>&1 \
    || { cat "$tmp/remove.log" >&2; fail "apt-get remove failed"; }
installed_by_us=0
grep -E '^(Removing|Processing triggers)' "$tmp/remove.log" | sed 's/^/   /'
for f in "${expect[@]}"; do
    case $f in /usr/share/doc/*) continue ;; esac   # doc dir: checked below
    [ ! -e "$f" ] || fail "$f is still there after remove"
done
[ ! -e /usr/share/doc/$pkg/README.md ] || fail "/usr/share/doc/$pkg/README.md is still there"
hash -r   # forget the path bash remembered from running it above
! command -v hk-ai-dashboard >/dev/null || fail "hk-ai-dashboard still on PATH"
! grep -q "$app_id.desktop" /usr/share/applications/mimeinfo.cache 2>/dev/null \
    || fail "mimeinfo.cache still lists $app_id.desktop"
[ ! -e /usr/share/mime/application/x-ron.xml ] || fail "/usr/share/mime/application/x-ron.xml still there"
if [ -f /usr/share/icons/hicolor/icon-theme.cache ]; then
    ! grep -qa "$app_id" /usr/share/icons/hicolor/icon-theme.cache \
        || fail "icon-theme.cache still lists $app_id"
fi
ok "binary, desktop entry, MIME XML, icons and cache entries gone"

printf '\ntest-package: PASS (%s)\n' "$(basename "$deb")"
