#!/usr/bin/env bash
# Test the Windows build under Wine (Debian's wine64) on a virtual display:
#   1. the portable zip holds the app, README and licences, and no test stub;
#   2. `export --chart all` (SVG, PNG) gives the Linux build's files;
#   3. `check` on tests/bad-data/ gives the Linux build's exit codes and messages;
#   4. the installer runs silently (/S /DESKTOP): files, shortcuts, .ron
#      association and the "Apps & features" entry exist;
#   5. double-clicking a .ron (ShellExecute through the association) opens the
#      installed app's window with that file (screenshot, settings in %APPDATA%);
#   6. the uninstaller (/S) removes everything the installer added.
# Builds the Windows packages (scripts/build-windows.sh) and the Linux binary (with
# cargo, or HK_LINUX_APP=path). --update-screenshots copies the window and the
# Start-menu icon to assets/screenshots/. Ends with "N passed, N failed".
#
# Wine 8 lacks ProcessPrng (bcryptprimitives.dll), which Rust's standard
# library imports; Windows 10 and later have it. A TEST-ONLY stub DLL
# (packaging/windows/test/process-prng-stub.c) is put beside the .exe under
# test, and removed again; it is never in the zip or the installer.
set -uo pipefail
cd "$(dirname "$0")/.."

update_screenshots=""
[ "${1:-}" = "--update-screenshots" ] && update_screenshots=1

target=x86_64-pc-windows-gnu
out=target/windows
work=$out/test
wine=/usr/lib/wine/wine64
wineserver=/usr/lib/wine/wineserver
started=$SECONDS

# --- what the tests need ------------------------------------------------------
missing=()
[ -x "$wine" ] || missing+=(wine64)
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v compare >/dev/null && compare -version 2>/dev/null | grep -q ImageMagick || missing+=(imagemagick)
command -v xdotool >/dev/null || missing+=(xdotool)
command -v wrestool >/dev/null || missing+=(icoutils)
command -v unzip >/dev/null || missing+=(unzip)
command -v tmux >/dev/null || missing+=(tmux)
command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64)
[ -e /usr/lib/x86_64-linux-gnu/dri/swrast_dri.so ] || missing+=(libgl1-mesa-dri)
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
name=hk-ai-dashboard-$version-windows-x64
zipfile=$out/$name.zip
setup=$out/$name-setup.exe
# Always (re)build: cargo and the packaging only redo what changed, and a zip
# left from an older commit would test old code against the new Linux build.
scripts/build-windows.sh || exit 1

rm -rf "$work"
mkdir -p "$work"
linux_app=$work/linux-app
if [ -n "${HK_LINUX_APP:-}" ]; then
    cp "$HK_LINUX_APP" "$linux_app"
else
    echo "== cargo build --release (the Linux build to compare with)"
    cargo build --release --locked --bin hk-ai-dashboard || exit 1
    cp "${CARGO_TARGET_DIR:-target}/release/hk-ai-dashboard" "$linux_app"
