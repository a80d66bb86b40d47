#!/usr/bin/env bash
# Runs the Debian redis-server in the foreground for local mode and the tests.
# Usage: redis.sh DATA_DIR PORT, with the password in REDIS_PASSWORD (never on the command line: redis-server reads it
# from DATA_DIR/redis.conf, mode 600, as `requirepass`).
# The server replaces this shell (exec) so that whoever started it can stop it with a signal;
# on SIGTERM it writes its snapshot to DATA_DIR, which the next start loads.
set -euo pipefail
data_dir=$(realpath -m "$1"); port=$2
: "${REDIS_PASSWORD:?is required}"
mkdir -p "$data_dir"
pid_file="$data_dir/redis.pid"

# A server left behind by a killed parent still writes to this folder: stop it first.
if [ -s "$pid_file" ]; then
  pid=$(cat "$pid_file")
  if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = redis-server ]; then
    kill -TERM "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
fi

# A configuration-file string: backslashes and double quotes escaped.
password=${REDIS_PASSWORD//\\/\\\\}; password=${password//\"/\\\"}
(umask 077; printf 'requirepass "%s"\n' "$password" > "$data_dir/redis.conf")
unset REDIS_PASSWORD password

exec redis-server "$data_dir/redis.conf" --bind 127.0.0.1 --port "$port" --dir "$data_dir" --pidfile "$pid_file" \
  --save 60 1000 --appendonly no --protected-mode yes --daemonize no --loglevel warning
