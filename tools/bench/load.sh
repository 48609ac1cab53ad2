#!/usr/bin/env bash
# 30 s of register saves and 30 s of statement reads against the API on 127.0.0.1 only. Plain wrk has no rate option
# (wrk2 is not packaged for Debian), so each of CONNECTIONS connections waits PACE_MS between requests:
# 10 connections x 50 ms pace gives at most 200 requests/s, a little less as the service time adds to each cycle.
source "$(dirname "$0")/common.sh"
DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-10}"
export PACE_MS="${PACE_MS:-50}"
rm -f "$BENCH_DIR"/load.db*
cp "$BENCH_DIR/synthetic.db" "$BENCH_DIR/load.db"
# The society as it is after its year end: 2025's annual summaries issued. Otherwise the app's start-up reconciliation
# issues all 10,478 of them while wrk runs, and the figures measure that as well.
echo "== issuing 2025's annual summaries first"
dotnet "$TOOLS_DLL" run-summaries --database "$BENCH_DIR/load.db" | tail -1

write_load_tables "$BENCH_DIR/load.db"

start_app "$BENCH_DIR/load.db"
wait_idle
trap stop_app EXIT
export TOKEN
for script in register statement; do
  wrk -t2 -c"$CONNECTIONS" -d5s -s "$(dirname "$0")/$script.lua" "$BASE" > /dev/null  # warm-up
  echo "== $script: $CONNECTIONS connections, ${PACE_MS} ms pace, $DURATION"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$(dirname "$0")/$script.lua" "$BASE" | grep -E "Requests/sec|Non-2xx|Socket errors|^p50"
done
echo "server peak RSS $(peak_mb) MB"
