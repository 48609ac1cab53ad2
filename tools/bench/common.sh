#!/usr/bin/env bash
# Shared settings for the measurement scripts: run from anywhere; files go to $BENCH_DIR (default $TMPDIR/cpdtracker-bench).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/cpdtracker-bench}"
API_DLL="$ROOT/src/CpdTracker.Api/bin/Release/net10.0/CpdTracker.Api.dll"
TOOLS_DLL="$ROOT/benchmarks/CpdTracker.Tools/bin/Release/net10.0/CpdTracker.Tools.dll"
PORT="${PORT:-5180}"
BASE="http://127.0.0.1:$PORT"
ADMIN_EMAIL="bench-admin@synthetic.balint.example"
ADMIN_PASSWORD="${ADMIN_PASSWORD:-Bench-Admin-$RANDOM$RANDOM-x}"
mkdir -p "$BENCH_DIR"

# The measurement tool (seed-synthetic, run-summaries) and, through its reference, the API in Release.
build() { dotnet build -c Release "$ROOT/benchmarks/CpdTracker.Tools" -v q -nologo >/dev/null; }

# Starts the API on loopback over a copy of the synthetic database (a SQLite file, or with a second argument
# PostgreSql a PostgreSQL connection string) and signs in; sets APP_PID and TOKEN.
start_app() {
  local db="$1" provider="${2:-Sqlite}" connection="Data Source=$1" folder="$(dirname "$1")"
  [ "$provider" = Sqlite ] || { connection="$db"; folder="$BENCH_DIR/postgresql-data"; }
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" App__PublicBaseUrl="$BASE" \
    Database__Provider="$provider" ConnectionStrings__Default="$connection" Database__DataFolder="$folder" \
    Bootstrap__AdminEmail="$ADMIN_EMAIL" Bootstrap__AdminPassword="$ADMIN_PASSWORD" Logging__LogLevel__Default=Warning \
    Society__PostalAddress="PO Box 1 (synthetic)" Society__ContactEmail=cpd@synthetic.example \
    Society__Website=synthetic.example \
    dotnet "$API_DLL" --contentRoot "$(dirname "$API_DLL")" > "$BENCH_DIR/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do curl -sf "$BASE/health" >/dev/null 2>&1 && break; sleep 0.5; done
  TOKEN=$(curl -sf -X POST "$BASE/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
}

# Waits (up to 10 minutes) until the app has used under 0.1 s of CPU a second for 3 seconds in a row: the start-up
# reconciliation re-checks every member's annual summaries (10,478 statements on the synthetic society), and a load
# measured during it measures that job too.
wait_idle() {
  local ticks=$(getconf CLK_TCK) quiet=0 last now
  last=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
  for _ in $(seq 1 600); do
    sleep 1
    now=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
    if [ $((now - last)) -lt $((ticks / 10)) ]; then quiet=$((quiet + 1)); else quiet=0; fi
    last=$now
    [ "$quiet" -ge 3 ] && return 0
  done
}

stop_app() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }

# Peak RSS of the app since the last reset (VmHWM), in MB; writing 5 to clear_refs resets it.
reset_peak() { echo 5 > "/proc/$APP_PID/clear_refs"; }
peak_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$APP_PID/status"; }

# A throwaway PostgreSQL cluster on a loopback port (PG_PORT, default 55432) with an empty database "cpdtracker",
# owned by the postgres user when run as root (PostgreSQL refuses to run as root); durable defaults (fsync,
# synchronous_commit).
# Sets PG (its connection string); stop_pg_cluster removes it.
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
start_pg_cluster() {
  local port="${PG_PORT:-55432}"
  PG_CLUSTER=$(mktemp -d "${TMPDIR:-/tmp}/cpdtracker-bench-pg-XXXXXX")
  [ "$(id -u)" = 0 ] && chown postgres "$PG_CLUSTER"
  as_server "$PG_BIN/initdb" -D "$PG_CLUSTER/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >/dev/null
  as_server "$PG_BIN/pg_ctl" -D "$PG_CLUSTER/data" -l "$PG_CLUSTER/server.log" -w \
    -o "-k $PG_CLUSTER -c listen_addresses=127.0.0.1 -p $port -c max_connections=200" start >/dev/null
  as_server "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres --template template0 cpdtracker
  PG="Host=127.0.0.1;Port=$port;Database=cpdtracker;Username=postgres${PG_OPTIONS:+;$PG_OPTIONS}"
}
stop_pg_cluster() {
  [ -n "${PG_CLUSTER:-}" ] || return 0
  as_server "$PG_BIN/pg_ctl" -D "$PG_CLUSTER/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_CLUSTER"
}

# The open register of each group with its leaders and members, and every RACGP member, as Lua tables for the wrk
# scripts (register.lua, statement.lua); sets REGISTERS and MEMBERS.
write_load_tables() {
  local db="$1"
  export REGISTERS="$BENCH_DIR/registers.lua" MEMBERS="$BENCH_DIR/members.lua"
  { echo "return {"; sqlite3 "$db" "SELECT '{' || m.Id || ',' || (SELECT group_concat(MemberId) FROM (SELECT MemberId FROM GroupLeader WHERE GroupId = m.GroupId
      UNION ALL SELECT MemberId FROM Enrolment WHERE GroupId = m.GroupId)) || '},' FROM Meetings m WHERE m.Status = 'Scheduled' AND m.GroupId IS NOT NULL ORDER BY m.Id;"; echo "}"; } > "$REGISTERS"
  { echo "return {"; sqlite3 "$db" "SELECT MemberId || ',' FROM CollegeMembership WHERE College = 'RACGP' ORDER BY MemberId;"; echo "}"; } > "$MEMBERS"
}
