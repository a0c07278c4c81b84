-- wrk: each request sends a new report with a fresh one-time form token (32 hex digits),
-- as a citizen's browser does; the same token twice would only replay the stored receipt.
local path = os.getenv("SUBMIT_PATH")
local hex = "0123456789abcdef"
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)

local function token()
  local t = {}
  for i = 1, 32 do
    local k = math.random(1, 16)
    t[i] = hex:sub(k, k)
  end
  return table.concat(t)
end

request = function()
  local body = '{"token":"' .. token() .. '","input":{"category":"pungli","what":"Petugas loket meminta uang tambahan agar KTP cepat dicetak.","who":"Petugas loket 3","place":"Kantor Kecamatan","time":"12 Januari 2025"},"evidence":[]}'
  return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end
