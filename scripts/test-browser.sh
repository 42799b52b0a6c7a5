#!/usr/bin/env bash
# Real-browser test of the "get help now" widget, as a partner site embeds it.
#
# Installs what it needs (Debian's chromium if missing, tests/browser's npm packages),
# builds and starts Haven, starts a stand-in partner site on another origin, and runs
# tests/browser/widget.test.mjs in headless Chromium. Screenshots go to
# target/browser-screenshots/. Exits non-zero on any failure.
#
#   scripts/test-browser.sh
#
# Environment: CHROMIUM_PATH (default /usr/bin/chromium), CARGO_TARGET_DIR (default
# ~/.cache/haven-target, as in .ci/run).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/haven-target}"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
SCREENSHOT_DIR="$ROOT/target/browser-screenshots"
started=$SECONDS

fail() { echo "test-browser: $*" >&2; exit 1; }
step() { echo "==> $* ($((SECONDS - started)) s)"; }

# 1. Chromium from Debian (Playwright must not download a browser of its own), npm packages.
if [[ ! -x "$CHROMIUM_PATH" ]]; then
    step "installing chromium"
    command -v apt-get >/dev/null || fail "$CHROMIUM_PATH is missing and apt-get is not available"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || fail "apt-get update failed"
    apt-get install -y -qq chromium >/dev/null || fail "apt-get install chromium failed"
    [[ -x "$CHROMIUM_PATH" ]] || fail "chromium installed but $CHROMIUM_PATH is missing"
fi
# Fonts for the Hindi and Japanese panels (Devanagari and CJK), or they render as boxes.
if ! fc-list :lang=hi | grep -q . || ! fc-list :lang=ja | grep -q .; then
    step "installing Devanagari and Japanese fonts"
    command -v apt-get >/dev/null || fail "fonts for hi/ja are missing and apt-get is not available"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq fonts-lohit-deva fonts-ipafont-gothic >/dev/null \
        || { apt-get update -qq && apt-get install -y -qq fonts-lohit-deva fonts-ipafont-gothic >/dev/null; } \
        || fail "apt-get install of the hi/ja fonts failed"
fi
command -v node >/dev/null || fail "node is not installed"
step "npm ci in tests/browser"
(cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) \
    || fail "npm ci failed in tests/browser"

# 2. Build and start Haven on a free port; stop it (and the host page) on any exit.
step "cargo build"
cargo build --quiet --bin haven || fail "cargo build failed"
HAVEN_BIN="$CARGO_TARGET_DIR/debug/haven"

free_port() {
    node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

LOG_DIR="$(mktemp -d)"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$LOG_DIR"
}
trap cleanup EXIT

# Waits until a URL answers 200, or fails with the server's log.
wait_for() {
    local url=$1 pid=$2 log=$3
    for _ in $(seq 1 300); do
        if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then return 0; fi
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -n 20 "$log" >&2
            fail "the server for $url exited before answering"
        fi
        sleep 0.2
    done
    tail -n 20 "$log" >&2
    fail "$url did not answer within 60 s"
}

HAVEN_PORT="$(free_port)"
export HAVEN_URL="http://127.0.0.1:$HAVEN_PORT"
step "starting haven on $HAVEN_URL"
"$HAVEN_BIN" serve --bind "127.0.0.1:$HAVEN_PORT" --content-dir "$ROOT" >"$LOG_DIR/haven.log" 2>&1 &
pids+=($!)
wait_for "$HAVEN_URL/health" "$!" "$LOG_DIR/haven.log"

# 3. The partner page, on another origin (localhost vs 127.0.0.1, another port).
HOST_PORT="$(free_port)"
export HOST_URL="http://localhost:$HOST_PORT/"
step "starting the partner page on $HOST_URL"
HOST_PORT="$HOST_PORT" node tests/browser/host-server.mjs >"$LOG_DIR/host.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$HOST_PORT/" "$!" "$LOG_DIR/host.log"

# 4–5. The test; it writes the screenshots and prints their paths.
mkdir -p "$SCREENSHOT_DIR"
rm -f "$SCREENSHOT_DIR"/*.png
export SCREENSHOT_DIR
step "running tests/browser/widget.test.mjs in headless chromium"
status=0
(cd tests/browser && node --test-reporter=spec widget.test.mjs) || status=$?

if [[ $status -ne 0 ]]; then
    echo "--- haven log (last 20 lines) ---" >&2
    tail -n 20 "$LOG_DIR/haven.log" | sed 's/\x1b\[[0-9;]*m//g' >&2
    fail "browser test FAILED (exit $status) after $((SECONDS - started)) s; screenshots in $SCREENSHOT_DIR"
fi
step "browser test passed; screenshots in $SCREENSHOT_DIR"
