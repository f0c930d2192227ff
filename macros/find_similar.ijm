// Opens a query dataset, finds the most similar catalogued arrays (whole image, then a selection
// against the patch documents), refines with a + and a − mark, and prints the lineage of the best hit.
// The catalogue needs vectors of the classical embedder (`tessera index --embedder classical --patches 48`).
// The argument is "catalog|query dataset", e.g.
//   runMacro("find_similar.ijm", "/tmp/catalog|/data/query.zarr");
args = split(getArgument(), "|");
if (args.length < 2)
	exit("usage: runMacro(\"find_similar.ijm\", \"catalog|query dataset\")");
catalog = args[0];
query = args[1];
run("Open Dataset...", "path=[" + query + "]");
run("Find Similar...", "catalog=[" + catalog + "] embedder=classical filter=[] k=5");
run("Tessera Macro Extensions");
Ext.getHitCount(n);
print("hits=" + n);
for (i = 0; i < n; i++) {
	Ext.getHit(i, "path", path);
	Ext.getHit(i, "score", score);
	print("hit " + i + " " + path + " score=" + score);
}
Ext.getHit(0, "id", best);
Ext.getHit(n - 1, "id", worst);
m = Ext.refine(best, worst);
Ext.getHit(0, "id", top);
print("refined=" + m + " best stays first=" + (top == best));
makeRectangle(0, 0, 48, 48);
run("Find Similar...", "catalog=[" + catalog + "] embedder=classical filter=[] k=3");
Ext.getHit(0, "explain", why);
print("region " + why);
Ext.setCatalog(catalog);
Ext.getLineage(best, "json", prov);
print("lineage json " + lengthOf(prov) + " chars, extract=" + (indexOf(prov, "tessera:extract") >= 0));
run("Show Lineage...", "catalog=[" + catalog + "] subject=[" + best + "] format=json direction=both");
print("picture=" + getTitle());
