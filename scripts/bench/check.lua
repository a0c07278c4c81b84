-- wrk: receipt lookups of one existing report (a right receipt: no throttling).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = '{"receipt":"' .. os.getenv("RECEIPT") .. '"}'
wrk.path = os.getenv("CHECK_PATH")
