-- POSTs the bodies in BODIES_FILE (one per line), round-robin, with the bearer token in TOKEN_FILE and the
-- Content-Type in CONTENT_TYPE (default application/json; signed prescriptions are application/xml).
-- Each wrk thread starts at a different line so the server sees many different patients.
local bodies = {}
local token = ""
local content_type = os.getenv("CONTENT_TYPE") or "application/json"
local index = 0

function init(args)
  for line in io.lines(os.getenv("BODIES_FILE")) do bodies[#bodies + 1] = line end
  token = io.open(os.getenv("TOKEN_FILE")):read("*l")
  index = math.random(#bodies)
end

function request()
  index = index % #bodies + 1
  return wrk.format("POST", nil, { ["Content-Type"] = content_type, ["Authorization"] = "Bearer " .. token }, bodies[index])
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx/3xx: %d   socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
