// Indexes a folder into a catalogue, searches it, and prints the hits through Tessera's Ext.*
// functions. The argument is "folder|catalog|query", e.g.
//   runMacro("search_catalog.ijm", "/data/sample|/tmp/catalog|format:zarr");
//   ImageJ -macro search_catalog.ijm "/data/sample|/tmp/catalog|format:zarr"
// An empty catalog means the default catalogue ($TESSERA_CATALOG or ~/.tessera/catalog).
args = split(getArgument(), "|");
if (args.length < 3)
	exit("usage: runMacro(\"search_catalog.ijm\", \"folder|catalog|query\")");
folder = args[0];
catalog = args[1];
query = args[2];
run("Index Folder...", "folder=[" + folder + "] catalog=[" + catalog + "]");
run("Search Catalog...", "catalog=[" + catalog + "] query=[" + query + "] k=10");
run("Tessera Macro Extensions");
n = parseInt(Ext.tesseraHitCount());
print("hits=" + n);
for (i = 0; i < n; i++)
	print("hit " + i + " " + Ext.tesseraHitField(i, "path") + " " + Ext.tesseraHitField(i, "array")
		+ " format=" + Ext.tesseraHitField(i, "format"));
m = Ext.tesseraSearch(catalog, "*", 100);
print("all=" + m);
if (n > 0) {
	n = Ext.tesseraSearch(catalog, query, 10);
	title = Ext.tesseraOpenHit(0);
	print("opened=" + title + " slices=" + nSlices + " size=" + getWidth() + "x" + getHeight());
}
