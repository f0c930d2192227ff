"""Writes the HyperSpy test signal of HyperSpyExtractorTest as signal.zspy and signal.hspy into the
current directory, with HyperSpy itself (Debian's python3-hyperspy). Keep the values in step with
HyperSpyExtractorTest.METADATA."""
import numpy as np
import hyperspy.api as hs

s = hs.signals.Signal2D(np.arange(48 * 64, dtype="uint16").reshape(48, 64))
for key, value in [
    ("General.title", "SrTiO3 HAADF"),
    ("General.date", "2021-05-04"),
    ("General.time", "13:45:10"),
    ("General.time_zone", "Europe/Berlin"),
    ("General.authors", "A. Author"),
    ("Sample.description", "SrTiO3"),
    ("Sample.elements", ["Sr", "Ti", "O"]),
    ("Signal.quantity", "Intensity (counts)"),
    ("Acquisition_instrument.TEM.beam_energy", 300.0),
    ("Acquisition_instrument.TEM.microscope", "Titan"),
    ("Acquisition_instrument.TEM.magnification", 2000000.0),
    ("Acquisition_instrument.TEM.camera_length", 91.0),
    ("Acquisition_instrument.TEM.convergence_angle", 21.4),
    ("Acquisition_instrument.TEM.acquisition_mode", "STEM"),
    ("Acquisition_instrument.TEM.detector", "HAADF"),
    ("Acquisition_instrument.TEM.dwell_time", 2e-6),
    ("Acquisition_instrument.TEM.Stage.x", 0.12),
    ("Acquisition_instrument.TEM.Stage.tilt_alpha", 1.5),
    ("Acquisition_instrument.TEM.Detector.EDS.energy_resolution_MnKa", 130.0),
]:
    s.metadata.set_item(key, value)
for axis, name, offset in [(0, "x", 1.0), (1, "y", 0.0)]:
    a = s.axes_manager[axis]
    a.name, a.units, a.scale, a.offset = name, "nm", 0.05, offset
s.save("signal.zspy")
s.save("signal.hspy")
