#!/usr/bin/env bash
# Install test: copies the clean platform product, installs Claim Tagger into it from the
# built update site with the p2 director application, starts it and runs the self-check
# application from inside the installed platform. Run by the build (verify phase).
set -euo pipefail
product="$1"   # the materialized platform (no Claim Tagger)
site="$2"      # the built p2 repository (updatesite/target/repository)
work="$3"      # scratch folder
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

rm -rf "$work"
mkdir -p "$work"
cp -r "$product" "$work/eclipse"
jars=("$work"/eclipse/plugins/org.eclipse.equinox.launcher_*.jar)
launcher="${jars[0]}"
run() { "$java_bin" -jar "$launcher" -nosplash -consoleLog "$@"; }

echo "install-test: installing io.claimtagger.feature from $site"
run -application org.eclipse.equinox.p2.director \
    -repository "file:$(cd "$site" && pwd)" \
    -installIU io.claimtagger.feature.feature.group \
    -destination "$work/eclipse" -profile DefaultProfile 2>&1 | tee "$work/director.log"
grep -q "Operation completed" "$work/director.log" || { echo "install-test: p2 director failed"; exit 1; }
compgen -G "$work/eclipse/plugins/io.claimtagger.core_*" >/dev/null || { echo "install-test: core bundle not installed"; exit 1; }

echo "install-test: starting the installed platform with the self-check application"
run -data "$work/workspace" -application io.claimtagger.ui.selfcheck 2>&1 | tee "$work/selfcheck.log"
grep -q "claimtagger-selfcheck: OK" "$work/selfcheck.log" || { echo "install-test: self-check failed"; exit 1; }
echo "install-test: PASSED"
