#!/usr/bin/python3
"""Writes the small N5 fixtures beside this script, independently of Tessera's Java writer.

Run with Debian's python (numpy + numcodecs): /usr/bin/python3 make_fixtures.py
It recreates fixtures.n5 (N5 4.0.0, "compression" objects), legacy.n5 (N5 1.0.0, the
"compressionType" key) and bdv.n5 (BigDataViewer setupN/timepointN/sN), and expected.json with
every dataset's C-order shape, dtype and values (flat, C order).

N5 blocks: big-endian header (uint16 mode, uint16 ndim, ndim x uint32 block size, fastest axis
first; mode 1 adds a uint32 element count), then the compressed big-endian elements, first N5
axis fastest, i.e. numpy C order of the reversed shape. Edge blocks are stored clipped.
"""
import bz2, gzip, json, lzma, os, shutil, struct, zlib
import numpy as np
import numcodecs
import lz4.block

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {}

# -- lz4-java LZ4BlockOutputStream framing (N5's "lz4") --

def xxh32(data, seed):
	P1, P2, P3, P4, P5 = 2654435761, 2246822519, 3266489917, 668265263, 374761393
	M = 0xFFFFFFFF
	rotl = lambda x, r: ((x << r) | (x >> (32 - r))) & M
	n, i = len(data), 0
	if n >= 16:
		v = [(seed + P1 + P2) & M, (seed + P2) & M, seed & M, (seed - P1) & M]
		while i + 16 <= n:
			for k in range(4):
				w = struct.unpack_from('<I', data, i + 4 * k)[0]
				v[k] = (rotl((v[k] + w * P2) & M, 13) * P1) & M
			i += 16
		h = (rotl(v[0], 1) + rotl(v[1], 7) + rotl(v[2], 12) + rotl(v[3], 18)) & M
	else:
		h = (seed + P5) & M
	h = (h + n) & M
	while i + 4 <= n:
		h = (rotl((h + struct.unpack_from('<I', data, i)[0] * P3) & M, 17) * P4) & M
		i += 4
	while i < n:
		h = (rotl((h + data[i] * P5) & M, 11) * P1) & M
		i += 1
	h ^= h >> 15; h = (h * P2) & M
	h ^= h >> 13; h = (h * P3) & M
	h ^= h >> 16
	return h

def lz4_block_stream(data):
	level = 6  # block size 1 << (10 + 6) = 65536, lz4-java's and N5's default
	assert len(data) <= 65536
	packed = lz4.block.compress(data, store_size=False)
	check = xxh32(data, 0x9747B28C) & 0x0FFFFFFF
	out = b'LZ4Block' + bytes([0x20 | level]) + struct.pack('<iii', len(packed), len(data), check) + packed
	return out + b'LZ4Block' + bytes([0x10 | level]) + struct.pack('<iii', 0, 0, 0)

# -- Compressions --

def compress(kind, data, arr):
	if kind == 'raw': return data
	if kind == 'gzip': return gzip.compress(data, 6, mtime=0)
	if kind == 'zlib': return zlib.compress(data, 6)
	if kind == 'bzip2': return bz2.compress(data, 9)
	if kind == 'xz': return lzma.compress(data, format=lzma.FORMAT_XZ, preset=6)
	if kind == 'lz4': return lz4_block_stream(data)
	if kind == 'zstd': return numcodecs.Zstd(level=3).encode(data)
	if kind == 'blosc': return numcodecs.Blosc(cname='lz4', clevel=5, shuffle=1).encode(arr)
	raise ValueError(kind)

COMPRESSION = {
	'raw': {'type': 'raw'},
	'gzip': {'type': 'gzip', 'level': 6, 'useZlib': False},
	'zlib': {'type': 'gzip', 'level': 6, 'useZlib': True},
	'bzip2': {'type': 'bzip2', 'blockSize': 9},
	'xz': {'type': 'xz', 'preset': 6},
	'lz4': {'type': 'lz4', 'blockSize': 65536},
	'zstd': {'type': 'zstd', 'level': 3, 'useChecksums': False, 'nbWorkers': 0},
	'blosc': {'type': 'blosc', 'cname': 'lz4', 'clevel': 5, 'shuffle': 1, 'blocksize': 0, 'nthreads': 1},
}

# -- Writing --

def write_json(path, obj):
	os.makedirs(os.path.dirname(path), exist_ok=True)
	with open(path, 'w') as f:
		json.dump(obj, f)

def values(shape, dtype, salt=0):
	"""Deterministic values that use the whole range: negatives, high bits, fractions."""
	n = int(np.prod(shape))
	i = np.arange(n, dtype=np.int64) + salt
	dt = np.dtype(dtype)
	if dt.kind == 'f':
		v = (i * 1.25 - n / 2.0) / 3.0
	elif dt.kind == 'u':
		u = i.astype(np.uint64)
		v = np.where(i % 3 == 0, np.uint64(np.iinfo(dt).max) - u, u * np.uint64(7))
	else:
		info = np.iinfo(dt)
		v = np.where(i % 2 == 0, info.min + i, -i * 3)
	return np.asarray(v).astype(dt).reshape(shape)

def block_bytes(arr, kind, mode=0):
	"""One N5 block of a C-order numpy array (its shape reversed in the header)."""
	big = np.ascontiguousarray(arr.astype(arr.dtype.newbyteorder('>')))
	header = struct.pack('>HH', mode, arr.ndim) + b''.join(struct.pack('>I', s) for s in arr.shape[::-1])
	if mode == 1:
		header += struct.pack('>I', arr.size)
	return header + compress(kind, big.tobytes(), big)

