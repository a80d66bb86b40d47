#!/usr/bin/env bash
# Runs the Debian rabbitmq-server in the foreground for local mode and the tests, on its own
# node name, ports and folders so that several instances (a running AppHost, a test run) coexist.
# Usage: rabbitmq.sh DATA_DIR AMQP_PORT
set -euo pipefail
data_dir=$(realpath -m "$1"); port=$2
mkdir -p "$data_dir/mnesia" "$data_dir/log"
export RABBITMQ_NODENAME="ragqa-$port@localhost"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$port
export RABBITMQ_DIST_PORT=$((port + 20000 > 65000 ? port - 20000 : port + 20000))
export RABBITMQ_MNESIA_BASE="$data_dir/mnesia"
export RABBITMQ_LOG_BASE="$data_dir/log"
export RABBITMQ_ENABLED_PLUGINS_FILE="$data_dir/enabled_plugins"
export RABBITMQ_CONFIG_FILE="$data_dir/rabbitmq"
export RABBITMQ_LOGS=-
# The management and Prometheus plugins stay off: they would need ports of their own.
echo "[]." > "$data_dir/enabled_plugins"
echo "loopback_users = none" > "$data_dir/rabbitmq.conf"
exec /usr/lib/rabbitmq/bin/rabbitmq-server
