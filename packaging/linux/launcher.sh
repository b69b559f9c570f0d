#!/bin/sh
# StoreScope launcher, written over jpackage's native bin/storescope by packaging/build-packages.sh: the same
# JVM, options and class path (from lib/app/storescope.cfg), without the native launcher's `rpm -qf` and
# `dpkg -S` queries, which it makes on every start (about 0.4 s). Runs from wherever the image lies, through
# symlinks too. Uses the class data sharing archive lib/storescope.jsa when lib/storescope-cds.sh has made it
# (the .deb does at install); a stale archive (other jars) is ignored by the JVM.
self=$(readlink -f "$0")
root=$(dirname "$(dirname "$self")")
app="$root/lib/app"
cds=""
[ -r "$root/lib/storescope.jsa" ] && cds="-XX:SharedArchiveFile=$root/lib/storescope.jsa"
# A command runs with the throughput collector (a tenth less time for a diff of two 1 GB dirs). The window keeps
# the default collector (G1) with pauses kept short and promotes what survives a young collection at once (an opened
# store's index is long-lived; copying it between survivor spaces made young pauses of 90 ms), starts with 96 MB
# for class metadata (the window's classes pass the default 21 MB threshold while a big dir's tree is first shown,
# and the collection that triggers stalled the FX thread 120-160 ms), and compiles with C1 only: C2's compile threads would take
# the cores from the FX thread for seconds after a big dir opens (stalls of 150-300 ms on two cores; with C1 only
# under 140 ms, and the tree is usable sooner). Window or command: as dev.storescope.cli.LaunchRoute decides
# (no argument, `gui ...`, or one directory that is not a command name), with its command names:
commands=" bench check diff doc generate-completion graph gui help info kv persist repair salvage search similar tree tree-bench vec "
# A command's C2 also compiles the branches its first seconds never took instead of trapping on them (without
# it the big scanner loops were deoptimised and compiled again two or three times when a read window was first
# refilled: a third of C2's CPU in a `check` of a 1 GB dir).
gc="-XX:+UseParallelGC"
traps="-XX:PerMethodTrapLimit=0"
window="-XX:TieredStopAtLevel=1 -XX:MaxGCPauseMillis=50 -XX:MaxTenuringThreshold=0 -XX:MetaspaceSize=96m"
route=command
if [ $# -eq 0 ] || [ "$1" = gui ]; then
  route=window
elif [ $# -eq 1 ] && [ -d "$1" ]; then
  case "$1" in -*) ;; *) case "$commands" in *" $1 "*) ;; *) route=window ;; esac ;; esac
fi
if [ "$route" = window ]; then gc="$window"; traps=""; fi
# Transparent huge pages for the heap where the kernel offers them (madvise or always): a fresh heap page then
# costs one fault per 2 MB instead of per 4 KB (a tenth less time for a check or diff of a 1 GB dir, and about
# 0.2 s of start-up). Without them the JVM would print a warning, so the flag is only given when they exist.
thp=""
if [ -r /sys/kernel/mm/transparent_hugepage/enabled ] && read -r mode < /sys/kernel/mm/transparent_hugepage/enabled; then
  case "$mode" in *"[always]"*|*"[madvise]"*) thp="-XX:+UseTransparentHugePages" ;; esac
fi
exec "$root/lib/runtime/bin/java" $cds $gc $traps $thp @JAVA_OPTIONS@ -cp "@CLASS_PATH@" @MAIN_CLASS@ "$@"
