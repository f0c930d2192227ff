# Writes HDF5 fixtures with h5py for Hdf5FixtureTest: argv[1] = output folder.
# Each numeric dataset <name> gets <name with / as __>.bin: its elements in C order, little-endian.
import os, sys, json
import numpy as np, h5py
from h5py import h5p, h5d, h5s, h5t, h5z

out = sys.argv[1]
expected = {}

def values(dtype, shape):
    n = int(np.prod(shape))
    i = np.arange(n)
    dt = np.dtype(dtype)
    if dt.kind == 'b': v = (i % 3 == 0)
    elif dt.kind == 'c': v = (i * 1.5 - 7) + 1j * (i % 5 - 2)
    elif dt.kind == 'f': v = i * 0.75 - 11.25
    elif dt.kind == 'u': v = (i * 2654435761) % (np.iinfo(dt).max if dt.itemsize < 8 else 2**63) + (np.iinfo(dt).max - 200 if dt.itemsize < 8 else 0) * (i % 2)
    else: v = (i * 40503) % 20000 - 10000 if dt.itemsize > 1 else (i * 37) % 256 - 128
    return np.asarray(v).astype(dt).reshape(shape)

def keep(name, a):
    expected[name] = a.dtype.name if a.dtype.kind != 'b' else 'bool'
    le = a.astype(a.dtype.newbyteorder('<')) if a.dtype.kind not in 'b' else a.astype('u1')
    open(os.path.join(out, name.replace('/', '__') + '.bin'), 'wb').write(np.ascontiguousarray(le).tobytes())

shape, chunks = (7, 5, 3), (3, 2, 2)
layouts = {
    'contiguous': {},
    'chunked': dict(chunks=chunks),
    'gzip': dict(chunks=chunks, compression='gzip', compression_opts=6),
    'shuffle_gzip': dict(chunks=chunks, compression='gzip', shuffle=True),
    'fletcher32': dict(chunks=chunks, fletcher32=True, shuffle=True),
    'lzf': dict(chunks=chunks, compression='lzf'),
}
dtypes = ['i1', 'u1', '<i2', '<u2', '<i4', '<u4', '<i8', '<u8', '<f2', '<f4', '<f8', '<c8', '<c16', '?', '>i2', '>u4', '>f8']
with h5py.File(os.path.join(out, 'dtypes.h5'), 'w', libver='latest') as f:
    for dt in dtypes:
        for lay, kw in layouts.items():
            if np.dtype(dt).kind == 'c' and lay == 'fletcher32': pass
            name = '%s/%s' % (lay, np.dtype(dt).str.replace('<', 'le').replace('>', 'be').replace('|', ''))
            a = values(dt, shape)
            f.create_dataset(name, data=a, **kw)
            keep(name, a)
    f.attrs['title'] = 'fixtures'
    f.attrs['numbers'] = np.arange(3)
    f['gzip'].attrs['level'] = 6

with h5py.File(os.path.join(out, 'indexes.h5'), 'w', libver='latest') as f:
    a = values('<u2', (9, 10))
    for name, kw in {
        'fixed_array': dict(chunks=(4, 3)),
        'extensible_array': dict(chunks=(4, 3), maxshape=(None, 10)),
        'btree_v2': dict(chunks=(4, 3), maxshape=(None, None)),
        'single_chunk': dict(chunks=(9, 10)),
        'single_chunk_gzip': dict(chunks=(9, 10), compression='gzip'),
    }.items():
        f.create_dataset(name, data=a, **kw)
        keep(name, a)
    d = f.create_dataset('sparse', shape=(9, 10), chunks=(4, 3), dtype='<i4', fillvalue=7)
    d[0:4, 0:3] = 1
    b = np.full((9, 10), 7, '<i4'); b[0:4, 0:3] = 1
    keep('sparse', b)
    f['scalar'] = np.float64(2.5); keep('scalar', np.array(2.5))
    f['empty'] = np.zeros((0, 4), 'u1'); keep('empty', np.zeros((0, 4), 'u1'))
    f['text'] = 'hello'
    f['group/soft'] = h5py.SoftLink('/fixed_array')
    f['external'] = h5py.ExternalLink('dtypes.h5', '/gzip/leu2')
    keep('group/soft', a)
    keep('external', values('<u2', shape))

