-- wrk script: POST the reference panel to /api/v1/evaluations (used by rest-load.sh)
local f = io.open("samples/reference-laryngeal-leiomyosarcoma.json", "r")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
