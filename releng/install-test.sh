#!/usr/bin/env bash
# Install test: copies the clean platform product, installs Claim Tagger into it from the
# built update site with the p2 director application, as a user would, then installs the
# demo bundle (not shipped: the self-check application and ./run-eclipse's demo workspace)
# from its own repository next to it, starts the platform and runs the self-check from inside
# it, then starts the workbench as a user would (articles open, views shown, claims tagged) and
# fails on any ERROR entry in the workspace log. Run by the build (verify phase), once per
# supported platform; the workbench start needs a display (the build runs under xvfb-run).
set -euo pipefail
product="$1"   # the materialized platform (no Claim Tagger)
site="$2"      # the built p2 repository (updatesite/target/repository)
work="$3"      # scratch folder
demo="$4"      # the demo bundle's p2 repository (releng/demo-repository/target/repository)
articles="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/workbench-articles"
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

# The site is signed (releng/signing): with the key of this build (throwaway) or the release key.
# The director trusts only signed content, and only that key, so an unsigned or foreign-signed
# artifact fails here, as it would stop at the trust dialog of a user's Eclipse.
key="$site/../throwaway-key/public.asc"
[ -f "$key" ] || key="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/signing/release-key.asc"
fingerprint="$(gpg --batch --with-colons --show-keys "$key" 2>/dev/null | awk -F: '/^fpr:/ { print tolower($10); exit }')"
[ -n "$fingerprint" ] || { echo "install-test: cannot read the signing key $key"; exit 1; }
echo "install-test: installing io.claimtagger.feature from $site, trusting PGP key $fingerprint only"
director "$work/director.log" -repository "file:$(cd "$site" && pwd)" -installIU io.claimtagger.feature.feature.group \
    -trustSignedContentOnly -trustedPGPKeys "$fingerprint" -verboseTrust
compgen -G "$work/eclipse/plugins/io.claimtagger.core_*" >/dev/null || { echo "install-test: core bundle not installed"; exit 1; }

echo "install-test: installing the demo bundle from $demo"
director "$work/director-demo.log" -repository "file:$(cd "$demo" && pwd)" -installIU io.claimtagger.demo

echo "install-test: starting the installed platform with the self-check application"
run -data "$work/workspace" -application io.claimtagger.demo.selfcheck 2>&1 | tee "$work/selfcheck.log"
grep -q "claimtagger-selfcheck: OK" "$work/selfcheck.log" || { echo "install-test: self-check failed"; exit 1; }

echo "install-test: starting the workbench with articles open; it closes itself when idle"
log="$work/workbench/.metadata/.log"
timeout 600 "$java_bin" -Xmx1g -Dclaimtagger.demo.articles="$articles" \
    -Dclaimtagger.demo.closeWhenIdle="$work/workbench-started" -jar "$launcher" -nosplash \
    -data "$work/workbench" >"$work/workbench.out" 2>&1 || true
grep -q started "$work/workbench-started" 2>/dev/null \
  || { echo "install-test: the workbench did not start and settle, see $work/workbench.out and $log"; exit 1; }
# An Eclipse log entry is "!ENTRY <bundle> <severity> ..."; severity 4 is ERROR.
if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
  echo "install-test: the workbench logged errors during an ordinary start ($log):"
  grep -A3 '^!ENTRY [^ ]* 4 ' "$log" | head -40
  exit 1
fi
echo "install-test: the workbench started, showed the views and articles, and logged no error"
echo "install-test: PASSED"
