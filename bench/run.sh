#!/usr/bin/env bash
# Haven benchmark: cached endpoints against nginx serving the same bytes, then start-up
# time and peak memory with the shipped content and with a generated large catalogue.
#
#   bench/run.sh                 # from the repository root or anywhere; needs root only to
#                                # apt-get install wrk/nginx when they are missing
#
# Everything runs on 127.0.0.1 with free ports, in a temporary folder, and every process
# the script starts is stopped on exit. Tunables (environment):
#
#   BENCH_DURATION=3s     length of one measured wrk run
#   BENCH_REPEATS=4       measured runs per endpoint and server, interleaved Haven/nginx;
#                         medians are reported, the ratio is the median of paired ratios
#   BENCH_WARMUP=1s       warm-up run per endpoint and server (not reported)
#   BENCH_THREADS=2 BENCH_CONNECTIONS=64   wrk -t / -c
#   BENCH_STARTS=10       start-up repetitions with the shipped content
#   BENCH_ARTICLES=500    articles in the generated catalogue
#   BENCH_LOCALE_STEPS="1 10 50"   locales in the generated catalogues (the last is "large")
#   BENCH_STEP_BUDGET=20  seconds of start-up repetitions per generated catalogue (>= 1 run;
#                         with 50 locales one start takes about a minute)
#   BENCH_VARIANTS=1      also measure Haven variants (logging, rate limiter); 0 skips them
#   BENCH_VARIANT_REPEATS=2  measured runs per variant, endpoint and server
#   BENCH_OUT=FILE        also write the final summary to FILE
#   BENCH_KEEP=1          keep the temporary folder (response bodies, configs, wrk output)
#   CARGO_TARGET_DIR      defaults to /root/.cache/haven-target
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/root/.cache/haven-target}"
DURATION=${BENCH_DURATION:-3s}
REPEATS=${BENCH_REPEATS:-4}
WARMUP=${BENCH_WARMUP:-1s}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
STARTS=${BENCH_STARTS:-10}
ARTICLES=${BENCH_ARTICLES:-500}
LOCALE_STEPS=${BENCH_LOCALE_STEPS:-"1 10 50"}
STEP_BUDGET=${BENCH_STEP_BUDGET:-20}
VARIANTS=${BENCH_VARIANTS:-1}
VARIANT_REPEATS=${BENCH_VARIANT_REPEATS:-2}
SECONDS=0

log() { printf '[%4ss] %s\n' "$SECONDS" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# ---------------------------------------------------------------- clean-up ------------
TMP=$(mktemp -d /tmp/haven-bench.XXXXXX)
chmod 755 "$TMP" # nginx workers may run as another user
PIDS=()
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  for pid in "${PIDS[@]:-}"; do
    [[ -n "$pid" ]] && kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]:-}"; do
    [[ -n "$pid" ]] && wait "$pid" 2>/dev/null || true
  done
  if [[ "${BENCH_KEEP:-0}" == 1 ]]; then log "kept $TMP"; else rm -rf "$TMP"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
forget_pid() { # remove a stopped process from the clean-up list
  local keep=() p
  for p in "${PIDS[@]:-}"; do [[ "$p" != "$1" && -n "$p" ]] && keep+=("$p"); done
  PIDS=("${keep[@]:-}")
}
stop_pid() {
  kill -TERM "$1" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  forget_pid "$1"
}

# ---------------------------------------------------------------- tools ---------------
PATH="$PATH:/usr/sbin:/sbin"
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || missing+=(nginx)
command -v curl >/dev/null || missing+=(curl)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
  [[ $EUID -eq 0 ]] || die "missing ${missing[*]}; run as root (to apt-get install them) or install them"
  log "installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v cargo >/dev/null || die "cargo is missing (Rust 1.85+ is needed to build Haven)"

log "building the release binary (CARGO_TARGET_DIR=$CARGO_TARGET_DIR)"
(cd "$ROOT" && cargo build --release --quiet) || die "cargo build --release failed"
HAVEN="$CARGO_TARGET_DIR/release/haven"
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "$ROOT" status --porcelain -- src Cargo.toml Cargo.lock data locales 2>/dev/null)" ]]; then
  COMMIT+=" + uncommitted changes in src/, data/ or locales/"
