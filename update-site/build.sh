#!/usr/bin/env bash
# Assembles a Fiji update site from the Maven build:
#   update-site/out/plugins/Tessera_-VERSION.jar   the plugin (ImageJ 1 needs the "_" in its name)
#   update-site/out/jars/*.jar                     runtime dependencies Fiji does not ship
# Usage: mvn -B package -DskipTests && update-site/build.sh
# Dependencies Fiji already ships are listed in update-site/fiji-provides.txt (see README.md).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/out"
cd "$root"

plugin="$(ls target/Tessera_-*.jar 2>/dev/null | grep -v -e '-sources.jar$' -e '-tests.jar$' -e '-javadoc.jar$' | head -n 1 || true)"
if [ -z "$plugin" ]; then
	echo "update-site/build.sh: target/Tessera_-VERSION.jar not found; run 'mvn -B package' first" >&2
	exit 1
fi

# NB: 'mvn package' already copies the runtime jars to target/dependency (the launcher's class path).
deps="target/dependency"
if [ ! -d "$deps" ]; then
	mvn -B -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$deps"
fi
rm -rf "$out"
mkdir -p "$out/plugins" "$out/jars"

cp "$plugin" "$out/plugins/"
provided="$(grep -v -e '^#' -e '^[[:space:]]*$' "$here/fiji-provides.txt")"
for jar in "$deps"/*.jar; do
	name="$(basename "$jar")"
	artifact="$(echo "$name" | sed -E 's/-[0-9][^-]*(-[^-]+)*\.jar$//')"
	if echo "$provided" | grep -qx -- "$artifact"; then
		echo "skip   $name (Fiji ships $artifact)"
	else
		cp "$jar" "$out/jars/"
		echo "ship   $name"
	fi
done
echo "update site assembled in $out"
