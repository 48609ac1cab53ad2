#!/usr/bin/env bash
# Server time of the administrator's members page (issue 2.5) on the synthetic society (10,000 members): the first
# page of everyone by name, a deep page, a search by part of a name and by a college number, paged on the server.
# Starts the API (Release) over a copy of $BENCH_DIR/synthetic.db (made by seed.sh when missing), signs in as the bench
# administrator through the sign-in form (antiforgery token and cookie jar), then asks for each page 20 times to warm up
# and $N times one after another, reporting curl's time to first byte (time_starttransfer): p50, p95 and max, and
# the app's own CPU time per request.
source "$(dirname "$0")/common.sh"
N="${N:-200}"
DIR="$BENCH_DIR/admin-members"
JAR="$DIR/cookies"

build
[ -f "$BENCH_DIR/synthetic.db" ] || bash "$ROOT/tools/bench/seed.sh"
rm -rf "$DIR" && mkdir -p "$DIR"
cp "$BENCH_DIR/synthetic.db" "$DIR/members.db"
# From the build folder, so appsettings.json (the society's details) is found as with dotnet run.
cd "$(dirname "$API_DLL")"
# Production asks for the society's own details; the bench gives made-up ones. The start-up reconciliation would issue
# the whole synthetic society's certificates and summaries first; the page is measured without it.
export Society__PostalAddress="PO Box 1, Melbourne VIC 3000" Society__ContactEmail="cpd@bench.example" \
  Society__Website="bench.example" Jobs__ReconcileOnStart=false
start_app "$DIR/members.db"
trap stop_app EXIT

# A new database starts background work (the reconciliation, the summaries due): wait until the app uses under 5 % of
# a core for 4 s, so the figures are the page's own.
ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
for _ in $(seq 1 90); do
  before=$(ticks); sleep 4
  [ $(( $(ticks) - before )) -lt 20 ] && break
done

token=$(curl -sf -c "$JAR" -b "$JAR" "$BASE/signin" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' |
  head -1 | sed 's/.*value="//; s/"$//')
curl -sf -o /dev/null -c "$JAR" -b "$JAR" "$BASE/signin" --data-urlencode _handler=signin \
  --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "Input.Email=$ADMIN_EMAIL" --data-urlencode "Input.Password=$ADMIN_PASSWORD"

# A surname and a college number from the middle of the society, so the searches find someone.
NAME=$(sqlite3 "$DIR/members.db" "SELECT FullName FROM Members ORDER BY Id LIMIT 1 OFFSET 5000" | awk '{print $NF}')
NUMBER=$(sqlite3 "$DIR/members.db" \
  "SELECT MemberNumber FROM CollegeMembership WHERE MemberNumber <> '' ORDER BY Id LIMIT 1 OFFSET 5000")

timed() {
  local path="$1" status
  status=$(curl -s -o "$DIR/page.html" -b "$JAR" -w '%{http_code}' "$BASE$path")
  [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
  echo "$path: $(grep -o '<p role="status">[^<]*' "$DIR/page.html" | sed 's/.*>//')"
  for _ in $(seq 1 20); do curl -s -o /dev/null -b "$JAR" "$BASE$path"; done
  local before; before=$(ticks)
  for _ in $(seq 1 "$N"); do curl -s -o /dev/null -b "$JAR" -w '%{time_starttransfer}\n' "$BASE$path"; done | sort -n |
    awk -v p="$path" '{t[NR] = $1 * 1000} END {printf "%s: %d requests, p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
      p, NR, t[int(NR * 0.50 + 0.5)], t[int(NR * 0.95 + 0.5)], t[NR]}'
  # CPU the app spent (user + system, in clock ticks of 10 ms) per request: less dependent on the machine's load.
  local cpu; cpu=$(awk -v t=$(( $(ticks) - before )) -v n="$N" 'BEGIN {printf "%.1f", t * 10 / n}')
  echo "$path: server CPU $cpu ms a request"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
timed /admin/members
timed "/admin/members?page=200"
timed "/admin/members?q=$NAME"
timed "/admin/members?q=$NUMBER"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
