#!/usr/bin/env bash
# Sets up and runs every test of Lentera:
#   LENTERA_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test scripts/test.sh
# clippy (warnings denied), unit and integration tests (SQLite always, PostgreSQL when
# LENTERA_TEST_POSTGRES_URL is set), then the end-to-end suite in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }

step "tools"
scripts/setup.sh --release
# A real SMTP server for the notice tests (aiosmtpd, from PyPI: it writes what it receives
# into a Maildir the tests read).
if ! python3 -c "import aiosmtpd" 2>/dev/null; then
  step "installing aiosmtpd (the tests' SMTP server)"
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore aiosmtpd
fi
if [[ ! -x /usr/bin/chromium ]]; then
  step "installing Debian's Chromium for the end-to-end tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if [[ -z "${LENTERA_TEST_POSTGRES_URL:-}" ]]; then
  printf '\n\033[1;41m !!! LENTERA_TEST_POSTGRES_URL is not set: the PostgreSQL tests are SKIPPED !!! \033[0m\n\n'
else
  echo "PostgreSQL tests run against ${LENTERA_TEST_POSTGRES_URL%%@*}@…"
fi

step "clippy (server side, warnings denied)"
cargo clippy -p app --features ssr --all-targets -- -D warnings
cargo clippy -p lentera -p migrations --all-targets -- -D warnings
step "clippy (browser side, warnings denied)"
cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings
# Apart: in one cargo run the two bundles' features of `app` would be unified.
cargo clippy -p frontend-staff --target wasm32-unknown-unknown -- -D warnings

step "unit and integration tests"
cargo test -p app --features ssr
cargo test -p lentera -p migrations

step "the citizen's bundle, built as the run command builds it, stays within its size budget"
# The optimised build lays out Leptos's deep view types differently from the debug build
# and has failed where the debug build passed; its sizes are deterministic, so the budget
# is checked here. The issue's goal is 150 KB; the budget is where the bundle is today (the
# README says why), so that it can only shrink.
scripts/build-site.sh --release --frontend-only
node scripts/bench/bundle.js --budget-kb "${LENTERA_WASM_BUDGET_KB:-176.0}"

step "build the site for the end-to-end tests"
scripts/build-site.sh

step "end-to-end tests (Playwright, Debian Chromium)"
(cd end2end && npm ci --silent --no-audit --no-fund)
E2E_DIR=$(mktemp -d)
PORT=${LENTERA_E2E_PORT:-3130}
# The staff accounts the browser tests sign in with.
LENTERA_DATA_DIR="$E2E_DIR" LENTERA_NEW_PASSWORD=Sandi-Uji-E2E-2026 \
  target/debug/lentera admin create admin --role administrator --name Administrator
LENTERA_DATA_DIR="$E2E_DIR" LENTERA_NEW_PASSWORD=Kopi-Tubruk-E2E-2026 \
  target/debug/lentera admin create irban --role supervisor --name "Irban Satu"
LENTERA_DATA_DIR="$E2E_DIR" LENTERA_NEW_PASSWORD=Teh-Poci-E2E-2026 \
  target/debug/lentera admin create auditor --role inspector --name "Auditor Dua"
# The mail server the notices go to; its Maildir lies outside the data directory (what it
# holds is the mail, addresses included, not what Lentera keeps).
MAILDIR=$(mktemp -d)
SMTP_PORT=$((PORT + 2))
python3 -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$MAILDIR/box" &
SMTP_PID=$!
LENTERA_ADDR=127.0.0.1:$PORT LENTERA_DATA_DIR="$E2E_DIR" LENTERA_SITE_ROOT=target/site \
  LENTERA_SMTP_URL="smtp://127.0.0.1:$SMTP_PORT" LENTERA_MAIL_FROM="WBS Uji <wbs@contoh.go.id>" \
  LENTERA_PUBLIC_URL="http://127.0.0.1:$PORT" \
  target/debug/lentera > "$E2E_DIR/server.log" 2>&1 &
SERVER_PID=$!
# A second server whose staff sessions end after 4 idle seconds, for the expiry test.
SHORT_DIR=$(mktemp -d)
SHORT_PORT=$((PORT + 1))
LENTERA_DATA_DIR="$SHORT_DIR" LENTERA_NEW_PASSWORD=Sandi-Uji-E2E-2026 \
  target/debug/lentera admin create admin --role administrator --name Administrator
LENTERA_ADDR=127.0.0.1:$SHORT_PORT LENTERA_DATA_DIR="$SHORT_DIR" LENTERA_SITE_ROOT=target/site \
  LENTERA_SESSION_IDLE_SECS=4 target/debug/lentera > "$SHORT_DIR/server.log" 2>&1 &
SHORT_PID=$!
trap 'kill $SERVER_PID $SHORT_PID $SMTP_PID 2>/dev/null || true' EXIT
for p in "$PORT" "$SHORT_PORT"; do
  for _ in $(seq 1 60); do
    curl -fsS "http://127.0.0.1:$p/healthz" >/dev/null 2>&1 && break
    sleep 0.5
  done
done
(cd end2end && LENTERA_BASE_URL="http://127.0.0.1:$PORT" \
  LENTERA_SHORT_SESSION_URL="http://127.0.0.1:$SHORT_PORT" LENTERA_SHORT_SESSION_IDLE_SECS=4 \
  LENTERA_E2E_MAILDIR="$MAILDIR/box" npx playwright test)
kill $SERVER_PID $SHORT_PID $SMTP_PID 2>/dev/null || true
wait $SERVER_PID $SHORT_PID $SMTP_PID 2>/dev/null || true

step "no trace of the test browser in the database, data directory or logs"
scripts/scan-traces.sh "$E2E_DIR" "$SHORT_DIR"
echo "end-to-end server log: $E2E_DIR/server.log"
