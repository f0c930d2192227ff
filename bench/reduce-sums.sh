#!/usr/bin/env bash
# Side-by-side benchmark, one run: `tessera reduce` (one pass, 2 threads) versus the Python peers of
# ../shared/bench/baselines/reduce_sums.py (zarr + dask, one pass; zarr-python chunk loop) on
#   cube raw / gzip1 EMD (HDF5): sum image + sum spectrum (peers: h5py chunk loop; hyperspy lazy, one
#                    pass, when installed: HYPERSPY=0 skips it, it takes minutes)
#   cube lz4 / zstd: hyperspectral sum image (over E) + sum spectrum (over y, x)
#   stem lz4:        virtual images and mean diffraction pattern (peer: image + pattern sums)
# Tessera's sums are checked against the cube's reference spectrum. Prints a table with the
# ratios and keeps every JSON line in bench-results/reduce-sums-<run>.jsonl.
#   BENCH_DATA=/work/bench-data bash bench/reduce-sums.sh
#   REPEAT=5 THREADS=2 XMX=512m CASES="raw gzip1" bash bench/reduce-sums.sh
# The table's "idle" is the peak RSS of `tessera info` on the same file: the JVM's own footprint.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED_BENCH=$(cd ../shared/bench 2>/dev/null && pwd || echo /work/shared/bench)
export BENCH_DATA=${BENCH_DATA:-$SHARED_BENCH/data}
REPEAT=${REPEAT:-3}
THREADS=${THREADS:-2}
XMX=${XMX:-1g}
CASES=${CASES:-raw gzip1 lz4 zstd stem}
HYPERSPY=${HYPERSPY:-$(/usr/bin/python3 -c 'import hyperspy' 2>/dev/null && echo 1 || echo 0)}
RUN=$(date -u +%Y%m%dT%H%M%SZ)
OUT=bench-results/reduce-sums-$RUN.jsonl
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p bench-results
JAVA_HOME="$(scripts/java-home.sh)"; export JAVA_HOME
mvn -B -q -ntp -DskipTests package >&2
export TESSERA_JAVA_OPTS="-Xmx$XMX -XX:+UseParallelGC"
load() { echo "{\"case\": \"_load\", \"when\": \"$1\", \"load\": \"$(uptime | sed 's/.*load average: //')\"}" | tee -a "$OUT"; }

peer() {  # engine dataset variant
  /usr/bin/python3 "$SHARED_BENCH/baselines/reduce_sums.py" --engine "$1" --dataset "$2" --variant "$3" \
    --mode onepass --repeat "$REPEAT" 2>/dev/null | grep '^{' | sed "s/^{/{\"case\": \"$2-$3\", /" | tee -a "$OUT"
}

tessera() {  # case path args...
  local case=$1 path=$2; shift 2
  /usr/bin/time -f '%M' -o "$TMP/idle" scripts/tessera info "$path" > /dev/null
  /usr/bin/time -f '%M' -o "$TMP/rss" scripts/tessera reduce "$path" "$@" --threads "$THREADS" \
    --repeat "$REPEAT" --json --out "$TMP/$case.npy" > "$TMP/$case.json"
  /usr/bin/python3 bench/reduce_check.py "$case" "$TMP" "$BENCH_DATA" "$THREADS" "$(cat "$TMP/rss")" \
    "$(cat "$TMP/idle")" "$XMX" | tee -a "$OUT"
}

has() { [[ " $CASES " == *" $1 "* ]]; }

load start
for v in raw gzip1; do
  has "$v" || continue
  echo "== cube $v (EMD)" >&2
  peer h5py cube "$v"
  [ "$HYPERSPY" = 1 ] && REPEAT=${HS_REPEAT:-1} peer hyperspy cube "$v"
  tessera "cube-$v" "$BENCH_DATA/cube/cube_$v.emd" --preset hyperspectral
done

for v in lz4 zstd; do
  has "$v" || continue
  echo "== cube $v" >&2
  peer zarr-dask cube "$v"
  peer zarr-loop cube "$v"
  tessera "cube-$v" "$BENCH_DATA/cube/cube_$v.zarr" --preset hyperspectral
done
if has stem; then
  echo "== stem lz4" >&2
  peer zarr-dask stem lz4
  tessera stem-lz4 "$BENCH_DATA/stem/stem_lz4.zarr" --preset 4dstem --bf 20 --adf 40,100 --sum 2,3
fi
load end
/usr/bin/python3 bench/reduce_check.py --table "$OUT"
