"""Helpers of bench/reduce-sums.sh: check one Tessera run and print its JSON line, or (--table)
print the Markdown table of a run with Tessera-vs-peer ratios."""
import json
import os
import statistics
import sys

import numpy as np


def check(case, tmp, data, threads, rss_kib, idle_kib="0", xmx=""):
    out = json.load(open(os.path.join(tmp, case + ".json")))
    secs = out["seconds"]
    line = {"case": case, "engine": "tessera", "threads": int(threads), "median_s": statistics.median(secs),
            "seconds": secs, "peak_rss_mib": int(rss_kib) / 1024, "idle_rss_mib": int(idle_kib) / 1024,
            "xmx": xmx}
    if case.startswith("cube"):
        ref = np.load(os.path.join(data, "cube", "reference_total_spectrum.npy"))
        spec = np.load(os.path.join(tmp, case + "_spectrum.npy"))
        img = np.load(os.path.join(tmp, case + "_image.npy"))
        line["check"] = bool(np.array_equal(spec.astype(np.uint64), ref) and int(img.sum()) == int(ref.sum()))
    else:
        import glob
        img = np.load(glob.glob(os.path.join(tmp, case + "_sum_*.npy"))[0])
        pattern = np.load(os.path.join(tmp, case + "_mean_pattern.npy"))
        n = img.size
        line["check"] = bool(abs(pattern.sum() * n - img.sum()) <= 1e-6 * img.sum())
        line["total_counts"] = int(img.sum())
    print(json.dumps(line))


def table(path):
    """One row per engine and case; ratio = best peer's median / this engine's (> 1: Tessera faster)."""
    rows = [json.loads(l) for l in open(path) if l.startswith("{")]
    for r in rows:
        if r["case"] == "_load":
            print(f"load average ({r['when']}): {r['load']}  ")
    rows = [r for r in rows if r["case"] != "_load"]
    print()
    print("| case | engine | median s | best peer s | best peer / this | peak RSS MiB | above idle MiB | check |")
    print("|---|---|---|---|---|---|---|---|")
    for case in sorted({r["case"] for r in rows}):
        sel = [r for r in rows if r["case"] == case]
        med = {r.get("engine"): (r["median_s"] if r.get("engine") == "tessera" else r["results"]["onepass_s"]["median"])
               for r in sel}
        peers = {e: m for e, m in med.items() if e != "tessera"}
        best = min(peers.values()) if peers else float("nan")
        for r in sel:
            e = r.get("engine")
            res = r if e == "tessera" else r["results"]
            name = f"{e} ({r['xmx']})" if e == "tessera" and r.get("xmx") else e
            above = f"{res['peak_rss_mib'] - res['idle_rss_mib']:.0f}" if res.get("idle_rss_mib") else ""
            print(f"| {case} | {name} | {med[e]:.3f} | {best:.3f} | {best / med[e]:.2f} | "
                  f"{res.get('peak_rss_mib', float('nan')):.0f} | {above} | {res.get('check')} |")


if __name__ == "__main__":
    if sys.argv[1] == "--table":
        table(sys.argv[2])
    else:
        check(*sys.argv[1:8])
