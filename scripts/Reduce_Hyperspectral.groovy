#@ File (label = "Spectrum image (file or folder)", style = "both") path
#@ String (label = "Array (empty: default)", required = false, value = "") array
#@output String shapes
#@output Double total

// The sum image (over energy, the last axis) and the sum spectrum (over all other axes) of a
// hyperspectral cube, computed by Tessera in ONE streaming pass over its chunks. With a display they
// open as a calibrated image and a spectrum plot. Headless:
//   ImageJ --headless --run scripts/Reduce_Hyperspectral.groovy 'path="/data/cube.zarr",array=""'

import java.awt.GraphicsEnvironment
import java.util.function.BooleanSupplier
import org.tessera.fiji.ReduceRequest
import org.tessera.fiji.ResultImages
import org.tessera.reduce.Progress

def request = new ReduceRequest(path.toPath(), array, "hyperspectral", "", 0, "")
def results = request.run({ false } as BooleanSupplier, Progress.NONE)
def image = results.find { it.name() == "image" }
def spectrum = results.find { it.name() == "spectrum" }
shapes = results.collect { it.name() + "=" + it.shape().join("x") }.join(" ")
total = (0..<spectrum.elementCount()).sum { spectrum.doubleAt(it) } as double
println "${shapes} total=${total} spectrum_peak=${(0..<spectrum.elementCount()).max { spectrum.doubleAt(it) }}"
if (!GraphicsEnvironment.isHeadless()) ResultImages.show(path.getName(), results)
