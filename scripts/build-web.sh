#!/usr/bin/env bash
# Builds the dashboard for a browser: a static site in target/web/ (index.html,
# the .wasm and its JavaScript glue, the icon). Serve it with any static file
# server, e.g. `python3 -m http.server -d target/web`, and open the address.
#
# Installs what it needs when missing: the wasm32-unknown-unknown Rust target,
# and wasm-bindgen-cli at the version Cargo.lock pins for wasm-bindgen (they
# must match). WEB_OUT=dir writes elsewhere.
#
# No wasm-opt: Debian 12's binaryen (108) rewrites the externref table that
# wasm-bindgen 0.2.130 emits into one the browser rejects at start
# ("WebAssembly.Table.set(): Argument 1 is invalid"), and it saved only 5% of
# the gzip-compressed size (3.85 MB instead of 4.05 MB) for 100 s of build.
set -euo pipefail
cd "$(dirname "$0")/.."

target=wasm32-unknown-unknown
out=${WEB_OUT:-target/web}
build_dir=${CARGO_TARGET_DIR:-target}

if ! rustup target list --installed | grep -qx "$target"; then
    rustup target add "$target"
fi

# The glue generator must be the exact version of the wasm-bindgen crate.
version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $version"; then
    echo "== installing wasm-bindgen-cli $version"
    # --locked first; a registry that lacks one of its pinned versions gets
    # the newest compatible ones instead.
    cargo install --locked wasm-bindgen-cli --version "$version" ||
        cargo install wasm-bindgen-cli --version "$version"
fi

echo "== cargo build --release --target $target"
started=$SECONDS
cargo build --release --target "$target" --bin hk-ai-dashboard
echo "   ($((SECONDS - started)) s)"

rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-name hk_ai_dashboard \
    --out-dir "$out" "$build_dir/$target/release/hk-ai-dashboard.wasm"

cp assets/web/index.html "$out/"
cp assets/icon/hk-ai-dashboard.svg "$out/icon.svg"
cp assets/icon/hicolor/256x256/apps/hk.ai.dashboard.png "$out/icon-256.png"

echo "== $out"
for file in "$out"/*; do
    raw=$(stat -c %s "$file")
    gz=$(gzip -9 -c "$file" | wc -c)
    echo "   $(basename "$file"): $raw bytes, $gz gzip"
done
