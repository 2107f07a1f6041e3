# Functions to install PostgreSQL from Debian's packages and run a throw-away cluster on a free loopback port.
# Source this file, call start_postgres_cluster, and the cluster is stopped and deleted when the shell exits.
# After start: PG_PORT, PG_CONNECTION (an Npgsql connection string for the postgres superuser, database postgres).

source "$(dirname "${BASH_SOURCE[0]}")/debian.sh"

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

ensure_postgres() {
  if [ -z "$(postgres_bin)" ]; then
    echo "==> Installing PostgreSQL from Debian's packages"
    install_debian_packages postgresql
  fi
}

free_port() {
  local port
  for port in $(seq "${1:-55432}" "$(( ${1:-55432} + 100 ))"); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port near ${1:-55432}" >&2; return 1
}

# start_postgres_cluster [durable]: "durable" keeps fsync on (for benchmarks); tests run without it.
start_postgres_cluster() {
  ensure_postgres
  local bin durability
  bin="$(postgres_bin)"
  PG_CLUSTER="$(mktemp -d /tmp/tsunagu-pg.XXXXXX)"
  chmod 755 "$PG_CLUSTER"
  PG_RUN=()
  if [ "$(id -u)" = 0 ]; then chown postgres: "$PG_CLUSTER"; PG_RUN=(runuser -u postgres --); fi
  durability="-c fsync=off -c full_page_writes=off"
  [ "${1:-}" = durable ] && durability="-c shared_buffers=1GB -c max_wal_size=4GB"
  trap stop_postgres_cluster EXIT
  "${PG_RUN[@]}" "$bin/initdb" -D "$PG_CLUSTER/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  # A port nobody listens on may still be held by a client's connection (its local port, from the ephemeral range):
  # then PostgreSQL cannot bind it, and the next ports up are tried.
  local attempt
  for attempt in 0 1 2 3 4; do
    PG_PORT="$(free_port $((55432 + 10 * attempt)))"
    echo "==> Starting a throw-away PostgreSQL ($("$bin/postgres" --version)) on 127.0.0.1:$PG_PORT"
    if "${PG_RUN[@]}" "$bin/pg_ctl" -D "$PG_CLUSTER/data" -l "$PG_CLUSTER/log" -w -o \
      "-p $PG_PORT -k $PG_CLUSTER -c listen_addresses=127.0.0.1 -c max_connections=300 $durability" start >/dev/null; then
      PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
      return 0
    fi
    grep -q "could not bind" "$PG_CLUSTER/log" || break
  done
  echo "PostgreSQL did not start; its log:" >&2; cat "$PG_CLUSTER/log" >&2; return 1
}

stop_postgres_cluster() {
  echo "==> Stopping the throw-away PostgreSQL"
  "${PG_RUN[@]}" "$(postgres_bin)/pg_ctl" -D "$PG_CLUSTER/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_CLUSTER"
}

# postgres_admin_sql SQL: runs one statement as the cluster's superuser, quietly.
postgres_admin_sql() {
  "${PG_RUN[@]}" "$(postgres_bin)/psql" -h "$PG_CLUSTER" -p "$PG_PORT" -U postgres -q -c "$1" >/dev/null
}

# checkpoint_postgres_cluster: writes every dirty buffer out now (after a bulk load, before measuring).
checkpoint_postgres_cluster() { postgres_admin_sql "CHECKPOINT"; }

# create_postgres_database NAME: creates an empty database in the cluster and prints its connection string.
create_postgres_database() {
  postgres_admin_sql "CREATE DATABASE $1"
  echo "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=$1"
}
