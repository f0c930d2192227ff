#!/usr/bin/env bash
# The main job on an embedded default: generate a small mixed Zarr / OME-Zarr / N5 sample
# collection, then print `tessera info` and `tessera stats` for every array in it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
JAVA_HOME="$(scripts/java-home.sh)"
export JAVA_HOME
mvn -B -q -ntp -DskipTests package
out=${1:-sample-data}
scripts/tessera sample "$out"
for d in "$out"/*; do
  echo "== tessera info $d"
  scripts/tessera info "$d"
  for a in $(scripts/tessera info "$d" --json | /usr/bin/env python3 -c 'import json,sys; print(" ".join(a["name"] for a in json.load(sys.stdin)["arrays"]))'); do
    echo "== tessera stats $d --array $a"
    scripts/tessera stats "$d" --array "$a" --json
  done
done
