#@ File (label = "Catalogue folder", style = "directory") catalog
#@ File (label = "Query image (a file Tessera reads)") image
#@ String (label = "Embedder", value = "classical") embedder
#@ Integer (label = "Hits", value = 5) k
#@output Integer count
#@output String firstPath

# Finds the catalogued arrays most like an image (the catalogue needs vectors of the embedder:
# `tessera index --embedder classical`) and prints each hit: path, array, score and why.
# Runs in Fiji's script editor and headless:
#   ImageJ --headless --run scripts/Find_Similar.py 'catalog="/home/me/.tessera/catalog",image="/data/a.zarr"'

from org.tessera.fiji import SimilarRequest

model = SimilarRequest(catalog.toPath(), embedder, "", k).run(image.getPath(), None)
try:
    hits = model.hits()
    count = hits.rows().size()
    firstPath = hits.field(0, "path") if count > 0 else ""
    print("hits=%d" % count)
    for i in range(count):
        print("%s %s score=%s %s" % (hits.field(i, "path"), hits.field(i, "array"), hits.field(i, "score"),
                                     hits.field(i, "explain")))
finally:
    model.close()
