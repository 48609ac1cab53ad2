#!/usr/bin/env bash
# Server time and first-load weight of the leader's register page and the My CPD page on the demo society.
# Starts the API (Release build, Development environment: the demo society and its accounts exist only there) on
# 127.0.0.1:$PORT over a new SQLite file in $BENCH_DIR/pages, waits for the demo's certificate jobs to finish, signs in as the
# demo leader through the sign-in form (antiforgery token and cookie jar, as a browser would), then requests each page
# $N times one after another and reports curl's time to first byte (time_starttransfer): p50, p95 and max.
# REGISTER=/meetings/71 names the register to time; by default it is the leader's first open register, else the first
# meeting listed on their first group's page.
source "$(dirname "$0")/common.sh"
N="${N:-200}"
EMAIL="${EMAIL:-helen.marsh@demo.balint.example}"
PASSWORD="${PASSWORD:-Demo-Leader-2026}"
DIR="$BENCH_DIR/pages"
JAR="$DIR/cookies"

dotnet build -c Release "$ROOT/src/CpdTracker.Api" -v q -nologo > /dev/null
rm -rf "$DIR" && mkdir -p "$DIR"
# From the build folder, so appsettings.Development.json and the demo branding are found as with dotnet run.
(cd "$(dirname "$API_DLL")" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$BASE" ConnectionStrings__Default="Data Source=$DIR/demo.db" \
  App__PublicBaseUrl="$BASE" Logging__LogLevel__Default=Warning exec dotnet "$API_DLL") > "$DIR/app.log" 2>&1 &
APP_PID=$!
trap stop_app EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/health" > /dev/null 2>&1 && break; sleep 0.5; done

# The demo issues its certificates in the background at start: wait until the app uses under 5 % of a core for 4 s.
ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
for _ in $(seq 1 90); do
  before=$(ticks); sleep 4
  [ $(( $(ticks) - before )) -lt 20 ] && break
done

token=$(curl -sf -c "$JAR" -b "$JAR" "$BASE/signin" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -sf -o /dev/null -c "$JAR" -b "$JAR" "$BASE/signin" --data-urlencode _handler=signin --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "Input.Email=$EMAIL" --data-urlencode "Input.Password=$PASSWORD"
# The leader's newest open register (listed on My groups), else the first meeting of their first group.
first_link() { curl -sf -b "$JAR" "$BASE$1" | grep -o "href=\"$2[0-9]*\"" | head -1 | sed 's/href="//; s/"$//' || true; }
REGISTER="${REGISTER:-$(first_link /groups /meetings/)}"
if [ -z "$REGISTER" ]; then
  REGISTER=$(first_link "$(first_link /groups /groups/)" /meetings/)
fi
[ -n "$REGISTER" ] || { echo "no register found: did the sign-in as $EMAIL work? (see $DIR/app.log)" >&2; exit 1; }

# Bytes over the wire for a first visit: the page, its stylesheet and script (asked for as a browser asks, br or gzip).
weight() {
  local html="$DIR/page.html" total=0 size
  size=$(curl -s -b "$JAR" --compressed -H 'Accept-Encoding: br, gzip' -o "$html" -w '%{size_header} %{size_download}' "$BASE$1" | awk '{print $1 + $2}')
  total=$size
  for asset in $(grep -oE '(href|src)="[^"]*\.(css|js)"' "$html" | sed -E 's/^(href|src)="//; s/"$//'); do
    size=$(curl -s --compressed -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_header} %{size_download}' "$BASE/${asset#/}" | awk '{print $1 + $2}')
    total=$((total + size))
  done
  echo "$1 first load: $(awk -v b="$total" 'BEGIN {printf "%.1f KB", b / 1024}') (page, stylesheet and script, compressed as served)"
}

timed() {
  local path="$1" status
  status=$(curl -s -o /dev/null -b "$JAR" -w '%{http_code}' "$BASE$path")
  [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
  for _ in $(seq 1 20); do curl -s -o /dev/null -b "$JAR" "$BASE$path"; done
  for _ in $(seq 1 "$N"); do curl -s -o /dev/null -b "$JAR" -w '%{time_starttransfer}\n' "$BASE$path"; done | sort -n |
    awk -v p="$path" '{t[NR] = $1 * 1000} END {printf "%s: %d requests, p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", p, NR, t[int(NR * 0.50 + 0.5)], t[int(NR * 0.95 + 0.5)], t[NR]}'
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
weight "$REGISTER"
weight /my/cpd
timed "$REGISTER"
timed /my/cpd
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
