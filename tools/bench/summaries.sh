#!/usr/bin/env bash
# Issues every due annual summary on a copy of the synthetic society through AnnualSummaries.IssueDueAsync (the job's code).
source "$(dirname "$0")/common.sh"
rm -f "$BENCH_DIR"/summaries.db*
cp "$BENCH_DIR/synthetic.db" "$BENCH_DIR/summaries.db"
/usr/bin/time -v dotnet "$TOOLS_DLL" run-summaries --database "$BENCH_DIR/summaries.db" 2> "$BENCH_DIR/summaries.time"
grep -E "Elapsed \(wall|Maximum resident" "$BENCH_DIR/summaries.time"
sqlite3 "$BENCH_DIR/summaries.db" "SELECT count(*) || ' summaries, average ' || CAST(avg(length(Pdf)) AS INT) || ' bytes' FROM IssuedDocuments WHERE Kind = 'AnnualSummary';"
