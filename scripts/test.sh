#!/usr/bin/env bash
# The test command: set up a fresh machine, then build and run every test (unit, real-data,
# interoperability, ImageJ under Xvfb, scripts and macros).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
JAVA_HOME="$(scripts/java-home.sh)"
export JAVA_HOME
mvn -B -ntp verify "$@"
