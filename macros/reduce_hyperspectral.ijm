// Reduces a hyperspectral dataset (e.g. an EDS spectrum image: y, x, energy) with "Reduce Dataset..."
// (Plugins > Tessera) and prints what ImageJ shows: the sum image (title, size, calibration, a few
// pixels) and the sum spectrum plot (title, energy calibration, a few values, the total). The
// argument is the dataset path, optionally followed by "|" and the array name, e.g.
//   runMacro("reduce_hyperspectral.ijm", "/data/si.zarr");
//   ImageJ -macro reduce_hyperspectral.ijm "/data/si.emd|Data/SpectrumImage/abc/Data"
arg = getArgument();
if (arg == "")
	exit("usage: runMacro(\"reduce_hyperspectral.ijm\", \"/path/to/dataset[|array]\")");
parts = split(arg, "|");
array = "";
if (parts.length > 1) array = parts[1];
run("Reduce Dataset...", "path=[" + parts[0] + "] array=[" + array + "] preset=hyperspectral");
for (i = 1; i <= nImages; i++) {
	selectImage(i);
	print("title=" + getTitle());
}
selectImage(File.getName(parts[0]) + "-image");
getPixelSize(unit, pw, ph);
print("image=" + getWidth() + "x" + getHeight() + " bitDepth=" + bitDepth());
print("pixelSize=" + d2s(pw, 4) + "," + d2s(ph, 4) + " unit=" + unit);
print("pixels=" + getPixel(0, 0) + "," + getPixel(1, 0) + "," + getPixel(0, 1) + "," + getPixel(getWidth() - 1, getHeight() - 1));
selectImage(File.getName(parts[0]) + "-spectrum");
Plot.getValues(x, y);
total = 0;
for (i = 0; i < y.length; i++) total += y[i];
print("spectrum=" + y.length + " x0=" + d2s(x[0], 4) + " dx=" + d2s(x[1] - x[0], 4) + " xLast=" + d2s(x[x.length - 1], 4));
print("counts=" + y[0] + "," + y[1] + "," + y[y.length - 1] + " total=" + total);
