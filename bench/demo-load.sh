#!/usr/bin/env bash
# Times `tsunagu demo generate` (generation + bulk load, one transaction) on SQLite and on a throw-away, durable
# PostgreSQL. HISTORY is the medication-history lines per person (0 for coverages only).
# Usage: bench/demo-load.sh [PEOPLE] [FACILITIES] [HISTORY] [ENGINES]
#   (defaults 1000000, 10000, 0 and "sqlite postgresql"; e.g. bench/demo-load.sh 1000000 10000 10 sqlite)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh
people="${1:-1000000}"
facilities="${2:-10000}"
history="${3:-0}"
engines="${4:-sqlite postgresql}"

dotnet build src/Tsunagu.Cli -c Release -v quiet -nologo >/dev/null
cli=(dotnet src/Tsunagu.Cli/bin/Release/net10.0/tsunagu.dll)
work="$(mktemp -d /tmp/tsunagu-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
generate=(demo generate --people "$people" --facilities "$facilities" --history "$history")

if [[ " $engines " == *" sqlite "* ]]; then
  echo "==> SQLite: ${generate[*]}"
  /usr/bin/time -f "wall %e s, max RSS %M KiB" "${cli[@]}" --data "$work/sqlite" "${generate[@]}" 2>&1 | grep -v '^loading'
fi

if [[ " $engines " == *" postgresql "* ]]; then
  start_postgres_cluster durable
  trap 'stop_postgres_cluster; rm -rf "$work"' EXIT
  db="$(create_postgres_database tsunagu_bench)"
  echo "==> PostgreSQL: ${generate[*]}"
  TSUNAGU_DB="$db" /usr/bin/time -f "wall %e s, max RSS %M KiB" "${cli[@]}" --data "$work/pg" "${generate[@]}" 2>&1 | grep -v '^loading'
fi
