#!/usr/bin/env bash
# How long the workshop console takes from the command to its first picture: starts
# `./badaboum gui SCENARIO ARGS...` on the current X display and polls the X server (xwininfo, from
# x11-utils) until the network view's window, titled "Audience: NAME" (or "Public : NAME" in
# French), is viewable, then prints the milliseconds and stops the console. The window is shown
# once the first day is drawn into it, so this is the room's wait for a first picture.
#
#   xvfb-run -a -s '-screen 0 1024x768x24' scripts/first-frame.sh scenarios/boum-vs-steady.yaml \
#     --compare steady,boum --play
#
# Build the jar first (./badaboum builds it when the sources changed, which would be timed too).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scenario="$1"
name="$(sed -n 's/^name: *//p' "$scenario" | head -1)"
start=$(date +%s%N)
"$here/badaboum" gui "$@" >/dev/null 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
until xwininfo -root -tree 2>/dev/null | grep -Eq "\"(Audience: |Public.{1,3}: )$name\""; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "first-frame: the console ended before showing its window" >&2
    exit 1
  fi
  sleep 0.01
done
id="$(xwininfo -root -tree | grep -E "\"(Audience: |Public.{1,3}: )$name\"" | head -1 | awk '{print $1}')"
until xwininfo -id "$id" 2>/dev/null | grep -q IsViewable; do
  sleep 0.01
done
end=$(date +%s%N)
echo "first frame after $(((end - start) / 1000000)) ms"
