#!/usr/bin/env bash
# Catalogue benchmark: ingest 10,000 tiny generated N5 datasets (record + thumbnail + content hash)
# on 2 threads -> datasets/s, then query latency p50/p95 over 100,000 synthetic documents.
# Targets (issue 4): >= 200 datasets/s; p50 <= 5 ms. One JSON line per figure on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(scripts/java-home.sh)"
export JAVA_HOME
[ -f target/Tessera_-0.1.0-SNAPSHOT.jar ] || mvn -B -q -ntp -DskipTests package
work=$(mktemp -d "${TMPDIR:-/tmp}/tessera-catalog-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
scripts/tessera bench-catalog "$work" "$@"
