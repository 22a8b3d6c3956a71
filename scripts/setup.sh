#!/usr/bin/env bash
# Shared set-up for both quick-start commands: installs the Debian packages listed in
# scripts/debian-packages.txt that are missing, then configures and builds one CMake preset.
# Usage: scripts/setup.sh PRESET [TARGET...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
preset="${1:-default}"
shift || true

mapfile -t wanted < <(grep -Ev '^\s*(#|$)' "$here/debian-packages.txt")
missing=()
for package in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if ((${#missing[@]})); then
  echo "== Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "Run this as root (or with sudo): apt-get needs it." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cd "$root"
echo "== Configuring preset $preset"
cmake --preset "$preset" >/dev/null
echo "== Building preset $preset"
if (($#)); then
  cmake --build --preset "$preset" --target "$@"
else
  cmake --build --preset "$preset"
fi
