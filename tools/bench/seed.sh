#!/usr/bin/env bash
# Builds the tool and the API in Release and writes the synthetic society (10,000 members, seed 42) into a fresh file.
source "$(dirname "$0")/common.sh"
build
rm -f "$BENCH_DIR"/synthetic.db*
/usr/bin/time -v dotnet "$TOOLS_DLL" seed-synthetic --members "${MEMBERS:-10000}" --seed "${SEED:-42}" --database "$BENCH_DIR/synthetic.db" \
  2> "$BENCH_DIR/seed.time"
grep -E "Elapsed \(wall|Maximum resident" "$BENCH_DIR/seed.time"