fi
[[ -x "$HAVEN" ]] || die "no binary at $HAVEN"
# A private copy: the shared target folder may be rebuilt by someone else mid-run.
cp "$HAVEN" "$TMP/haven"
HAVEN="$TMP/haven"

# Haven's serve flags for the throughput runs: the defaults, as the targets ask (logging,
# metrics, rate limiting and security headers all on). All wrk connections come from
# 127.0.0.1, so the rate limiter gets a limit wrk never reaches: it still does its whole
# check on every request. The per-client connection cap stays at its default (256, above
# wrk's 64 connections). The variants below turn the limiter off and the log line off.
HAVEN_ARGS=()
if "$HAVEN" serve --help 2>/dev/null | grep -q -- '--rate-limit'; then
  HAVEN_ARGS+=(--rate-limit 4000000000)
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_haven [NAME=VALUE...]: starts Haven (with HAVEN_ARGS and the environment given) on
# the shipped content; sets HAVEN_PID and HAVEN_URL. Retries with another port if the probed
# one was taken in between.
start_haven() {
  local attempt port pid
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    # The log (one line per request at the default level) goes to /dev/null: kept, it
    # would fill the disk during the load runs.
    env "$@" "$HAVEN" serve --bind "127.0.0.1:$port" --content-dir "$ROOT" "${HAVEN_ARGS[@]}" \
      >/dev/null 2>&1 &
    pid=$!
    PIDS+=("$pid")
    for _ in $(seq 600); do
      if ! kill -0 "$pid" 2>/dev/null; then break; fi
      if curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port/health"; then
        # Alive after answering: the port is ours (a failed bind ends the process).
        if kill -0 "$pid" 2>/dev/null; then
          HAVEN_PID=$pid
          HAVEN_URL="http://127.0.0.1:$port"
          return 0
        fi
      fi
      sleep 0.05
    done
    wait "$pid" 2>/dev/null || true
    forget_pid "$pid"
    # It died: broken content (say why and stop) or, most likely, the port was taken.
    if ! "$HAVEN" check --content-dir "$ROOT" >"$TMP/haven-check.log" 2>&1; then
      grep -E ': error: ' "$TMP/haven-check.log" | head -20 >&2
      die "haven did not start: the content has errors"
    fi
  done
  die "could not find a free port for haven"
}

# ---------------------------------------------------------------- machine -------------
MACHINE="$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), \
$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM, kernel $(uname -r), \
$(rustc --version 2>/dev/null || echo 'rustc ?'), $(wrk --version 2>&1 | head -1 | awk '{print $1, $2}'), \
$(nginx -v 2>&1 | sed 's/.*: //')"
log "machine: $MACHINE"
log "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------- Haven ---------------
log "starting Haven (${HAVEN_ARGS[*]:-no extra flags}) with the content in $ROOT"
# stderr (one log line per request at the default RUST_LOG=info) goes to /dev/null, as a
# production log shipper would take it off the process; variants below turn it off.
start_haven
MAIN_HAVEN_PID=$HAVEN_PID
MAIN_HAVEN_URL=$HAVEN_URL
log "Haven pid $HAVEN_PID at $HAVEN_URL"

# Endpoints: name | path | Accept-Encoding ("" = none) | kind (200 or 304) | file for nginx
ENDPOINTS=(
  "article|/v1/articles/why-cant-i-cry||200|article.json"
  "hotlines GB|/v1/hotlines?country=GB||200|hotlines-gb.json"
  "bundle en (~400 KB)|/v1/bundle?locale=en||200|bundle-en.json"
  "article 304|/v1/articles/why-cant-i-cry||304|article.json"
  "bundle en gzip|/v1/bundle?locale=en|gzip|200|bundle-en.json"
)

