# Starts a Release build of the server on a free port, for wrk scenarios. Source it (after scripts/lib/postgres.sh);
# start_bench_server [DATA_FOLDER] uses that data folder (a fresh one when omitted) and TSUNAGU_DB when set.
# After it: SERVER_URL, SERVER_DATA. The server stops when the shell exits. wrk is installed from Debian's packages
# when it is not on the machine yet.

start_bench_server() {
  ensure_wrk
  local build
  if ! build="$(dotnet build src/Tsunagu.Server -c Release -v quiet -nologo 2>&1)"; then
    echo "the server did not build:" >&2; echo "$build" >&2; return 1
  fi
  local port
  port="$(free_port 18080)"
  SERVER_DATA="${1:-$(mktemp -d /tmp/tsunagu-bench-data.XXXXXX)}"
  SERVER_URL="http://127.0.0.1:$port"
  TSUNAGU_DATA="$SERVER_DATA" TSUNAGU_RATE_LIMIT=1000000 Logging__LogLevel__Default=Warning \
    dotnet src/Tsunagu.Server/bin/Release/net10.0/Tsunagu.Server.dll --urls "$SERVER_URL" >"$SERVER_DATA/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    curl -sf "$SERVER_URL/healthz" >/dev/null && return 0
    sleep 0.5
  done
  echo "the server did not start; its log:" >&2; cat "$SERVER_DATA/server.log" >&2; return 1
}

ensure_wrk() {
  command -v wrk >/dev/null && return 0
  echo "==> Installing wrk from Debian's packages"
  install_debian_packages wrk
}

stop_bench_server() { [ -n "${SERVER_PID:-}" ] || return 0; kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; }

# demo_token KIND: an access token for the demo client of that kind (from demo-clients.json).
demo_token() {
  python3 - "$SERVER_URL" "$SERVER_DATA/demo-clients.json" "$1" <<'PY'
import json, sys, urllib.parse, urllib.request
url, path, kind = sys.argv[1:4]
client = next(c for c in json.load(open(path))["clients"] if c["kind"] == kind)
body = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": client["clientId"], "client_secret": client["clientSecret"]}).encode()
print(json.load(urllib.request.urlopen(url + "/auth/token", body))["access_token"])
PY
}
