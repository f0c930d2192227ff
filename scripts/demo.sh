#!/usr/bin/env bash
# The main job on an embedded default: generate a small mixed Zarr / OME-Zarr / N5 sample collection
# plus 24 HyperSpy .zspy microscopy datasets with varied instrument metadata, print `tessera info` and
# `tessera stats` for the mixed members (and info for one .zspy), then index everything into a
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
  case "$(basename "$d")" in microscopy|catalog) continue ;; esac
  echo "== tessera info $d"
  scripts/tessera info "$d"
  for a in $(scripts/tessera info "$d" --json | /usr/bin/env python3 -c 'import json,sys; print(" ".join(a["name"] for a in json.load(sys.stdin)["arrays"]))'); do
    echo "== tessera stats $d --array $a"
    scripts/tessera stats "$d" --array "$a" --json
  done
done
first=$(ls -d "$out"/microscopy/*.zspy | head -1)
echo "== tessera info $first (one of $(ls -d "$out"/microscopy/*.zspy | wc -l) HyperSpy datasets)"
scripts/tessera info "$first"

# The catalogue: index the collection (incremental; a second run skips everything) and query it.
catalog="$out/catalog"
echo "== tessera index $out --catalog $catalog"
scripts/tessera index "$out" --catalog "$catalog" --json
echo "== tessera index (again: unchanged datasets are skipped)"
scripts/tessera index "$out" --catalog "$catalog" --json
echo "== facets over everything: format, instrument, detector, year"
scripts/tessera search --catalog "$catalog" --query '*' --facets --k 0 --json
echo "== 200-300 kV with a HAADF detector (range with units + keyword)"
scripts/tessera search --catalog "$catalog" --query 'instrument.beamEnergy:[200kV TO 300kV] AND detector:HAADF' --k 5 --json
echo "== acquired in 2021 (date range), newest first"
scripts/tessera search --catalog "$catalog" --query 'acquired:[2021-01-01 TO 2021-12-31]' --sort=-acquired --k 5 --json
echo "== free text: the SrTiO3 sample"
scripts/tessera search --catalog "$catalog" --query 'SrTiO3' --k 5 --json
echo "== N5 datasets (field query)"
scripts/tessera search --catalog "$catalog" --query 'format:n5' --k 5 --json
echo "== free text over descriptions and vendor attributes"
scripts/tessera search --catalog "$catalog" --query 'Bragg OR diffraction' --k 5 --json
