-- PUT a whole register to one of the open meetings in turn, as the group's leaders would; paced by delay() to ~RATE/connections.
-- REGISTERS (a Lua file written by load.sh) holds { {meetingId, leader, coLeader, m1..m6}, ... }; TOKEN and PACE_MS come from the environment.
local registers = dofile(os.getenv("REGISTERS"))
local token = os.getenv("TOKEN")
local pace = tonumber(os.getenv("PACE_MS") or "50")
local statuses = { "Present", "Present", "Present", "Present", "Apology", "Absent" }
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
  local r = registers[(n % #registers) + 1]
  local entries = {}
  for i = 2, #r do
    entries[#entries + 1] = string.format('{"memberId":%d,"status":"%s"}', r[i], statuses[((n + i) % #statuses) + 1])
  end
  local body = '{"entries":[' .. table.concat(entries, ",") .. ']}'
  return wrk.format("PUT", "/api/meetings/" .. r[1] .. "/attendance",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %d requests; errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
