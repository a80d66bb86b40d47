#!/usr/bin/env bash
# Runs the Debian prometheus in the foreground for local mode and the tests, with the repository's
# configuration and alert rules copied into its data folder: the AppHost writes the scrape targets
# (the services' ports are chosen at start-up) into DATA_DIR/targets/, which prometheus.yml reads.
# Usage: prometheus.sh DATA_DIR PORT
set -euo pipefail
data_dir=$(realpath -m "$1"); port=$2
config_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/monitoring/prometheus"
mkdir -p "$data_dir/targets" "$data_dir/tsdb"
cp "$config_dir/prometheus.yml" "$config_dir/alerts.yml" "$data_dir/"
exec prometheus \
  --config.file="$data_dir/prometheus.yml" \
  --storage.tsdb.path="$data_dir/tsdb" \
  --storage.tsdb.retention.time=7d \
  --web.listen-address="127.0.0.1:$port" \
  --web.enable-lifecycle