# ---------------------------------------------------------------- bytes for nginx -----
WWW="$TMP/www"
mkdir -p "$WWW"
declare -A LOCATION_FILE LOCATION_HEADERS
for entry in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name path enc kind file <<<"$entry"
  [[ -n "${LOCATION_FILE[${path%%\?*}]:-}" ]] && continue
  LOCATION_FILE[${path%%\?*}]=$file
  code=$(curl -s --max-time 10 -D "$WWW/$file.headers" -o "$WWW/$file" -w '%{http_code}' "$HAVEN_URL$path")
  [[ "$code" == 200 ]] || die "$path answered $code"
  code=$(curl -s --max-time 10 -H 'Accept-Encoding: gzip' -D "$WWW/$file.gz.headers" -o "$WWW/$file.gz" \
    -w '%{http_code}' "$HAVEN_URL$path")
  [[ "$code" == 200 ]] || die "$path (gzip) answered $code"
  grep -qi '^content-encoding: *gzip' "$WWW/$file.gz.headers" || die "$path: Haven did not gzip it"
  gzip -t "$WWW/$file.gz" || die "$path: the gzip body is not valid gzip"
  # Haven's fixed headers (not the computed ones), so both servers send similar headers.
  LOCATION_HEADERS[${path%%\?*}]=$(tr -d '\r' <"$WWW/$file.headers" | awk -F': ' '
    NR > 1 && NF >= 2 {
      name = tolower($1)
      if (name ~ /^(date|content-length|content-type|content-encoding|etag|x-request-id|ratelimit-.*|connection|keep-alive|transfer-encoding)$/) next
      value = substr($0, length($1) + 3)
      if (value ~ /[$"]/) next
      printf "      add_header %s \"%s\" always;\n", $1, value
    }')
  log "fetched $path: $(stat -c %s "$WWW/$file") bytes, gzip $(stat -c %s "$WWW/$file.gz") bytes"
done

# ---------------------------------------------------------------- nginx ---------------
NGINX_PORT=$(free_port)
NGX="$TMP/nginx"
mkdir -p "$NGX/tmp"
nginx_version=$(nginx -v 2>&1 | sed 's/.*nginx\///')
temp_paths="client_body_temp_path $NGX/tmp/body;"
nginx -V 2>&1 | grep -q -- '--without-http_proxy_module' || temp_paths+=" proxy_temp_path $NGX/tmp/proxy;"
nginx -V 2>&1 | grep -q -- '--without-http_fastcgi_module' || temp_paths+=" fastcgi_temp_path $NGX/tmp/fastcgi;"
nginx -V 2>&1 | grep -q -- '--without-http_uwsgi_module' || temp_paths+=" uwsgi_temp_path $NGX/tmp/uwsgi;"
nginx -V 2>&1 | grep -q -- '--without-http_scgi_module' || temp_paths+=" scgi_temp_path $NGX/tmp/scgi;"
{
  echo "# Generated by bench/run.sh"
  [[ $EUID -eq 0 ]] && echo "user $(id -un) $(id -gn);"
  cat <<EOF
worker_processes 2;            # one per core
worker_rlimit_nofile 8192;
pid $NGX/nginx.pid;
error_log $NGX/error.log warn;
daemon off;
events { worker_connections 4096; multi_accept on; }
http {
  access_log off;
  server_tokens off;
  sendfile on; tcp_nopush on; tcp_nodelay on;
  keepalive_timeout 15s;       # Haven's keep-alive is 15 s too
  keepalive_requests 1000000;  # Haven does not cap requests per connection
  open_file_cache max=64 inactive=60s; open_file_cache_valid 60s;
  types { application/json json; }
  default_type application/json;
  gzip off;                    # never compress on the fly ...
  gzip_static on;              # ... send Haven's own gzip bytes (FILE.gz) when accepted
  etag on;
  $temp_paths
  server {
    listen 127.0.0.1:$NGINX_PORT;
EOF
  for location in "${!LOCATION_FILE[@]}"; do
    echo "    location = $location {"
    echo "      alias $WWW/${LOCATION_FILE[$location]};"
    printf '%s\n' "${LOCATION_HEADERS[$location]}"
    echo "    }"
  done
  echo "  }"
  echo "}"
} >"$NGX/nginx.conf"
nginx_e=()
# -e (error log before the config is read) exists since 1.19.5.
printf '%s\n%s\n' "1.19.5" "$nginx_version" | sort -V -C && nginx_e=(-e "$NGX/error.log")
nginx -t -q -p "$NGX" "${nginx_e[@]}" -c "$NGX/nginx.conf" || die "nginx config test failed: $NGX/nginx.conf"
nginx -p "$NGX" "${nginx_e[@]}" -c "$NGX/nginx.conf" &
NGINX_PID=$!
PIDS+=("$NGINX_PID")
NGINX_URL="http://127.0.0.1:$NGINX_PORT"
for _ in $(seq 100); do curl -sf -o /dev/null --max-time 2 "$NGINX_URL/v1/articles/why-cant-i-cry" && break; sleep 0.05; done
kill -0 "$NGINX_PID" 2>/dev/null || die "nginx did not start: $(cat "$NGX/error.log" 2>/dev/null)"
log "nginx $nginx_version pid $NGINX_PID at $NGINX_URL"

# ---------------------------------------------------------------- same bytes? ---------
# validate NAME URL PATH ENC KIND FILE -> prints the If-None-Match value to use (304 case)
etag_of() { # URL PATH ENC
  local args=(-s --max-time 5 -o /dev/null -D -)
  [[ -n "$3" ]] && args+=(-H "Accept-Encoding: $3")
  curl "${args[@]}" "$1$2" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }'
}
check_same() {
  local url=$1 path=$2 enc=$3 kind=$4 file=$5 inm=${6:-} expected got code
  local args=(-s --max-time 10 -o "$TMP/check.body" -w '%{http_code}')
  [[ -n "$enc" ]] && args+=(-H "Accept-Encoding: $enc")
  [[ -n "$inm" ]] && args+=(-H "If-None-Match: $inm")
  code=$(curl "${args[@]}" "$url$path")
  [[ "$code" == "$kind" ]] || die "$url$path answered $code, expected $kind"
  if [[ "$kind" == 200 ]]; then
    expected=$(sha256sum <"$WWW/$file${enc:+.gz}" | cut -c1-64)
    got=$(sha256sum <"$TMP/check.body" | cut -c1-64)
    [[ "$expected" == "$got" ]] || die "$url$path${enc:+ ($enc)}: body differs from Haven's bytes"
  fi
}
declare -A INM
for entry in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name path enc kind file <<<"$entry"
  if [[ "$kind" == 304 ]]; then
    INM[haven:$name]=$(etag_of "$HAVEN_URL" "$path" "$enc")
    INM[nginx:$name]=$(etag_of "$NGINX_URL" "$path" "$enc")
    [[ -n "${INM[haven:$name]}" && -n "${INM[nginx:$name]}" ]] || die "no ETag for $path"
  fi
  # Haven's hotlines body names the minute it was evaluated at, so only nginx's copy is
  # compared with the fetched bytes; Haven was the source of those bytes.
  check_same "$NGINX_URL" "$path" "$enc" "$kind" "$file" "${INM[nginx:$name]:-}"
  [[ "$kind" == 304 ]] && check_same "$HAVEN_URL" "$path" "$enc" "$kind" "$file" "${INM[haven:$name]}"
done
log "nginx sends Haven's exact bytes (identity and gzip); both answer 304 to their own ETag"

# ---------------------------------------------------------------- wrk -----------------
# run_wrk URL PATH ENC INM DURATION OUTFILE -> "req/s p99_ms errors"
run_wrk() {
  local url=$1 path=$2 enc=$3 inm=$4 duration=$5 out=$6
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout 5s --latency)
  [[ -n "$enc" ]] && args+=(-H "Accept-Encoding: $enc")
  [[ -n "$inm" ]] && args+=(-H "If-None-Match: $inm")
  timeout 120 wrk "${args[@]}" "$url$path" >"$out" 2>&1 || die "wrk failed: $(cat "$out")"
  awk '
    /Requests\/sec:/ { rps = $2 }
    $1 == "99%" { v = $2; unit = v; gsub(/[0-9.]/, "", unit); sub(/[a-z]+$/, "", v)
                  p99 = (unit == "us") ? v / 1000 : (unit == "s") ? v * 1000 : (unit == "m") ? v * 60000 : v }
    /Non-2xx or 3xx responses:/ { errors += $NF }
    /Socket errors:/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) errors += $i + 0 }
    END { printf "%.0f %.3f %d\n", rps, p99, errors }' "$out"
}
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

RESULTS="$TMP/results.tsv" # endpoint, haven rps, haven p99, nginx rps, nginx p99, ratio, verdict, runs
DETAIL="$TMP/detail.txt"
: >"$RESULTS"
: >"$DETAIL"
# bench_endpoint NAME PATH ENC KIND LABEL HAVEN_URL [nginx: 1|0] -> appends to RESULTS
bench_endpoint() {
  local name=$1 path=$2 enc=$3 kind=$4 label=$5 hurl=$6 with_nginx=${7:-1}
  local hinm="${INM[haven:$name]:-}" ninm="${INM[nginx:$name]:-}" i r
  local h_rps=() h_p99=() n_rps=() n_p99=() ratios=() errors=0
  run_wrk "$hurl" "$path" "$enc" "$hinm" "$WARMUP" "$TMP/warm.txt" >/dev/null
  ((with_nginx)) && run_wrk "$NGINX_URL" "$path" "$enc" "$ninm" "$WARMUP" "$TMP/warm.txt" >/dev/null
  for ((i = 1; i <= REPEATS; i++)); do
    run_wrk "$hurl" "$path" "$enc" "$hinm" "$DURATION" "$TMP/wrk-haven.txt" >"$TMP/wrk.parsed"
    read -r rps p99 err <"$TMP/wrk.parsed"
    h_rps+=("$rps"); h_p99+=("$p99"); errors=$((errors + err))
    echo "$label | haven | run $i | $rps req/s | p99 $p99 ms | errors $err" >>"$DETAIL"
    if ((with_nginx)); then
      run_wrk "$NGINX_URL" "$path" "$enc" "$ninm" "$DURATION" "$TMP/wrk-nginx.txt" >"$TMP/wrk.parsed"
      read -r rps p99 err <"$TMP/wrk.parsed"
      n_rps+=("$rps"); n_p99+=("$p99"); errors=$((errors + err))
      ratios+=("$(awk -v h="${h_rps[-1]}" -v n="$rps" 'BEGIN { printf "%.4f", (n > 0 ? h / n : 0) }')")
      echo "$label | nginx | run $i | $rps req/s | p99 $p99 ms | errors $err" >>"$DETAIL"
    fi
  done
  local hr hp nr np ratio
  hr=$(printf '%s\n' "${h_rps[@]}" | median); hp=$(printf '%s\n' "${h_p99[@]}" | median)
  if ((with_nginx)); then
    nr=$(printf '%s\n' "${n_rps[@]}" | median); np=$(printf '%s\n' "${n_p99[@]}" | median)
    # Each Haven run is paired with the nginx run right after it (similar background
    # load), and the ratio reported is the median of those pairs' ratios.
    ratio=$(printf '%s\n' "${ratios[@]}" | median)
  else
    nr=${NGINX_RPS[$name]}; np=${NGINX_P99[$name]}
    ratio=$(awk -v h="$hr" -v n="$nr" 'BEGIN { printf "%.4f", h / n }')
  fi
  NGINX_RPS[$name]=$nr; NGINX_P99[$name]=$np
  awk -v l="$label" -v hr="$hr" -v hp="$hp" -v nr="$nr" -v np="$np" -v e="$errors" -v ratio="$ratio" \
    -v hs="$(IFS=/; echo "${h_rps[*]}")" -v ns="$(IFS=/; echo "${n_rps[*]:-(main run)}")" 'BEGIN {
      verdict = (ratio >= 1.0 && hp <= np) ? "yes" : (ratio >= 1.0 ? "no (p99)" : (hp <= np ? "no (req/s)" : "no"))
      if (e > 0) verdict = verdict " ERRORS:" e
      printf "%s\t%.0f\t%.2f\t%.0f\t%.2f\t%.2f\t%s\t%s\t%s\n", l, hr, hp, nr, np, ratio, verdict, hs, ns }' >>"$RESULTS"
  log "$(tail -1 "$RESULTS" | awk -F'\t' '{ printf "%-22s Haven %7s req/s p99 %6s ms | nginx %7s req/s p99 %6s ms | %s× %s", $1, $2, $3, $4, $5, $6, $7 }')"
}
declare -A NGINX_RPS NGINX_P99

