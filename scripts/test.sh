#!/usr/bin/env bash
# Runs every test on both engines. On a fresh Debian machine with the .NET SDK it installs what the tests need from
# Debian's packages (PostgreSQL), starts a throw-away PostgreSQL cluster on a free loopback port, runs the whole
# solution's tests against SQLite and that cluster, and stops and deletes the cluster however the run ends.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Consent").
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh

start_postgres_cluster
export TSUNAGU_TEST_PG="$PG_CONNECTION"
export TSUNAGU_TEST_REQUIRE_PG=1
echo "==> Running every test (SQLite and PostgreSQL)"
dotnet test Tsunagu.slnx --logger "console;verbosity=normal" "$@"
