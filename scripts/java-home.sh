#!/usr/bin/env bash
# Prints the home of a JDK >= 21 (Tessera's minimum), or fails with a message.
# Order: $JAVA_HOME, the `java` on PATH, then /usr/lib/jvm/* and /opt/* (newest first).
set -euo pipefail
major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1; }
ok() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && v=$(major "$1") && [ "${v%%.*}" -ge 21 ] 2>/dev/null; }
cands=()
[ -n "${JAVA_HOME:-}" ] && cands+=("$JAVA_HOME")
if command -v java >/dev/null 2>&1; then cands+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"); fi
for d in $(ls -d /usr/lib/jvm/* /opt/*jdk* /opt/java/* 2>/dev/null | sort -rV); do cands+=("$d"); done
for c in "${cands[@]}"; do
  if ok "$c"; then echo "$c"; exit 0; fi
done
echo "tessera: no JDK >= 21 found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm, /opt); install one, e.g. apt-get install openjdk-21-jdk-headless" >&2
exit 1
