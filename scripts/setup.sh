#!/usr/bin/env bash
# Installs what Tessera's build, tests and demo need on a fresh Debian machine (idempotent):
# a JDK >= 21 check, Maven, Xvfb (ImageJ menu tests), ImageMagick (screenshots), Graphviz ("Show
# Lineage..." pictures), and Debian's python3-zarr/numcodecs, tifffile and h5py (interoperability
# fixtures written by other software).
set -euo pipefail
need=()
command -v mvn >/dev/null || need+=(maven)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v import >/dev/null || need+=(imagemagick)
command -v dot >/dev/null || need+=(graphviz)
/usr/bin/python3 -c 'import zarr, numcodecs, numpy' 2>/dev/null || need+=(python3-zarr python3-numcodecs python3-numpy)
/usr/bin/python3 -c 'import tifffile, PIL' 2>/dev/null || need+=(python3-tifffile python3-pil)
/usr/bin/python3 -c 'import h5py' 2>/dev/null || need+=(python3-h5py)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${need[*]}" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
  else
    echo "setup: missing ${need[*]} (not root: tests that need them will be skipped)" >&2
  fi
fi
"$(dirname "$0")/java-home.sh" >/dev/null