log "load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, warm-up $WARMUP, $REPEATS interleaved runs per server"
for entry in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name path enc kind file <<<"$entry"
  bench_endpoint "$name" "$path" "$enc" "$kind" "$name" "$HAVEN_URL"
done
HWM_AFTER_LOAD=$(awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$MAIN_HAVEN_PID/status")
RSS_AFTER_LOAD=$(awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$MAIN_HAVEN_PID/status")
log "Haven after the load runs: VmHWM $HWM_AFTER_LOAD MiB, VmRSS $RSS_AFTER_LOAD MiB"
stop_pid "$MAIN_HAVEN_PID"

# ---------------------------------------------------------------- variants ------------
VARIANT_RESULTS="$TMP/variants.tsv"
: >"$VARIANT_RESULTS"
if [[ "$VARIANTS" == 1 ]]; then
  run_variant() { # LABEL NAME=VALUE...: Haven restarted so; the article and its 304 only
    local label=$1; shift
    start_haven "$@"
    for entry in "${ENDPOINTS[@]}"; do
      IFS='|' read -r name path enc kind file <<<"$entry"
      case "$name" in "article" | "article 304") ;; *) continue ;; esac
      if [[ "$kind" == 304 ]]; then INM[haven:$name]=$(etag_of "$HAVEN_URL" "$path" "$enc"); fi
      # Paired with nginx again: the background load changes by the minute, so a variant is
      # compared through its own Haven/nginx ratio, not with the main run's req/s.
      bench_endpoint "$name" "$path" "$enc" "$kind" "$label: $name" "$HAVEN_URL" 1
    done
    stop_pid "$HAVEN_PID"
  }
  saved_results=$RESULTS
  RESULTS=$VARIANT_RESULTS
  saved_repeats=$REPEATS
  REPEATS=$VARIANT_REPEATS
  log "variant: RUST_LOG=warn (no per-request log line)"
  run_variant "RUST_LOG=warn" RUST_LOG=warn
  if "$HAVEN" serve --help 2>/dev/null | grep -q -- '--rate-limit'; then
    log "variant: rate limiter off (--rate-limit 0)"
    saved_args=("${HAVEN_ARGS[@]}")
    HAVEN_ARGS=(--rate-limit 0)
    run_variant "limiter off" RUST_LOG=info
    HAVEN_ARGS=("${saved_args[@]}")
  fi
  REPEATS=$saved_repeats
  RESULTS=$saved_results
