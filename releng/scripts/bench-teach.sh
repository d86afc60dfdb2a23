#!/bin/bash
# Runs the teaching benchmarks as plain Java programs on the classes of the last build:
#  - TeachLoopBenchmark: end of a stroke -> pseudo-points -> trained model -> 500x400 raster of
#    predictions with confidence, for linear, tree, polynomial and kNN models (target <= 100 ms);
#  - ApplyBenchmark: a 2-D model applied to 1,000,000 rows with evaluation (target <= 1 s).
# Builds first when the classes are missing (CONTOUR_REBUILD=1 forces it). Needs the Maven
# repository the build filled (~/.m2), offline is fine.
# Usage: releng/scripts/bench-teach.sh [TeachLoopBenchmark|ApplyBenchmark]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
repo=${MAVEN_REPOSITORY:-$HOME/.m2/repository}
tests=$root/tests/org.contour.core.tests/target/classes
if [ "${CONTOUR_REBUILD:-0}" = 1 ] || [ ! -f "$tests/org/contour/core/tests/bench/ApplyBenchmark.class" ]; then
  "$root/releng/scripts/maven.sh" -o -B -q clean verify -DskipTests
fi

# the newest version of each library the headless bundles use
jar() {
  local found
  found=$(find "$repo/$1" -name "$2-[0-9]*.jar" ! -name '*-sources.jar' 2>/dev/null | sort -V | tail -1)
  if [ -z "$found" ]; then echo "missing $1/$2 in $repo: run a build first" >&2; exit 1; fi
  printf '%s' "$found"
}
cp="$root/bundles/org.contour.api/target/classes:$root/bundles/org.contour.model/target/classes:$root/bundles/org.contour.core/target/classes"
cp="$cp:$root/bundles/org.contour.tribuo/target/classes:$tests"
for a in tribuo-core tribuo-data tribuo-math tribuo-classification-core tribuo-classification-sgd \
         tribuo-classification-tree tribuo-common-sgd tribuo-common-tree tribuo-common-nearest-neighbour \
         tribuo-util-onnx tribuo-util-tokenization; do
  cp="$cp:$(jar org/tribuo/$a $a)"
done
cp="$cp:$(jar com/oracle/labs/olcut/olcut-core olcut-core):$(jar com/oracle/labs/olcut/olcut-config-protobuf olcut-config-protobuf)"
cp="$cp:$(jar com/google/protobuf/protobuf-java protobuf-java)"
cp="$cp:$(jar org/eclipse/emf/org.eclipse.emf.ecore org.eclipse.emf.ecore):$(jar org/eclipse/emf/org.eclipse.emf.common org.eclipse.emf.common)"
cp="$cp:$(jar org/eclipse/emf/org.eclipse.emf.ecore.xmi org.eclipse.emf.ecore.xmi):$(jar org/eclipse/emf/org.eclipse.emf.edit org.eclipse.emf.edit)"
cp="$cp:$(jar org/eclipse/platform/org.eclipse.equinox.common org.eclipse.equinox.common):$(jar org/eclipse/platform/org.eclipse.osgi org.eclipse.osgi)"
cp="$cp:$(jar org/locationtech/jts/jts-core jts-core):$(jar org/apache/commons/commons-csv commons-csv)"
cp="$cp:$(jar com/fasterxml/jackson/core/jackson-core jackson-core)"

# a Java 21+ (the classes are built for 21): JAVA_HOME when it is one, else the newest under /usr/lib/jvm
java_major() { "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print v[1]; exit }'; }
java_home=${JAVA_HOME:-}
if [ -z "$java_home" ] || [ "$(java_major "$java_home" 2>/dev/null || echo 0)" -lt 21 ]; then
  java_home=; best=0
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] || continue
    major=$(java_major "$candidate" 2>/dev/null || echo 0)
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best" ]; then best=$major; java_home=$candidate; fi
  done
fi
[ -n "$java_home" ] || { echo "No Java 21 or newer found: set JAVA_HOME." >&2; exit 1; }
java_bin=$java_home/bin/java
for main in ${1:-TeachLoopBenchmark ApplyBenchmark}; do
  "$java_bin" -Xmx4g -Djava.util.logging.config.file=/dev/null -cp "$cp" org.contour.core.tests.bench.$main
done
