#!/usr/bin/env bash
# CI jobs "unit", "integration" and "end-to-end": the README's test command (scripts/test.sh) with a filter that
# picks one suite. end-to-end: RagQa.Tests.EndToEnd (the whole system under the AppHost); integration: the test
# classes in the "local servers" collection (real PostgreSQL, Redis and RabbitMQ); unit: every other test. The
# three together are the whole suite, each test in one of them.
# Usage: scripts/ci/test.sh [--dry-run] unit|integration|end-to-end
source "$(dirname "$0")/lib.sh"
[ "${1:-}" = --dry-run ] && { ci_dry_run=1; shift; }
cd "$ci_root"

end_to_end=RagQa.Tests.EndToEnd.

# Namespace.Class. of each test class marked [Collection(LocalServersCollection.Name)] (one type per file, so the
# class is named as its file), outside the end-to-end tests.
integration_classes() {
  grep -rlF --include='*.cs' '[Collection(LocalServersCollection.Name)]' RagQa.Tests | sort | while read -r file; do
    namespace=$(sed -n 's/^namespace \([A-Za-z0-9_.]*\);.*/\1/p' "$file" | head -n 1)
    [ "$namespace." = "${namespace%%.EndToEnd*}." ] || continue
    echo "$namespace.$(basename "$file" .cs)."
  done
}

join() {
  local separator=$1 joined=$2
  shift 2
  for part in "$@"; do joined+="$separator$part"; done
  printf '%s' "$joined"
}

case "${1:-}" in
  end-to-end)
    filter="FullyQualifiedName~$end_to_end" ;;
  integration)
    mapfile -t classes < <(integration_classes)
    filter="($(join '|' "${classes[@]/#/FullyQualifiedName~}"))" ;;
  unit)
    mapfile -t classes < <(integration_classes)
    filter=$(join '&' "FullyQualifiedName!~$end_to_end" "${classes[@]/#/FullyQualifiedName!~}") ;;
  *)
    echo "usage: $0 [--dry-run] unit|integration|end-to-end" >&2
    exit 2 ;;
esac

run bash scripts/test.sh --filter "$filter"
