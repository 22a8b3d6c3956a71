#!/usr/bin/env bash
# Quick start, command one: install what is missing, build, and start the desk app on the
# demo store (created on first run in your data folder; its passphrase is shown on the
# unlock screen).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/setup.sh" default cardbridge cardbridge-cli
desk="$(dirname "$here")/build/default/app/cardbridge"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "== No display found: starting the desk under Xvfb (headless). Run this from a desktop session to see it."
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$desk" --demo "$@"
fi
exec "$desk" --demo "$@"
