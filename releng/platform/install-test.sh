#!/usr/bin/env bash
# Install test: copies the clean platform product, installs Claim Tagger into it from the
# built update site with the p2 director application, as a user would, then installs the
# demo bundle (not shipped: the self-check application and ./run-eclipse's demo workspace)
# from its own repository next to it, starts the platform and runs the self-check from inside
# it. Run by the build (verify phase).
set -euo pipefail
product="$1"   # the materialized platform (no Claim Tagger)
site="$2"      # the built p2 repository (updatesite/target/repository)
work="$3"      # scratch folder
demo="$4"      # the demo bundle's p2 repository (releng/demo-repository/target/repository)
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

rm -rf "$work"
mkdir -p "$work"
cp -r "$product" "$work/eclipse"
jars=("$work"/eclipse/plugins/org.eclipse.equinox.launcher_*.jar)
launcher="${jars[0]}"
run() { "$java_bin" -jar "$launcher" -nosplash -consoleLog "$@"; }
director() {
  local log="$1"; shift
  run -application org.eclipse.equinox.p2.director -destination "$work/eclipse" -profile DefaultProfile \
      "$@" 2>&1 | tee "$log"
  grep -q "Operation completed" "$log" || { echo "install-test: p2 director failed, see $log"; exit 1; }
}

if compgen -G "$site/plugins/io.claimtagger.demo_*" >/dev/null; then
  echo "install-test: the update site must not contain the demo bundle"; exit 1
fi

echo "install-test: installing io.claimtagger.feature from $site"
director "$work/director.log" -repository "file:$(cd "$site" && pwd)" -installIU io.claimtagger.feature.feature.group
compgen -G "$work/eclipse/plugins/io.claimtagger.core_*" >/dev/null || { echo "install-test: core bundle not installed"; exit 1; }

echo "install-test: installing the demo bundle from $demo"
director "$work/director-demo.log" -repository "file:$(cd "$demo" && pwd)" -installIU io.claimtagger.demo

echo "install-test: starting the installed platform with the self-check application"
run -data "$work/workspace" -application io.claimtagger.demo.selfcheck 2>&1 | tee "$work/selfcheck.log"
grep -q "claimtagger-selfcheck: OK" "$work/selfcheck.log" || { echo "install-test: self-check failed"; exit 1; }
echo "install-test: PASSED"
