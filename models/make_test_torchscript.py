#!/usr/bin/python3
"""Test models for Tessera's TorchScript embedder (run with Debian's /usr/bin/python3, torch 1.13).

  /usr/bin/python3 models/make_test_torchscript.py [OUTDIR]
  /usr/bin/python3 models/make_test_torchscript.py --tiny-embed OUTDIR

Builds TinyEmbed (the network of shared/bench/baselines/cnn.py, at half width to keep the files
small: 4 x conv3x3 stride 2 + BatchNorm + ReLU with 8/16/32/64 channels, global average pool,
linear 64 -> 32, L2 normalisation) from torch.manual_seed(0), gives its BatchNorm layers random
running statistics (so inference-mode BN is not an identity), and writes into OUTDIR
(default src/test/resources/org/tessera/embed/torch):

  tiny-torch.pt              TorchScript (torch.jit.trace, eval mode)
  tiny-torch.onnx            the same weights, ONNX opset 13, dynamic batch axis
  tiny-torch.ref_input.npy   float32 [2, 1, 64, 64] from torch.Generator().manual_seed(7)
  tiny-torch.ref_output.npy  float32 [2, 32]: eager PyTorch's output for it

With --tiny-embed it writes the full-width network instead, with exactly the weights of
shared/models/tiny-embed.onnx (same construction order after torch.manual_seed(0), BatchNorm left at
its initial statistics): OUTDIR/tiny-embed.pt and OUTDIR/tiny-embed.json (1 x 128 x 128 input) for the
TorchScript row of bench/embed.sh.

Re-running rewrites the same weights and reference arrays (the .pt/.onnx bytes may differ by
torch version; their outputs do not).
"""
import os
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

NAME = "tiny-torch"
SIZE = 64


class TinyEmbed(nn.Module):
    """Conv-BN-ReLU stages with stride 2, global average pool, linear, L2 normalisation."""

    def __init__(self, widths=(1, 8, 16, 32, 64), dim=32):
        super().__init__()
        layers = []
        for i in range(len(widths) - 1):
            layers += [nn.Conv2d(widths[i], widths[i + 1], 3, stride=2, padding=1, bias=False),
                       nn.BatchNorm2d(widths[i + 1]), nn.ReLU(inplace=True)]
        self.features = nn.Sequential(*layers)
        self.fc = nn.Linear(widths[-1], dim)

    def forward(self, x):
        x = self.features(x)
        x = torch.flatten(F.adaptive_avg_pool2d(x, 1), 1)
        x = self.fc(x)
        return x / torch.sqrt((x * x).sum(dim=1, keepdim=True) + 1e-12)


def model():
    torch.manual_seed(0)
    m = TinyEmbed()
    with torch.no_grad():
        for bn in (l for l in m.modules() if isinstance(l, nn.BatchNorm2d)):
            bn.running_mean.uniform_(-0.2, 0.2)
            bn.running_var.uniform_(0.5, 2.0)
            bn.weight.uniform_(0.5, 1.5)
            bn.bias.uniform_(-0.1, 0.1)
    return m.eval()


def tiny_embed(out):
    """The shared tiny-embed network as TorchScript, with its descriptor."""
    torch.manual_seed(0)
    m = TinyEmbed((1, 16, 32, 64, 128), 64).eval()
    x = torch.randn(2, 1, 128, 128, generator=torch.Generator().manual_seed(7))
    with torch.no_grad():
        torch.jit.trace(m, x).save(os.path.join(out, "tiny-embed.pt"))
    with open(os.path.join(out, "tiny-embed.json"), "w") as f:
        f.write('{"version": "1", "input": {"channels": 1, "height": 128, "width": 128}, '
                '"output": {"pooling": "none"}}\n')
    print(f"tiny-embed.pt: {os.path.getsize(os.path.join(out, 'tiny-embed.pt'))} bytes in {out}")


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--tiny-embed":
        os.makedirs(sys.argv[2], exist_ok=True)
        return tiny_embed(sys.argv[2])
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "src/test/resources/org/tessera/embed/torch")
    os.makedirs(out, exist_ok=True)
    stem = os.path.join(out, NAME)
    torch.set_num_threads(1)
    m = model()
    x = torch.randn(2, 1, SIZE, SIZE, generator=torch.Generator().manual_seed(7))
    with torch.no_grad():
        y = m(x)
        traced = torch.jit.trace(m, x)
    traced.save(stem + ".pt")
    torch.onnx.export(m, x, stem + ".onnx", opset_version=13, input_names=["input"],
                      output_names=["embedding"], do_constant_folding=True,
                      dynamic_axes={"input": {0: "batch"}, "embedding": {0: "batch"}})
    np.save(stem + ".ref_input.npy", x.numpy())
    np.save(stem + ".ref_output.npy", y.numpy())
    with torch.no_grad():
        again = torch.jit.load(stem + ".pt")(x)
    print(f"{NAME}: {sum(p.numel() for p in m.parameters())} parameters, torch {torch.__version__}, "
          f"reloaded .pt max |diff| {float((again - y).abs().max()):.2e}")
    for ext in (".pt", ".onnx", ".ref_input.npy", ".ref_output.npy"):
        print(f"  {NAME}{ext}: {os.path.getsize(stem + ext)} bytes")


if __name__ == "__main__":
    main()
