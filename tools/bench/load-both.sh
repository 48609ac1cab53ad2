#!/usr/bin/env bash
# load.sh on SQLite and then on PostgreSQL, in one run over the same synthetic society: the society is copied into a
# throwaway PostgreSQL cluster (on a loopback port, removed afterwards) with the app's --migrate-to-postgres command.
# The cluster keeps PostgreSQL's durable defaults (fsync, synchronous_commit on); SQLite runs with synchronous=NORMAL.
source "$(dirname "$0")/common.sh"
DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-10}"
export PACE_MS="${PACE_MS:-50}"
build
[ -f "$BENCH_DIR/synthetic.db" ] || bash "$(dirname "$0")/seed.sh"
rm -rf "$BENCH_DIR"/load.db* "$BENCH_DIR/postgresql-data"
cp "$BENCH_DIR/synthetic.db" "$BENCH_DIR/load.db"
# The society as it is after its year end: 2025's annual summaries issued. Otherwise the app's start-up reconciliation
# issues all 10,478 of them while wrk runs, and the figures measure that as well.
echo "== issuing 2025's annual summaries first"
dotnet "$TOOLS_DLL" run-summaries --database "$BENCH_DIR/load.db" | tail -1
write_load_tables "$BENCH_DIR/load.db"

trap 'stop_app; stop_pg_cluster' EXIT
start_pg_cluster
echo "== copying the society to PostgreSQL"
/usr/bin/time -f "copy: %e s wall, %M KB peak" \
  dotnet "$API_DLL" --migrate-to-postgres "Data Source=$BENCH_DIR/load.db" "$PG" | head -1

export TOKEN
for provider in ${PROVIDERS:-Sqlite PostgreSql}; do
  if [ "$provider" = Sqlite ]; then start_app "$BENCH_DIR/load.db"; else start_app "$PG" PostgreSql; fi
  SECONDS=0; wait_idle; echo "== $provider: the app was idle $SECONDS s after it answered"
  for script in register statement; do
    wrk -t2 -c"$CONNECTIONS" -d5s -s "$(dirname "$0")/$script.lua" "$BASE" > /dev/null  # warm-up
    echo "== $provider, $script: $CONNECTIONS connections, ${PACE_MS} ms pace, $DURATION," \
      "load average $(cut -d' ' -f1-3 /proc/loadavg)"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$(dirname "$0")/$script.lua" "$BASE" \
      | grep -E "Requests/sec|Non-2xx|Socket errors|^p50"
  done
  echo "server peak RSS $(peak_mb) MB"
  stop_app
done