with h5py.File(os.path.join(out, 'old.h5'), 'w') as f:  # B-tree v1 chunk index, old-style headers
    a = values('<f4', (9, 10))
    f.create_dataset('btree_v1', data=a, chunks=(4, 3), compression='gzip', shuffle=True)
    keep('btree_v1', a)

with h5py.File(os.path.join(out, 'userblock.h5'), 'w', userblock_size=512) as f:
    a = values('<i2', (6, 4))
    f['data'] = a
    keep('data', a)

def crafted(f, name, filt, cd, a, chunk, encode):
    dcpl = h5p.create(h5p.DATASET_CREATE)
    dcpl.set_chunk(chunk)
    dcpl.set_filter(filt, h5z.FLAG_OPTIONAL, cd)
    space = h5s.create_simple(a.shape)
    d = h5d.create(f.id, name.encode(), h5t.py_create(a.dtype), space, dcpl=dcpl)
    for i0 in range(0, a.shape[0], chunk[0]):
        for i1 in range(0, a.shape[1], chunk[1]):
            c = np.zeros(chunk, a.dtype)
            part = a[i0:i0 + chunk[0], i1:i1 + chunk[1]]
            c[:part.shape[0], :part.shape[1]] = part
            d.write_direct_chunk((i0, i1), encode(c.tobytes(), a.dtype.itemsize), 0)
    keep(name, a)

def lz4_hdf5(raw, size):
    import numcodecs
    block = 64
    outb = len(raw).to_bytes(8, 'big') + block.to_bytes(4, 'big')
    for s in range(0, len(raw), block):
        blk = raw[s:s + block]
        comp = numcodecs.LZ4().encode(blk)[4:]
        if len(comp) >= len(blk): comp = blk
        outb += len(comp).to_bytes(4, 'big') + comp
    return outb

def bitshuffle(raw, size, lz4):
    import numcodecs
    n = len(raw) // size
    block = 16
    body = b''
    done = 0
    while n - done >= 8:
        m = min(block, (n - done) // 8 * 8)
        arr = np.frombuffer(raw[done * size:(done + m) * size], 'u1').reshape(m, size)
        bits = np.unpackbits(arr, axis=1, bitorder='little').reshape(m, size, 8)
        rows = np.packbits(bits.transpose(1, 2, 0), axis=2, bitorder='little').tobytes()
        if lz4:
            comp = numcodecs.LZ4().encode(rows)[4:]
            body += len(comp).to_bytes(4, 'big') + comp
        else:
            body += rows
        done += m
    body += raw[done * size:]
    return (len(raw).to_bytes(8, 'big') + (block * size).to_bytes(4, 'big') + body) if lz4 else body

try:
    import numcodecs
    with h5py.File(os.path.join(out, 'plugins.h5'), 'w') as f:
        a = values('<u2', (13, 11))
        crafted(f, 'blosc', 32001, (2, 2, 2, 0, 5, 1, 1), a, (4, 4), lambda r, s: numcodecs.Blosc('lz4', 5, 1, s).encode(r))
        crafted(f, 'zstd', 32015, (3,), a, (4, 4), lambda r, s: numcodecs.Zstd(3).encode(r))
        crafted(f, 'lz4', 32004, (64,), a, (4, 4), lz4_hdf5)
        b = values('<i4', (13, 11))
        crafted(f, 'bitshuffle', 32008, (0, 4, 4, 16, 0), b, (4, 5), lambda r, s: bitshuffle(r, s, False))
        crafted(f, 'bitshuffle_lz4', 32008, (0, 4, 4, 16, 2), b, (4, 5), lambda r, s: bitshuffle(r, s, True))
        crafted(f, 'unsupported', 32017, (), a, (4, 4), lambda r, s: r)
except ImportError:
    pass

json.dump(expected, open(os.path.join(out, 'expected.json'), 'w'))
