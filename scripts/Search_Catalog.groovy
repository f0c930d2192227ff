#@ File (label = "Catalogue folder", style = "directory") catalog
#@ String (label = "Query", value = "format:zarr") query
#@output Integer count
#@output String firstPath

// Searches a Tessera catalogue (built by "Index Folder..." or `tessera index`) and prints each hit:
// path, array, format and beam energy (kV) from its stored record. Runs in Fiji's script editor and headless:
//   ImageJ --headless --run scripts/Search_Catalog.groovy 'catalog="/home/me/.tessera/catalog",query="format:zarr"'

import org.tessera.index.Catalog
import org.tessera.index.SearchRequest

def c = Catalog.open(catalog.toPath())
try {
	def result = c.search(SearchRequest.of(query, 10))
	count = result.hits().size()
	firstPath = count == 0 ? "" : result.hits()[0].path()
	println "hits=${count} total=${result.total()}"
	result.hits().each { h ->
		def r = c.record(h.id()).orElse(null)
		def kv = r?.instrument()?.beamEnergy()?.value() ?: ""
		println "${h.path()} ${h.array()} format=${r?.format() ?: ''} beamEnergy=${kv}"
	}
}
finally {
	c.close()
}
