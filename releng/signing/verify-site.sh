#!/usr/bin/env bash
# verify-site.sh SITE PUBLIC_KEY: checks, as p2 would before installing, that every plug-in and
# feature artifact of the p2 repository SITE carries an OpenPGP signature (the pgp.signatures
# property in artifacts.xml) made by PUBLIC_KEY over the artifact's exact bytes. Fails on any
# unsigned, wrongly signed or altered artifact.
set -euo pipefail
site="$1"
key="$2"
home="$(mktemp -d)"
work="$(mktemp -d)"
trap 'rm -rf "$home" "$work"' EXIT
export GNUPGHOME="$home"
gpg --batch --quiet --import "$key" 2>/dev/null
if [ -f "$site/artifacts.jar" ]; then
  unzip -p "$site/artifacts.jar" artifacts.xml >"$work/artifacts.xml"
elif [ -f "$site/artifacts.xml.xz" ]; then
  xz -dc "$site/artifacts.xml.xz" >"$work/artifacts.xml"
else
  cp "$site/artifacts.xml" "$work/artifacts.xml"
fi
python3 - "$site" "$work" <<'PY'
import html, os, re, subprocess, sys, xml.etree.ElementTree as ET
site, work = sys.argv[1], sys.argv[2]
root = ET.parse(os.path.join(work, "artifacts.xml")).getroot()
checked = 0
for a in root.iter("artifact"):
    classifier, ident, version = a.get("classifier"), a.get("id"), a.get("version")
    folder = {"osgi.bundle": "plugins", "org.eclipse.update.feature": "features"}.get(classifier)
    if folder is None:
        continue
    path = os.path.join(site, folder, f"{ident}_{version}.jar")
    props = {p.get("name"): p.get("value") for p in a.iter("property")}
    sig = props.get("pgp.signatures")
    if not sig:
        sys.exit(f"verify-site: {ident} {version} is not signed")
    sig_file = os.path.join(work, f"{ident}.asc")
    with open(sig_file, "w") as f:
        f.write(sig)
    r = subprocess.run(["gpg", "--batch", "--verify", sig_file, path], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"verify-site: bad signature on {ident} {version}:\n{r.stderr}")
    checked += 1
if checked == 0:
    sys.exit("verify-site: no plug-in or feature artifacts found")
print(f"verify-site: {checked} artifacts signed by the given key, signatures good")
PY
