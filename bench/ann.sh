#!/usr/bin/env bash
# ANN benchmark, Tessera (Lucene HNSW) and hnswlib side by side in one run on the 200k x 256 set:
# build time (1 and 2 threads; Tessera also gives CPU seconds, bench/ann_build_cpu.py gives hnswlib's), single-thread
# q/s and recall@10 over a k/ef sweep, q/s with a 10 % filter (four filtered paths: KnnFloatVectorQuery, the graph
# with accept bits, the plain graph walk, and the sign sketches, the catalogue's path once a field has had a few
# filtered searches). Options pass to bench-ann (--quantize, --graph-per-part).
# Data: $BENCH_DATA/emb (default /work/bench-data). Targets: recall@10 >= 0.98 at >= 8,000 q/s,
# filter cost < 2x, build <= 60 s. One JSON line per figure on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DATA="${BENCH_DATA:-/work/bench-data}"
JAVA_HOME="$(scripts/java-home.sh)"
export JAVA_HOME
[ -f target/Tessera_-0.1.0-SNAPSHOT.jar ] || mvn -B -q -ntp -DskipTests package
work=$(mktemp -d "${TMPDIR:-/tmp}/tessera-ann-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export TESSERA_JAVA_OPTS="${TESSERA_JAVA_OPTS:--XX:+UseParallelGC -Xmx6g}"
scripts/tessera bench-ann --work "$work" --no-search "$@"
# NB: the searches run in a JVM of their own, as the catalogue is searched by processes that did not build it:
# after a build in the same JVM, the build's JIT profile and heap cost the single-thread search ~15 % q/s.
scripts/tessera bench-ann --work "$work" --reuse "$@"
# NB: hnswlib built on 2 then 1 thread (the 1-thread graph is searched), like bench-ann's default 1,2.
/usr/bin/python3 "${SHARED:-../shared}/bench/baselines/ann.py" --lib hnswlib --build-threads 2,1 --ef 16,32,64
