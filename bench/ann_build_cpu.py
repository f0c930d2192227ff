#!/usr/bin/python3
"""hnswlib's build (M=16, ef_construction=100, space ip) on $BENCH_DATA/emb/base.npy, as ann.py builds it,
with wall AND process CPU seconds per thread count: the peer figure next to bench-ann's "cpu_seconds"
on a shared, loaded machine. One JSON line per thread count.

  ann_build_cpu.py [--threads 1,2]
"""
import argparse
import json
import os
import time

import hnswlib
import numpy as np


def main():
	ap = argparse.ArgumentParser()
	ap.add_argument("--threads", default="1,2")
	a = ap.parse_args()
	xb = np.load(os.path.join(os.environ.get("BENCH_DATA", "/work/bench-data"), "emb", "base.npy"))
	n, dim = xb.shape
	for t in [int(x) for x in a.threads.split(",")]:
		p = hnswlib.Index(space="ip", dim=dim)
		p.init_index(max_elements=n, M=16, ef_construction=100, random_seed=100)
		p.set_num_threads(t)
		w0, c0 = time.perf_counter(), time.process_time()
		p.add_items(xb, np.arange(n))
		print(json.dumps({"bench": "ann-build", "engine": "hnswlib", "threads": t, "n": n,
			"seconds": time.perf_counter() - w0, "cpu_seconds": time.process_time() - c0}), flush=True)


if __name__ == "__main__":
	main()
