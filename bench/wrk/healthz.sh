#!/usr/bin/env bash
# The framework's ceiling on this machine: GET /healthz (no database, no auth) with wrk, 2 threads, 32 connections.
# Usage: bench/wrk/healthz.sh [DURATION]   (default 30s)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/postgres.sh
source bench/wrk/run-server.sh
start_bench_server
trap 'stop_bench_server; rm -rf "$SERVER_DATA"' EXIT
echo "==> wrk -t2 -c32 -d${1:-30s} --latency $SERVER_URL/healthz"
wrk -t2 -c32 -d"${1:-30s}" --latency "$SERVER_URL/healthz"
