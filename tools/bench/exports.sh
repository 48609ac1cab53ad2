#!/usr/bin/env bash
# Times the RACGP 2025 college report and the attendance export through the running API (curl on loopback) against the
# sqlite3 -csv floor reading the same rows from the same file. Each is run once to warm up, then RUNS times.
source "$(dirname "$0")/common.sh"
RUNS="${RUNS:-3}"
rm -f "$BENCH_DIR"/http.db*
cp "$BENCH_DIR/synthetic.db" "$BENCH_DIR/http.db"
start_app "$BENCH_DIR/http.db"
trap stop_app EXIT

wall() { awk -F': ' '/Elapsed \(wall/ {split($2, t, ":"); printf "%.2f", t[1] * 60 + t[2]}' "$1"; }
rss() { awk '/Maximum resident/ {printf "%.0f", $NF / 1024}' "$1"; }

measure_http() {
  local name="$1" path="$2"
  curl -sf -H "Authorization: Bearer $TOKEN" "$BASE$path" -o /dev/null
  for i in $(seq 1 "$RUNS"); do
    reset_peak
    /usr/bin/time -v curl -sf -H "Authorization: Bearer $TOKEN" "$BASE$path" -o "$BENCH_DIR/$name.csv" 2> "$BENCH_DIR/$name.time"
    echo "$name run $i: $(wall "$BENCH_DIR/$name.time") s, server peak RSS $(peak_mb) MB, $(($(wc -l < "$BENCH_DIR/$name.csv") - 1)) rows, $(stat -c %s "$BENCH_DIR/$name.csv") bytes"
  done
}

measure_floor() {
  local name="$1" sql="$2"
  sqlite3 -csv "$BENCH_DIR/http.db" < "$sql" > /dev/null
  for i in $(seq 1 "$RUNS"); do
    /usr/bin/time -v sqlite3 -csv "$BENCH_DIR/http.db" < "$sql" > "$BENCH_DIR/$name.csv" 2> "$BENCH_DIR/$name.time"
    echo "$name run $i: $(wall "$BENCH_DIR/$name.time") s, peak RSS $(rss "$BENCH_DIR/$name.time") MB, $(wc -l < "$BENCH_DIR/$name.csv") rows"
  done
}

measure_http college-racgp-2025 /api/reports/colleges/RACGP/2025.csv
measure_floor floor-college "$(dirname "$0")/floor-college.sql"
measure_http attendance /api/reports/attendance.csv
measure_floor floor-attendance "$(dirname "$0")/floor-attendance.sql"
