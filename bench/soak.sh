#!/usr/bin/env bash
# Load-and-soak: Haven under sustained load on loopback, reporting errors and memory.
#
#   bench/soak.sh [SECONDS] [CONNECTIONS]      (defaults: 60 s, 256 connections)
#
# 1. Fill, at the same number of connections: every request asks for something new (each country's bundle and crisis lines
#    in every locale at distinct instants) until the response cache has reached its byte
#    budget, so what follows measures a full cache, not one still growing.
# 2. Soak: the hot endpoints mixed with a steady flood of unique query strings (unknown
#    parameters, which share an entry, and new `at=` instants, which churn the cache),
#    first for 30 s to settle, then for SECONDS, sampling resident memory ten times.
#
# Fails on any 5xx, any socket error, or if resident memory at the end is more than
# 10 % above the baseline taken after the fill and the settling. Installs wrk (Debian) if missing.
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
"$CARGO_TARGET_DIR/release/haven" serve --bind "127.0.0.1:$port" --content-dir "$ROOT" --rate-limit 0 --max-connections-per-client 0 \
    >/dev/null 2>&1 &
server=$!
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.1; done

rss() { awk '/^VmRSS/ {print $2}' "/proc/$server/status"; }
peak() { awk '/^VmHWM/ {print $2}' "/proc/$server/status"; }
gauge() { curl -fsS "http://127.0.0.1:$port/metrics" | awk -v name="$1" '$1 == name {print $2}'; }

countries=$(ls data/hotlines | sed 's/\.toml$//' | awk '{printf "\"%s\",", $0}')
locales=$(ls locales | awk '{printf "\"%s\",", $0}')

# Shared by both phases: wrk's request counter per thread, the 5xx count, and a report.
cat >"$work/common.lua" <<LUA
countries = { ${countries} }
locales = { ${locales} }
failures = 0
response = function(status) if status >= 500 then failures = failures + 1 end end
done = function(summary) io.write(string.format("server errors (5xx): %d\n", failures)) end
n = 0
thread_offset = 0
setup = function(thread) thread:set("thread_offset", math.random(1, 1000000)) end
init = function() n = thread_offset * 1000 end
function instant(i)
  return string.format("2026-%02d-%02dT%02d:%02d:00Z", 1 + i % 12, 1 + i % 28, i % 24, i % 60)
end
function encoding() return (n % 3 == 0) and "br" or ((n % 3 == 1) and "gzip" or "identity") end
LUA

cat >"$work/fill.lua" <<'LUA'
dofile(os.getenv("SOAK_DIR") .. "/common.lua")
request = function()
  n = n + 1
  local country = countries[(n % #countries) + 1]
  local locale = locales[(math.floor(n / #countries) % #locales) + 1]
  local path
  if n % 2 == 0 then
    path = "/v1/bundle?country=" .. country .. "&locale=" .. locale
  else
    path = "/v1/hotlines?country=" .. country .. "&locale=" .. locale .. "&at=" .. instant(n)
  end
  return wrk.format("GET", path, { ["Accept-Encoding"] = encoding() })
end
LUA

cat >"$work/soak.lua" <<'LUA'
dofile(os.getenv("SOAK_DIR") .. "/common.lua")
local paths = {
  "/v1/articles/why-cant-i-cry", "/v1/articles?tag=medication", "/v1/hotlines?country=GB",
  "/v1/countries/US?topic=suicide", "/v1/faqs", "/v1/strategies", "/v1/locales",
  "/v1/bundle?country=FR", "/widget?country=GB&locale=ar", "/v1/articles/no-such-article",
}
request = function()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  if n % 7 == 0 then
    -- Unknown parameters: canonicalised away, so they must not add cache entries.
    path = "/v1/faqs?utm_source=" .. n
  elseif n % 11 == 0 then
    -- New instants: new cache entries, evicting others once the budget is reached.
    path = "/v1/hotlines?country=" .. countries[(n % #countries) + 1] .. "&at=" .. instant(n)
  end
  return wrk.format("GET", path, { ["Accept-Encoding"] = encoding() })
end
LUA
export SOAK_DIR="$work"

status=0
check_run() {
    if grep -q "Socket errors" <<<"$1"; then echo "soak: socket errors" >&2; status=1; fi
    if ! grep -q "server errors (5xx): 0" <<<"$1"; then echo "soak: server errors" >&2; status=1; fi
}

budget=$((64 * 1024 * 1024))
echo "fill: asking for new responses until the cache holds its budget ($budget bytes)"
for round in $(seq 12); do
    out=$(wrk -t2 -c"$CONNECTIONS" -d5s --timeout 10s -s "$work/fill.lua" "http://127.0.0.1:$port")
    check_run "$out"
    held=$(gauge haven_cache_weighted_bytes)
    echo "  after $((round * 5)) s: cache ${held:-0} bytes in $(gauge haven_cache_entries) entries, RSS $(rss) kB"
    if (( ${held:-0} > budget * 9 / 10 )); then break; fi
done

# The mix itself allocates differently (more connections' buffers in use at once, other
# codings); let it settle before taking the baseline.
echo "settle: 30 s of the soak mix before the baseline"
check_run "$(wrk -t2 -c"$CONNECTIONS" -d30s --timeout 10s -s "$work/soak.lua" "http://127.0.0.1:$port")"
start_rss=$(rss)
echo "soak: ${DURATION}s at ${CONNECTIONS} connections against 127.0.0.1:$port, RSS at the start ${start_rss} kB"
samples="$work/samples"
(
    for i in $(seq 10); do
        sleep "$(awk -v d="$DURATION" 'BEGIN {print d / 10}')"
        echo "  $(awk -v d="$DURATION" -v i="$i" 'BEGIN {print d * i / 10}') s: RSS $(rss) kB"
    done
) >"$samples" &
sampler=$!
out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$work/soak.lua" "http://127.0.0.1:$port")
wait "$sampler" || true
echo "$out"
cat "$samples"
check_run "$out"
end_rss=$(rss)
echo "memory: RSS at the baseline ${start_rss} kB, at the end ${end_rss} kB, peak $(peak) kB"
echo "cache: $(gauge haven_cache_weighted_bytes) bytes in $(gauge haven_cache_entries) entries (budget $budget)"

growth=$((end_rss - start_rss))
if ((growth * 10 > start_rss)); then
    echo "soak: memory grew by ${growth} kB (more than 10 %) after the baseline" >&2
    status=1
fi
exit $status
