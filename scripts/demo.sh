#!/usr/bin/env bash
# The main job on an embedded default: generate a small mixed Zarr / OME-Zarr / N5 sample collection
# plus 24 HyperSpy .zspy microscopy datasets with varied instrument metadata, print `tessera info` and
# `tessera stats` for the mixed members (and info for one .zspy), then index everything into a
# catalogue with image embeddings and patch documents (`tessera index --embedder`), run metadata,
# similarity, region and hybrid queries (`tessera search`), show the lineage of a hit (`tessera lineage`)
# and end by exporting the search results as a lineage-stamped RO-Crate (`tessera export`), verified by
# reading it back (`tessera import`).
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
embedders="--embedder classical --embedder wallpaper"
echo "== tessera index $out --catalog $catalog $embedders --patches 64"
scripts/tessera index "$out" --catalog "$catalog" $embedders --patches 64 --json
echo "== tessera index (again: unchanged datasets are skipped)"
scripts/tessera index "$out" --catalog "$catalog" $embedders --patches 64 --json
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

# Similarity: by a record (its stored vectors), hybrid with a metadata filter, and by a region of a file.
# NB: ids hold the array's internal path, which may contain spaces: one per line, read into arrays.
ids() { /usr/bin/env python3 -c 'import json,sys; print("\n".join(h["id"] for h in json.load(sys.stdin)["hits"]))'; }
paths() { /usr/bin/env python3 -c 'import json,sys; print("\n".join(h["path"] for h in json.load(sys.stdin)["hits"]))'; }
seed=$(scripts/tessera search --catalog "$catalog" --query 'detector:HAADF' --k 1 --json | ids | head -1)
echo "== images like $seed (classical descriptor + shipped wallpaper-group model, fused)"
scripts/tessera search --catalog "$catalog" --like "$seed" --k 5 --json
echo "== hybrid: like it, but only 200-300 kV"
scripts/tessera search --catalog "$catalog" --like "$seed" --query 'instrument.beamEnergy:[200kV TO 300kV]' --k 5 --json
seedfile=$(scripts/tessera search --catalog "$catalog" --query 'format:zarr' --k 1 --json | paths | head -1)
echo "== region search: patches like the 64x64 corner of $seedfile"
scripts/tessera search --catalog "$catalog" --like "$seedfile" --roi 0,0,64,64 --embedder classical --k 5 --json

# Lineage: what produced the seed record (PROV-JSON) and the same as Graphviz DOT.
echo "== tessera lineage $seed"
scripts/tessera lineage --catalog "$catalog" "$seed" > "$out/lineage.prov.json"
head -c 2000 "$out/lineage.prov.json"; echo " … ($(wc -c < "$out/lineage.prov.json") bytes in $out/lineage.prov.json)"
scripts/tessera lineage --catalog "$catalog" "$seed" --format dot > "$out/lineage.dot"
head -20 "$out/lineage.dot"

# Export the hybrid search's results as a lineage-stamped RO-Crate (zip), then verify it by importing.
mapfile -t hits < <(scripts/tessera search --catalog "$catalog" --like "$seed" --query 'instrument.beamEnergy:[200kV TO 300kV]' --k 5 --json | ids)
crate="$out/export/similar-200-300kV.crate.zip"
mkdir -p "$out/export"
echo "== tessera export (${#hits[@]} records) --to rocrate:$crate"
scripts/tessera export --catalog "$catalog" "${hits[@]}" --to "rocrate:$crate" --json
echo "== tessera import $crate (verifies every checksum)"
scripts/tessera import "$crate" --json
