#!/usr/bin/env bash
# After the end-to-end suite: no file Lentera wrote (database, WAL, logs, secrets) may hold
# the test browser's address or user agent, or in clear the e-mail address the test reporter
# gave for notices (end2end/tests/staff.spec.ts). The one allowed "127.0.0.1" is the server's own
# listen address in its start-up line.
#   scripts/scan-traces.sh DIR...
set -euo pipefail
found=0
for dir in "$@"; do
  while IFS= read -r hit; do
    echo "TRACE: $hit"
    found=1
  done < <(grep -raoE "HeadlessChrome[^\"]{0,20}|Mozilla/5\.0|pelapor\.e2e|.{0,30}127\.0\.0\.1.{0,10}" "$dir" | grep -v "running at http://127\.0\.0\.1" || true)
done
if [[ $found -ne 0 ]]; then
  echo "a reporter's address or user agent was written to disk" >&2
  exit 1
fi
echo "no address or user agent of the browser in: $*"
