#@ File (label = "Dataset (file or folder)", style = "both") path
#@ String (label = "Array") array
#@output String shape
#@output String dtype
#@output Double centre

// Opens one array of a dataset (Zarr, N5, ...) lazily with Tessera and reports its shape (C order),
// numpy data type and the value of its centre voxel. Runs in Fiji's script editor and headless:
//   ImageJ --headless --run scripts/Open_Dataset.groovy 'path="/data/a.zarr",array="s0"'

import org.tessera.fiji.DatasetImages
import org.tessera.fiji.DatasetOpener

def container = DatasetOpener.container(path.toPath())
try {
	def a = container.array(array)
	shape = a.shape().join(",")
	dtype = a.dtype().name()
	def imp = DatasetImages.open(container, array)
	def ip = imp.getStack().getProcessor(imp.getStackSize().intdiv(2) + 1)
	centre = (double) ip.getf(imp.getWidth().intdiv(2), imp.getHeight().intdiv(2))
	println "shape=${shape} dtype=${dtype} centre=${centre}"
}
finally {
	container.close()
}
