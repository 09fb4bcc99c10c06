#!/usr/bin/env bash
# End-to-end: the real kiosk under its own Xvfb. It must show a first frame, react to a tap from
# xdotool (the language switch), stop cleanly on SIGTERM, and write screenshots of the right size.
# Usage: kiosk_e2e.sh KIOSK_BINARY WORK_DIR
set -euo pipefail
kiosk=$(realpath "$1")
work=$2
for tool in xvfb-run xdotool python3; do
  command -v "$tool" >/dev/null || { echo "e2e: $tool is missing (scripts/setup installs it)"; exit 1; }
done
rm -rf "$work"
mkdir -p "$work"
exec xvfb-run -a -s "-screen 0 1920x1080x24" bash "$(dirname "$0")/inside_xvfb.sh" "$kiosk" "$(realpath "$work")"
