#!/bin/sh
# kiemtra's launcher on Linux (ADR 0013). The installer build writes it from
# src/main/packaging/linux/launcher.sh and the class path, JVM options and main class of the
# kiemtra.cfg that jpackage made. It starts the bundled Java runtime as jpackage's launcher does,
# without asking rpm and dpkg at every start which package it belongs to.
SELF=$(readlink -f "$0") || exit 1
ROOT=${SELF%/bin/*}
APPDIR=$ROOT/lib/app

# The class-data archive: where the .deb made one per way of starting, the window's for the
# window, the short commands' for template, inspection, device and doctor commands, the whole one
# for the rest (reports, sync, backups). The first word that is not --db decides, as in
# vn.kiemtra.Main: none, or a .kiemtra file, opens the window. A class missing from the archive
# is read from its jar, so a wrong choice costs time, never correctness.
KIND=
SKIP=
for ARG in "$@"; do
  if [ -n "$SKIP" ]; then SKIP=; continue; fi
  case $ARG in
    --db) SKIP=1 ;;
    --db=*) ;;
    *) KIND=$ARG; break ;;
  esac
done
case $KIND in
  ''|*.[kK][iI][eE][mM][tT][rR][aA]) KIND=window ;;
  template|inspection|device|doctor) KIND=command ;;
  *) KIND= ;;
esac
ARCHIVE=$APPDIR/kiemtra.jsa
if [ -n "$KIND" ] && [ -f "$APPDIR/kiemtra-$KIND.jsa" ]; then
  ARCHIVE=$APPDIR/kiemtra-$KIND.jsa
fi

exec "$ROOT/lib/runtime/bin/java" \
  -classpath @CLASSPATH@ \
@OPTIONS@
  "-Djpackage.app-path=$SELF" @MAINCLASS@ "$@"
