#!/usr/bin/env bash
# Runs the Debian PostgreSQL server in the foreground for local mode and the tests.
# Usage: postgres.sh DATA_DIR PORT [DATABASE]
# Passwords come from the environment, never the command line: POSTGRES_PASSWORD (the superuser `postgres`),
# RAGQA_OWNER_PASSWORD and RAGQA_APP_PASSWORD (the roles of manifests/backing-services/postgres-roles.sql, which
# Kubernetes runs too). Every connection, the local socket's included, authenticates with SCRAM; the server listens
# on 127.0.0.1 only. initdb and postgres refuse to run as root, so both run as the `postgres` system user on a data
# directory it owns. The server replaces this shell (exec) so that whoever started it (the Aspire orchestrator, a test
# fixture) can stop it with a signal.
set -euo pipefail
data_dir=$(realpath -m "$1"); port=$2; database=${3:-ragqa}
: "${POSTGRES_PASSWORD:?is required}" "${RAGQA_OWNER_PASSWORD:?is required}" "${RAGQA_APP_PASSWORD:?is required}"
roles_sql="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/manifests/backing-services/postgres-roles.sql"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_postgres() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=postgres --regid=postgres --init-groups "$@"; else "$@"; fi; }
# Writes stdin to a file only the server's user can read.
write_private() { (umask 077; cat > "$1"); if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$1"; fi; }

mkdir -p "$data_dir"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$data_dir" && chmod 700 "$data_dir"

if [ ! -s "$data_dir/PG_VERSION" ]; then
  # The superuser's password from a file only the server's user can read, removed right after.
  pwfile=$(mktemp)
  printf '%s\n' "$POSTGRES_PASSWORD" | write_private "$pwfile"
  as_postgres "$bin/initdb" -D "$data_dir" -U postgres --auth=scram-sha-256 --pwfile="$pwfile" \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null || { rm -f "$pwfile"; exit 1; }
  rm -f "$pwfile"
  # Create the application database in single-user mode: no network, no second process.
  echo "CREATE DATABASE \"$database\";" | as_postgres "$bin/postgres" --single -D "$data_dir" postgres >/dev/null
fi

# A server left behind by a killed parent still holds the data directory: stop it first.
if [ -f "$data_dir/postmaster.pid" ] && kill -0 "$(head -n 1 "$data_dir/postmaster.pid")" 2>/dev/null; then
  as_postgres "$bin/pg_ctl" stop -D "$data_dir" -m fast -w >/dev/null || true
fi

# Bring the passwords and roles up to date (a changed password, a data folder from before the roles) with the server
# reachable only by the superuser on a socket in the data directory (mode 700: the server's own user alone).
printf 'local all postgres trust\n' | write_private "$data_dir/pg_hba.setup.conf"
as_postgres "$bin/pg_ctl" start -D "$data_dir" -w -s -l "$data_dir/setup.log" \
  -o "-p $port -c listen_addresses= -c unix_socket_directories=$data_dir -c hba_file=$data_dir/pg_hba.setup.conf"
{
  printf '%s\n' '\set ON_ERROR_STOP on' '\getenv superuser_password POSTGRES_PASSWORD' \
    "ALTER ROLE postgres PASSWORD :'superuser_password';"
  cat "$roles_sql"
  # Tables the superuser migrated before the owner role existed go to the owner, which migrates from now on.
  cat <<'SQL'
DO $$
DECLARE t record;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> 'ragqa_owner' LOOP
    EXECUTE format('ALTER TABLE public.%I OWNER TO ragqa_owner', t.tablename);
  END LOOP;
END
$$;
SQL
} | as_postgres "$bin/psql" -X -q -h "$data_dir" -p "$port" -U postgres -d "$database" >/dev/null
as_postgres "$bin/pg_ctl" stop -D "$data_dir" -m fast -w -s
rm -f "$data_dir/pg_hba.setup.conf" "$data_dir/setup.log"

printf '%s\n' '# Written by scripts/local/postgres.sh at every start: a password (SCRAM) for every connection.' \
  'local all all scram-sha-256' 'host all all 127.0.0.1/32 scram-sha-256' | write_private "$data_dir/pg_hba.conf"
unset POSTGRES_PASSWORD RAGQA_OWNER_PASSWORD RAGQA_APP_PASSWORD
exec setpriv --reuid=postgres --regid=postgres --init-groups \
  "$bin/postgres" -D "$data_dir" -p "$port" \
  -c listen_addresses=127.0.0.1 -c unix_socket_directories="$data_dir" \
  -c max_connections=200 -c shared_buffers=256MB
