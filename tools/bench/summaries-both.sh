#!/usr/bin/env bash
# summaries.sh on SQLite and then on PostgreSQL, in one run: every due annual summary of the synthetic society issued
# through AnnualSummaries.IssueDueAsync (the job's code), on a copy of synthetic.db and on the same society copied into
# a throwaway PostgreSQL cluster with the app's --migrate-to-postgres command.
source "$(dirname "$0")/common.sh"
build
[ -f "$BENCH_DIR/synthetic.db" ] || bash "$(dirname "$0")/seed.sh"
rm -f "$BENCH_DIR"/summaries.db*
cp "$BENCH_DIR/synthetic.db" "$BENCH_DIR/summaries.db"
trap stop_pg_cluster EXIT
start_pg_cluster
dotnet "$API_DLL" --migrate-to-postgres "Data Source=$BENCH_DIR/synthetic.db" "$PG" | head -1
for provider in Sqlite PostgreSql; do
  echo "== $provider, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  extra=(); [ "$provider" = Sqlite ] || extra=(--postgres "$PG")
  /usr/bin/time -f "wall %e s, peak RSS %M KB" \
    dotnet "$TOOLS_DLL" run-summaries --database "$BENCH_DIR/summaries.db" "${extra[@]}"
done
