#!/usr/bin/env bash
# The test command (README and CI): install prerequisites, then run every test against real
# PostgreSQL, Redis and RabbitMQ servers that the tests start themselves on free loopback ports.
# The console keeps to progress, failures with their messages and the summary; the full record of a
# run — TRX and HTML reports with each test's output, and every service's log lines — goes to
# TestResults/<run>/ (git-ignored), printed at the end. Extra arguments go to `dotnet test`
# (e.g. --filter "FullyQualifiedName~SeededQueryTests").
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
dotnet build RagQa.sln -nologo -v quiet

run="TestResults/$(date -u +%Y%m%d-%H%M%S)"
export RAGQA_TEST_LOGS="$PWD/$run/logs"
status=0
dotnet test RagQa.sln --no-build -nologo --results-directory "$run" \
  --logger "console;verbosity=minimal" --logger "trx;LogFileName=tests.trx" --logger "html;LogFileName=tests.html" \
  "$@" || status=$?

# One plain closing line, read from the TRX counters (xunit's skipped tests are "not executed").
if counters=$(grep -ho '<Counters [^>]*' "$run"/*.trx 2>/dev/null | head -n 1) && [ -n "$counters" ]; then
  count() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  echo "$(count passed) passed, $(count failed) failed, $(( $(count total) - $(count executed) )) skipped"
fi
echo "Full reports and logs: $run/ (tests.html, tests.trx, logs/)"
exit "$status"
