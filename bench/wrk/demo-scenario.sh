# A wrk scenario against a Release server holding a demo data set: demo generate (SQLite, or a throw-away durable
# PostgreSQL; the test HPKI CA first when the bodies are signed), request bodies from `demo queries`, GET /healthz first
# for the framework's ceiling on the same machine, a 30 s warm-up of the scenario itself (dotnet-counters showed the JIT
# compiling hundreds of methods every 2 s for the first 25 s of the prescription check's load), then 2 threads and
# 32 connections POSTing the bodies as the demo clinic. The load's writes are flushed to disk before the server starts.
# Source it after scripts/lib/postgres.sh and bench/wrk/run-server.sh; everything it starts stops when the shell exits.
#
# run_demo_scenario ENGINE PEOPLE HISTORY DURATION KIND COUNT CONTENT_TYPE PATH
#   ENGINE sqlite|postgresql; HISTORY medication-history lines per person; KIND and COUNT as `demo queries --kind --count`.

run_demo_scenario() {
  local engine="$1" people="$2" history="$3" duration="$4" kind="$5" count="$6" content_type="$7" path="$8"
  dotnet build src/Tsunagu.Cli -c Release -v quiet -nologo >/dev/null
  local cli=(dotnet src/Tsunagu.Cli/bin/Release/net10.0/tsunagu.dll)
  DEMO_DATA="$(mktemp -d /tmp/tsunagu-bench-data.XXXXXX)"
  if [ "$engine" = postgresql ]; then
    start_postgres_cluster durable
    export TSUNAGU_DB="$(create_postgres_database tsunagu_bench)"
    trap 'stop_bench_server; rm -rf "$DEMO_DATA"; stop_postgres_cluster' EXIT
  else
    trap 'stop_bench_server; rm -rf "$DEMO_DATA"' EXIT
  fi

  if [ "$kind" = prescription-register ]; then "${cli[@]}" --data "$DEMO_DATA" pki init >/dev/null; fi
  echo "==> demo generate --people $people --history $history ($engine)"
  "${cli[@]}" --data "$DEMO_DATA" demo generate --people "$people" --facilities 10000 --history "$history" 2>/dev/null
  echo "==> flushing the load's writes to disk (a CHECKPOINT on PostgreSQL, then sync), so the run does not pay for them"
  if [ "$engine" = postgresql ]; then checkpoint_postgres_cluster; fi
  sync
  "${cli[@]}" --data "$DEMO_DATA" demo queries --kind "$kind" --people "$people" --count "$count" --out "$DEMO_DATA/bodies"
  start_bench_server "$DEMO_DATA"
  demo_token clinic > "$DEMO_DATA/token"

  echo "==> wrk -t2 -c32 -d10s --latency $SERVER_URL/healthz"
  wrk -t2 -c32 -d10s --latency "$SERVER_URL/healthz"
  echo "==> warm-up: wrk -t2 -c32 -d30s POST $SERVER_URL$path (the JIT's tiering settles in about 25 s; not reported)"
  BODIES_FILE="$DEMO_DATA/bodies" TOKEN_FILE="$DEMO_DATA/token" CONTENT_TYPE="$content_type" \
    wrk -t2 -c32 -d30s -s bench/wrk/post-bodies.lua "$SERVER_URL$path" >/dev/null
  echo "==> wrk -t2 -c32 -d$duration --latency POST $SERVER_URL$path ($engine, $people people, $history history lines each, $kind bodies)"
  local before; before="$(cpu_ticks)"
  BODIES_FILE="$DEMO_DATA/bodies" TOKEN_FILE="$DEMO_DATA/token" CONTENT_TYPE="$content_type" \
    wrk -t2 -c32 -d"$duration" --latency -s bench/wrk/post-bodies.lua "$SERVER_URL$path"
  print_cpu_share "$before" "$(cpu_ticks)"
}

# The machine's idle, iowait and stolen CPU time (/proc/stat: idle, iowait, steal, all) — a run with time stolen by
# other guests of the host measured a smaller machine, so say so beside its numbers.
cpu_ticks() { awk '/^cpu /{print $5, $6, $9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat; }

print_cpu_share() {
  read -r idle0 iowait0 steal0 all0 <<<"$1"
  read -r idle1 iowait1 steal1 all1 <<<"$2"
  local all=$((all1 - all0))
  echo "==> CPU over the run (all cores): idle $(( 100 * (idle1 - idle0) / all ))%, iowait $(( 100 * (iowait1 - iowait0) / all ))%, stolen by the host $(( 100 * (steal1 - steal0) / all ))%"
}
