#!/usr/bin/env bash
# Runs a command under its own Xvfb (1920x1080, 24 bits), like `xvfb-run -a`, without its race:
# xvfb-run -a picks a free display number by looking for lock files, so two runs starting at
# once can pick the same number and one then talks to the other's server, which vanishes under
# it ("Failed to open display"). Xvfb -displayfd lets the server choose a free number itself and
# report it. -noreset: an X server resets when its last client leaves, and a client connecting
# during the reset is refused; tests open and close windows one after another.
# Usage: with-xvfb.sh [-s WxHxD] COMMAND [ARGS...]; exits with COMMAND's status.
set -euo pipefail
screen=1920x1080x24
if [[ ${1:-} == -s ]]; then screen=$2; shift 2; fi
fifo=$(mktemp -u)
mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp -noreset 3>"$fifo" 2>/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$fifo"' EXIT
read -r -t 30 number <"$fifo" || { echo "with-xvfb: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$number"
unset XAUTHORITY
status=0
"$@" || status=$?
exit "$status"
