#!/usr/bin/env bash
# Start-up benchmark of the installed program (docs/benchmarks.md, "Khởi động / Start-up").
# Runs everything side by side, interleaved, in one run, with no Java on the PATH:
#   - `template list` cold, with the class-data archive and without it (a copy of the app image);
#   - `minutes render` of the seed and of the full test fixture, cold, against
#     LibreOffice converting the DOCX of the same minutes (soffice --headless --convert-to pdf,
#     its profile created beforehand);
#   - the seed's render also without the report warm-up (-Dkiemtra.noRendererWarmUp=true);
#   - the window (under Xvfb when there is no display): launch → window shown → list loaded;
#   - the render's floor: a fresh JVM of the installed program rendering the seed from its JSON file
#     with kiemtra's renderer, no database, log or command line (docs/bench/RenderFloor.java);
#   - an office's database (OFFICE=600 copies of the seed, OFFICE=0 to skip): `template list`,
#     `inspection list` and the window on it, installed program;
#   - a machine reference (the bundled java -Xshare:off -version), so that runs on machines of
#     different speed can be compared;
#   - the same cases on the program the .deb installed (/opt/kiemtra, its archive made at install
#     from every start-up class), when it is installed (INSTALLED=path to change, INSTALLED= to skip).
# Usage: mvn -Pinstaller package; [sudo dpkg -i target/installer/kiemtra_*.deb;]
#        docs/bench/startup-bench.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-7}
APP=target/installer/kiemtra/bin/kiemtra
INSTALLED=${INSTALLED-/opt/kiemtra/bin/kiemtra}
[ -n "$INSTALLED" ] && [ ! -x "$INSTALLED" ] && INSTALLED=
[ -x "$APP" ] || { echo "build the app image first: mvn -Pinstaller package" >&2; exit 1; }
WORK=$(mktemp -d /tmp/kiemtra-startup.XXXXXX)
# A user's usual PATH without Java: every program of /usr/local/bin, /usr/bin and /bin except those
# of an installed JDK (jpackage's Linux launcher calls rpm and dpkg through it at every start).
NOJAVA=$WORK/bin
mkdir -p "$NOJAVA"
for dir in /usr/local/bin /usr/bin /bin; do
  for f in "$dir"/*; do
    [ -x "$f" ] && [ ! -e "$NOJAVA/${f##*/}" ] || continue
    case "$(readlink -f "$f")" in /usr/lib/jvm/*) continue ;; esac
    ln -s "$f" "$NOJAVA/${f##*/}"
  done
