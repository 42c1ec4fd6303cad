#!/usr/bin/env bash
# Proves the app never touches the network: runs it under strace (Debian package
# `strace`) and fails if any process opens an internet socket (AF_INET or
# AF_INET6) or connects to an internet address. Unix-domain sockets (X11, the
# D-Bus session bus, the accessibility bus) are expected and listed.
#
# Three runs, each traced with every child process (-f):
#   1. the window, under ../shared/scripts/run-gui.sh (Xvfb, D-Bus, AT-SPI),
#      opening data/hk_ai.ron for a few seconds;
#   2. `check data/hk_ai.ron`;
#   3. `export --chart all` as PNG, SVG and CSV.
#
# usage: scripts/check-no-network.sh [--wait SECONDS] [--keep DIR] [--self-test]
#   --wait S      how long the window stays open (default 8)
#   --keep DIR    keep the strace logs in DIR (default: a temporary folder)
#   --self-test   only check that the detector fails on a program that does
#                 open an internet socket (a TCP connect to 127.0.0.1)
# Uses target/release/hk-ai-dashboard (built with `cargo build --release` if
# missing). Exit status: 0 no internet socket, 1 one was seen, 2 setup failed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
wait_s=8 keep="" self_test=0
while [ $# -gt 0 ]; do
  case "$1" in
    --wait) wait_s=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    --self-test) self_test=1; shift ;;
    *) echo "usage: $0 [--wait SECONDS] [--keep DIR] [--self-test]" >&2; exit 2 ;;
  esac
done

command -v strace >/dev/null || { echo "check-no-network: strace is missing (apt-get install strace)" >&2; exit 2; }
if [ -n "$keep" ]; then mkdir -p "$keep"; logs=$(cd "$keep" && pwd); else logs=$(mktemp -d); trap 'rm -rf "$logs"' EXIT; fi

# Socket syscalls to trace: creating, connecting, binding, sending to an address.
calls=socket,socketpair,connect,bind,listen,accept,accept4,sendto,sendmsg,sendmmsg

# Prints a summary of one trace and returns 1 if it has an internet socket.
verdict() {
  local name=$1 trace=$2 bad=0
  local sockets connects
  sockets=$(grep -oE 'socket(pair)?\([A-Z_0-9]+, [A-Z_|0-9]+' "$trace" | sed 's/|SOCK_CLOEXEC//; s/|SOCK_NONBLOCK//' | sort | uniq -c || true)
  connects=$(grep -oE 'connect\([0-9]+, \{sa_family=[A-Z_0-9]+(, sun_path=[^}]*|, sin6?_port=[^}]*)?' "$trace" \
    | sed -E 's/^connect\([0-9]+, \{//' | sort | uniq -c || true)
  echo "== $name: $(grep -cE ' (socket|socketpair|connect|bind|listen|accept4?|sendto|sendm?msg)\(' "$trace" || true) socket calls"
  echo "   sockets created:"; echo "${sockets:-      none}" | sed 's/^/   /'
  echo "   connections:"; echo "${connects:-      none}" | sed 's/^/   /'
  if grep -qE 'socket\(AF_INET6?,|sa_family=AF_INET6?[,}]' "$trace"; then
    echo "   FAIL: an internet socket:"
    grep -E 'socket\(AF_INET6?,|sa_family=AF_INET6?[,}]' "$trace" | head -5 | sed 's/^/     /'
    bad=1
  else
    echo "   ok: no AF_INET or AF_INET6 socket, no connect to an internet address"
  fi
  return $bad
}

trace() { # trace NAME COMMAND...
  local name=$1; shift
  strace -f -qq -e trace=$calls -o "$logs/$name.trace" "$@"
}

if [ $self_test = 1 ]; then
  # bash's /dev/tcp opens an AF_INET socket and connects (refused is fine).
  trace self-test bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' 2>/dev/null || true
  if verdict "self-test: bash connecting to 127.0.0.1:9" "$logs/self-test.trace"; then
    echo "check-no-network: the detector missed an internet socket" >&2; exit 1
  fi
  echo "self-test passed: the detector fails on an internet socket"
  exit 0
fi

bin=$root/target/release/hk-ai-dashboard
if [ ! -x "$bin" ]; then
  echo "check-no-network: building the release binary" >&2
  cargo build --release --quiet || exit 2
fi
out=$logs/export; mkdir -p "$out"
status=0

# 1. The window. strace is the program run-gui.sh starts; at the end the app
#    (strace's child) is stopped by its own pid so strace writes a full log.
run_gui=$root/../shared/scripts/run-gui.sh
if [ -x "$run_gui" ]; then
  # (run-gui.sh then notes that the program had exited before the end.)
  "$run_gui" --wait "$wait_s" --keep-log "$logs/window.log" \
    --exec "import -window root '$logs/window.png'; "'for p in $(ps -o pid= --ppid "$APP_PID"); do kill "$p"; done; sleep 1' \
    -- strace -f -qq -e trace=$calls -o "$logs/window.trace" "$bin" "$root/data/hk_ai.ron" \
    || { echo "check-no-network: run-gui.sh failed" >&2; status=2; }
  grep -q 'X11-unix' "$logs/window.trace" || { echo "check-no-network: the window never reached the X server" >&2; status=2; }
  [ -s "$logs/window.trace" ] || { echo "check-no-network: no trace of the window" >&2; exit 2; }
  verdict "window (hk-ai-dashboard data/hk_ai.ron, ${wait_s} s under Xvfb)" "$logs/window.trace" || status=1
else
  echo "check-no-network: $run_gui not found; skipping the window" >&2
  status=2
fi

# 2. check.
trace check "$bin" check "$root/data/hk_ai.ron" >/dev/null
verdict "check data/hk_ai.ron" "$logs/check.trace" || status=1

# 3. export, every chart in every format.
for format in png svg csv; do
  trace "export-$format" "$bin" export --chart all --format "$format" --out "$out/$format" 2>/dev/null
  verdict "export --chart all --format $format" "$logs/export-$format.trace" || status=1
done

[ -z "$keep" ] || echo "logs kept in $logs"
if [ $status = 0 ]; then echo "check-no-network: no internet socket in any run"; fi
exit $status
