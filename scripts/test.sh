#!/usr/bin/env bash
# The test command (README and CI): install prerequisites, then run every test against real
# PostgreSQL, Redis and RabbitMQ servers that the tests start themselves on free loopback ports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
dotnet build RagQa.sln -nologo -v quiet
dotnet test RagQa.sln --no-build -nologo --logger "console;verbosity=normal" "$@"
