#!/bin/bash
# Builds the product (tests skipped; releng/scripts/test.sh runs them), unpacks it into run/
# and starts the workbench on the bundled digits dataset (or on the file given as argument).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
archive="$root/releng/org.contour.repository/target/products/contour-linux.gtk.x86_64.tar.gz"
if [ ! -f "$archive" ] || [ "${CONTOUR_REBUILD:-1}" = 1 ]; then
  "$root/releng/scripts/maven.sh" -B -DskipTests clean verify
fi
rm -rf "$root/run" && mkdir -p "$root/run"
tar xzf "$archive" -C "$root/run"
exec "$root/run/contour/contour" "${@:---sample=digits}"
