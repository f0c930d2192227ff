// Opens a dataset with "Open Dataset..." and prints what ImageJ sees: stack size, calibration,
// the centre pixel of the middle slice, and the Tessera version (Ext.*). The argument is the
// command's options, e.g.
//   runMacro("open_dataset.ijm", "path=[/data/a.zarr] array=[s0]");
//   ImageJ -macro open_dataset.ijm "path=[/data/a.zarr] array=[s0]"
options = getArgument();
if (options == "")
	exit("usage: runMacro(\"open_dataset.ijm\", \"path=[...] array=[...]\")");
run("Open Dataset...", options);
setSlice(floor(nSlices / 2) + 1);
getPixelSize(unit, pw, ph, pd);
print("title=" + getTitle());
print("nSlices=" + nSlices);
print("size=" + getWidth() + "x" + getHeight());
print("pixelSize=" + pw + "," + ph + "," + pd);
print("unit=" + unit);
print("centre=" + getPixel(floor(getWidth() / 2), floor(getHeight() / 2)));
run("Tessera Macro Extensions");
print("tessera=" + Ext.tesseraVersion());
