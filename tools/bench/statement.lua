-- GET one RACGP member's 2025 credit statement in turn; paced by delay(). MEMBERS (written by load.sh) is { id, id, ... }.
local members = dofile(os.getenv("MEMBERS"))
local token = os.getenv("TOKEN")
local pace = tonumber(os.getenv("PACE_MS") or "50")
local counter = 0

function setup(thread)
  thread:set("offset", counter * 7919)
  counter = counter + 1
end

function init(args)
  n = offset
end

function delay()
  return pace
end

function request()
  n = n + 1
  return wrk.format("GET", "/api/members/" .. members[(n % #members) + 1] .. "/cpd?college=RACGP&year=2025",
    { ["Authorization"] = "Bearer " .. token })
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %d requests; errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
