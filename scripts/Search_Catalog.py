#@ File (label = "Catalogue folder", style = "directory") catalog
#@ String (label = "Query", value = "format:zarr") query
#@output Integer count
#@output String firstPath

# Searches a Tessera catalogue (built by "Index Folder..." or `tessera index`) and prints each hit:
# path, array, format and beam energy (kV) from its stored record. Runs in Fiji's script editor and headless:
#   ImageJ --headless --run scripts/Search_Catalog.py 'catalog="/home/me/.tessera/catalog",query="format:zarr"'

from org.tessera.index import Catalog, SearchRequest

c = Catalog.open(catalog.toPath())
try:
    result = c.search(SearchRequest.of(query, 10))
    hits = result.hits()
    count = hits.size()
    firstPath = hits.get(0).path() if count > 0 else ""
    print("hits=%d total=%d" % (count, result.total()))
    for h in hits:
        r = c.record(h.id()).orElse(None)
        energy = r.instrument().beamEnergy() if r is not None else None
        kv = energy.value() if energy is not None else ""
        fmt = r.format() if r is not None else ""
        print("%s %s format=%s beamEnergy=%s" % (h.path(), h.array(), fmt, kv))
finally:
    c.close()
