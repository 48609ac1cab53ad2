#!/usr/bin/env bash
# The RACGP 2025 college CSV through the API on SQLite and on PostgreSQL, in one run over the same synthetic society,
# each against its database's own floor: sqlite3 -csv, and psql's \copy reading the same rows. The society is copied
# into a throwaway PostgreSQL cluster (loopback port, removed afterwards) with the app's --migrate-to-postgres command.
# Each figure is taken once to warm up, then RUNS times.
source "$(dirname "$0")/common.sh"
RUNS="${RUNS:-3}"
build
[ -f "$BENCH_DIR/synthetic.db" ] || bash "$(dirname "$0")/seed.sh"
rm -rf "$BENCH_DIR"/http.db*
cp "$BENCH_DIR/synthetic.db" "$BENCH_DIR/http.db"
trap 'stop_app; stop_pg_cluster' EXIT
start_pg_cluster
dotnet "$API_DLL" --migrate-to-postgres "Data Source=$BENCH_DIR/synthetic.db" "$PG" | head -1

wall() { awk -F': ' '/Elapsed \(wall/ {split($2, t, ":"); printf "%.2f", t[1] * 60 + t[2]}' "$1"; }
timed() {
  local name="$1"; shift
  "$@" > /dev/null
  for i in $(seq 1 "$RUNS"); do
    /usr/bin/time -v "$@" > "$BENCH_DIR/$name.out" 2> "$BENCH_DIR/$name.time"
    echo "$name run $i: $(wall "$BENCH_DIR/$name.time") s, $(wc -l < "$BENCH_DIR/$name.out") lines," \
      "load average $(cut -d' ' -f1 /proc/loadavg)"
  done
}
# /usr/bin/time runs programs, not shell functions: the commands are spelled out.
psql_as_server=(psql); [ "$(id -u)" = 0 ] && psql_as_server=(runuser -u postgres -- psql)

start_app "$BENCH_DIR/http.db"
timed sqlite-college curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/reports/colleges/RACGP/2025.csv"
timed sqlite-floor sqlite3 -csv "$BENCH_DIR/http.db" ".read $(dirname "$0")/floor-college.sql"
cp "$BENCH_DIR/sqlite-college.out" "$BENCH_DIR/sqlite-college.csv"
stop_app

start_app "$PG" PostgreSql
timed postgres-college curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/reports/colleges/RACGP/2025.csv"
timed postgres-floor "${psql_as_server[@]}" -q -h 127.0.0.1 -p "${PG_PORT:-55432}" -U postgres -d cpdtracker \
  -f "$(dirname "$0")/floor-college-postgres.sql"
stop_app
if cmp -s "$BENCH_DIR/sqlite-college.csv" "$BENCH_DIR/postgres-college.out"; then
  echo "the two CSVs are identical ($(stat -c %s "$BENCH_DIR/postgres-college.out") bytes)"
else
  echo "the two CSVs differ"
fi
