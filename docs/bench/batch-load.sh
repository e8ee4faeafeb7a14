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
# results are counted as they stream out, not kept: 1,000,000 brief answers are 18 GB, 100,000 full ones 6 GB
/usr/bin/time -o /tmp/immunodiff-batch-time.txt -f "wall %e s, max RSS %M KB, CPU %P" \
  bin/immunodiff batch "$in" --detail "$detail" | wc -l
cat /tmp/immunodiff-batch-time.txt
