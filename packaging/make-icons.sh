#!/usr/bin/env bash
# Regenerates every raster icon from the source icons/storescope.svg (run after editing the SVG, commit the output):
#   icons/hicolor/<S>x<S>/apps/storescope.png   S = 16 24 32 48 64 128 256 512  (the freedesktop icon theme layout)
#   icons/storescope.ico                          Windows (16-256)
#   icons/storescope.icns                         macOS (16-512)
#   src/main/resources/dev/storescope/app/icon-<S>.png   S = 16 32 48 64 256  (the window icons)
# Needs Debian's: apt-get install librsvg2-bin icnsutils imagemagick
set -euo pipefail
cd "$(dirname "$0")/.."
svg=icons/storescope.svg
convert=/usr/bin/convert   # ImageMagick's (a /usr/local/bin/convert may be something else)
for tool in rsvg-convert png2icns "$convert"; do
  command -v "$tool" >/dev/null || { echo "make-icons: $tool missing (apt-get install librsvg2-bin icnsutils imagemagick)" >&2; exit 2; }
done

png() { # png SIZE OUT
  mkdir -p "$(dirname "$2")"
  rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$svg" --output "$2"
}

for s in 16 24 32 48 64 128 256 512; do
  png "$s" "icons/hicolor/${s}x${s}/apps/storescope.png"
done
for s in 16 32 48 64 256; do
  cp "icons/hicolor/${s}x${s}/apps/storescope.png" "src/main/resources/dev/storescope/app/icon-$s.png"
done

ico_sizes=(16 24 32 48 64 128 256)
ico_in=(); for s in "${ico_sizes[@]}"; do ico_in+=("icons/hicolor/${s}x${s}/apps/storescope.png"); done
"$convert" "${ico_in[@]}" -define png:exclude-chunks=date,time icons/storescope.ico

icns_in=(); for s in 16 32 48 128 256 512; do icns_in+=("icons/hicolor/${s}x${s}/apps/storescope.png"); done
png2icns icons/storescope.icns "${icns_in[@]}" >/dev/null

echo "make-icons: wrote icons/hicolor/*/apps/storescope.png, icons/storescope.ico, icons/storescope.icns, window icons"