fi
stop_pid "$NGINX_PID"

# ---------------------------------------------------------------- start-up ------------
STARTUP="$TMP/startup.tsv"
: >"$STARTUP"
log "start-up with the shipped content: $STARTS runs"
python3 "$BENCH/startup.py" --binary "$HAVEN" --content-dir "$ROOT" --runs "$STARTS" --label "shipped content" \
  -- "${HAVEN_ARGS[@]}" >>"$STARTUP"
SHIPPED_LOCALES=$(find "$ROOT/locales" -mindepth 2 -maxdepth 2 -name locale.toml | wc -l)
SHIPPED_ARTICLES=$(find "$ROOT/data/articles" -name '*.toml' | wc -l)

GEN_NOTES="$TMP/generated.txt"
: >"$GEN_NOTES"
for locales in $LOCALE_STEPS; do
  dir="$TMP/catalogue-$locales"
  log "generating a catalogue: $locales locale(s) x $ARTICLES articles"
  python3 "$BENCH/generate_catalogue.py" --out "$dir" --locales "$locales" --articles "$ARTICLES" \
    --source "$ROOT" >>"$GEN_NOTES" || die "generate_catalogue.py failed"
  log "  $(tail -1 "$GEN_NOTES")"
  log "  haven check --content-dir $dir"
  check_start=$SECONDS
  if ! timeout 300 "$HAVEN" check --content-dir "$dir" >"$TMP/check-$locales.txt" 2>&1; then
    grep -E ': error: ' "$TMP/check-$locales.txt" | head -20 >&2
    die "haven check found errors in the generated catalogue"
  fi
  log "  check: $(tail -1 "$TMP/check-$locales.txt") ($((SECONDS - check_start)) s)"
  echo "check $locales locales: $(tail -1 "$TMP/check-$locales.txt") in $((SECONDS - check_start)) s" >>"$GEN_NOTES"
  runs=$STARTS
  python3 "$BENCH/startup.py" --binary "$HAVEN" --content-dir "$dir" --runs "$runs" --budget "$STEP_BUDGET" \
    --timeout 300 --label "$locales locales x $ARTICLES articles" -- "${HAVEN_ARGS[@]}" >>"$STARTUP"
  rm -rf "$dir"
