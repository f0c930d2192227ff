// Searches a catalogue and exports the hits with their data and lineage: an RO-Crate zip through
// "Export...", then a BagIt bag through Ext.export. The argument is "catalog|query|target folder", e.g.
//   runMacro("export_results.ijm", "/tmp/catalog|format:zarr|/tmp/out");
args = split(getArgument(), "|");
if (args.length < 3)
	exit("usage: runMacro(\"export_results.ijm\", \"catalog|query|target folder\")");
catalog = args[0];
query = args[1];
out = args[2];
run("Search Catalog...", "catalog=[" + catalog + "] query=[" + query + "] k=100");
run("Export...", "catalog=[" + catalog + "] type=rocrate target=[" + out + "/results.zip] from=results records=[]");
run("Tessera Macro Extensions");
Ext.setCatalog(catalog);
Ext.getHitCount(n);
bag = Ext.export("", "bagit:" + out + "/bag");
print("exported " + n + " records to " + out + "/results.zip and " + bag);
