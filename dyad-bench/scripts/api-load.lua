-- wrk script for /api/events. Two mixes, chosen with the environment variable DYAD_LOAD_MIX:
--   fixed  (default) the eight filtered queries a dashboard's first clicks send, over and over;
--   random a new combination of actor, root, QuadClass, dates, page and order for most requests,
--          so that few questions repeat and the server's answer cache rarely helps.
local fixed = {
  "/api/events",
  "/api/events?actor=ETH&root=19",
  "/api/events?from=2027-01-01&to=2027-06-30&quad_class=3,4",
  "/api/events?q=ceasefire&sort=goldstein",
  "/api/events?country=SDN&modality=negated,hypothetical",
  "/api/events?source=EGY&target=ETH&page=3&size=50",
  "/api/events?code=05&from=2026-03-01&to=2028-12-31&sort=-mentions",
  "/api/events?agent=GOV&quad_class=4&page=2",
}
local actors = {"ETH", "EGY", "SDN", "USA", "KEN", "ERI", "IGOAFU", "IGOUNO", "SAU", "TUR", "ARE", "EGYGOV", "ETHGOV"}
local sorts = {"-date", "date", "goldstein", "-goldstein", "code", "-mentions"}
local mix = os.getenv("DYAD_LOAD_MIX") or "fixed"
local i = 0

local function random_query()
  local q = {}
  if math.random() < 0.6 then q[#q + 1] = "actor=" .. actors[math.random(#actors)] end
  if math.random() < 0.4 then q[#q + 1] = string.format("root=%02d", math.random(20)) end
  if math.random() < 0.3 then q[#q + 1] = "quad_class=" .. math.random(4) end
  if math.random() < 0.5 then
    local year = 2025 + math.random(0, 6)
    local month = math.random(1, 12)
    q[#q + 1] = string.format("from=%d-%02d-01&to=%d-%02d-28", year, month, year + math.random(0, 1), month)
  end
  q[#q + 1] = "page=" .. math.random(1, 5)
  q[#q + 1] = "sort=" .. sorts[math.random(#sorts)]
  return "/api/events?" .. table.concat(q, "&")
end

function setup(thread)
  thread:set("seed", math.random(1, 1e9))
end

function init(args)
  math.randomseed(seed or os.time())
end

request = function()
  i = i + 1
  if mix == "random" then
    return wrk.format("GET", random_query())
  end
  return wrk.format("GET", fixed[(i % #fixed) + 1])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("mix %s: requests %d, %.1f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d "
      .. "(connect %d, read %d, write %d, timeout %d, non-2xx %d)\n", mix,
      summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      e.connect + e.read + e.write + e.timeout + e.status,
      e.connect, e.read, e.write, e.timeout, e.status))
end
