#!/usr/bin/env bash
# make-key.sh DIR [NAME]: makes an OpenPGP signing key in DIR: secret.asc (armored secret key,
# protected by $MAKE_KEY_PASSPHRASE), public.asc (armored public key) and fingerprint.txt. The
# build uses it for a throwaway key (a new one in every build, never published) when no release
# key is given; the same script made the release key, whose secret and passphrase live outside the
# repository (README, "Signing").
set -euo pipefail
dir="$1"
name="${2:-Claim Tagger throwaway build key (not a release key)}"
mkdir -p "$dir"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export GNUPGHOME="$home"
pass="${MAKE_KEY_PASSPHRASE:?set MAKE_KEY_PASSPHRASE}"
gpg --batch --quiet --pinentry-mode loopback --passphrase "$pass" \
    --quick-generate-key "$name" rsa3072 sign 1y 2>/dev/null
gpg --batch --quiet --pinentry-mode loopback --passphrase "$pass" --armor --export-secret-keys >"$dir/secret.asc"
gpg --batch --quiet --armor --export >"$dir/public.asc"
gpg --batch --with-colons --fingerprint | awk -F: '/^fpr:/ { print $10; exit }' >"$dir/fingerprint.txt"
echo "make-key: $(cat "$dir/fingerprint.txt") in $dir"
