#!/usr/bin/env bash
# Minutes render benchmark (docs/benchmarks.md, "Biên bản / Minutes rendering").
# Needs LibreOffice for the comparison: apt-get install -y libreoffice-writer-nogui
# Usage: docs/bench/minutes-bench.sh [coldRuns] [warmRuns]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -o -q package -DskipTests
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
exec java -Dfile.encoding=UTF-8 -Djava.awt.headless=true \
  -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  vn.kiemtra.report.bench.MinutesBenchmark "$@"
