#!/usr/bin/python3
"""Trains Tessera's shipped wallpaper-group embedder (wallpaper-v1.onnx) on CPU, reproducibly.

Data come from the Java generator (org.tessera.sample.wallpaper) through
``scripts/tessera sample --synthetic wallpaper``: a training set (seed 1), a validation set (seed 2, all
20 classes) and the retrieval set the Java test uses (seed 1000, the 17 groups, 12 each). Images are
percentile-scaled (0.5-99.5 % -> [0, 1], clipped) exactly as the ONNX embedder does, then normalised by the
training set's mean/std. The network is a small CNN (on 2x2-averaged input); a linear classifier reads
its 128-d embedding during training. The ONNX graph outputs the L2-normalised embedding. Results go to metrics.json beside the model.

Usage (from the repository root; Debian's torch 1.13 at /usr/bin/python3):
    /usr/bin/python3 models/wallpaper/train.py [--count 600] [--epochs 10] [--data DIR]
"""
import argparse
import hashlib
import json
import os
import subprocess
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODEL_DIR = os.path.join(ROOT, "src/main/resources/org/tessera/embed/models")
SIZE = 128
EMBED = 128
SETS = {"train": ("wallpaper", 1), "val": ("wallpaper", 2), "retrieval": ("groups", 1000)}


# -- Data --

def dump(data, name, count):
    """Writes one set with the Java generator unless it is already there."""
    kind, seed = SETS[name]
    out = os.path.join(data, name)
    if not os.path.exists(os.path.join(out, "classes.json")):
        subprocess.run([os.path.join(ROOT, "scripts/tessera"), "sample", "--synthetic", kind, "--count",
                        str(count), "--seed", str(seed), "--size", str(SIZE), "--out", out], check=True)
    return np.load(os.path.join(out, "images.npy"), mmap_mode="r"), np.load(os.path.join(out, "labels.npy"))


def percentile_scale(x):
    """Per image: (x - p0.5) / (p99.5 - p0.5), clipped to [0, 1], with the nearest-rank percentiles of
    org.tessera.embed.prep.Percentiles (sorted[floor(0.005 (n-1))], sorted[ceil(0.995 (n-1))])."""
    out = np.empty(x.shape, np.float32)
    n = x[0].size
    for i in range(len(x)):
        v = np.sort(x[i].ravel())
        lo, hi = float(v[int(np.floor(0.005 * (n - 1)))]), float(v[int(np.ceil(0.995 * (n - 1)))])
        k = 1 / (hi - lo) if hi > lo else 0.0
        out[i] = np.clip((x[i] - lo) * k, 0, 1)
    return out


# -- Model --

