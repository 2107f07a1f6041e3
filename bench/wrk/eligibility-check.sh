#!/usr/bin/env bash
# POST /eligibility/check by card number, audit included, with wrk (2 threads, 32 connections) against a server holding
# the demo data set; GET /healthz first for the framework's ceiling on the same machine.
# Usage: bench/wrk/eligibility-check.sh [sqlite|postgresql] [PEOPLE] [DURATION]   (defaults: sqlite 1000000 30s)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/postgres.sh
source bench/wrk/run-server.sh
source bench/wrk/demo-scenario.sh
run_demo_scenario "${1:-sqlite}" "${2:-1000000}" 0 "${3:-30s}" eligibility 20000 application/json /eligibility/check
