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

stop_app() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }

# Peak RSS of the app since the last reset (VmHWM), in MB; writing 5 to clear_refs resets it.
reset_peak() { echo 5 > "/proc/$APP_PID/clear_refs"; }
peak_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$APP_PID/status"; }

# The open register of each group with its leaders and members, and every RACGP member, as Lua tables for the wrk
# scripts (register.lua, statement.lua); sets REGISTERS and MEMBERS.
write_load_tables() {
  local db="$1"
  export REGISTERS="$BENCH_DIR/registers.lua" MEMBERS="$BENCH_DIR/members.lua"
  { echo "return {"; sqlite3 "$db" "SELECT '{' || m.Id || ',' || (SELECT group_concat(MemberId) FROM (SELECT MemberId FROM GroupLeader WHERE GroupId = m.GroupId
      UNION ALL SELECT MemberId FROM Enrolment WHERE GroupId = m.GroupId)) || '},' FROM Meetings m WHERE m.Status = 'Scheduled' AND m.GroupId IS NOT NULL ORDER BY m.Id;"; echo "}"; } > "$REGISTERS"
  { echo "return {"; sqlite3 "$db" "SELECT MemberId || ',' FROM CollegeMembership WHERE College = 'RACGP' ORDER BY MemberId;"; echo "}"; } > "$MEMBERS"
}
