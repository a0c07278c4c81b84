#!/usr/bin/env bash
# Benchmarks against a release build, printed as Markdown tables (the README's performance
# section is a copy of this output):
#   scripts/bench.sh
# Measures the citizen bundle (raw / gzip / brotli), Lighthouse on the home page, the report
# form and the receipt page (mobile profile), server throughput and latency with wrk, peak
# memory (with evidence uploads: 12 MP photos and PDFs), and board query time with 1,000 / 10,000 / 100,000 cases (SQLite, and PostgreSQL
# when LENTERA_TEST_POSTGRES_URL is set). Takes about 15 minutes after the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --release
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
command -v chromium >/dev/null || apt-get install -y chromium >/dev/null
scripts/build-site.sh --release
cargo build --release -p lentera --example board_bench --example outbox_bench

echo "## Machine"
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(date -u +%F)"
echo
echo "## Citizen bundle (first load)"
node scripts/bench/bundle.js --budget-kb 150 || true
echo

PORT=${LENTERA_BENCH_PORT:-3190}
DIR=$(mktemp -d)
LENTERA_ADDR=127.0.0.1:$PORT LENTERA_DATA_DIR=$DIR LENTERA_SITE_ROOT=target/site \
  LENTERA_SUBMISSIONS_PER_HOUR=10000 LENTERA_BEHIND_PROXY=true RUST_LOG=warn target/release/lentera > "$DIR/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
BASE="http://127.0.0.1:$PORT"

# Peak memory per phase: the kernel's high-water mark (VmHWM) is read, then reset to the
# current size (clear_refs 5), so each phase's peak is its own; the overall peak is the largest.
PHASES=()
PEAK_KB=0
mem_phase() { # label
  local hwm anon file threads
  read -r hwm anon file threads < <(awk '/^VmHWM/ {h=$2} /^RssAnon/ {a=$2} /^RssFile/ {f=$2} /^Threads/ {t=$2}
    END {print h, a, f, t}' /proc/$PID/status)
  (( hwm > PEAK_KB )) && PEAK_KB=$hwm
  PHASES+=("| $1 | $(( hwm / 1024 )) MB | $(( anon / 1024 )) MB | $(( file / 1024 )) MB | $threads |")
  echo 5 > /proc/$PID/clear_refs 2>/dev/null || true
}
mem_phase "start-up"

# One report to look up, and its receipt page for Lighthouse.
TOKEN=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
RECEIPT=$(curl -fsS -H 'Content-Type: application/json' -H 'Accept: application/json' \
  -d "{\"token\":\"$TOKEN\",\"input\":{\"category\":\"pungli\",\"what\":\"Petugas meminta uang tambahan.\"},\"evidence\":[]}" \
  "$BASE/api/submit_report" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).receipt))')

echo "## Lighthouse (mobile profile, Debian Chromium)"
echo "| page | performance | accessibility | best practices | LCP | total bytes |"
echo "|---|---:|---:|---:|---:|---:|"
for page in / /lapor /cek; do
  out="$DIR/lh.json"
  if npx --yes lighthouse@12.2.3 "$BASE$page" --quiet --output=json --output-path="$out" \
      --only-categories=performance,accessibility,best-practices --chrome-path=/usr/bin/chromium \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" >/dev/null 2>&1; then
    node -e '
const r = require(process.argv[1]), c = r.categories, a = r.audits;
const pct = (x) => Math.round(x.score * 100);
console.log(`| ${process.argv[2]} | ${pct(c.performance)} | ${pct(c.accessibility)} | ${pct(c["best-practices"])} | ${(a["largest-contentful-paint"].numericValue / 1000).toFixed(2)} s | ${a["total-byte-weight"].numericValue} |`);' "$out" "$page"
  else
    echo "| $page | n/a | n/a | n/a | n/a | n/a |"
  fi
done
mem_phase "Lighthouse (3 pages)"
echo

wrk_line() { # label, wrk args…  → "| label | req/s | p50 | p99 |"
  local label=$1; shift
  wrk "$@" --latency 2>/dev/null | awk -v l="$label" '
    /Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    END {printf "| %s | %d | %s | %s |\n", l, rps, p50, p99}'
}
echo "## Server (wrk, 10 s each, on the same machine)"
echo "| request | req/s | p50 | p99 |"
echo "|---|---:|---:|---:|"
wrk_line "home page, 10 clients" -t2 -c10 -d10s "$BASE/"
mem_phase "home page"
wrk_line "report form, 10 clients" -t2 -c10 -d10s "$BASE/lapor"
mem_phase "report form"
for c in 1 10 50; do
  SUBMIT_PATH=/api/submit_report wrk_line "submission, $c clients" -t$(( c < 2 ? 1 : 2 )) -c$c -d10s -s scripts/bench/submit.lua "$BASE"
  mem_phase "submission, $c clients"
done
RECEIPT="$RECEIPT" CHECK_PATH=/api/check_report wrk_line "receipt lookup, 10 clients" -t2 -c10 -d10s -s scripts/bench/check.lua "$BASE"
mem_phase "receipt lookup"
echo

# Evidence uploads, the heaviest thing a citizen can send: 12 MP photos (what a phone takes)
# and PDF scans, 8 at a time, each from an address of its own (behind the pretend proxy) so
# that the per-device upload limit does not stop the run. Cleaning decodes every pixel,
# under the server's 96 MiB decode budget.
python3 scripts/bench/photo.py "$DIR/photo.png" >/dev/null
upload_burst() { # label, file, count
  local started=$SECONDS
  local sending=()
  : > "$DIR/uploads.txt"
  for i in $(seq 1 "$3"); do
    curl -s -o /dev/null -w '%{http_code}\n' -H "X-Forwarded-For: 198.18.$(( i / 250 )).$(( i % 250 + 1 ))" \
      -F "file=@$2" "$BASE/bukti" >> "$DIR/uploads.txt" &
    sending+=($!)
    # Only these: a bare `wait` would wait for the server too.
    if (( ${#sending[@]} == 8 )); then wait "${sending[@]}"; sending=(); fi
  done
  if (( ${#sending[@]} > 0 )); then wait "${sending[@]}"; fi
  echo "| $1 | $3 | $(grep -c '^200$' "$DIR/uploads.txt") | $(( SECONDS - started )) s |"
}
echo "## Evidence uploads (8 at a time)"
echo "| file | sent | stored | time |"
echo "|---|---:|---:|---:|"
upload_burst "12 MP photo (4032 × 3024 PNG, $(( $(stat -c %s "$DIR/photo.png") / 1000 )) KB)" "$DIR/photo.png" 40
mem_phase "uploads: 40 photos of 12 MP"
upload_burst "PDF scan" app/tests/fixtures/scan.pdf 80
mem_phase "uploads: 80 PDF scans"
echo
echo "## Server memory by phase (peak of each phase; resident anonymous / file-backed memory and threads at its end)"
echo "| phase | peak | anonymous | file | threads |"
echo "|---|---:|---:|---:|---:|"
printf '%s\n' "${PHASES[@]}"
echo
echo "Peak memory (VmHWM) of the server over the whole load: $(( PEAK_KB / 1024 )) MB"
echo

echo "## Board query (supervisor's board, 20 loads each)"
target/release/examples/board_bench 1000 10000 100000 2>/dev/null
echo
echo "## Outbox: notices to a local SMTP server (aiosmtpd), one sender"
target/release/examples/outbox_bench 1000 2>/dev/null
