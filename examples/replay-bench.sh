#!/usr/bin/env bash
# Measures time travel and a projection rebuild against a running application with its demo data
# (java -jar dashboard-ui/target/luzhi.jar). Prints one line per figure.
#   examples/replay-bench.sh [past-day, default 60 days ago] [processor to rebuild, default petitions]
set -euo pipefail
BASE=${LUZHI_URL:-http://localhost:8080}
USER_PASS=${LUZHI_ADMIN:-admin:luzhi-demo}
DAY=${1:-$(date -u -d '-60 days' +%F)}
PROCESSOR=${2:-petitions}

events=$(curl -sf -u "$USER_PASS" "$BASE/api/admin/projections" | sed -E 's/.*"head":([0-9]+).*/\1/')
echo "event store head: global index $events"

seconds() { curl -sf -o /dev/null -w '%{time_total}' -u "$USER_PASS" "$1"; }
echo "cockpit as of $DAY, first request (replay + every region): $(seconds "$BASE/api/cockpit/summary?asOf=$DAY") s"
echo "cockpit as of $DAY, again (kept): $(seconds "$BASE/api/cockpit/summary?asOf=$DAY") s"
echo "cockpit live: $(seconds "$BASE/api/cockpit/summary") s"

location=$(curl -sf -u "$USER_PASS" -X POST -D - -o /dev/null "$BASE/api/admin/projections/$PROCESSOR/rebuild" \
  | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
started=$(date +%s.%N)
while :; do
  progress=$(curl -sf -u "$USER_PASS" "$BASE$location")
  case "$progress" in *'"phase":"DONE"'*|*'"phase":"FAILED"'*) break ;; esac
  sleep 0.2
done
ended=$(date +%s.%N)
echo "rebuild of $PROCESSOR: $(echo "$ended - $started" | bc) s, $progress"
