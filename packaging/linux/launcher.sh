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
exec "$root/lib/runtime/bin/java" $cds @JAVA_OPTIONS@ -cp "@CLASS_PATH@" @MAIN_CLASS@ "$@"
