"""Writes the TIFF fixtures of TiffFixturesTest with tifffile (Debian's python3-tifffile).

Usage: python3 write_tiffs.py OUTDIR

Writes OUTDIR/<name>.tif, OUTDIR/<name>.<array>.bin (the expected elements of each array, C order,
little-endian) and OUTDIR/manifest.json describing every file: its format, arrays (shape, dtype,
axes with units and scales). Bad inputs go to OUTDIR/bad/.

tifffile without imagecodecs cannot encode LZW, PackBits or the floating-point predictor, so small
encoders for those are plugged into tifffile below; the LZW and PackBits streams are checked
against Pillow's libtiff decoder when Pillow is present, so a bug in these encoders cannot hide a
matching bug in the Java decoder.
"""
import json
import os
import struct
import sys

import numpy as np
import tifffile

OUT = sys.argv[1]
MANIFEST = {}


# -- encoders tifffile lacks without imagecodecs --

def lzw_encode(data, **kwargs):
    """TIFF LZW: MSB-first codes of 9..12 bits with libtiff's early change."""
    data = bytes(np.ascontiguousarray(data).tobytes()) if not isinstance(data, bytes) else data
    out, acc, nbits = bytearray(), 0, 0
    width, table, nxt = 9, {bytes([i]): i for i in range(256)}, 258

    def put(code):
        nonlocal acc, nbits
        acc = (acc << width) | code
        nbits += width
        while nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)

    put(256)
    w = b''
    for b in data:
        wc = w + bytes([b])
        if wc in table:
            w = wc
            continue
        put(table[w])
        table[wc] = nxt
        nxt += 1
        if nxt + 1 > (1 << width) and width < 12:
            width += 1
        if nxt >= 4094:
            put(256)
            table, nxt, width = {bytes([i]): i for i in range(256)}, 258, 9
        w = bytes([b])
    if w:
        put(table[w])
        nxt += 1
        if nxt + 1 > (1 << width) and width < 12:
            width += 1
    put(257)
    if nbits:
        out.append((acc << (8 - nbits)) & 0xFF)
    return bytes(out)


def packbits_row(row):
    out, i, n = bytearray(), 0, len(row)
    while i < n:
        j = i
        while j + 1 < n and row[j + 1] == row[i] and j - i < 127:
            j += 1
        if j > i:
            out += bytes([(257 - (j - i + 1)) & 0xFF, row[i]])
            i = j + 1
            continue
        j = i
        while j < n and j - i < 128 and not (j + 1 < n and row[j + 1] == row[j]):
            j += 1
        j = max(j, i + 1)
        out.append(j - i - 1)
        out += row[i:j]
        i = j
    return bytes(out)


def packbits_encode(data, axis=-2, **kwargs):
    """PackBits, each row on its own as TIFF requires."""
    a = np.ascontiguousarray(data)
    rows = a.reshape(int(np.prod(a.shape[:axis])), -1) if a.ndim >= 2 else a.reshape(1, -1)
    return b''.join(packbits_row(r.tobytes()) for r in rows)


def floatpred_encode(data, axis=-2, out=None):
    """The floating-point predictor: per row, big-endian byte planes, then byte differences."""
    a = np.asarray(data)
    rows = a.reshape(int(np.prod(a.shape[:axis])), -1)
    samples = a.shape[-1] if axis == -2 else 1
    be = rows.astype(rows.dtype.newbyteorder('>'))
    b = be.view(np.uint8).reshape(rows.shape[0], rows.shape[1], a.dtype.itemsize)
    planes = b.transpose(0, 2, 1).reshape(rows.shape[0], -1).astype(np.uint8)
    diff = planes.copy()
    diff[:, samples:] = planes[:, samples:] - planes[:, :-samples]
    return diff.reshape(a.shape[:-1] + (-1,)).view(np.uint8).reshape(-1)


