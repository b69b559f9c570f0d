#!/bin/sh
# Writes lib/storescope.jsa, the class data sharing archive of the classes StoreScope starts with (the JDK's,
# JavaFX's and its own, from lib/storescope.classlist): the JVM maps them ready-parsed and verified instead of
# loading them from the jars, and bin/storescope uses the archive whenever it is there. The archive names the
# jars by path, so it is made where the app is installed: the .deb's postinst runs this script; for the
# app-image run it once after unpacking (about 5 s; 40 MB, which is why the image does not ship it).
# Written over packaging/linux/storescope-cds.sh by packaging/build-packages.sh (the class path below is the
# launcher's). Exit status: the JVM's.
self=$(readlink -f "$0")
root=$(dirname "$(dirname "$self")")
app="$root/lib/app"
jsa="$root/lib/storescope.jsa"
rm -f "$jsa"
exec "$root/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$root/lib/storescope.classlist" \
    -XX:SharedArchiveFile="$jsa" -cp "@CLASS_PATH@"
