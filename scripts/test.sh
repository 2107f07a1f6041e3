#!/usr/bin/env bash
# Runs every test on both engines. On a fresh Debian machine with the .NET SDK it installs what the tests need from
# Debian's packages (PostgreSQL), starts a throw-away PostgreSQL cluster on a free loopback port, runs the whole
# solution's tests against SQLite and that cluster, and stops and deletes the cluster however the run ends.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Consent").
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

ensure_postgres() {
  if [ -z "$(postgres_bin)" ]; then
    echo "==> Installing PostgreSQL from Debian's packages"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port between 55432 and 55532" >&2; exit 1
}

start_cluster() {
  local bin; bin="$(postgres_bin)"
  cluster="$(mktemp -d /tmp/tsunagu-pg.XXXXXX)"
  chmod 755 "$cluster"
  run_pg=()
  if [ "$(id -u)" = 0 ]; then chown postgres: "$cluster"; run_pg=(runuser -u postgres --); fi
  port="$(free_port)"
  echo "==> Starting a throw-away PostgreSQL ($("$bin/postgres" --version)) on 127.0.0.1:$port"
  "${run_pg[@]}" "$bin/initdb" -D "$cluster/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  "${run_pg[@]}" "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/log" -w -o \
    "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
  trap stop_cluster EXIT
  export TSUNAGU_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  export TSUNAGU_TEST_REQUIRE_PG=1
}

stop_cluster() {
  echo "==> Stopping the throw-away PostgreSQL"
  "${run_pg[@]}" "$(postgres_bin)/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}

ensure_postgres
start_cluster
echo "==> Running every test (SQLite and PostgreSQL)"
dotnet test Tsunagu.slnx --logger "console;verbosity=normal" "$@"
