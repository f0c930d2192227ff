#@ File (label = "4D-STEM dataset (file or folder)", style = "both") path
#@ String (label = "Array (empty: default)", required = false, value = "") array
#@ Double (label = "Bright-field radius (px)", value = 4) bf
#@ String (label = "ADF radii inner,outer (px)", value = "6,8") adf
#@output String shapes
#@output Double bf_total

# Bright-field and annular dark-field virtual images and the mean diffraction pattern of a 4D-STEM
# dataset (scan axes first, detector axes last), computed by Tessera in ONE streaming pass. With a
# display they open as calibrated images. Headless:
#   ImageJ --headless --run scripts/Reduce_4DSTEM.py 'path="/data/stem.zarr",array="",bf=20,adf="40,100"'

from java.awt import GraphicsEnvironment
from org.tessera.fiji import ReduceRequest, ResultImages
from org.tessera.reduce import Progress

request = ReduceRequest(path.toPath(), array, "4dstem", "", bf, adf)
results = request.run(lambda: False, Progress.NONE)
shapes = " ".join(["%s=%s" % (r.name(), "x".join([str(s) for s in r.shape()])) for r in results])
virtual_bf = [r for r in results if r.name() == "bf"][0]
bf_total = sum([virtual_bf.doubleAt(i) for i in range(virtual_bf.elementCount())])
print("%s bf_total=%s" % (shapes, bf_total))
if not GraphicsEnvironment.isHeadless():
    ResultImages.show(path.getName(), results)