tifffile.TIFF.COMPRESSORS._codecs[5] = lzw_encode
tifffile.TIFF.COMPRESSORS._codecs[32773] = packbits_encode


# -- helpers --

def expected(name, array_name, data):
    np.ascontiguousarray(data).astype(data.dtype.newbyteorder('<')).tofile(os.path.join(OUT, f'{name}.{array_name}.bin'))


def record(name, fmt, arrays, **extra):
    MANIFEST[name] = dict(format=fmt, arrays=arrays, **extra)


def arr(name, data, axes, scales=None, units=None):
    return dict(name=name, shape=list(data.shape), dtype=data.dtype.name, axes=axes,
                scales=scales or [1.0] * len(axes), units=units or [''] * len(axes))


def values(dtype, shape, seed):
    rng = np.random.default_rng(seed)
    dt = np.dtype(dtype)
    if dt.kind == 'f':
        return (rng.standard_normal(shape) * 1000).astype(dt)
    info = np.iinfo(dt)
    # a smooth ramp (so predictors and LZW get runs) plus extremes of the type
    a = (np.arange(int(np.prod(shape))).reshape(shape) * 7 + info.min // 3).astype(dt)
    a.flat[0], a.flat[-1] = info.min, info.max
    a[..., 3:9] = a[..., 3:4]  # runs for PackBits
    return a


def plain(name, data, **kw):
    path = os.path.join(OUT, name + '.tif')
    tifffile.imwrite(path, data, **kw)
    check = tifffile.imread(path) if kw.get('compression') not in ('lzw', 'packbits') else None
    if check is not None:
        assert np.array_equal(check.reshape(data.shape), data), name
    return path


def check_with_pillow(path, data):
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as im:
        got = np.array(im)
    assert np.array_equal(got, data), path


# -- fixtures --

DTYPES = ['uint8', 'int8', 'uint16', 'int16', 'uint32', 'int32', 'uint64', 'int64', 'float16', 'float32', 'float64']
COMPRESSIONS = {'none': {}, 'lzw': dict(compression='lzw', predictor=True), 'deflate': dict(compression='zlib'),
                'packbits': dict(compression='packbits')}
LAYOUTS = {'strips': dict(rowsperstrip=5), 'tiles': dict(tile=(16, 16))}


def matrix():
    for i, dt in enumerate(DTYPES):
        for cname, ckw in COMPRESSIONS.items():
            for lname, lkw in LAYOUTS.items():
                kw = dict(ckw, **lkw)
                if dt in ('float16', 'uint64', 'int64') and cname == 'lzw':
                    kw['predictor'] = False  # NB: tifffile refuses predictors for these types
                if dt.startswith('float') and kw.get('predictor'):
                    tifffile.TIFF.PREDICTORS._codecs[3] = floatpred_encode
                name = f'{dt}_{cname}_{lname}'
                data = values(dt, (2, 37, 45), i)
                plain(name, data, photometric='minisblack', metadata=None, **kw)
                if name in ('float32_lzw_strips', 'uint16_lzw_tiles', 'uint8_packbits_tiles'):
                    check_with_pillow(os.path.join(OUT, name + '.tif'), data[0])
                expected(name, 'image0', data)
                record(name, 'tiff', [arr('image0', data, ['page', 'y', 'x'])])
    for dt in ('uint8', 'uint16'):
        data = values(dt, (37, 45), 9)
        for c in ('lzw', 'packbits'):
            path = plain(f'pillow_{dt}_{c}', data, compression=c, metadata=None, rowsperstrip=8)
            check_with_pillow(path, data)
            expected(f'pillow_{dt}_{c}', 'image0', data)
            record(f'pillow_{dt}_{c}', 'tiff', [arr('image0', data, ['y', 'x'])])


def special():
    data = values('uint16', (3, 40, 50), 11)
    plain('bigtiff', data, bigtiff=True, tile=(16, 32), compression='zlib', photometric='minisblack', metadata=None)
    expected('bigtiff', 'image0', data)
    record('bigtiff', 'tiff', [arr('image0', data, ['page', 'y', 'x'])], bigtiff=True)
    for dt in ('uint16', 'float32', 'int32'):
        data = values(dt, (2, 21, 33), 12)
        name = f'bigendian_{dt}'
        kw = dict(compression='zlib', predictor=not dt.startswith('float'))
        plain(name, data, byteorder='>', rowsperstrip=4, photometric='minisblack', metadata=None, **kw)
        expected(name, 'image0', data)
        record(name, 'tiff', [arr('image0', data, ['page', 'y', 'x'])], byteorder='>')
    rgb = values('uint8', (20, 30, 3), 13)
    plain('rgb_chunky', rgb, photometric='rgb', compression='zlib', predictor=True, rowsperstrip=7, metadata=None)
    expected('rgb_chunky', 'image0', rgb)
    record('rgb_chunky', 'tiff', [arr('image0', rgb, ['y', 'x', 'c'])])
    planar = values('uint16', (3, 20, 30), 14)
    plain('rgb_planar', planar, photometric='rgb', planarconfig='separate', tile=(16, 16), metadata=None)
    expected('rgb_planar', 'image0', planar)
    record('rgb_planar', 'tiff', [arr('image0', planar, ['c', 'y', 'x'])])
    path = os.path.join(OUT, 'two_shapes.tif')
    a, b = values('uint8', (2, 10, 12), 15), values('float32', (7, 9), 16)
    with tifffile.TiffWriter(path) as w:
        w.write(a, metadata=None, photometric='minisblack')
        w.write(b, metadata=None)
    expected('two_shapes', 'image0', a)
    expected('two_shapes', 'image1', b)
    record('two_shapes', 'tiff', [arr('image0', a, ['page', 'y', 'x']), arr('image1', b, ['y', 'x'])])


def imagej():
    data = values('uint16', (2, 3, 2, 20, 25), 17)
    tifffile.imwrite(os.path.join(OUT, 'imagej.tif'), data, imagej=True, resolution=(1 / 0.5, 1 / 0.5),
                     metadata={'axes': 'TZCYX', 'spacing': 2.0, 'unit': 'um', 'finterval': 0.25})
    expected('imagej', 'image0', data)
    record('imagej', 'tiff', [arr('image0', data, ['t', 'z', 'c', 'y', 'x'], [0.25, 2.0, 1.0, 0.5, 0.5],
                                  ['second', 'micrometer', '', 'micrometer', 'micrometer'])])


def ome():
    data = values('uint16', (2, 3, 20, 25), 18)
    tifffile.imwrite(os.path.join(OUT, 'ome.ome.tif'), data, ome=True, photometric='minisblack', metadata={
        'axes': 'CZYX', 'PhysicalSizeX': 0.2, 'PhysicalSizeY': 0.3, 'PhysicalSizeZ': 1.5,
        'PhysicalSizeXUnit': 'µm', 'PhysicalSizeYUnit': 'µm', 'PhysicalSizeZUnit': 'nm',
        'Channel': {'Name': ['DAPI', 'GFP']}, 'Name': 'two channels'})
    with tifffile.TiffFile(os.path.join(OUT, 'ome.ome.tif')) as t:
        assert t.is_ome and t.series[0].axes == 'CZYX', t.series[0].axes
    expected('ome.ome', 'image0', data)
    record('ome.ome', 'ome-tiff', [arr('image0', data, ['c', 'z', 'y', 'x'], [1.0, 1.5, 0.3, 0.2],
                                       ['', 'nanometer', 'micrometer', 'micrometer'])], channels=['DAPI', 'GFP'])


PLATE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06">
 <Plate ID="Plate:0" Name="screen plate" Rows="8" Columns="12">
  <Well ID="Well:0" Row="1" Column="2">
   <WellSample ID="WellSample:0" Index="0"><ImageRef ID="Image:0"/></WellSample>
   <WellSample ID="WellSample:1" Index="1"><ImageRef ID="Image:1"/></WellSample>
  </Well>
 </Plate>
 <Image ID="Image:0" Name="field 0"><Pixels ID="Pixels:0" DimensionOrder="XYCZT" Type="uint8" SizeX="12" SizeY="10"
   SizeZ="1" SizeC="1" SizeT="2" TimeIncrement="1.5" TimeIncrementUnit="ms">
   <Channel ID="Channel:0:0" Name="BF" SamplesPerPixel="1"/><TiffData IFD="0" PlaneCount="2"/></Pixels></Image>
 <Image ID="Image:1" Name="field 1"><Pixels ID="Pixels:1" DimensionOrder="XYCZT" Type="uint8" SizeX="12" SizeY="10"
   SizeZ="1" SizeC="1" SizeT="2"><Channel ID="Channel:1:0" Name="BF" SamplesPerPixel="1"/>
   <TiffData IFD="2" FirstT="1"/></Pixels></Image>
</OME>"""


def plate():
    """Two OME Images in one file, the second with its first time point missing (reads as zeros)."""
    data = values('uint8', (3, 10, 12), 20)
    path = os.path.join(OUT, 'plate.ome.tif')
    with tifffile.TiffWriter(path) as w:
        w.write(data, photometric='minisblack', metadata=None, description=PLATE_XML)
    expected('plate.ome', 'image0', data[0:2])
    second = np.zeros((2, 10, 12), np.uint8)
    second[1] = data[2]
    expected('plate.ome', 'image1', second)
    record('plate.ome', 'ome-tiff', [arr('image0', data[0:2], ['t', 'y', 'x'], [1.5, 1, 1], ['millisecond', '', '']),
                                     arr('image1', second, ['t', 'y', 'x'])])


# -- bad input --

def patch(path, offset, fmt, value):
    with open(path, 'r+b') as f:
        f.seek(offset)
        f.write(struct.pack(fmt, value))


def bad():
    d = os.path.join(OUT, 'bad')
    os.makedirs(d, exist_ok=True)
    data = values('uint8', (3, 16, 20), 19)

    def base(name, **kw):
        p = os.path.join(d, name)
        tifffile.imwrite(p, data, photometric='minisblack', metadata=None, **kw)
        return p

    p = base('wrong_magic.tif')
    patch(p, 2, '<H', 41)
    p = base('past_eof.tif')
    patch(p, 4, '<I', os.path.getsize(p) + 1000)
    p = base('loop.tif')
    with tifffile.TiffFile(p) as t:
        first, last = t.pages[0].offset, t.pages[-1].offset
        n = len(t.pages[-1].tags)
    patch(p, last + 2 + 12 * n, '<I', first)
    p = base('jpeg.tif')
    with tifffile.TiffFile(p) as t:
        off = t.pages[1].tags['Compression'].valueoffset
    patch(p, off, '<H', 7)
    p = base('truncated.tif', compression='zlib')
    with tifffile.TiffFile(p) as t:
        page = t.pages[-1]
        cut = page.dataoffsets[0] + page.databytecounts[0] // 2
        assert all(pg.offset < cut for pg in t.pages), 'IFDs must lie before the cut'
    with open(p, 'r+b') as f:
        f.truncate(cut)
    tifffile.imwrite(os.path.join(d, 'bad_ome.ome.tif'), data[0], metadata=None,
                     description='<?xml version="1.0"?><OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06"><Image ID="Image:0"><Pixels')


os.makedirs(OUT, exist_ok=True)
matrix()
special()
imagej()
ome()
plate()
bad()
with open(os.path.join(OUT, 'manifest.json'), 'w') as f:
    json.dump(MANIFEST, f, indent=1)
print(len(MANIFEST), 'fixtures')
