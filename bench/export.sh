#!/usr/bin/env bash
# Export benchmark: 1 GiB in 1,000 random files -> BagIt bag holding the RO-Crate (every checksum computed
# once while copying; reading+hashing overlaps writing in a second thread; files forced once at the end),
# versus the disk's write rate measured in the same run THE SAME WAY THE EXPORT WRITES: the same number of
# files of the same size, FileChannel writes from a buffer of the export's size (4 MiB), made durable with the
# export's policy (Fsync.all: every file fdatasync'ed once at the end from 8 threads, then their folders).
# disk_seq_write_mib_s (one 1 GiB file, forced once) is printed for reference. Target: export_vs_disk >= 0.8.
# NB: on a shared, loaded machine the figures vary run to run by 2-3x; compare figures from one run only.
# One JSON line per figure on stdout. Options: --files N --mib M.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(scripts/java-home.sh)"
export JAVA_HOME
[ -f target/Tessera_-0.1.0-SNAPSHOT.jar ] || mvn -B -q -ntp -DskipTests package
work=$(mktemp -d "${TMPDIR:-/tmp}/tessera-export-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
scripts/tessera bench-export "$work/run" "$@"
