#@ File (label = "Dataset (file or folder)", style = "both") path
#@ String (label = "Array") array
#@output String shape
#@output String dtype
#@output Double centre

# Opens one array of a dataset (Zarr, N5, ...) lazily with Tessera and reports its shape (C order),
# numpy data type and the value of its centre voxel. Runs in Fiji's script editor and headless:
#   ImageJ --headless --run scripts/Open_Dataset.py 'path="/data/a.zarr",array="s0"'

from org.tessera.fiji import DatasetImages, DatasetOpener

container = DatasetOpener.container(path.toPath())
try:
    a = container.array(array)
    shape = ",".join([str(s) for s in a.shape()])
    dtype = a.dtype().name()
    imp = DatasetImages.open(container, array)
    ip = imp.getStack().getProcessor(imp.getStackSize() // 2 + 1)
    centre = float(ip.getf(imp.getWidth() // 2, imp.getHeight() // 2))
    print("shape=%s dtype=%s centre=%s" % (shape, dtype, centre))
finally:
    container.close()
