#@ File (label = "Catalogue folder", style = "directory") catalog
#@ String (label = "Query (records to export)", value = "format:zarr") query
#@ String (label = "Type", choices = {"rocrate", "bagit", "ocfl"}) type
#@ File (label = "Target (folder, or .zip for rocrate)", style = "save") target
#@output Integer files
#@output String written

# Exports every catalogued record matching a query, with its data and lineage, as an RO-Crate
# (folder or zip), a BagIt bag or an OCFL object, and prints what it wrote. Headless:
#   ImageJ --headless --run scripts/Export_Results.py 'catalog="/c",query="format:zarr",type="rocrate",target="/tmp/x.zip"'

from org.tessera.fiji import ExportRequest


def progress(done, total):
    pass


ids = ExportRequest.ids(catalog.toPath(), "query", query)
result = ExportRequest(catalog.toPath(), type, target.getPath(), ids, "").run(progress)
files = result.files()
written = result.target()
print("records=%d files=%d target=%s" % (ids.size(), files, written))
