-- POSTs the bodies in BODIES_FILE (one per line), round-robin, with the bearer token in TOKEN_FILE and the
-- Content-Type in CONTENT_TYPE (default application/json; signed prescriptions are application/xml).
-- Every request is formatted once in init, so that wrk's own CPU time stays small beside the server's on a shared
-- machine; each wrk thread starts at a different line so the server sees many different patients.
local prepared = {}
local index = 0

function init(args)
  local token = io.open(os.getenv("TOKEN_FILE")):read("*l")
  local headers = { ["Content-Type"] = os.getenv("CONTENT_TYPE") or "application/json", ["Authorization"] = "Bearer " .. token }
  for line in io.lines(os.getenv("BODIES_FILE")) do prepared[#prepared + 1] = wrk.format("POST", nil, headers, line) end
  index = math.random(#prepared)
end

function request()
  index = index % #prepared + 1
  return prepared[index]
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx/3xx: %d   socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
