#!/bin/sh
# StoreScope launcher, written over jpackage's native bin/storescope by packaging/build-packages.sh: the same
# JVM, options and class path (from lib/app/storescope.cfg), without the native launcher's `rpm -qf` and
# `dpkg -S` queries, which it makes on every start (about 0.4 s). Runs from wherever the image lies, through
# symlinks too.
self=$(readlink -f "$0")
root=$(dirname "$(dirname "$self")")
app="$root/lib/app"
exec "$root/lib/runtime/bin/java" @JAVA_OPTIONS@ -cp "@CLASS_PATH@" @MAIN_CLASS@ "$@"
