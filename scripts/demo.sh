#!/usr/bin/env bash
# The main job on an embedded default: generate a small mixed Zarr / OME-Zarr / N5 sample
# collection, print `tessera info` and `tessera stats` for every array in it, then index it into a
# catalogue (`tessera index`) and run example queries (`tessera search`).
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

# The catalogue: index the collection (incremental; a second run skips everything) and query it.
catalog="$out/catalog"
echo "== tessera index $out --catalog $catalog"
scripts/tessera index "$out" --catalog "$catalog" --json
echo "== tessera index (again: unchanged datasets are skipped)"
scripts/tessera index "$out" --catalog "$catalog" --json
echo "== format facet over everything"
scripts/tessera search --catalog "$catalog" --query '*' --facets --k 0 --json
echo "== N5 datasets (field query)"
scripts/tessera search --catalog "$catalog" --query 'format:n5' --k 5 --json
echo "== range with units: 200-300 kV (hits once the format extractors fill instrument.beamEnergy)"
scripts/tessera search --catalog "$catalog" --query 'instrument.beamEnergy:[200kV TO 300kV] OR dtype:uint16' --k 5 --json
echo "== free text over descriptions and vendor attributes"
scripts/tessera search --catalog "$catalog" --query 'Bragg OR diffraction' --k 5 --json
