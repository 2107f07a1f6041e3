# Starts a Release build of the server on a free port with a fresh data folder (and demo data when asked), for wrk
# scenarios. Source it; after start_bench_server: SERVER_URL, SERVER_DATA. The server stops when the shell exits.
# start_bench_server [demo-people]   (with TSUNAGU_DB set, the server runs on that PostgreSQL database)

start_bench_server() {
  dotnet build src/Tsunagu.Server -c Release -v quiet -nologo >/dev/null
  local port
  port="$(free_port 18080)"
  SERVER_DATA="$(mktemp -d /tmp/tsunagu-bench-data.XXXXXX)"
  SERVER_URL="http://127.0.0.1:$port"
  TSUNAGU_DATA="$SERVER_DATA" TSUNAGU_DEMO="${1:+true}" TSUNAGU_DEMO_PEOPLE="${1:-0}" TSUNAGU_RATE_LIMIT=1000000 \
    Logging__LogLevel__Default=Warning \
    dotnet src/Tsunagu.Server/bin/Release/net10.0/Tsunagu.Server.dll --urls "$SERVER_URL" >"$SERVER_DATA/server.log" 2>&1 &
  SERVER_PID=$!
  trap 'kill $SERVER_PID 2>/dev/null; wait $SERVER_PID 2>/dev/null; rm -rf "$SERVER_DATA"' EXIT
  for _ in $(seq 1 120); do
    curl -sf "$SERVER_URL/healthz" >/dev/null && return 0
    sleep 0.5
  done
  echo "the server did not start; its log:" >&2; cat "$SERVER_DATA/server.log" >&2; return 1
}
