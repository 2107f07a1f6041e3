#!/usr/bin/env bash
# POST /eligibility/check by card number, audit included, with wrk (2 threads, 32 connections) against a server holding
# the demo data set; GET /healthz first for the framework's ceiling on the same machine.
# Usage: bench/wrk/eligibility-check.sh [sqlite|postgresql] [PEOPLE] [DURATION]   (defaults: sqlite 1000000 30s)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/postgres.sh
source bench/wrk/run-server.sh
engine="${1:-sqlite}"; people="${2:-1000000}"; duration="${3:-30s}"

dotnet build src/Tsunagu.Cli -c Release -v quiet -nologo >/dev/null
cli=(dotnet src/Tsunagu.Cli/bin/Release/net10.0/tsunagu.dll)
data="$(mktemp -d /tmp/tsunagu-bench-data.XXXXXX)"
cleanup() { stop_bench_server; rm -rf "$data"; }
if [ "$engine" = postgresql ]; then
  start_postgres_cluster durable
  export TSUNAGU_DB="$(create_postgres_database tsunagu_bench)"
  cleanup() { stop_bench_server; rm -rf "$data"; stop_postgres_cluster; }
fi
trap cleanup EXIT

echo "==> demo generate --people $people ($engine)"
"${cli[@]}" --data "$data" demo generate --people "$people" --facilities 10000 2>/dev/null
"${cli[@]}" demo queries --people "$people" --count 20000 --out "$data/bodies.ndjson"
start_bench_server "$data"
demo_token clinic > "$data/token"

echo "==> wrk -t2 -c32 -d10s --latency $SERVER_URL/healthz"
wrk -t2 -c32 -d10s --latency "$SERVER_URL/healthz"
echo "==> wrk -t2 -c32 -d$duration --latency POST $SERVER_URL/eligibility/check ($engine, $people people)"
BODIES_FILE="$data/bodies.ndjson" TOKEN_FILE="$data/token" wrk -t2 -c32 -d"$duration" --latency -s bench/wrk/post-json.lua "$SERVER_URL/eligibility/check"