fi

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "  ok    $*"; }
bad() { failed=$((failed + 1)); echo "  FAIL  $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }

# --- a fresh 64-bit Wine prefix; no Mono/Gecko prompts, no host menu entries ----
# A scratch HOME too: Wine links the prefix's Desktop and Documents to $HOME.
mkdir -p "$work/home"
export HOME=$PWD/$work/home XDG_CONFIG_HOME=$PWD/$work/home/.config
export WINEPREFIX=$PWD/$work/prefix WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
"$wine" wineboot -i >/dev/null 2>&1
"$wineserver" -w
winpath() { "$wine" winepath -u "$1" 2>/dev/null | tr -d '\r'; }
winepath_w() { "$wine" winepath -w "$1" 2>/dev/null | tr -d '\r'; }
winenv() { "$wine" cmd /c echo "%$1%" 2>/dev/null | tr -d '\r'; }

stub=$work/stub/bcryptprimitives.dll
mkdir -p "$work/stub"
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$stub" packaging/windows/test/process-prng-stub.c -ladvapi32

echo "== 1. the portable zip ($zipfile)"
listing=$(unzip -Z1 "$zipfile")
for f in hk-ai-dashboard.exe hk-ai-dashboard.com README.txt LICENSE-MIT.txt LICENSE-APACHE.txt LICENSE-FONT-OFL.txt THIRD-PARTY-LICENSES.txt; do
    check "zip holds $f" grep -qx "$name/$f" <<<"$listing"
done
check "zip holds no test stub" bash -c '! grep -qi bcryptprimitives <<<"$1"' _ "$listing"
unzip -q "$zipfile" -d "$work/portable"
portable=$work/portable/$name/hk-ai-dashboard.exe
cp "$stub" "$(dirname "$portable")/"
check "the .exe embeds its icon" bash -c 'wrestool -l -t 14 "$1" | grep -q .' _ "$portable"
check "the .exe embeds version $version" bash -c 'strings -el "$1" | grep -qx "$2"' _ "$portable" "$version"
check "the .exe is a GUI program (no console window on a double-click)" \
    bash -c 'x86_64-w64-mingw32-objdump -p "$1" | grep -q "Subsystem.*(Windows GUI)"' _ "$portable"

echo "== 2. exports: Wine vs Linux"
same_files() { # linux_dir wine_dir
    local a=$1 b=$2 f n=0
    for f in "$a"/*; do
        n=$((n + 1))
        if cmp -s "$f" "$b/${f##*/}"; then continue; fi
        if [[ $f == *.png ]] && [ "$(compare -metric AE "$f" "$b/${f##*/}" null: 2>&1)" = "0" ]; then
            echo "        ${f##*/}: bytes differ, pixels identical"
            continue
        fi
        echo "        ${f##*/} differs" && return 1
    done
    [ "$n" -gt 0 ] && [ "$(ls "$b" | wc -l)" -eq "$n" ] && echo "        $n files"
}
export_both() { # label, export options...
    local label=$1; shift
    "$linux_app" export --chart all "$@" --out "$work/linux-$label/" >/dev/null 2>&1
    "$wine" "$portable" export --chart all "$@" --out "$work/wine-$label/" >/dev/null 2>&1
    check "export --chart all $* (identical files)" same_files "$work/linux-$label" "$work/wine-$label"
}
export_both svg --format svg
export_both png --format png
export_both svg-zh --format svg --lang zh-HK
export_both png-dark-2x --format png --theme dark --scale 2
export_both csv --format csv

echo "== 3. check: Wine vs Linux (exit codes and messages)"
same_check() { # file...
    local on_linux on_wine linux_rc wine_rc
    on_linux=$("$linux_app" check "$@" 2>&1); linux_rc=$?
    on_wine=$("$wine" "$portable" check "$@" 2>&1 | tr -d '\r'); wine_rc=${PIPESTATUS[0]}
    [ "$linux_rc" = "$wine_rc" ] && [ "$on_linux" = "$on_wine" ] && return 0
    echo "        linux $linux_rc: ${on_linux:0:200}"
    echo "        wine  $wine_rc: ${on_wine:0:200}"
    return 1
}
for f in tests/bad-data/*.ron; do check "check $f" same_check "$f"; done
check "check tests/good-data/*.ron (exit 0)" same_check tests/good-data/*.ron
usage_rc() { "$1" "${@:2}" >/dev/null 2>&1; echo $?; }
check "a usage error exits 2 on both" \
    test "$(usage_rc "$linux_app" export --chart nope)" = "$(usage_rc "$wine" "$portable" export --chart nope)"
check "--version prints the same" test "$("$linux_app" --version)" = "$("$wine" "$portable" --version 2>/dev/null | tr -d '\r')"

echo "== 3b. in a Windows console: cmd.exe in a terminal (tmux)"
# Typed without extension, hk-ai-dashboard runs the console twin (.com): cmd
# waits, prints in order and sets %ERRORLEVEL%. The GUI .exe typed in full
# attaches to the console and prints (cmd does not wait for it: no exit code).
socket=hk-win-test-$$
tmux -L "$socket" new-session -d -x 200 -y 60 \
    "cd '$PWD' && env HOME='$HOME' WINEPREFIX='$WINEPREFIX' WINEDEBUG=-all WINEDLLOVERRIDES='$WINEDLLOVERRIDES' $wine cmd"
sleep 4
type_line() { tmux -L "$socket" send-keys "$1" Enter; sleep "${2:-1}"; }
type_line "cd /d \"$(winepath_w "$(dirname "$portable")")\""
bad=$(winepath_w "$PWD/tests/bad-data/empty.ron")
good=$(winepath_w "$PWD/tests/good-data/one-line.ron")
type_line "hk-ai-dashboard check \"$bad\"" 8
type_line "echo [bad exit %ERRORLEVEL%]"
type_line "hk-ai-dashboard check \"$good\"" 8
type_line "echo [good exit %ERRORLEVEL%]"
type_line "hk-ai-dashboard export --chart nope" 8
type_line "echo [usage exit %ERRORLEVEL%]"
type_line "hk-ai-dashboard.exe check \"$bad\" & echo [gui started]" 10
screen=$(tmux -L "$socket" capture-pane -p -S -200 | tr -d '\r')
tmux -L "$socket" kill-server
in_order() { # text that must appear, each on a later line than the one before
    awk -v want="$(printf '%s\n' "$@")" 'BEGIN { n = split(want, w, "\n") }
        k < n && index($0, w[k + 1]) { k++ } END { exit k < n }' <<<"$screen"
}
check "hk-ai-dashboard check (bad): message, then exit 1" in_order "empty.ron: error: the file is empty" "[bad exit 1]"
check "hk-ai-dashboard check (good): message, then exit 0" in_order "one-line.ron: ok:" "[good exit 0]"
check "hk-ai-dashboard export (usage error): message, then exit 2" in_order "invalid value 'nope'" "[usage exit 2]"
check "hk-ai-dashboard.exe check prints in the console" in_order "[gui started]" "empty.ron: error: the file is empty"

echo "== 4. silent install (/S /DESKTOP)"
"$wine" "$setup" /S /DESKTOP >/dev/null 2>&1
"$wineserver" -w
instdir=$(winpath "$(winenv LOCALAPPDATA)\\Programs\\HK AI Dashboard")
startmenu=$(winpath "$(winenv APPDATA)\\Microsoft\\Windows\\Start Menu\\Programs\\HK AI Dashboard.lnk")
desktop=$(winpath "$(winenv USERPROFILE)\\Desktop\\HK AI Dashboard.lnk")
installed=$instdir/hk-ai-dashboard.exe
check "installed to %LOCALAPPDATA%\\Programs\\HK AI Dashboard" test -f "$installed"
check "the installed .exe is the zip's" cmp -s "$installed" "$portable"
check "uninstaller installed" test -f "$instdir/uninstall.exe"
check "no test stub installed" bash -c '! ls "$1" | grep -qi bcryptprimitives' _ "$instdir"
check "Start-menu shortcut" test -f "$startmenu"
check "Start-menu shortcut starts the app" bash -c 'strings -el "$1" | grep -qi "hk-ai-dashboard.exe"' _ "$startmenu"
check "desktop shortcut (/DESKTOP)" test -f "$desktop"
reg_has() { # key, value name ("" for the default value), expected text
    local value=(/ve)
    [ -n "$2" ] && value=(/v "$2")
    "$wine" reg query "$1" "${value[@]}" 2>/dev/null | tr -d '\r' | grep -qF "$3"
}
classes='HKCU\Software\Classes'
uninst='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\hk-ai-dashboard'
check ".ron opens with the app (default)" reg_has "$classes\\.ron" "" hk.ai.dashboard.ron
check ".ron lists the app under Open with" reg_has "$classes\\.ron\\OpenWithProgids" hk.ai.dashboard.ron hk.ai.dashboard.ron
check "dataset open command" reg_has "$classes\\hk.ai.dashboard.ron\\shell\\open\\command" "" 'hk-ai-dashboard.exe" "%1"'
check "dataset icon" reg_has "$classes\\hk.ai.dashboard.ron\\DefaultIcon" "" "hk-ai-dashboard.exe,0"
check "Apps & features: name" reg_has "$uninst" DisplayName "HK AI Dashboard"
check "Apps & features: version" reg_has "$uninst" DisplayVersion "$version"
check "Apps & features: silent uninstall" reg_has "$uninst" QuietUninstallString "uninstall.exe\" /S"
# The icon Windows shows for the Start-menu entry: the .exe's icon resource.
wrestool -x -t 14 "$installed" -o "$work/installed.ico" 2>/dev/null
same_icon() { # index in the .ico, size
    convert "$work/installed.ico[$1]" "$work/start-menu-icon-$2.png" 2>/dev/null &&
        test "$(compare -metric AE "$work/start-menu-icon-$2.png" "assets/icon/hicolor/$2x$2/apps/hk.ai.dashboard.png" null: 2>&1)" = "0"
}
check "the entry's icon is the app icon (32 px)" same_icon 2 32
check "the entry's icon is the app icon (256 px)" same_icon 6 256

echo "== 5. double-click a .ron: the installed app opens it; the Start-menu entry starts it"
# A Wine virtual desktop with its shell (taskbar, Start menu) on Xvfb.
display=:$(for d in $(seq 91 120); do [ -e /tmp/.X11-unix/X$d ] || { echo $d; break; }; done)
Xvfb "$display" -screen 0 1440x960x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
export DISPLAY=$display
app_processes() { ps -eo args | grep -c '^C:\\users\\.*hk-ai-dashboard\.exe'; }
windows() { xdotool search --name "Hong Kong AI Landscape" 2>/dev/null | wc -l; }
window_open() { [ "$(windows)" -ge 1 ]; }
wait_for() { # seconds, command...: until the command succeeds
    local n=$1; shift
    for _ in $(seq "$n"); do "$@" && return 0; sleep 1; done
    return 1
}
# taskkill runs in the same Wine desktop, or it cannot see the app's windows.
close_all() {
    "$wine" explorer /desktop=shell,1440x960 taskkill /im hk-ai-dashboard.exe >/dev/null 2>&1
    sleep 2
    test "$(app_processes)" -eq 0
}
# Explorer runs the association's open command with the file for %1. Wine 8's
# ShellExecute does not read per-user associations (HKCU\Software\Classes;
# Windows merges them into HKCR), so the test runs that registered command.
dataset=tests/good-data/chinese-and-emoji.ron
command=$("$wine" reg query "$classes\\hk.ai.dashboard.ron\\shell\\open\\command" /ve 2>/dev/null | tr -d '\r' | sed -n 's/.*REG_SZ *//p')
registered_exe=$(sed -n 's/^"\([^"]*\)" "%1"$/\1/p' <<<"$command")
check "the open command is \"EXE\" \"%1\"" test -n "$registered_exe"
cp "$stub" "$instdir/"
"$wine" explorer /desktop=shell,1440x960 "$registered_exe" "$(winepath_w "$PWD/$dataset")" >/dev/null 2>&1 &
check "the window opened" wait_for 60 window_open
sleep 8
import -window root "$work/window.png"
colours=$(convert "$work/window.png" -format %k info: 2>/dev/null || echo 0)
check "the window painted ($colours colours on screen)" test "$colours" -gt 50
# Closing (WM_CLOSE, as the window's close button sends) saves the settings.
check "the app closes cleanly" wait_for 15 close_all
settings=$(winpath "$(winenv APPDATA)\\hk.ai.dashboard\\data\\app.ron")
check "settings saved in %APPDATA%\\hk.ai.dashboard" test -f "$settings"
check "the double-clicked file was open" grep -q "chinese-and-emoji.ron" "$settings"
# Start, Programs, HK AI Dashboard: the shortcut starts the app.
"$wine" explorer /desktop=shell,1440x960 >/dev/null 2>&1 &
sleep 3
xdotool mousemove 20 950 click 1; sleep 2
xdotool mousemove 50 885; sleep 2
import -window root -crop 420x150+0+810 "$work/start-menu.png"
xdotool mousemove 170 885 click 1
check "the Start-menu entry starts the app" wait_for 60 window_open
check "the app closes cleanly again" wait_for 15 close_all
# Without OpenGL 2.0 (Mesa made to offer only 1.1, like an old driver): a
# message box says why and what still works, instead of a silent exit.
MESA_GL_VERSION_OVERRIDE=1.1 "$wine" explorer /desktop=shell,1440x960 "$registered_exe" >/dev/null 2>&1 &
message_box() { xdotool search --name "^HK AI Dashboard\$" >/dev/null 2>&1 && ! window_open; }
check "without OpenGL 2: a message box explains" wait_for 60 message_box
sleep 2
import -window root -crop 520x260+460+340 "$work/no-opengl.png"
check "the message box closes and the app exits" wait_for 15 close_all
"$wineserver" -k
"$wineserver" -w
rm -f "$instdir/bcryptprimitives.dll"
kill $xvfb 2>/dev/null
unset DISPLAY

echo "== 6. silent uninstall"
"$wine" "$instdir/uninstall.exe" /S >/dev/null 2>&1
"$wineserver" -w
check "install folder removed" test ! -e "$instdir"
check "Start-menu shortcut removed" test ! -e "$startmenu"
check "desktop shortcut removed" test ! -e "$desktop"
reg_gone() { ! "$wine" reg query "$1" >/dev/null 2>&1; }
check ".ron association removed" reg_gone "$classes\\.ron"
check "dataset type removed" reg_gone "$classes\\hk.ai.dashboard.ron"
check "Open with entry removed" reg_gone "$classes\\Applications\\hk-ai-dashboard.exe"
check "Apps & features entry removed" reg_gone "$uninst"

if [ -n "$update_screenshots" ]; then
    cp "$work/window.png" assets/screenshots/windows-wine.png
    cp "$work/start-menu.png" assets/screenshots/windows-start-menu.png
    cp "$work/no-opengl.png" assets/screenshots/windows-no-opengl.png
    cp "$work/start-menu-icon-256.png" assets/screenshots/windows-start-menu-icon.png
    echo "== screenshots copied to assets/screenshots/"
fi
echo "== Wine tests done in $((SECONDS - started)) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
