#!/usr/bin/env bash
# Times `tsunagu demo generate` (generation + bulk load, one transaction) on SQLite and on a throw-away, durable
# PostgreSQL. Usage: bench/demo-load.sh [PEOPLE] [FACILITIES]   (defaults 1000000 and 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
people="${1:-1000000}"
facilities="${2:-10000}"

dotnet build src/Tsunagu.Cli -c Release -v quiet -nologo >/dev/null
cli=(dotnet src/Tsunagu.Cli/bin/Release/net10.0/tsunagu.dll)
work="$(mktemp -d /tmp/tsunagu-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "==> SQLite: demo generate --people $people --facilities $facilities"
/usr/bin/time -f "wall %e s, max RSS %M KiB" "${cli[@]}" --data "$work/sqlite" demo generate --people "$people" --facilities "$facilities" 2>&1 | grep -v '^loading'

start_postgres_cluster durable
trap 'stop_postgres_cluster; rm -rf "$work"' EXIT
db="$(create_postgres_database tsunagu_bench)"
echo "==> PostgreSQL: demo generate --people $people --facilities $facilities"
TSUNAGU_DB="$db" /usr/bin/time -f "wall %e s, max RSS %M KiB" "${cli[@]}" --data "$work/pg" demo generate --people "$people" --facilities "$facilities" 2>&1 | grep -v '^loading'
