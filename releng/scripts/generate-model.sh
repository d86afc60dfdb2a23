#!/bin/bash
# Regenerates the EMF model code of bundles/org.contour.model/src from model/contour.genmodel
# (and the contour.ecore it refers to) with EMF's own generator, run outside Eclipse by the small
# Maven project releng/codegen (not part of the normal build).
#
# Edit the .ecore, run this, review `git diff`. Generated members you changed by hand must say
# `@generated NOT` (or lose the @generated tag): JMerge keeps those, and replaces the rest.
# The .genmodel is reconciled with the .ecore in memory only, as the IDE does before generating;
# new features get the default GenFeature settings unless you add them to the .genmodel.
#
# Usage: releng/scripts/generate-model.sh [maven options, e.g. -o to stay offline]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bundle="$root/bundles/org.contour.model"
genmodel=model/contour.genmodel

# MANIFEST.MF, plugin.xml, build.properties are hand-maintained; the generator is set up to leave
# everything outside src/ alone, and this proves it on every run.
outside_src() {
  (cd "$bundle" && find . \( -path ./src -o -path ./bin -o -path ./target \) -prune -o -type f -print \
    | LC_ALL=C sort | xargs sha256sum)
}
before=$(outside_src)

"$root/releng/scripts/maven.sh" -B -q -f "$root/releng/codegen/pom.xml" "$@" \
  compile exec:java -Dexec.args="'$bundle' '$genmodel'"

if [ "$(outside_src)" != "$before" ]; then
  echo "The generator changed files outside $bundle/src; compare with 'git status' and restore them." >&2
  exit 1
fi
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
  git -C "$root" status --short -- "$bundle/src"
fi
