#!/usr/bin/env bash
# Prints the path of the Nu Html Checker's jar (vnu-jar from the npm registry), installing it
# first into a cache folder outside the repository. Java 17 runs it (scripts/system_deps.sh).
set -euo pipefail
VERSION=26.9.27
DIR="${VNU_CACHE:-$HOME/.cache/weissenfels-portal/vnu-$VERSION}"
JAR="$DIR/node_modules/vnu-jar/build/dist/vnu.jar"
if [ ! -f "$JAR" ]; then
  mkdir -p "$DIR"
  npm install --silent --no-save --ignore-scripts --prefix "$DIR" "vnu-jar@$VERSION" >&2
fi
echo "$JAR"
