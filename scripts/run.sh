#!/usr/bin/env bash
# Sets up and runs Lentera on the embedded SQLite database under data/:
#   scripts/run.sh
# then open http://127.0.0.1:3000. Re-running is fast (incremental build) and keeps data/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --release
scripts/build-site.sh --release
mkdir -p data
export LENTERA_DATA_DIR="${LENTERA_DATA_DIR:-data}"
export LENTERA_SITE_ROOT="${LENTERA_SITE_ROOT:-target/site}"
exec target/release/lentera
