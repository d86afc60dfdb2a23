#!/bin/bash
# Runs the canvas benchmarks as plain Java programs on the built product's bundles:
#  - SelectionBenchmark (headless): point index, lasso/box/polygon selection, tap, labelling
#    every point as one undoable command, at 10^4, 10^5, 10^6 points;
#  - CanvasBenchmark (SWT, under xvfb-run when there is no display): full redraw of the point
#    layer at 1920x1080, gesture frames, lasso through the canvas, heap per million points.
# Usage: releng/scripts/bench-canvas.sh [sizes...]   (default: 10000 100000 1000000)
# Builds first if the product or the test classes are missing (CONTOUR_REBUILD=1 forces it).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
plugins="$root/releng/org.contour.repository/target/products/org.contour.product/linux/gtk/x86_64/contour/plugins"
core_tests="$root/tests/org.contour.core.tests/target/classes"
ui_tests="$root/tests/org.contour.ui.tests/target/classes"
if [ "${CONTOUR_REBUILD:-0}" = 1 ] || [ ! -d "$plugins" ] || [ ! -d "$core_tests" ] || [ ! -d "$ui_tests" ]; then
  "$root/releng/scripts/maven.sh" -B -q -o -DskipTests verify
fi
source <(sed -n '/^java_major()/,/^export PATH/p' "$root/releng/scripts/maven.sh")
cp="$core_tests:$ui_tests"
for jar in "$plugins"/*.jar; do
  case "$(basename "$jar")" in org.eclipse.equinox.launcher*) continue ;; esac
  cp="$cp:$jar"
done
java=( "$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED -cp "$cp" )
echo "### Selection (headless)"
"${java[@]}" org.contour.core.tests.bench.SelectionBenchmark "$@"
echo
echo "### Canvas (SWT)"
if [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1920x1200x24" "${java[@]}" org.contour.ui.tests.bench.CanvasBenchmark "$@" 2> >(grep -v -e 'dbus' -e 'Gtk-WARNING' -e '^$' >&2)
else
  "${java[@]}" org.contour.ui.tests.bench.CanvasBenchmark "$@"
fi
