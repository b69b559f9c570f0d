#!/usr/bin/env bash
# Builds the StoreScope app-image and .deb (run by `mvn -Pdist package`, which first copies the jars):
#   1. jlink a runtime from the JDK's modules and the JavaFX platform jars in $work/jfx,
#   2. copy the JavaFX native libraries into runtime/lib (no extraction to ~/.openjfx at start-up, and the
#      .deb's Depends are computed from them),
#   3. jpackage --type app-image   -> $work/dist/storescope       (jars from $work/input, options in jpackage/app-image.args)
#   4. replace the native launcher bin/storescope with packaging/linux/launcher.sh (see there),
#      add the hicolor theme icons (lib/icons), the CDS class list (lib/storescope.classlist) and the script that
#      dumps it into lib/storescope.jsa for the jars where they lie (lib/storescope-cds.sh) to the image;
#      the .deb's postinst installs the icons and runs that script
#   5. jpackage --type deb          -> $work/dist/storescope_<version>-1_<arch>.deb   (jpackage/deb.args; skip with SKIP_DEB=true)
# Usage: packaging/build-packages.sh JDK_HOME VERSION WORK_DIR [SKIP_DEB]
# The runtime's modules: what `jdeps --print-module-deps` reports for the app's jars (java.management: info's
# memory figures; java.prefs: the app's recent dirs) plus javafx.controls; recheck when adding a dependency.
set -euo pipefail
cd "$(dirname "$0")/.."
jdk=$1 version=$2 work=$3 skip_deb=${4:-false}
modules=javafx.controls,java.management,java.prefs,jdk.unsupported
export PATH="$jdk/bin:$PATH"

rm -rf "$work/runtime" "$work/dist" "$work/natives"
mkdir -p "$work/dist" "$work/natives"

step() { printf '[dist] %s\n' "$*"; }
step "jlink runtime ($modules)"
jlink --module-path "$work/jfx" --add-modules "$modules" \
      --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --output "$work/runtime"
# The default CDS archive of the JDK's start-up classes (13 MB) makes every start cheaper; the one for heaps
# over 32 GB is dropped (it would take the image over 80 MB). The JDK's libjvm.so carries its full symbol
# table (4 MB): strip it as JDK vendors ship it (the dynamic symbols stay; needs binutils).
rm -f "$work/runtime/lib/server/classes_nocoops.jsa"
if command -v strip >/dev/null 2>&1; then
  chmod u+w "$work/runtime/lib/server/libjvm.so"
  strip --strip-unneeded "$work/runtime/lib/server/libjvm.so"
else
  step "strip not found (binutils): libjvm.so keeps its symbol table"
fi

for jar in "$work"/jfx/*.jar; do
  (cd "$work/natives" && jar xf "$jar")
done
find "$work/natives" -maxdepth 1 -name '*.so' -exec cp {} "$work/runtime/lib/" \;
rm -rf "$work/natives"

step "jpackage app-image"
main_jar=$(cd "$work/input" && ls storescope-app.jar)
jpackage @packaging/jpackage/app-image.args --type app-image --app-version "$version" \
         --runtime-image "$work/runtime" --input "$work/input" --main-jar "$main_jar" --dest "$work/dist"

image="$work/dist/storescope"
# bin/storescope: jpackage's native launcher queries rpm and dpkg for its own package at every start; a shell
# script with what its .cfg says (class path, main class, JVM options) starts the same JVM without that
cfg="$image/lib/app/storescope.cfg"
class_path=$(sed -n 's/^app\.classpath=\$APPDIR\//$app\//p' "$cfg" | paste -sd: -)
main_class=$(sed -n 's/^app\.mainclass=//p' "$cfg")
java_options=$(sed -n 's/^java-options=//p' "$cfg" | sed 's/\$APPDIR/$app/g' | paste -sd' ' -)
[ -n "$class_path" ] && [ -n "$main_class" ] || { echo "build-packages: cannot read $cfg" >&2; exit 1; }
sed -e "s|@CLASS_PATH@|$class_path|" -e "s|@MAIN_CLASS@|$main_class|" -e "s|@JAVA_OPTIONS@|$java_options|" \
    packaging/linux/launcher.sh > "$image/bin/storescope"
chmod 755 "$image/bin/storescope"
sed -e "s|@CLASS_PATH@|$class_path|" packaging/linux/storescope-cds.sh > "$image/lib/storescope-cds.sh"
chmod 755 "$image/lib/storescope-cds.sh"
for dir in icons/hicolor/*/apps; do
  mkdir -p "$image/lib/$dir"
  cp "$dir/storescope.png" "$image/lib/$dir/"
done
cp LICENSE "$image/lib/LICENSE"
cp packaging/cds/storescope.classlist "$image/lib/storescope.classlist"
step "app-image: $image ($(du -sm "$image" | cut -f1) MB)"

if [ "$skip_deb" != "true" ]; then
  step "jpackage deb"
  jpackage @packaging/jpackage/deb.args --type deb --app-version "$version" --app-image "$image" --dest "$work/dist"
  step "deb: $(ls "$work"/dist/*.deb) ($(du -m "$work"/dist/*.deb | cut -f1) MB)"
fi
