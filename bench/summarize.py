"""Markdown table of one bench/zarr-stats.sh run: Tessera versus zarr-python, with ratios."""
import json
import sys

rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
print("| variant | engine | threads | median s | MiB/s | speed vs zarr-python loop | peak RSS MiB | open ms |")
print("|---|---|---|---|---|---|---|---|")
for v in sorted({r["variant"] for r in rows}):
    peers = [r for r in rows if r["variant"] == v and r.get("engine") == "zarr-loop"]
    base = None
    if peers:
        res = peers[0]["results"]
        base = res["onepass_s"]["median"]
        print(f"| {v} | zarr-python chunk loop | 1 | {base:.3f} | {res['nbytes'] / 2**20 / base:.0f} | 1.00 | "
              f"{res.get('peak_rss_mib', float('nan')):.0f} | |")
    for r in rows:
        if r["variant"] != v or not r.get("bench", "").startswith("tessera"):
            continue
        ratio = f"{base / r['median_s']:.2f}" if base else "n/a"
        print(f"| {v} | {r['bench']} | {r['threads']} | {r['median_s']:.3f} | {r['mib_per_s']:.0f} | {ratio} | "
              f"{r['peak_rss_mib']:.0f} | {r['open_ms']:.1f} |")

codec = [r for r in rows if r.get("variant") == "_codec"]
if codec:
    res = codec[0]["results"]
    print()
    print("| variant | numcodecs 1-thread decode MiB/s (from RAM) | tessera-decode 1 thread MiB/s (from files) | fraction |")
    print("|---|---|---|---|")
    for v in sorted({r["variant"] for r in rows} - {"_codec"}):
        rate = res.get(f"cube/cube_{v}.zarr", {}).get("mib_per_s")
        mine = [r for r in rows if r["variant"] == v and r.get("bench") == "tessera-decode" and r["threads"] == 1]
        if rate and mine:
            print(f"| {v} | {rate:.0f} | {mine[0]['mib_per_s']:.0f} | {mine[0]['mib_per_s'] / rate:.2f} |")