done
run() { env -i PATH="$NOJAVA" HOME="$WORK/home" LANG=C.UTF-8 "$@"; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
DB=$WORK/db/kiemtra
SEED=3b0f8a52-6a3e-4c1e-9d7a-2c5e1f0b9a14
mkdir -p "$WORK/home"
run "$APP" --db "$DB" inspection import src/test/resources/fixtures/seed-inspection.json >/dev/null
run "$APP" --db "$DB" inspection import src/test/resources/fixtures/full-inspection.json >/dev/null
LONG=$(grep -m1 '"id"' src/test/resources/fixtures/full-inspection.json | sed 's/.*"id": *"\([^"]*\)".*/\1/')
# jpackage's own launcher (the build keeps it; the image starts with a script, ADR 0013), put
# beside the script in the app image for the comparison and taken out again at the end.
NATIVE=
if [ -x target/installer-work/jpackage-launcher ]; then
  NATIVE=target/installer/kiemtra/bin/kiemtra-jpackage
  cp target/installer-work/jpackage-launcher "$NATIVE"
  cp target/installer/kiemtra/lib/app/kiemtra.cfg target/installer/kiemtra/lib/app/kiemtra-jpackage.cfg
  trap 'rm -f target/installer/kiemtra/bin/kiemtra-jpackage target/installer/kiemtra/lib/app/kiemtra-jpackage.cfg' EXIT
fi
# The same program without its class-data archive, for the comparison.
cp -r "$(dirname "$APP")/.." "$WORK/noarchive"
sed -i '/SharedArchiveFile\|Xshare/d' "$WORK/noarchive/lib/app/kiemtra.cfg" "$WORK/noarchive/bin/kiemtra"
# ... and with the JVM's default compile thresholds (the launcher delays C2, ADR 0009), its
# archive made again in the copy from the same classes as the app image's (the build's list).
cp -r "$(dirname "$APP")/.." "$WORK/defaultjit"
sed -i '/Tier4/d' "$WORK/defaultjit/lib/app/kiemtra.cfg" "$WORK/defaultjit/bin/kiemtra"
rm -f "$WORK/defaultjit/lib/app/kiemtra.jsa"
run "$WORK/defaultjit/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$PWD/target/installer-work/cds/in-image.classlist" \
  -XX:SharedArchiveFile="$WORK/defaultjit/lib/app/kiemtra.jsa" \
  -cp "$(sed -n 's|^app\.classpath=\$APPDIR|'"$WORK/defaultjit/lib/app"'|p' "$WORK/defaultjit/lib/app/kiemtra.cfg" | paste -sd: -)" >/dev/null 2>&1 || true
run "$APP" --db "$DB" minutes render $SEED --format docx --out "$WORK/seed.docx" >/dev/null
[ -n "$LONG" ] && run "$APP" --db "$DB" minutes render "$LONG" --format docx --out "$WORK/long.docx" >/dev/null
# LibreOffice's profile, made once beforehand (its first start builds it)
soffice -env:UserInstallation=file://$WORK/lo --headless --convert-to pdf --outdir "$WORK/lo-out" "$WORK/seed.docx" >/dev/null 2>&1
# An office's database: OFFICE (default 600) copies of the seed, each with new ids, imported by the
# installed program in one command; its list, `template list` and window are timed on it too.
OFFICE=${OFFICE:-600}
ODB=
if [ -n "$INSTALLED" ] && [ "$OFFICE" -gt 0 ]; then
  ODB=$WORK/office/kiemtra
  mkdir -p "$WORK/copies"
  ids=$(grep -o '[0-9a-f]\{8\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{12\}' src/test/resources/fixtures/seed-inspection.json | sort -u)
  for i in $(seq "$OFFICE"); do
    script=
    for id in $ids; do script="$script;s/$id/$(cat /proc/sys/kernel/random/uuid)/g"; done
    sed "${script#;}" src/test/resources/fixtures/seed-inspection.json > "$WORK/copies/$i.json"
  done
  run "$INSTALLED" --db "$ODB" inspection import "$WORK"/copies/*.json >/dev/null
fi
# The render's floor (docs/bench/RenderFloor.java): a fresh JVM of the installed program (same
# runtime, archive and options) rendering the seed from its JSON file with no database, no log and
# no command line. Compiled here with the JDK that builds kiemtra.
FLOOR=
if [ -n "$INSTALLED" ] && command -v javac >/dev/null; then
  IAPP=$(dirname "$(readlink -f "$INSTALLED")")/../lib/app
  ICP=$(sed -n 's|^app\.classpath=\$APPDIR|'"$IAPP"'|p' "$IAPP/kiemtra.cfg" | paste -sd: -)
  mkdir -p "$WORK/floor"
  if javac -d "$WORK/floor" -cp "$ICP" docs/bench/RenderFloor.java; then
    mapfile -t FLOOR_OPTS < <(sed -n 's|^java-options=||p' "$IAPP/kiemtra.cfg" | sed "s|\\\$APPDIR|$IAPP|g")
    FLOOR="$IAPP/../runtime/bin/java"
  fi
fi
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  Xvfb :77 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!; export DISPLAY=:77; sleep 1
fi
declare -A T
add() { T[$1]="${T[$1]:-} $2"; }
# The window of PROGRAM on DB, from launch to the lines it prints: "window shown", "list loaded".
window_times() {
  local label=$1 program=$2 db=$3 s now line
  s=$(date +%s%N)
  while IFS= read -r line; do
    now=$(date +%s%N)
    case "$line" in
      "window shown"*) add "${label}window shown (launch →)" $(ms $s $now) ;;
      "list loaded"*) add "${label}list loaded (launch →)" $(ms $s $now) ;;
    esac
  done < <(env -i PATH="$NOJAVA" HOME="$WORK/home" DISPLAY="$DISPLAY" LANG=C.UTF-8 JAVA_TOOL_OPTIONS=-Dkiemtra.exitWhenReady=true "$program" --db "$db" 2>&1)
}
for r in $(seq "$ROUNDS"); do
  # The machine's own speed, for comparing runs on different machines: the bundled runtime starting
  # with no class-data archive and no kiemtra class (fixed work, CPU-bound).
  s=$(date +%s%N); run "$(dirname "$APP")/../lib/runtime/bin/java" -Xshare:off -version >/dev/null 2>&1; e=$(date +%s%N); add "machine reference: java -Xshare:off -version" $(ms $s $e)
  s=$(date +%s%N); run "$APP" --db "$DB" template list >/dev/null; e=$(date +%s%N); add "template list" $(ms $s $e)
  s=$(date +%s%N); run "$WORK/noarchive/bin/kiemtra" --db "$DB" template list >/dev/null 2>&1; e=$(date +%s%N); add "template list, no archive" $(ms $s $e)
  if [ -n "$NATIVE" ]; then
    s=$(date +%s%N); run "$NATIVE" --db "$DB" template list >/dev/null; e=$(date +%s%N); add "template list, jpackage's launcher" $(ms $s $e)
  fi
  s=$(date +%s%N); run "$WORK/defaultjit/bin/kiemtra" --db "$DB" template list >/dev/null 2>&1; e=$(date +%s%N); add "template list, default compile thresholds" $(ms $s $e)
  s=$(date +%s%N); run "$APP" --db "$DB" minutes render $SEED --out "$WORK/r.pdf" >/dev/null; e=$(date +%s%N); add "minutes render seed" $(ms $s $e)
  s=$(date +%s%N); run "$WORK/defaultjit/bin/kiemtra" --db "$DB" minutes render $SEED --out "$WORK/r.pdf" >/dev/null 2>&1; e=$(date +%s%N); add "minutes render seed, default compile thresholds" $(ms $s $e)
  s=$(date +%s%N); run JAVA_TOOL_OPTIONS=-Dkiemtra.noRendererWarmUp=true "$APP" --db "$DB" minutes render $SEED --out "$WORK/r.pdf" >/dev/null 2>&1; e=$(date +%s%N); add "minutes render seed, no report warm-up" $(ms $s $e)
  s=$(date +%s%N); soffice -env:UserInstallation=file://$WORK/lo --headless --convert-to pdf --outdir "$WORK/lo-out" "$WORK/seed.docx" >/dev/null 2>&1; e=$(date +%s%N); add "soffice seed docx→pdf" $(ms $s $e)
  if [ -n "$LONG" ]; then
    s=$(date +%s%N); run "$APP" --db "$DB" minutes render "$LONG" --out "$WORK/l.pdf" >/dev/null; e=$(date +%s%N); add "minutes render full fixture" $(ms $s $e)
    s=$(date +%s%N); soffice -env:UserInstallation=file://$WORK/lo --headless --convert-to pdf --outdir "$WORK/lo-out" "$WORK/long.docx" >/dev/null 2>&1; e=$(date +%s%N); add "soffice full fixture docx→pdf" $(ms $s $e)
  fi
  if [ -n "$INSTALLED" ]; then
    s=$(date +%s%N); run "$INSTALLED" --db "$DB" template list >/dev/null; e=$(date +%s%N); add "installed: template list" $(ms $s $e)
    s=$(date +%s%N); run "$INSTALLED" --db "$DB" minutes render $SEED --out "$WORK/r.pdf" >/dev/null; e=$(date +%s%N); add "installed: minutes render seed" $(ms $s $e)
    if [ -n "$LONG" ]; then
      s=$(date +%s%N); run "$INSTALLED" --db "$DB" minutes render "$LONG" --out "$WORK/l.pdf" >/dev/null; e=$(date +%s%N); add "installed: minutes render full fixture" $(ms $s $e)
    fi
  fi
  if [ -n "$ODB" ]; then
    s=$(date +%s%N); run "$INSTALLED" --db "$ODB" template list >/dev/null; e=$(date +%s%N); add "installed, office database: template list" $(ms $s $e)
    s=$(date +%s%N); run "$INSTALLED" --db "$ODB" inspection list >/dev/null; e=$(date +%s%N); add "installed, office database: inspection list" $(ms $s $e)
  fi
  if [ -n "$FLOOR" ]; then
    s=$(date +%s%N); run "$FLOOR" "${FLOOR_OPTS[@]}" -cp "$ICP:$WORK/floor" RenderFloor src/test/resources/fixtures/seed-inspection.json "$WORK/floor.pdf" 2>>"$WORK/floor.txt"; e=$(date +%s%N); add "installed: render floor, seed (no database)" $(ms $s $e)
  fi
  if [ -n "${DISPLAY:-}" ]; then
    for program in "$APP" $NATIVE $INSTALLED; do
      label=""
      [ "$program" = "$NATIVE" ] && label="jpackage's launcher: "
      [ "$program" = "$INSTALLED" ] && label="installed: "
      window_times "$label" "$program" "$DB"
    done
    [ -n "$ODB" ] && window_times "installed, office database: " "$INSTALLED" "$ODB"
  fi
done
[ -n "${XVFB:-}" ] && kill "$XVFB"
echo "| Case (ms, $ROUNDS rounds interleaved) | median | min | max |"
echo "|---|---:|---:|---:|"
for k in "machine reference: java -Xshare:off -version" "template list" "template list, jpackage's launcher" "template list, no archive" "template list, default compile thresholds" "minutes render seed" "minutes render seed, no report warm-up" "minutes render seed, default compile thresholds" "soffice seed docx→pdf" "minutes render full fixture" "soffice full fixture docx→pdf" "window shown (launch →)" "list loaded (launch →)" \
    "jpackage's launcher: window shown (launch →)" "jpackage's launcher: list loaded (launch →)" \
    "installed: template list" "installed: minutes render seed" "installed: render floor, seed (no database)" "installed: minutes render full fixture" "installed: window shown (launch →)" "installed: list loaded (launch →)" \
    "installed, office database: template list" "installed, office database: inspection list" \
    "installed, office database: window shown (launch →)" "installed, office database: list loaded (launch →)"; do
  [ -n "${T[$k]:-}" ] || continue
  sorted=$(echo ${T[$k]} | tr ' ' '\n' | sort -n)
  n=$(echo "$sorted" | wc -l)
  echo "| $k | $(echo "$sorted" | sed -n "$(( (n + 1) / 2 ))p") | $(echo "$sorted" | head -1) | $(echo "$sorted" | tail -1) |"
done
if [ -s "$WORK/floor.txt" ]; then
  echo
  echo "Render floor, inside each run (JVM age at main; content from JSON; fill and export):"
  grep '^main at' "$WORK/floor.txt" | sed 's/^/    /'
fi
rm -rf "$WORK"
