#!/usr/bin/env bash
# Build the Debian package with cargo-deb: target/debian/hk-ai-dashboard_*.deb
# Extra arguments are passed on to `cargo deb` (e.g. --no-build).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo deb --version >/dev/null 2>&1; then
    cat >&2 <<'MSG'
error: cargo-deb is not installed. Install it with:

    cargo install cargo-deb

(it needs dpkg-dev for automatic dependency detection: sudo apt-get install dpkg-dev)
MSG
    exit 1
fi

scripts/check-desktop.sh

# cargo deb builds the release binary itself and prints the .deb path on stdout.
deb=$(cargo deb "$@" | tail -n 1)
[ -f "$deb" ] || { echo "error: cargo deb did not report a package file" >&2; exit 1; }
echo "Debian package: $deb"
