#!/usr/bin/env bash
# The OpenAPI document, linted: Redocly's recommended rules and Spectral's `oas` ruleset,
# both from the npm registry (pinned in tests/spec/package-lock.json, installed by this
# script). Fails on any error either reports; warnings are printed.
#
#   scripts/test-spec.sh
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT/tests/spec"
command -v node >/dev/null || { echo "test-spec: node is not installed" >&2; exit 1; }
npm ci --no-audit --no-fund --loglevel=error >/dev/null
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1
SPEC="$ROOT/openapi/openapi.json"
echo "==> redocly lint (recommended)"
npx --no-install redocly lint --config redocly.yaml "$SPEC" 2>&1 | grep -v -e '^ *║' -e '^ *╔' -e '^ *╚' || true
npx --no-install redocly lint --config redocly.yaml "$SPEC" >/dev/null 2>&1 \
    || { echo "test-spec: Redocly found errors" >&2; exit 1; }
echo "==> spectral lint (spectral:oas)"
npx --no-install spectral lint "$SPEC" --ruleset .spectral.yaml --fail-severity error
