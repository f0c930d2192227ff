#!/usr/bin/env bash
# Side-by-side embedding benchmark, one run, one thread: Tessera's `bench-embed` (DJL + ONNX Runtime,
# end to end: open 64 generated 512x512 uint16 Zarr images lazily, read, percentile-scale, resize,
# normalise, batch, infer; and inference alone) versus PyTorch eager
# (../shared/bench/baselines/cnn.py, inference alone on random batches) for ResNet-18 (batch 16) and
# the tiny 64-d embedder (batch 64; also as TorchScript on DJL's PyTorch engine when libtorch is in
# ~/.m2), plus the model-free classical descriptor. Prints both figures
# and the ratios; keeps every JSON line in bench-results/embed-<run>.jsonl.
#   bash bench/embed.sh
#   THREADS=2 ITERS=16 bash bench/embed.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=$(cd ../shared && pwd)
THREADS=${THREADS:-1}
ITERS=${ITERS:-8}
RUN=$(date -u +%Y%m%dT%H%M%SZ)
OUT=bench-results/embed-$RUN.jsonl
mkdir -p bench-results
JAVA_HOME="$(scripts/java-home.sh)"; export JAVA_HOME
mvn -B -q -ntp -DskipTests package >&2
echo "== load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
echo "== PyTorch eager (cnn.py --threads $THREADS)" >&2
/usr/bin/python3 "$SHARED/bench/baselines/cnn.py" --threads "$THREADS" --iters "$ITERS" --no-export 2>/dev/null \
  | grep '^{' | tee -a "$OUT" > bench-results/embed-peer-$RUN.json
run() { # name, extra args
  echo "== tessera bench-embed $1" >&2
  TESSERA_JAVA_OPTS="-Xmx2g -XX:+UseParallelGC -Dai.djl.offline=true" scripts/tessera bench-embed --threads "$THREADS" "${@:2}" \
    | grep '^{' | sed "s/^{/{\"case\": \"$1\", /" | tee -a "$OUT"
}
run resnet18 --model "$SHARED/models/resnet18-random.onnx" --imagenet --batch 16 --count 256
run tiny-embed --model "$SHARED/models/tiny-embed.onnx" --batch 64 --count 256
# Optional: the same tiny-embed weights as TorchScript on DJL's PyTorch engine (needs the libtorch jar
# that the tests use; skipped without it).
NATIVES=$(ls ~/.m2/repository/ai/djl/pytorch/pytorch-native-cpu/2.7.1/pytorch-native-cpu-2.7.1-linux-x86_64.jar 2>/dev/null || true)
if [ -n "$NATIVES" ]; then
  /usr/bin/python3 models/make_test_torchscript.py --tiny-embed bench-results/torch >&2
  TESSERA_CLASSPATH="$NATIVES" run tiny-embed-pt --model bench-results/torch/tiny-embed.pt --batch 64 --count 256
else echo "== no libtorch jar in ~/.m2 (mvn test-compile fetches it): TorchScript row skipped" >&2; fi
run classical --model classical --count 256
/usr/bin/python3 - "$OUT" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
peer = next(r for r in rows if "resnet18" in json.dumps(r) and "tiny_embed" in json.dumps(r))
def torch_rate(key):
    def find(o):
        if isinstance(o, dict):
            if key in o and isinstance(o[key], list): return o[key][0]["images_per_s"]
            for v in o.values():
                r = find(v)
                if r is not None: return r
        return None
    return find(peer)
print("tessera e2e: inference on THREADS threads + reading/preprocessing on 1 background thread; "
      "e2e 1T: everything on one thread")
print(f"{'case':<14}{'tessera e2e':>12}{'e2e 1T':>9}{'infer':>9}{'pytorch':>9}{'e2e/pt':>8}{'1T/pt':>7}{'infer/pt':>9}")
for r in rows:
    if "case" not in r: continue
    pt = torch_rate({"resnet18": "resnet18", "tiny-embed": "tiny_embed", "tiny-embed-pt": "tiny_embed"}.get(r["case"], "-"))
    inf = r.get("inference_images_per_s")
    e2e = r["end_to_end_images_per_s"]
    fmt = lambda v: f"{v:.1f}" if v else "-"
    one = r.get("end_to_end_single_thread_images_per_s")
    ratio = lambda v: f"{v/pt:.2f}x" if pt and v else "-"
    print(f"{r['case']:<14}{fmt(e2e):>12}{fmt(one):>9}{fmt(inf):>9}{fmt(pt):>9}"
          f"{ratio(e2e):>8}{ratio(one):>7}{ratio(inf):>9}")
PY
