#!/bin/sh
# Draws kiemtra's icon (a white check mark on a red rounded square, with a yellow star from 48 px
# up) at every size the installers use, with ImageMagick; then the Windows .ico and macOS .icns.
# The small sizes are drawn, not scaled down, so the mark stays a clean check at 16 px.
# Run from this folder: sh make-icons.sh (the results are committed).
set -e
draw() { # size, check stroke (fraction of the size), star (yes/no)
  s=$1; k=8; c=$((s * k))
  r=$(echo "$c * 0.18" | bc); w=$(echo "$c * $2" | bc)
  x1=$(echo "$c * 0.22" | bc); y1=$(echo "$c * 0.53" | bc)
  x2=$(echo "$c * 0.42" | bc); y2=$(echo "$c * 0.72" | bc)
  x3=$(echo "$c * 0.78" | bc); y3=$(echo "$c * 0.30" | bc)
  star=""
  if [ "$3" = yes ]; then
    cx=$(echo "$c * 0.79" | bc); cy=$(echo "$c * 0.20" | bc); R=$(echo "$c * 0.12" | bc)
    pts=$(awk -v cx="$cx" -v cy="$cy" -v R="$R" 'BEGIN { pi = atan2(0, -1); for (i = 0; i < 10; i++) {
      a = -pi / 2 + i * pi / 5; rr = (i % 2 == 0) ? R : R * 0.4;
      printf "%.1f,%.1f ", cx + rr * cos(a), cy + rr * sin(a) } }')
    star="polygon $pts"
    x3=$(echo "$c * 0.70" | bc); y3=$(echo "$c * 0.36" | bc)
  fi
  convert -size ${c}x${c} xc:none \
    -fill '#B3261E' -draw "roundrectangle 0,0 $((c - 1)),$((c - 1)) $r,$r" \
    -stroke white -strokewidth "$w" -fill none -draw "stroke-linecap round stroke-linejoin round polyline $x1,$y1 $x2,$y2 $x3,$y3" \
    -stroke none -fill '#FFD54F' -draw "$star" \
    -filter Box -resize ${s}x${s} PNG32:kiemtra-$s.png
}
draw 16 0.17 no
draw 24 0.15 no
draw 32 0.13 no
for s in 48 64 128 256 512; do draw $s 0.11 yes; done
convert kiemtra-16.png kiemtra-24.png kiemtra-32.png kiemtra-48.png kiemtra-64.png kiemtra-256.png kiemtra.ico
python3 - <<'PY'
import struct
parts = [(b"icp4", "kiemtra-16.png"), (b"icp5", "kiemtra-32.png"), (b"icp6", "kiemtra-64.png"),
         (b"ic07", "kiemtra-128.png"), (b"ic08", "kiemtra-256.png"), (b"ic09", "kiemtra-512.png")]
body = b""
for kind, name in parts:
    data = open(name, "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
open("kiemtra.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
cp kiemtra-256.png kiemtra.png
