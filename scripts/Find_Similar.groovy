#@ File (label = "Catalogue folder", style = "directory") catalog
#@ File (label = "Query image (a file Tessera reads)") image
#@ String (label = "Embedder", value = "classical") embedder
#@ Integer (label = "Hits", value = 5) k
#@output Integer count
#@output String firstPath

// Finds the catalogued arrays most like an image (the catalogue needs vectors of the embedder:
// `tessera index --embedder classical`) and prints each hit: path, array, score and why.
// Runs in Fiji's script editor and headless:
//   ImageJ --headless --run scripts/Find_Similar.groovy 'catalog="/home/me/.tessera/catalog",image="/data/a.zarr"'

import org.tessera.fiji.SimilarRequest

def model = new SimilarRequest(catalog.toPath(), embedder, "", k).run(image.getPath(), null)
try {
	def hits = model.hits()
	count = hits.rows().size()
	firstPath = count == 0 ? "" : hits.field(0, "path")
	println "hits=${count}"
	(0..<count).each { i ->
		println "${hits.field(i, 'path')} ${hits.field(i, 'array')} score=${hits.field(i, 'score')} ${hits.field(i, 'explain')}"
	}
}
finally {
	model.close()
}
