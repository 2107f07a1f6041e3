#!/usr/bin/env bash
# POST /prescriptions/check (重複投薬等チェック of drug codes, JSON) as the demo clinic, audit included, with wrk (2 threads,
# 32 connections) against a server holding the demo data set with its medication history; GET /healthz first for the
# framework's ceiling on the same machine. Each body is what a doctor prescribes a demo person today: some find a
# duplicate of what the person takes, a few a 併用禁忌.
# Usage: bench/wrk/prescription-check.sh [sqlite|postgresql] [PEOPLE] [HISTORY] [DURATION]   (defaults: sqlite 1000000 10 30s)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/postgres.sh
source bench/wrk/run-server.sh
source bench/wrk/demo-scenario.sh
run_demo_scenario "${1:-sqlite}" "${2:-1000000}" "${3:-10}" "${4:-30s}" prescription-check 20000 application/json /prescriptions/check