def block(cin, cout, stride, k=3):
    return nn.Sequential(nn.Conv2d(cin, cout, k, stride, k // 2, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class Embedder(nn.Module):
    """128x128 grey -> L2-normalised 128-d embedding (2x2 average pooling first: the CNN sees 64x64)."""

    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.AvgPool2d(2), block(1, 24, 1), block(24, 32, 2), block(32, 32, 1),
                                      block(32, 64, 2), block(64, 64, 1), block(64, 96, 2), block(96, 96, 1),
                                      nn.AdaptiveAvgPool2d(1), nn.Flatten())
        self.head = nn.Linear(96, EMBED)

    def forward(self, x):
        return F.normalize(self.raw(x), dim=1)

    def raw(self, x):
        return self.head(self.features(x))


class Classifier(nn.Module):
    """A linear classifier over the (unnormalised) embedding."""

    def __init__(self, embedder, classes):
        super().__init__()
        self.embedder = embedder
        self.fc = nn.Linear(EMBED, classes)

    def forward(self, x):
        return self.fc(F.relu(self.embedder.raw(x)))


def augment(x, gen):
    """Random dihedral transform (keeps the wallpaper group) and a mild contrast jitter, per batch."""
    k = int(torch.randint(4, (1,), generator=gen))
    x = torch.rot90(x, k, (2, 3))
    if torch.rand(1, generator=gen) < 0.5:
        x = torch.flip(x, (3,))
    return x * (1 + 0.1 * (torch.rand(len(x), 1, 1, 1, generator=gen) - 0.5))


# -- Evaluation --

@torch.no_grad()
def embed(model, x, batch=256):
    model.eval()
    return torch.cat([model(torch.from_numpy(x[i:i + batch])) for i in range(0, len(x), batch)])


def precision_at(e, labels, k=10):
    """Mean fraction of the k nearest (cosine, self excluded) that share the query's label."""
    s = e @ e.t()
    s.fill_diagonal_(-2)
    nn_idx = s.topk(k, dim=1).indices
    lab = torch.from_numpy(labels)
    return float((lab[nn_idx] == lab[:, None]).float().mean())


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


# -- Main --

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", help="where the generated sets go (default target/wallpaper-data-COUNT: a set of "
                   "another size is never reused)")
    p.add_argument("--count", type=int, default=600, help="training images per class")
    p.add_argument("--epochs", type=int, default=10)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--threads", type=int, default=2)
    a = p.parse_args()
    a.data = a.data or os.path.join(ROOT, f"target/wallpaper-data-{a.count}")
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    np.random.seed(0)
    t0 = time.time()
    xs, ys = {}, {}
    for name, count in (("train", a.count), ("val", 30), ("retrieval", 12)):
        x, y = dump(a.data, name, count)
        xs[name], ys[name] = percentile_scale(x), y
    mean, std = float(xs["train"].mean()), float(xs["train"].std())
    for name in xs:
        xs[name] = (xs[name] - mean) / std
    t_data = time.time() - t0
    print(f"data: {len(ys['train'])} train images in {t_data:.0f} s; mean {mean:.4f} std {std:.4f}", flush=True)

    classes = json.load(open(os.path.join(a.data, "train", "classes.json")))["classes"]
    model = Classifier(Embedder(), len(classes))
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
    steps = a.epochs * (len(ys["train"]) // a.batch)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=2e-3, total_steps=steps, pct_start=0.1)
    gen = torch.Generator().manual_seed(0)
    xt, yt = torch.from_numpy(xs["train"]), torch.from_numpy(ys["train"])
    t1 = time.time()
    for epoch in range(a.epochs):
        model.train()
        order = torch.randperm(len(yt), generator=gen)
        total = 0.0
        for i in range(len(yt) // a.batch):
            idx = order[i * a.batch:(i + 1) * a.batch]
            loss = F.cross_entropy(model(augment(xt[idx], gen)), yt[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss)
        acc = val_accuracy(model, xs["val"], ys["val"])
        print(f"epoch {epoch + 1}/{a.epochs}: loss {total / (i + 1):.3f} val acc {acc:.3f} "
              f"({time.time() - t1:.0f} s)", flush=True)
    t_train = time.time() - t1
    export(model, a, classes, mean, std, xs, ys, t_data, t_train)


def val_accuracy(model, x, y):
    model.eval()
    with torch.no_grad():
        logits = torch.cat([model(torch.from_numpy(x[i:i + 256])) for i in range(0, len(x), 256)])
    return float((logits.argmax(1).numpy() == y).mean())


def export(model, a, classes, mean, std, xs, ys, t_data, t_train):
    os.makedirs(MODEL_DIR, exist_ok=True)
    onnx_path = os.path.join(MODEL_DIR, "wallpaper-v1.onnx")
    emb = model.embedder.eval()
    torch.onnx.export(emb, torch.zeros(1, 1, SIZE, SIZE), onnx_path, opset_version=13, input_names=["input"],
                      output_names=["embedding"], dynamic_axes={"input": {0: "N"}, "embedding": {0: "N"}},
                      do_constant_folding=True)
    groups = ys["val"] < 17
    metrics = {
        "val_accuracy_all": val_accuracy(model, xs["val"], ys["val"]),
        "val_accuracy_groups": val_accuracy(model, xs["val"][groups], ys["val"][groups]),
        "val_precision_at_10_all": precision_at(embed(emb, xs["val"]), ys["val"]),
        "retrieval_precision_at_10": precision_at(embed(emb, xs["retrieval"]), ys["retrieval"]),
        "train_images": int(len(ys["train"])), "val_images": int(len(ys["val"])),
        "retrieval_images": int(len(ys["retrieval"])), "epochs": a.epochs, "batch": a.batch,
        "threads": a.threads, "data_seconds": round(t_data), "train_seconds": round(t_train),
        "torch": torch.__version__, "mean": mean, "std": std, "classes": [c["name"] for c in classes],
        "onnx_sha256": sha256(onnx_path), "onnx_bytes": os.path.getsize(onnx_path),
    }
    write_descriptor(mean, std)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "metrics.json"), "w") as f:
        json.dump(metrics, f, indent=2)
        f.write("\n")
    print(json.dumps(metrics, indent=2))


def write_descriptor(mean, std):
    """The model descriptor in the format of org.tessera.embed.djl.DescriptorJson."""
    descriptor = {"name": "wallpaper", "version": "1", "model": "wallpaper-v1.onnx", "format": "onnx",
                  "input": {"name": "input", "channels": 1, "height": SIZE, "width": SIZE,
                            "percentiles": [0.5, 99.5], "standardize": False, "mean": [round(mean, 6)],
                            "std": [round(std, 6)]},
                  "output": {"name": "embedding", "l2normalize": True, "pooling": "none"}}
    with open(os.path.join(MODEL_DIR, "wallpaper-v1.json"), "w") as f:
        json.dump(descriptor, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
