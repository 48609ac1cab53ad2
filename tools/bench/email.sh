#!/usr/bin/env bash
# Queues MESSAGES (1,000) certificate emails, each with its PDF attached at send time, in a fresh database, and drains them through
# OutboxSender (the send job's code) to a local SMTP server (netDumbster, in a process of its own): time to drain and peak memory.
source "$(dirname "$0")/common.sh"
build
SMTP_PORT="${SMTP_PORT:-2525}"
MESSAGES="${MESSAGES:-1000}"
rm -f "$BENCH_DIR"/outbox.db*
dotnet "$TOOLS_DLL" smtp-sink --port "$SMTP_PORT" --expect "$MESSAGES" &
SINK_PID=$!
sleep 2
/usr/bin/time -v dotnet "$TOOLS_DLL" drain-outbox --messages "$MESSAGES" --port "$SMTP_PORT" --senders "${SENDERS:-1}" \
  --database "$BENCH_DIR/outbox.db" 2> "$BENCH_DIR/outbox.time"
wait "$SINK_PID"
grep -E "Elapsed \(wall|Maximum resident" "$BENCH_DIR/outbox.time"
sqlite3 "$BENCH_DIR/outbox.db" "SELECT Status, count(*) FROM Outbox GROUP BY Status;"
