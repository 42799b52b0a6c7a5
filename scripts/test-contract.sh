#!/usr/bin/env bash
# The OpenAPI contract, checked from outside: schemathesis (from PyPI, installed into a
# virtual environment by this script) generates requests from openapi/openapi.json and
# runs all its checks against the live service: no server errors, every status code and
# body as documented, schema-valid requests accepted, invalid ones rejected.
#
#   scripts/test-contract.sh
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/haven-target}"
VENV="${HAVEN_VENV:-$HOME/.cache/haven-venv}"
SCHEMATHESIS_VERSION="4.32.5"

if [[ ! -x "$VENV/bin/schemathesis" ]] || ! "$VENV/bin/schemathesis" --version | grep -q "$SCHEMATHESIS_VERSION"; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

cargo build --quiet
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
# With the default settings, rate limit included (600 requests a minute per address):
# schemathesis paces itself just under it, and a 429 it meets anyway is documented.
# Each HEAD operation is its GET without a body (a test checks that); they are left out
# here to keep the paced run under four minutes.
"$CARGO_TARGET_DIR/debug/haven" serve --bind "127.0.0.1:$port" --content-dir "$ROOT" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
    curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
    sleep 0.1
done

"$VENV/bin/schemathesis" run "http://127.0.0.1:$port/openapi.json" \
    --checks all --max-examples 50 --seed 20261125 --no-color --rate-limit 9/s --exclude-method HEAD \
    || { echo "test-contract: schemathesis found contract violations" >&2; tail -20 "$log" >&2; exit 1; }
