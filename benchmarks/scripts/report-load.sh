#!/usr/bin/env bash
# Load time of a report of about 10k stories in headless Chromium, against the seeds' report
# (44 stories) loaded alternately in the same browser. Needs /usr/bin/chromium and chromedriver.
source "$(dirname "$0")/common.sh"
build
c=$(corpus corpus-12500.txt --items 12500)
(cd "$root" && ./mvnw -B -q -pl cli -am package -DskipTests)
java -jar "$root/cli/target/bulletins-cli.jar" report -o "$WORK/report-seeds.html" "$root/seeds"
java -Xmx4g -jar "$root/cli/target/bulletins-cli.jar" report -o "$WORK/report-10k.html" "$c"
machine
(cd "$root" && ./mvnw -B -q -pl cli -am test -Dtest=ReportLoadBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.argLine=-Xmx1g \
  -Dbulletins.report.pages="$WORK/report-seeds.html,$WORK/report-10k.html" \
  -Dbulletins.report.runs="${1:-7}") | grep -v '^\[INFO\]'
