#!/usr/bin/env bash
# Load-and-soak: Haven under sustained load on loopback, reporting errors and memory.
#
#   bench/soak.sh [SECONDS] [CONNECTIONS]      (defaults: 60 s, 256 connections)
#
# The mix includes a flood of unique query strings (unknown parameters and distinct
# `at=` instants) to show that memory stays bounded: unknown parameters share a cache
# entry, and the response cache is bounded in bytes. Exits non-zero on any error
# response or socket error. Installs wrk (Debian) if it is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
DURATION="${1:-60}"
CONNECTIONS="${2:-256}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/haven-target}"

if ! command -v wrk >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
cargo build --release --quiet
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$CARGO_TARGET_DIR/release/haven" serve --bind "127.0.0.1:$port" --content-dir "$ROOT" --rate-limit 0 \
    >/dev/null 2>&1 &
server=$!
lua=$(mktemp --suffix .lua)
trap 'kill "$server" 2>/dev/null || true; rm -f "$lua"' EXIT
for _ in $(seq 100); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.1; done

rss() { awk '/^VmRSS/ {print $2}' "/proc/$server/status"; }
peak() { awk '/^VmHWM/ {print $2}' "/proc/$server/status"; }

cat >"$lua" <<'LUA'
local paths = {
  "/v1/articles/why-cant-i-cry", "/v1/articles?tag=medication", "/v1/hotlines?country=GB",
  "/v1/countries/US?topic=suicide", "/v1/faqs", "/v1/strategies", "/v1/locales",
  "/v1/bundle?country=FR", "/widget?country=GB&locale=ar", "/v1/articles/no-such-article",
}
local n = 0
request = function()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  if n % 7 == 0 then
    -- Unknown parameters: canonicalised away, so they must not add cache entries.
    path = "/v1/faqs?utm_source=" .. n
  elseif n % 11 == 0 then
    -- Distinct instants: new cache entries, bounded by the cache's byte budget.
    path = string.format("/v1/hotlines?country=US&at=2026-01-01T%02d:%02d:%02dZ", math.floor(n / 3600) % 24, math.floor(n / 60) % 60, n % 60)
  end
  return wrk.format("GET", path, { ["Accept-Encoding"] = (n % 2 == 0) and "gzip" or "identity" })
end
-- 404 for the unknown article is expected; anything 5xx is a failure.
local failures = 0
response = function(status) if status >= 500 then failures = failures + 1 end end
done = function(summary) io.write(string.format("server errors (5xx): %d\n", failures)) end
LUA

warm=$(mktemp)
wrk -t2 -c32 -d5s -s "$lua" "http://127.0.0.1:$port" >"$warm" 2>&1 || true
rm -f "$warm"
start_rss=$(rss)
echo "soak: ${DURATION}s at ${CONNECTIONS} connections against 127.0.0.1:$port"
out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$lua" "http://127.0.0.1:$port")
echo "$out"
end_rss=$(rss)
echo "memory: RSS after warm-up ${start_rss} kB, at the end ${end_rss} kB, peak $(peak) kB"

status=0
if grep -q "Socket errors" <<<"$out"; then echo "soak: socket errors" >&2; status=1; fi
if ! grep -q "server errors (5xx): 0" <<<"$out"; then echo "soak: server errors" >&2; status=1; fi
growth=$(( end_rss - start_rss ))
# The cache may fill towards its 64 MB budget during the run; anything beyond that is a leak.
if (( growth > 96 * 1024 )); then echo "soak: memory grew by ${growth} kB" >&2; status=1; fi
curl -fsS "http://127.0.0.1:$port/metrics" | grep -E '^haven_cache_(entries|weighted_bytes) ' || true
exit $status
