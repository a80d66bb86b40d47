#!/usr/bin/env bash
# Runs the Debian PostgreSQL server in the foreground for local mode and the tests.
# Usage: postgres.sh DATA_DIR PORT [DATABASE]
# initdb and postgres refuse to run as root, so both run as the `postgres` system user
# on a data directory it owns. The server replaces this shell (exec) so that whoever
# started it (the Aspire orchestrator, a test fixture) can stop it with a signal.
set -euo pipefail
data_dir=$(realpath -m "$1"); port=$2; database=${3:-ragqa}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_postgres() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=postgres --regid=postgres --init-groups "$@"; else "$@"; fi; }

mkdir -p "$data_dir"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$data_dir" && chmod 700 "$data_dir"

if [ ! -s "$data_dir/PG_VERSION" ]; then
  as_postgres "$bin/initdb" -D "$data_dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  # Create the application database in single-user mode: no network, no second process.
  echo "CREATE DATABASE \"$database\";" | as_postgres "$bin/postgres" --single -D "$data_dir" postgres >/dev/null
fi

# A server left behind by a killed parent still holds the data directory: stop it first.
if [ -f "$data_dir/postmaster.pid" ] && kill -0 "$(head -n 1 "$data_dir/postmaster.pid")" 2>/dev/null; then
  as_postgres "$bin/pg_ctl" stop -D "$data_dir" -m fast -w >/dev/null || true
fi

exec setpriv --reuid=postgres --regid=postgres --init-groups \
  "$bin/postgres" -D "$data_dir" -p "$port" \
  -c listen_addresses=127.0.0.1 -c unix_socket_directories="$data_dir" \
  -c max_connections=200 -c shared_buffers=256MB
