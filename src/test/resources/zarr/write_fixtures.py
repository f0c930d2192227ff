"""Writes Zarr v2 interop fixtures with zarr-python 2 for ZarrPythonInteropTest.

Usage: write_fixtures.py OUTDIR
Writes OUTDIR/fixtures.zarr/<case> arrays, OUTDIR/expected/<case>.bin (the array as zarr-python
reads it, C order, little-endian elements) and OUTDIR/cases.json describing every case.
"""
import json
import os
import sys

import numpy as np
import zarr
from numcodecs import BZ2, LZ4, Blosc, Delta, GZip, Zlib, Zstd

OUT = sys.argv[1]
ROOT = zarr.open_group(os.path.join(OUT, "fixtures.zarr"), mode="w")
os.makedirs(os.path.join(OUT, "expected"), exist_ok=True)
CASES = []

DTYPES = ["|b1", "|i1", "|u1", "<i2", "<u2", "<i4", "<u4", "<i8", "<u8", "<f2", "<f4", "<f8", "<c8", "<c16"]
COMPRESSORS = {"none": None, "zstd": Zstd(level=3), "gzip": GZip(level=5), "zlib": Zlib(level=5),
               "bz2": BZ2(level=5), "lz4": LZ4()}
for cname in ["lz4", "lz4hc", "zstd", "zlib", "blosclz"]:
    for shuffle in [0, 1, 2]:
        COMPRESSORS["blosc-%s-%d" % (cname, shuffle)] = Blosc(cname=cname, clevel=5, shuffle=shuffle)


def values(dtype, shape, seed):
    rng = np.random.default_rng(seed)
    dt = np.dtype(dtype)
    n = int(np.prod(shape))
    if dt.kind == "b":
        v = rng.integers(0, 2, n).astype(bool)
    elif dt.kind in "iu":
        info = np.iinfo(dt)
        v = rng.integers(info.min, info.max, n, dtype=dt.newbyteorder("="), endpoint=True)
    elif dt.kind == "f":
        v = (rng.standard_normal(n) * 100).astype(dt)
    else:
        v = (rng.standard_normal(n) * 100 + 1j * rng.standard_normal(n) * 100).astype(dt)
    return v.reshape(shape).astype(dt)


def add(name, z, **extra):
    a = z[...]
    le = a.astype(a.dtype.newbyteorder("<")) if a.dtype.kind not in "SUOV" else a
    if a.dtype.kind in "biufc":
        with open(os.path.join(OUT, "expected", name + ".bin"), "wb") as f:
            f.write(np.ascontiguousarray(le).tobytes())
    case = {"name": name, "shape": list(a.shape), "dtype": a.dtype.name}
    case.update(extra)
    CASES.append(case)


# 1. every dtype x every compressor, C order, non-aligned shape
for dt in DTYPES:
    for cname, comp in COMPRESSORS.items():
        name = "c_%s_%s" % (np.dtype(dt).name, cname)
        z = ROOT.create_dataset(name, shape=(7, 5), chunks=(3, 2), dtype=dt, compressor=comp)
        z[...] = values(dt, (7, 5), len(CASES))
        add(name, z)

# 2. F order and "/" separator, 3-d
for dt in DTYPES:
    name = "f_%s" % np.dtype(dt).name
    z = ROOT.create_dataset(name, shape=(6, 5, 4), chunks=(4, 3, 3), dtype=dt, order="F",
                            compressor=Zlib(level=3), dimension_separator="/")
    z[...] = values(dt, (6, 5, 4), len(CASES))
    add(name, z)

# 3. big-endian dtypes
for dt in [">i2", ">u4", ">i8", ">f4", ">f8", ">c8", ">c16"]:
    name = "be_%s" % np.dtype(dt).name
    z = ROOT.create_dataset(name, shape=(9,), chunks=(4,), dtype=dt, compressor=Blosc(cname="lz4", shuffle=1))
    z[...] = values(dt, (9,), len(CASES))
    add(name, z)

# 4. fill values with missing chunks (only the first chunk is written)
for dt, fill in [("<f4", np.nan), ("<f8", np.inf), ("<f8", -np.inf), ("<i2", -7), ("|b1", True),
                 ("<u8", 2**63 + 5), ("<c16", 1.5 - 2j), ("<f2", 0.5)]:
    name = "fill_%s_%s" % (np.dtype(dt).name, str(fill).replace("-", "m").replace("+", "p").replace(".", "_"))
    z = ROOT.create_dataset(name, shape=(5, 6), chunks=(2, 4), dtype=dt, fill_value=fill,
                            compressor=Zstd(level=1), dimension_separator="/")
    z[0:2, 0:4] = values(dt, (2, 4), len(CASES))
    add(name, z)

# 5. delta filter
for dt, astype in [("<i4", "<i4"), ("<i8", "<i2"), ("<u2", "<u2"), ("<f4", "<f4"), ("<f8", "<f8")]:
    name = "delta_%s_as_%s" % (np.dtype(dt).name, np.dtype(astype).name)
    z = ROOT.create_dataset(name, shape=(11, 3), chunks=(4, 3), dtype=dt,
                            filters=[Delta(dtype=dt, astype=astype)], compressor=Zlib(level=1))
    v = np.cumsum(values("<i1", (11, 3), len(CASES)).astype(dt), axis=None).reshape(11, 3).astype(dt)
    z[...] = v
    add(name, z)

# 6. types that are listed but not readable as pixels
for dt in ["|S10", "<U5", [("a", "<i4"), ("b", "<f8")]]:
    name = "unreadable_%d" % len([c for c in CASES if c.get("unreadable")])
    z = ROOT.create_dataset(name, shape=(3,), chunks=(2,), dtype=dt)
    add(name, z, unreadable=True)

with open(os.path.join(OUT, "cases.json"), "w") as f:
    json.dump(CASES, f, indent=1)
print(len(CASES), "cases")
