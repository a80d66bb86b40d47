#!/usr/bin/env bash
# Runs the Debian redis-server in the foreground for local mode and the tests.
# Usage: redis.sh DATA_DIR PORT
set -euo pipefail
data_dir=$(realpath -m "$1"); port=$2
mkdir -p "$data_dir"
exec redis-server --bind 127.0.0.1 --port "$port" --dir "$data_dir" \
  --save 60 1000 --appendonly no --protected-mode yes --daemonize no --loglevel warning
