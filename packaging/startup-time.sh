#!/usr/bin/env bash
# Start-up time of the packaged app to a visible window: starts the launcher RUNS times (the first run is a
# warm-up and not counted), polls `xdotool search --onlyvisible --name StoreScope` every 50 ms (the window is
# mapped), then packaging/first-paint.py until its menu bar shows (the first frame is painted).
# Without $DISPLAY it starts its own Xvfb. Needs: apt-get install xvfb xdotool libgtk-3-0 python3
# Usage: packaging/startup-time.sh [RUNS=6] [LAUNCHER=target/jpackage/dist/storescope/bin/storescope] [DIR]
#        (no DIR: the bundled sample store). Prints one line per run, then min / median / max in seconds.
# --version mode: STARTUP_WHAT=version measures `LAUNCHER --version` instead (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-6}
launcher=${2:-target/jpackage/dist/storescope/bin/storescope}
dir=${3:-}
what=${STARTUP_WHAT:-window}
[ -x "$launcher" ] || { echo "startup-time: no $launcher (mvn -Pdist package -DskipDeb)" >&2; exit 2; }

xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT
if [ "$what" = window ] && [ -z "${DISPLAY:-}" ]; then
  for n in $(seq 90 120); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
  Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=":$n"
  for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
fi

now() { date +%s%N; }
one_window_run() {
  local t0 pid t1 t2 win
  t0=$(now)
  setsid "$launcher" ${dir:+"$dir"} >/dev/null 2>&1 &
  pid=$!
  until win=$(xdotool search --onlyvisible --name StoreScope 2>/dev/null | head -1) && [ -n "$win" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "startup-time: the app exited before showing a window" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(now)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat")
  python3 packaging/first-paint.py "$win" 30 || { echo "startup-time: no painted frame within 30 s" >&2; exit 1; }
  t2=$(now)
  kill -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  while xdotool search --name StoreScope >/dev/null 2>&1; do sleep 0.05; done
  echo "$(( (t1 - t0) / 1000000 )) $cpu $(( (t2 - t0) / 1000000 ))"
}
one_version_run() {
  local t0 t1
  t0=$(now)
  "$launcher" --version >/dev/null
  t1=$(now)
  echo "$(( (t1 - t0) / 1000000 )) - -"
}

# The CPU time (user + sys of the process when the window shows) tells apart a slow start from a busy machine.
times=() cpus=() paints=()
for i in $(seq 0 "$runs"); do
  read -r ms cpu painted < <("one_${what}_run")
  if [ "$i" = 0 ]; then echo "warm-up: $ms ms (cpu $cpu ms, painted at $painted ms)"; continue; fi
  echo "run $i: $ms ms (cpu $cpu ms, painted at $painted ms)"
  times+=("$ms") cpus+=("$cpu") paints+=("$painted")
done
stats() { sort -n | awk -v label="$1" '{ a[NR] = $1 } END {
  med = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
  printf "%s: min %.2f s, median %.2f s, max %.2f s over %d warm runs\n", label, a[1] / 1000, med / 1000, a[NR] / 1000, NR }'; }
printf '%s\n' "${times[@]}" | stats "$what (wall)"
[ "$what" = window ] && printf '%s\n' "${cpus[@]}" | stats "$what (cpu)"
[ "$what" = window ] && printf '%s\n' "${paints[@]}" | stats "$what painted (wall)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
