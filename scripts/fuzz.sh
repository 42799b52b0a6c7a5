#!/usr/bin/env bash
# Runs each cargo-fuzz target for a bounded time (default 60 s each):
#
#   scripts/fuzz.sh [SECONDS]
#
# cargo-fuzz needs nightly-only compiler flags; this machine has only the stable
# toolchain, so RUSTC_BOOTSTRAP=1 unlocks them for this build only. Installs cargo-fuzz
# if it is missing. Crashes are kept in fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
SECONDS_EACH="${1:-60}"
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/haven-target}/fuzz"
for target in accept_language query loader; do
    echo "==> fuzzing $target for ${SECONDS_EACH}s"
    cargo fuzz run --sanitizer none "$target" -- -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048
done
