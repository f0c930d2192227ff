"""Writes the small Zarr v3 fixtures beside this script with an independent writer.

Only numpy, numcodecs (blosc, zstd) and python's gzip are used; crc32c is computed here.
Each <case>.zarr gets <case>.expected.bin beside it: the logical array, C order, little-endian.
Run: /usr/bin/python3 make_v3_fixtures.py (rewrites the fixtures in place).
"""
import gzip
import json
import os
import shutil
import struct

import numpy as np
from numcodecs import Blosc, Zstd

HERE = os.path.dirname(os.path.abspath(__file__))
EMPTY = 2**64 - 1


def crc32c(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def with_crc(b):
    return b + struct.pack("<I", crc32c(b))


def grid(shape, chunks):
    return [(-(-s // c)) for s, c in zip(shape, chunks)]


def chunk_of(data, pos, chunks, fill):
    """The full-size chunk at pos, padded with fill."""
    out = np.full(chunks, fill, dtype=data.dtype)
    sl = tuple(slice(p * c, min((p + 1) * c, s)) for p, c, s in zip(pos, chunks, data.shape))
    out[tuple(slice(0, x.stop - x.start) for x in sl)] = data[sl]
    return out


def shard(data, inner, encode_inner, index_at_end, missing=()):
    """Encodes a full shard array: inner chunks in C order, uint64 index (bytes + crc32c)."""
    n = grid(data.shape, inner)
    index = np.full(n + [2], EMPTY, dtype="<u8")
    body = b""
    start = 0 if index_at_end else int(np.prod(n)) * 16 + 4
    for pos in np.ndindex(*n):
        if pos in missing:
            continue
        b = encode_inner(chunk_of(data, pos, inner, 0))
        index[pos] = (start + len(body), len(b))
        body += b
    idx = with_crc(index.tobytes())
    return body + idx if index_at_end else idx + body


def fill_of(fill, dtype):
    if isinstance(fill, str) and fill.startswith("0x"):
        return np.frombuffer(bytes.fromhex(fill[2:])[::-1], dtype=dtype)[0]
    return np.array(float(fill) if isinstance(fill, str) else fill).astype(dtype)


def write(name, data, chunks, codecs, encode, fill, missing=(), key=None, extra=None, filled=()):
    root = os.path.join(HERE, name + ".zarr")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    meta = {"zarr_format": 3, "node_type": "array", "shape": list(data.shape), "data_type": data.dtype.name,
            "chunk_grid": {"name": "regular", "configuration": {"chunk_shape": list(chunks)}},
            "chunk_key_encoding": {"name": "default", "configuration": {"separator": "/"}},
            "fill_value": fill, "codecs": codecs, "attributes": {"writer": "make_v3_fixtures.py"}}
    meta.update(extra or {})
    with open(os.path.join(root, "zarr.json"), "w") as f:
        json.dump(meta, f, indent=1)
    fillv = fill_of(fill, data.dtype)
    for pos in np.ndindex(*grid(data.shape, chunks)):
        if pos in missing:
            continue
        k = (key or (lambda p: "c/" + "/".join(map(str, p))))(pos)
        path = os.path.join(root, *k.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(encode(chunk_of(data, pos, chunks, fillv)))
    expected = data.copy()
    for pos in missing:
        expected[tuple(slice(p * c, (p + 1) * c) for p, c in zip(pos, chunks))] = fillv
    for box in filled:
        expected[box] = fillv
    with open(os.path.join(HERE, name + ".expected.bin"), "wb") as f:
        f.write(np.ascontiguousarray(expected.astype(expected.dtype.newbyteorder("<"))).tobytes())


def ar(dtype, shape):
    n = int(np.prod(shape))
    return (np.arange(n) * 37 % 251 - 60).astype(dtype).reshape(shape)


BYTES_LE = {"name": "bytes", "configuration": {"endian": "little"}}
INDEX = [BYTES_LE, {"name": "crc32c"}]

# big-endian bytes + gzip
write("be_gzip", ar("int32", (5, 6)), (2, 4),
      [{"name": "bytes", "configuration": {"endian": "big"}}, {"name": "gzip", "configuration": {"level": 5}}],
      lambda c: gzip.compress(c.astype(">i4").tobytes()), 0)
# transpose + zstd
write("transpose_zstd", ar("uint16", (4, 5, 3)), (3, 2, 2),
      [{"name": "transpose", "configuration": {"order": [2, 0, 1]}}, BYTES_LE,
       {"name": "zstd", "configuration": {"level": 3, "checksum": False}}],
      lambda c: Zstd(level=3).encode(np.ascontiguousarray(c.transpose(2, 0, 1)).astype("<u2").tobytes()), 0)
# blosc + crc32c, hex NaN fill, one missing chunk
write("blosc_crc_hexfill", ar("float32", (7,)) / 4, (3,),
      [BYTES_LE, {"name": "blosc", "configuration": {"cname": "lz4", "clevel": 5, "shuffle": "shuffle", "typesize": 4,
                                                      "blocksize": 0}}, {"name": "crc32c"}],
      lambda c: with_crc(Blosc(cname="lz4", clevel=5, shuffle=Blosc.SHUFFLE).encode(c.astype("<f4"))), "0x7fc00000",
      missing={(1,)})
# sharding, index at start, inner gzip; a missing inner chunk and a missing shard (fill -1)
inner_gzip = lambda c: gzip.compress(c.astype("<i2").tobytes())
write("shard_start", ar("int16", (6, 8)), (4, 4),
      [{"name": "sharding_indexed", "configuration": {
          "chunk_shape": [2, 2], "codecs": [BYTES_LE, {"name": "gzip", "configuration": {"level": 1}}],
          "index_codecs": INDEX, "index_location": "start"}}],
      lambda s: shard(s, [2, 2], inner_gzip, False, missing={(0, 1)}), -1, missing={(1, 1)},
      filled=[(slice(0, 2), slice(2, 4)), (slice(0, 2), slice(6, 8)), (slice(4, 6), slice(2, 4))])
# nested sharding, index at end
inner_bytes = lambda c: c.astype("<u1").tobytes()
nested = lambda c: shard(c, [2, 2], inner_bytes, True)
write("shard_nested_end", ar("uint8", (8, 8)), (8, 8),
      [{"name": "sharding_indexed", "configuration": {
          "chunk_shape": [4, 4], "index_codecs": INDEX, "index_location": "end",
          "codecs": [{"name": "sharding_indexed", "configuration": {
              "chunk_shape": [2, 2], "codecs": [BYTES_LE], "index_codecs": INDEX, "index_location": "end"}}]}}],
      lambda s: shard(s, [4, 4], nested, True), 0)
# v2 chunk key encoding, dimension names, NaN fill, a missing chunk
write("v2keys_names_nan", ar("float64", (3, 4)) / 8, (2, 2), [BYTES_LE],
      lambda c: c.astype("<f8").tobytes(), "NaN", missing={(1, 0)},
      key=lambda p: ".".join(map(str, p)),
      extra={"chunk_key_encoding": {"name": "v2", "configuration": {"separator": "."}}, "dimension_names": ["y", "x"]})
