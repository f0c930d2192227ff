#!/usr/bin/env bash
# Export benchmark: 1 GiB in 1,000 random files -> BagIt bag holding the RO-Crate (every checksum computed
# once while copying), versus the disk's sequential write rate (FileChannel + force) measured in the same
# run. Target: export >= 80 % of the disk rate. One JSON line per figure on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(scripts/java-home.sh)"
export JAVA_HOME
[ -f target/Tessera_-0.1.0-SNAPSHOT.jar ] || mvn -B -q -ntp -DskipTests package
work=$(mktemp -d "${TMPDIR:-/tmp}/tessera-export-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
scripts/tessera bench-export "$work/run" "$@"
