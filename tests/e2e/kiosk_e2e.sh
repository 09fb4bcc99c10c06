#!/usr/bin/env bash
# End-to-end: the real kiosk under its own Xvfb. It must show a first frame, react to a tap from
# xdotool (the language switch), stop cleanly on SIGTERM, and write screenshots of the right size.
# Usage: kiosk_e2e.sh KIOSK_BINARY WORK_DIR [SCRIPT]; SCRIPT (default inside_xvfb.sh, beside this
# file) is what runs with the display, e.g. day_by_finger.sh.
set -euo pipefail
kiosk=$(realpath "$1")
work=$2
inner=${3:-inside_xvfb.sh}
for tool in xvfb-run xdotool python3; do
  command -v "$tool" >/dev/null || { echo "e2e: $tool is missing (scripts/setup installs it)"; exit 1; }
done
rm -rf "$work"
mkdir -p "$work"
exec xvfb-run -a -s "-screen 0 1920x1080x24" bash "$(dirname "$0")/$inner" "$kiosk" "$(realpath "$work")"
