#@ File (label = "Catalogue folder", style = "directory") catalog
#@ String (label = "Query (records to export)", value = "format:zarr") query
#@ String (label = "Type", choices = {"rocrate", "bagit", "ocfl"}) type
#@ File (label = "Target (folder, or .zip for rocrate)", style = "save") target
#@output Integer files
#@output String written

// Exports every catalogued record matching a query, with its data and lineage, as an RO-Crate
// (folder or zip), a BagIt bag or an OCFL object, and prints what it wrote. Headless:
//   ImageJ --headless --run scripts/Export_Results.groovy 'catalog="/c",query="format:zarr",type="rocrate",target="/tmp/x.zip"'

import org.tessera.fiji.ExportRequest
import org.tessera.fiji.IndexRequest

def ids = ExportRequest.ids(catalog.toPath(), "query", query)
def result = new ExportRequest(catalog.toPath(), type, target.getPath(), ids, "").run({ d, t -> } as IndexRequest.Progress)
files = result.files()
written = result.target()
println "records=${ids.size()} files=${files} target=${written}"
