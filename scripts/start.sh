#!/usr/bin/env bash
# Starts RagQa on this machine: installs what is missing (scripts/install.sh), then runs the AppHost,
# which starts the backing services (containers when a container engine answers, else the local
# Debian servers with data under .ragqa/), the api on http://localhost:5080 and the three workers.
# Dashboard: http://localhost:18888. Extra arguments go to the AppHost, for example:
#   scripts/start.sh --RagQa:Mode local --Embeddings:Provider hashing
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
exec dotnet run --project RagQa.AppHost -- "$@"