done

# ---------------------------------------------------------------- report --------------
report() {
  echo
  echo "## Haven benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $MACHINE"
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other builds and tests share the machine)"
  echo "Haven serve flags: ${HAVEN_ARGS[*]:-(none)} (the limiter on, never reached); RUST_LOG unset (info: one log line per request, to /dev/null)"
  echo "Haven build: $COMMIT"
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency after a $WARMUP warm-up; median of $REPEATS interleaved runs;"
  echo "Haven/nginx = median of the ratios of each Haven run to the nginx run right after it"
  echo
  echo "| endpoint | Haven req/s | Haven p99 (ms) | nginx req/s | nginx p99 (ms) | Haven/nginx | target met | Haven runs (req/s) | nginx runs (req/s) |"
  echo "|---|---:|---:|---:|---:|---:|---|---|---|"
  awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s× | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }' "$RESULTS"
  if [[ -s "$VARIANT_RESULTS" ]]; then
    echo
    echo "Variants: Haven restarted with one setting changed, again interleaved with nginx"
    echo "(median of $VARIANT_REPEATS runs each; compare the Haven/nginx column with the main table's):"
    echo
    echo "| variant: endpoint | Haven req/s | Haven p99 (ms) | nginx req/s | nginx p99 (ms) | Haven/nginx | target met | Haven runs (req/s) | nginx runs (req/s) |"
    echo "|---|---:|---:|---:|---:|---:|---|---|---|"
    awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s× | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }' "$VARIANT_RESULTS"
  fi
  echo
  echo "Peak resident memory of the benchmarked Haven after all load runs: VmHWM $HWM_AFTER_LOAD MiB (VmRSS $RSS_AFTER_LOAD MiB)"
  echo
  echo "| content | runs | start-up median (ms) | min | max | VmHWM at /health, median (MiB) | max | VmRSS at /health, median (MiB) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' -v sl="$SHIPPED_LOCALES" -v sa="$SHIPPED_ARTICLES" '{
      label = ($1 == "shipped content") ? "shipped (" sl " locales, " sa " articles)" : "generated: " $1
      printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", label, $2, $3, $4, $5, $6, $7, $8 }' "$STARTUP"
  echo
  awk -F'\t' -v hwm="$HWM_AFTER_LOAD" '$1 == "shipped content" {
      printf "Targets with the shipped content: start-up < 200 ms: %s (%s ms); RSS < 64 MB: %s (peak %s MiB = %.1f MB after load)\n",
        ($3 < 200 ? "met" : "NOT met"), $3, (hwm * 1.048576 < 64 ? "met" : "NOT met"), hwm, hwm * 1.048576 }' "$STARTUP"
  echo
  echo "Generated catalogues:"
  sed 's/^/  /' "$GEN_NOTES"
  echo
  echo "Every measured run:"
  sed 's/^/  /' "$DETAIL"
  echo
  echo "Total run time: ${SECONDS} s"
}
report | tee "$TMP/summary.md"
if [[ -n "${BENCH_OUT:-}" ]]; then cp "$TMP/summary.md" "$BENCH_OUT"; fi
