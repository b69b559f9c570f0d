#!/usr/bin/env bash
# Regenerates packaging/cds/storescope.classlist: the classes (JDK, JavaFX, the app and its libraries, and the
# lambda proxies) the packaged app loads until its window shows the sample store, plus those of
# `storescope info`, `check` and `diff`. lib/storescope-cds.sh (run by the .deb's postinst) dumps them into
# lib/storescope.jsa for the jars where they are installed, which bin/storescope then uses.
# Needs the app-image (mvn -Pdist package -DskipDeb) and: apt-get install xvfb xdotool libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."
image=${1:-target/jpackage/dist/storescope}
out=packaging/cds/storescope.classlist
java=("$image/lib/runtime/bin/java" -cp "$image/lib/app/*")
raw=$(mktemp -d)
xvfb_pid="" app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill -- "-$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$raw"
}
trap cleanup EXIT

if [ -z "${DISPLAY:-}" ]; then
  for n in $(seq 90 120); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
  Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=":$n"
  for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
fi

sample=$raw/sample
"${java[@]}" -XX:DumpLoadedClassList="$raw/gui.lst" dev.storescope.cli.Main >/dev/null 2>&1 &
app_pid=$!
until xdotool search --onlyvisible --name StoreScope >/dev/null 2>&1; do
  kill -0 "$app_pid" 2>/dev/null || { echo "make-classlist: the app exited before showing a window" >&2; exit 1; }
  sleep 0.1
done
sleep 5 # the tree of the sample store fills in
kill -- "-$app_pid" 2>/dev/null || kill "$app_pid" 2>/dev/null || true
app_pid=""
../shared/tools/gen-persist-dir "$sample" --docs 5 --nodes-per-doc 2 --dim 8 >/dev/null
"${java[@]}" -XX:DumpLoadedClassList="$raw/cli.lst" dev.storescope.cli.Main info "$sample" >/dev/null
"${java[@]}" -XX:DumpLoadedClassList="$raw/check.lst" dev.storescope.cli.Main check "$sample" >/dev/null
"${java[@]}" -XX:DumpLoadedClassList="$raw/diff.lst" dev.storescope.cli.Main diff "$sample" "$sample" >/dev/null

# every class and lambda line (comments dropped), in first-loaded order
cat "$raw/gui.lst" "$raw/cli.lst" "$raw/check.lst" "$raw/diff.lst" | grep -v '^#' | awk '!seen[$0]++' > "$out"
echo "make-classlist: $(wc -l < "$out") classes in $out"
