#!/usr/bin/env bash
# Runs the Debian rabbitmq-server in the foreground for local mode and the tests, on its own
# node name, ports and folders so that several instances (a running AppHost, a test run) coexist.
# Usage: rabbitmq.sh DATA_DIR AMQP_PORT [DIST_PORT] [PROMETHEUS_PORT], with RAGQA_RABBITMQ_PASSWORD set: the broker's
# only user, `ragqa`, confined to the vhost `ragqa`, is loaded from definitions (DATA_DIR/definitions.json, mode 600)
# at every start; a node that loads definitions creates no `guest`. rabbitmqctl needs no user (the Erlang cookie).
# The node name is chosen once per data directory and kept in it: RabbitMQ files its database
# under the node name, so a stable name is what lets queues and messages survive a restart.
set -euo pipefail
data_dir=$(realpath -m "$1"); port=$2
: "${RAGQA_RABBITMQ_PASSWORD:?is required}"
dist_port=${3:-$((port + 20000 > 65000 ? port - 20000 : port + 20000))}
# A node database from before the definitions still holds `guest`: start it afresh (its queues are lost).
if [ -d "$data_dir/mnesia" ] && [ ! -f "$data_dir/definitions.json" ]; then
  echo "Resetting the broker's database in $data_dir/mnesia: it was created with the guest user" >&2
  rm -rf "$data_dir/mnesia"
fi
mkdir -p "$data_dir/mnesia" "$data_dir/log"
[ -s "$data_dir/nodename" ] || echo "ragqa-$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')" > "$data_dir/nodename"
node_name=$(cat "$data_dir/nodename")

export RABBITMQ_NODENAME="$node_name@localhost"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$port
export RABBITMQ_DIST_PORT=$dist_port
export RABBITMQ_MNESIA_BASE="$data_dir/mnesia"
export RABBITMQ_LOG_BASE="$data_dir/log"
export RABBITMQ_ENABLED_PLUGINS_FILE="$data_dir/enabled_plugins"
export RABBITMQ_CONFIG_FILE="$data_dir/rabbitmq"
export RABBITMQ_LOGS=-
# Erlang distribution (used by rabbitmqctl) listens on every interface unless told otherwise, and so does the
# epmd name server it starts (port 4369): both on loopback only. An epmd already running keeps its own address.
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export ERL_EPMD_ADDRESS=127.0.0.1
# A JSON string: backslashes and double quotes escaped.
password=${RAGQA_RABBITMQ_PASSWORD//\\/\\\\}; password=${password//\"/\\\"}
(umask 077; cat > "$data_dir/definitions.json" <<EOF
{
  "users": [{"name": "ragqa", "password": "$password", "tags": []}],
  "vhosts": [{"name": "ragqa"}],
  "permissions": [{"user": "ragqa", "vhost": "ragqa", "configure": ".*", "write": ".*", "read": ".*"}]
}
EOF
)
unset RAGQA_RABBITMQ_PASSWORD password
echo "load_definitions = $data_dir/definitions.json" > "$data_dir/rabbitmq.conf"
# The Prometheus plugin only when given a port of its own (on loopback); the management plugin stays off.
if [ -n "${4:-}" ]; then
  echo "[rabbitmq_prometheus]." > "$data_dir/enabled_plugins"
  printf 'prometheus.tcp.port = %s\nprometheus.tcp.ip = 127.0.0.1\n' "$4" >> "$data_dir/rabbitmq.conf"
else
  echo "[]." > "$data_dir/enabled_plugins"
fi

# A node left behind by a killed parent still holds the name and the database: stop it first.
if epmd -names 2>/dev/null | grep -q "^name $node_name "; then
  /usr/lib/rabbitmq/bin/rabbitmqctl -n "$RABBITMQ_NODENAME" stop >/dev/null 2>&1 || true
fi

# Take the branch rabbitmq-server uses under systemd: the Erlang VM replaces this shell instead of
# running behind a signal-forwarding wrapper, so the SIGTERM of whoever started us reaches the broker
# itself (which then shuts down cleanly) and no wrapper can be killed while the VM lives on.
export RUNNING_UNDER_SYSTEMD=true
exec /usr/lib/rabbitmq/bin/rabbitmq-server
