#!/bin/bash
# Runs Maven for this project with what Tycho 5 needs: Maven 3.9+ and a JDK 21+.
# Neither is necessarily the machine's default (Debian 12 ships Maven 3.8.7 and Java 17), so:
#  - JAVA_HOME: kept if it is 21 or newer, else the newest JDK 21+ found under /usr/lib/jvm;
#  - Maven: the one on PATH if it is 3.9 or newer, else Maven 3.9.11 is fetched once, as an
#    ordinary artifact from the Maven repositories your settings.xml already uses (so an
#    enterprise mirror is honoured), into releng/.tools/.
# Usage: releng/scripts/maven.sh <maven arguments>
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
MAVEN_VERSION=3.9.11

java_major() { "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print v[1]; exit }'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 21 ]; then
  JAVA_HOME=
  best=0
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate" 2>/dev/null || echo 0)
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best" ]; then best=$major; JAVA_HOME=$candidate; fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "No JDK 21 or newer found: install one (e.g. apt-get install openjdk-21-jdk or Temurin) or set JAVA_HOME." >&2
    exit 1
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

maven_ok() {
  "$1" -B -v 2>/dev/null | awk 'BEGIN { ok = 0 }
    /Apache Maven [0-9]/ { match($0, /[0-9]+\.[0-9]+/); split(substr($0, RSTART, RLENGTH), v, ".");
                           ok = (v[1] > 3 || (v[1] == 3 && v[2] >= 9)) }
    END { exit !ok }'
}
mvn_cmd=
if command -v mvn >/dev/null && maven_ok mvn; then
  mvn_cmd=mvn
else
  tools="$root/releng/.tools"
  mvn_cmd="$tools/apache-maven-$MAVEN_VERSION/bin/mvn"
  if [ ! -x "$mvn_cmd" ]; then
    if ! command -v mvn >/dev/null; then
      echo "Maven is needed to bootstrap Maven $MAVEN_VERSION (apt-get install maven)." >&2
      exit 1
    fi
    mkdir -p "$tools"
    echo "Fetching Maven $MAVEN_VERSION through the configured Maven repositories..." >&2
    # run outside the project: the project's pom loads Tycho, which Maven 3.8 cannot host
    (cd "$tools" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact=org.apache.maven:apache-maven:$MAVEN_VERSION:tar.gz:bin -DoutputDirectory="$tools" >&2)
    tar xzf "$tools/apache-maven-$MAVEN_VERSION-bin.tar.gz" -C "$tools"
    rm -f "$tools/apache-maven-$MAVEN_VERSION-bin.tar.gz"
  fi
fi
cd "$root"
exec "$mvn_cmd" "$@"
