#!/usr/bin/env bash
# Batch throughput end to end (JVM start included), and streaming under a small heap. From the repository root,
# after `mvn -q -DskipTests package`:  bash docs/bench/batch-load.sh [panels=100000] [full|brief]
set -euo pipefail
n=${1:-100000}
detail=${2:-full}
in=/tmp/immunodiff-batch-$n.ndjson
python3 - "$n" "$in" <<'PY'
import json, sys
n, out = int(sys.argv[1]), sys.argv[2]
panel = json.load(open("samples/reference-laryngeal-leiomyosarcoma.json"))
for k in ("source", "expected"): panel.pop(k, None)
with open(out, "w") as f:
    for i in range(n):
        panel["caseId"] = "B%07d" % i
        f.write(json.dumps(panel, separators=(",", ":")) + "\n")
PY
/usr/bin/time -f "wall %e s, max RSS %M KB, CPU %P" bin/immunodiff batch "$in" --detail "$detail" --out /tmp/immunodiff-batch-$n.out
wc -l < /tmp/immunodiff-batch-$n.out
