#!/usr/bin/env bash
# Side-by-side benchmark, one run: Tessera's `stats` path (and a decode-only pass) on 1 and 2
# threads versus zarr-python's chunk loop (../shared/bench/baselines/reduce_sums.py), over the
# 2 GiB EDS cubes (Zarr v2 blosc-lz4 + shuffle, zstd-3). Prints a table with the ratios and keeps
# every JSON line in bench-results/zarr-stats-<run>.jsonl. Then the single-core codec rates of the same
# chunks (numcodecs, from RAM: ../shared/bench/baselines/limits.py --part codec) and Tessera's 1-thread
# decode pass (from the files, into chunk arrays) as a fraction of them.
#   bash bench/zarr-stats.sh                  # data from $BENCH_DATA or ../shared/bench/data
#   REPEAT=5 VARIANTS="lz4" bash bench/zarr-stats.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED_BENCH=$(cd ../shared/bench && pwd)
export BENCH_DATA=${BENCH_DATA:-$SHARED_BENCH/data}
REPEAT=${REPEAT:-3}
VARIANTS=${VARIANTS:-"lz4 zstd"}
RUN=$(date -u +%Y%m%dT%H%M%SZ)
OUT=bench-results/zarr-stats-$RUN.jsonl
mkdir -p bench-results
if [ ! -f "$BENCH_DATA/cube/.complete" ]; then
  echo "generating the cube into $BENCH_DATA (about 3 minutes)..." >&2
  /usr/bin/python3 "$SHARED_BENCH/gen_data.py" --out "$BENCH_DATA" --what cube
fi
JAVA_HOME="$(scripts/java-home.sh)"; export JAVA_HOME
mvn -B -q -ntp -DskipTests package >&2
for v in $VARIANTS; do
  cube="$BENCH_DATA/cube/cube_$v.zarr"
  echo "== $v: zarr-python chunk loop" >&2
  /usr/bin/python3 "$SHARED_BENCH/baselines/reduce_sums.py" --engine zarr-loop --variant "$v" --repeat "$REPEAT" \
    2>/dev/null | grep '^{' | sed "s/^{/{\"variant\": \"$v\", /" | tee -a "$OUT"
  echo "== $v: tessera bench" >&2
  TESSERA_JAVA_OPTS="-Xmx1g -XX:+UseParallelGC" scripts/tessera bench "$cube" --threads 1,2 --repeat "$REPEAT" \
    | sed "s/^{/{\"variant\": \"$v\", /" | tee -a "$OUT"
done
echo "== single-core codec rates (limits.py --part codec: numcodecs on chunks held in RAM)" >&2
/usr/bin/python3 "$SHARED_BENCH/baselines/limits.py" --part codec --repeat "$REPEAT" 2>/dev/null | grep '^{' \
  | sed 's/^{/{"variant": "_codec", /' | tee -a "$OUT" > /dev/null
/usr/bin/python3 bench/summarize.py "$OUT"
