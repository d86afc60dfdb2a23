#!/bin/bash
# Runs a benchmark main of tests/org.contour.core.tests (package org.contour.core.tests.bench) as a
# plain Java program, on the plug-in jars of the built product: build first (test.sh or start.sh).
#   releng/scripts/benchmark.sh VectorizerBenchmark [arguments]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
main=${1:?usage: benchmark.sh BenchmarkClass [arguments]}
shift
archive="$root/releng/org.contour.repository/target/products/contour-linux.gtk.x86_64.tar.gz"
classes="$root/tests/org.contour.core.tests/target/classes"
[ -f "$archive" ] && [ -d "$classes" ] || { echo "Build first: releng/scripts/test.sh" >&2; exit 1; }
runtime="$root/releng/org.contour.repository/target/benchmark-runtime"
if [ ! -d "$runtime" ] || [ "$archive" -nt "$runtime" ]; then
  rm -rf "$runtime" && mkdir -p "$runtime" && tar xzf "$archive" -C "$runtime"
fi
# the product's plug-ins hold the same jars the OSGi runtime loads; no SWT or launcher is needed
cp=$(ls "$runtime"/contour/plugins/*.jar | grep -v -e org.eclipse.swt -e launcher | tr '\n' ':')"$classes"
# the JDK maven.sh would pick: JAVA_HOME if 21+, else the newest under /usr/lib/jvm
java=java
if [ -z "${JAVA_HOME:-}" ]; then
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V); do
    [ -x "$candidate/bin/java" ] && java="$candidate/bin/java"
  done
else
  java="$JAVA_HOME/bin/java"
fi
exec "$java" -Xmx2g -cp "$cp" "org.contour.core.tests.bench.$main" "$@"
