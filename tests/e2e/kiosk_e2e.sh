#!/usr/bin/env bash
# End-to-end: the real kiosk under its own Xvfb. It must show a first frame, react to a tap from
# xdotool (the language switch), stop cleanly on SIGTERM, and write screenshots of the right size.
# Usage: kiosk_e2e.sh KIOSK_BINARY WORK_DIR [SCRIPT [SCREEN]]; SCRIPT (default inside_xvfb.sh, beside
# this file) is what runs with the display, e.g. day_by_finger.sh; SCREEN is Xvfb's screen as
# WxHxDEPTH (default 1920x1080x24), larger for a script that shows the table and the projector
# side by side.
set -euo pipefail
kiosk=$(realpath "$1")
work=$2
inner=${3:-inside_xvfb.sh}
screen=${4:-1920x1080x24}
for tool in xvfb-run xdotool python3; do
  command -v "$tool" >/dev/null || { echo "e2e: $tool is missing (scripts/setup installs it)"; exit 1; }
done
rm -rf "$work"
mkdir -p "$work"
exec xvfb-run -a -s "-screen 0 $screen" bash "$(dirname "$0")/$inner" "$kiosk" "$(realpath "$work")"
