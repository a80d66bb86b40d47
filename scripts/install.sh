#!/usr/bin/env bash
# Installs what RagQa needs on a Debian 12 machine, idempotently: the PostgreSQL, Redis and RabbitMQ
# servers that local mode and the tests run as child processes, Chromium for the agent-page browser
# test, Prometheus/promtool for the monitoring checks, then restores the NuGet packages.
# Nothing is downloaded at run time afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(postgresql postgresql-contrib redis-server rabbitmq-server chromium prometheus curl)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  # The packaged services must not start on their default ports: RagQa runs its own instances.
  echo exit 101 | $sudo_cmd tee /usr/sbin/policy-rc.d >/dev/null && $sudo_cmd chmod +x /usr/sbin/policy-rc.d
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
  $sudo_cmd rm -f /usr/sbin/policy-rc.d
fi

dotnet restore RagQa.sln --nologo -v quiet
