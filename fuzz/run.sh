#!/usr/bin/env bash
# Fuzz the loader: each target in turn (one core each; the targets never run at
# the same time), seeded from the shipped dataset and the test files.
#
# usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 600 load check)
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). cargo-fuzz asks rustc for
# `-Zsanitizer=address`, which a stable toolchain refuses; this script passes
# `--sanitizer none` (the code under test is safe Rust, so AddressSanitizer adds
# little; panics, overflow checks and debug assertions stay on). For ASan on a
# stable toolchain: `RUSTC_BOOTSTRAP=1 cargo fuzz run load` (unsupported by the
# Rust project, but works).
#
# Crashes land in fuzz/artifacts/TARGET/; copy each into tests/fuzz-regressions/
# (named for what it exposes) after fixing it.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(load check)

for target in "${targets[@]}"; do
  mkdir -p "corpus/$target"
  cp ../data/hk_ai.ron ../tests/bad-data/* ../tests/good-data/* ../tests/fuzz-regressions/* "corpus/$target/"
  echo "== fuzzing $target for $seconds s"
  cargo fuzz run --sanitizer none "$target" -- \
    -max_total_time="$seconds" -max_len=8192 -dict="$PWD/ron.dict" -print_final_stats=1
done
