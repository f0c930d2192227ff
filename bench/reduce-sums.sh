#!/usr/bin/env bash
# Side-by-side benchmark, one run: `tessera reduce` (one pass, 2 threads) versus the Python peers of
# ../shared/bench/baselines/reduce_sums.py (zarr + dask, one pass; zarr-python chunk loop) on
#   cube lz4 / zstd: hyperspectral sum image (over E) + sum spectrum (over y, x)
#   stem lz4:        virtual images and mean diffraction pattern (peer: image + pattern sums)
# Tessera's sums are checked against the cube's reference spectrum. Prints a table with the
# ratios and keeps every JSON line in bench-results/reduce-sums-<run>.jsonl.
#   BENCH_DATA=/work/bench-data bash bench/reduce-sums.sh
#   REPEAT=5 THREADS=2 bash bench/reduce-sums.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED_BENCH=$(cd ../shared/bench 2>/dev/null && pwd || echo /work/shared/bench)
export BENCH_DATA=${BENCH_DATA:-$SHARED_BENCH/data}
REPEAT=${REPEAT:-3}
THREADS=${THREADS:-2}
RUN=$(date -u +%Y%m%dT%H%M%SZ)
OUT=bench-results/reduce-sums-$RUN.jsonl
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p bench-results
JAVA_HOME="$(scripts/java-home.sh)"; export JAVA_HOME
mvn -B -q -ntp -DskipTests package >&2
export TESSERA_JAVA_OPTS="-Xmx1g -XX:+UseParallelGC"

peer() {  # engine dataset variant
  /usr/bin/python3 "$SHARED_BENCH/baselines/reduce_sums.py" --engine "$1" --dataset "$2" --variant "$3" \
    --mode onepass --repeat "$REPEAT" 2>/dev/null | grep '^{' | sed "s/^{/{\"case\": \"$2-$3\", /" | tee -a "$OUT"
}

tessera() {  # case path args...
  local case=$1 path=$2; shift 2
  /usr/bin/time -f '%M' -o "$TMP/rss" scripts/tessera reduce "$path" "$@" --threads "$THREADS" \
    --repeat "$REPEAT" --json --out "$TMP/$case.npy" > "$TMP/$case.json"
  /usr/bin/python3 bench/reduce_check.py "$case" "$TMP" "$BENCH_DATA" "$THREADS" "$(cat "$TMP/rss")" | tee -a "$OUT"
}

for v in lz4 zstd; do
  echo "== cube $v" >&2
  peer zarr-dask cube "$v"
  peer zarr-loop cube "$v"
  tessera "cube-$v" "$BENCH_DATA/cube/cube_$v.zarr" --preset hyperspectral
done
echo "== stem lz4" >&2
peer zarr-dask stem lz4
tessera stem-lz4 "$BENCH_DATA/stem/stem_lz4.zarr" --preset 4dstem --bf 20 --adf 40,100 --sum 2,3
/usr/bin/python3 bench/reduce_check.py --table "$OUT"
