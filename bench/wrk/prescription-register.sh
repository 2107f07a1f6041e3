#!/usr/bin/env bash
# Signed POST /prescriptions (処方箋登録: XAdES verified against the test HPKI CA, the 重複投薬等チェック, a fresh 引換番号,
# the prescription and its history lines stored in a group-committed write, audit included) as the demo clinic, with wrk
# (2 threads, 32 connections) against a server holding the demo data set with its medication history; GET /healthz first
# for the framework's ceiling on the same machine. Bodies are SJ1 CSV issued today, each in its doctor's signature, one
# per line (application/xml); every request registers a new prescription.
# Usage: bench/wrk/prescription-register.sh [sqlite|postgresql] [PEOPLE] [HISTORY] [DURATION]   (defaults: sqlite 1000000 10 30s)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/postgres.sh
source bench/wrk/run-server.sh
source bench/wrk/demo-scenario.sh
run_demo_scenario "${1:-sqlite}" "${2:-1000000}" "${3:-10}" "${4:-30s}" prescription-register 10000 application/xml /prescriptions
