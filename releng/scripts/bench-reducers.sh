#!/bin/bash
# Benchmark of Contour's UMAP and t-SNE against umap-learn 0.5.3 and scikit-learn 1.2's TSNE on
# mnist_10k, both sides in one run (ReducerBenchmark starts the Python side before each of its
# own runs, so every speed ratio is measured under the same machine load). Prints times, ratios
# and the 15-nearest-neighbour preservation of both maps.
#
# Usage: releng/scripts/bench-reducers.sh [--rounds N] [--methods umap,tsne] [--epochs N] [--data FILE]
# Needs: a build (run without CONTOUR_REBUILD=0 it builds first, tests skipped), /usr/bin/python3
# with the Debian packages umap-learn and python3-sklearn (installed here when missing and root).
# The machine should be otherwise idle: check `uptime`.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
python=/usr/bin/python3

if ! "$python" -c "import umap, sklearn" 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing the Python baselines (Debian packages umap-learn, python3-sklearn)..." >&2
    apt-get install -y -q umap-learn python3-sklearn >&2
  else
    echo "Needs the Debian packages umap-learn and python3-sklearn for $python (apt-get install umap-learn python3-sklearn)." >&2
    exit 1
  fi
fi

plugins="$root/releng/org.contour.repository/target/repository/plugins"
tests_jar=$(ls "$root"/tests/org.contour.core.tests/target/org.contour.core.tests-*.jar 2>/dev/null | grep -v sources | head -1 || true)
if [ "${CONTOUR_REBUILD:-1}" != 0 ] || [ ! -d "$plugins" ] || [ -z "$tests_jar" ]; then
  echo "Building (tests skipped)..." >&2
  "$root/releng/scripts/maven.sh" -B -q -o verify -DskipTests >&2 || "$root/releng/scripts/maven.sh" -B -q verify -DskipTests >&2
  tests_jar=$(ls "$root"/tests/org.contour.core.tests/target/org.contour.core.tests-*.jar | grep -v sources | head -1)
fi

# the same JDK choice as maven.sh: JAVA_HOME if 21+, else the newest 21+ under /usr/lib/jvm
java_major() { "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print v[1]; exit }'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 21 ]; then
  JAVA_HOME=; best=0
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] || continue
    major=$(java_major "$candidate" 2>/dev/null || echo 0)
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best" ]; then best=$major; JAVA_HOME=$candidate; fi
  done
fi

# Plain Java, no OSGi: every plug-in jar of the update site plus the test bundle.
classpath="$tests_jar:$(ls "$plugins"/*.jar | tr '\n' ':')"
exec "$JAVA_HOME/bin/java" -Xmx4g -cp "$classpath" org.contour.core.tests.bench.ReducerBenchmark \
  --python "$python" --script "$root/releng/scripts/bench_reducers.py" --out "$root/target/bench" "$@"
