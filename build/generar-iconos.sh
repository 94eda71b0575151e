#!/bin/sh
# Regenerates build/icon.png (512x512) and build/icon.ico (16–256 px) from build/icon.svg.
# Needs rsvg-convert and ImageMagick (Debian: apt-get install librsvg2-bin imagemagick fonts-dejavu-core);
# the text uses DejaVu Sans Bold, so the PNGs do not depend on fonts of the machines that show them.
set -eu
cd "$(dirname "$0")"
temporal=$(mktemp -d)
trap 'rm -rf "$temporal"' EXIT

rsvg-convert -w 512 -h 512 icon.svg -o icon.png
for lado in 16 24 32 48 64 128 256; do
  rsvg-convert -w "$lado" -h "$lado" icon.svg -o "$temporal/icon-$lado.png"
done
convert "$temporal"/icon-16.png "$temporal"/icon-24.png "$temporal"/icon-32.png "$temporal"/icon-48.png \
  "$temporal"/icon-64.png "$temporal"/icon-128.png "$temporal"/icon-256.png icon.ico