def dataset(root, path, arr, block_c, kind='gzip', legacy=False, extra=None, skip=(), varlength=(), key=None):
	"""Writes a whole dataset of C-order array arr with C-order block shape block_c."""
	ds = os.path.join(root, path)
	attrs = {'dimensions': list(arr.shape[::-1]), 'blockSize': list(block_c[::-1]), 'dataType': str(arr.dtype)}
	if legacy: attrs['compressionType'] = kind
	else: attrs['compression'] = COMPRESSION[kind]
	attrs.update(extra or {})
	write_json(os.path.join(ds, 'attributes.json'), attrs)
	grid = [(s + b - 1) // b for s in zip(arr.shape, block_c) for s, b in [s]]
	for g in np.ndindex(*grid):
		if g in skip:
			continue
		box = tuple(slice(p * b, min((p + 1) * b, s)) for p, b, s in zip(g, block_c, arr.shape))
		f = os.path.join(ds, *[str(p) for p in g[::-1]])
		os.makedirs(os.path.dirname(f), exist_ok=True)
		with open(f, 'wb') as out:
			out.write(block_bytes(arr[box], 'zlib' if kind == 'zlib' else kind, 1 if g in varlength else 0))
	expect = arr.copy()
	for g in skip:
		expect[tuple(slice(p * b, (p + 1) * b) for p, b in zip(g, block_c))] = 0
	EXPECTED.setdefault(key or os.path.basename(root), {})[path] = {
		'shape': list(arr.shape), 'dtype': str(arr.dtype), 'values': expect.ravel().tolist()}

DTYPES = ['uint8', 'uint16', 'uint32', 'uint64', 'int8', 'int16', 'int32', 'int64', 'float32', 'float64']

def fixtures():
	root = os.path.join(HERE, 'fixtures.n5')
	write_json(os.path.join(root, 'attributes.json'), {'n5': '4.0.0', 'description': 'tessera fixtures'})
	for k, t in enumerate(DTYPES):
		dataset(root, 'dtypes/' + t, values((5, 7), t, k), (3, 4))
	for k, c in enumerate(COMPRESSION):
		dataset(root, 'compression/' + c, values((3, 5, 6), 'int16', k), (2, 3, 4), kind=c)
	dataset(root, 'dims/d1', values((10,), 'int32'), (4,), kind='raw')
	dataset(root, 'dims/d4', values((2, 3, 4, 5), 'uint16'), (1, 2, 3, 2))
	dataset(root, 'missing', values((4, 6), 'float32'), (2, 4), skip={(1, 0)})
	dataset(root, 'varlength', values((5, 6), 'uint16'), (3, 4), varlength={(0, 1), (1, 1)})
	dataset(root, 'axes', values((4, 3, 2), 'uint8'), (2, 2, 2), extra={
		'axes': ['x', 'y', 'c'], 'units': ['um', 'um', ''], 'resolution': [0.5, 0.25, 1]})
	write_json(os.path.join(root, 'objects', 'attributes.json'), {
		'dimensions': [3], 'blockSize': [3], 'dataType': 'object', 'compression': {'type': 'raw'}})
	# N5 Viewer multiscale: group pixelResolution, per-level downsamplingFactors (N5 order)
	write_json(os.path.join(root, 'viewer', 'attributes.json'), {
		'pixelResolution': {'dimensions': [0.5, 0.5, 2.0], 'unit': 'um'}})
	base = values((4, 6, 8), 'uint8')
	for lvl, f in enumerate([(1, 1, 1), (2, 2, 2), (4, 4, 2)]):
		arr = base[::f[2], ::f[1], ::f[0]]
		dataset(root, 'viewer/s%d' % lvl, arr, (2, 4, 4), extra={'downsamplingFactors': list(f)})
	# "scales" multiscale: factors on the group, N5 order
	write_json(os.path.join(root, 'scaled', 'attributes.json'), {
		'scales': [[1, 1, 1], [2, 2, 1]], 'axes': ['x', 'y', 'z'], 'units': ['nm', 'nm', 'nm'],
		'resolution': [4, 4, 40]})
	base = values((3, 4, 6), 'uint16')
	for lvl, f in enumerate([(1, 1, 1), (2, 2, 1)]):
		dataset(root, 'scaled/s%d' % lvl, base[::f[2], ::f[1], ::f[0]], (2, 2, 3), kind='zstd')

def legacy():
	root = os.path.join(HERE, 'legacy.n5')
	write_json(os.path.join(root, 'attributes.json'), {'n5': '1.0.0'})
	for k, c in enumerate(['raw', 'gzip', 'bzip2', 'xz', 'lz4']):
		dataset(root, c, values((3, 5), 'uint16', k), (2, 3), kind=c, legacy=True)

def bdv():
	root = os.path.join(HERE, 'bdv.n5')
	write_json(os.path.join(root, 'attributes.json'), {'n5': '2.5.0'})
	for setup in range(2):
		write_json(os.path.join(root, 'setup%d' % setup, 'attributes.json'), {
			'downsamplingFactors': [[1, 1, 1], [2, 2, 1]], 'dataType': 'uint16'})
		for tp in range(2):
			base = values((2, 4, 4), 'uint16', setup * 10 + tp)
			for lvl, f in enumerate([(1, 1, 1), (2, 2, 1)]):
				dataset(root, 'setup%d/timepoint%d/s%d' % (setup, tp, lvl), base[::f[2], ::f[1], ::f[0]],
					(2, 2, 2), kind='raw')

if __name__ == '__main__':
	for d in ['fixtures.n5', 'legacy.n5', 'bdv.n5']:
		shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
	fixtures(); legacy(); bdv()
	with open(os.path.join(HERE, 'expected.json'), 'w') as f:
		json.dump(EXPECTED, f, separators=(',', ':'))
