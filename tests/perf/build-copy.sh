#!/bin/sh
# Builds a private copy of the working tree in $BUILD_DIR (default /tmp/es-build; build/ and
# .svelte-kit/ in the repo are shared with other engineers' builds, and so may /tmp/es-build be:
# give your own), then prints where the site is.
set -e
dir="${BUILD_DIR:-/tmp/es-build}"
rm -rf "$dir" && mkdir -p "$dir"
root="$(git rev-parse --show-toplevel)"
cd "$root"
cp -r src static package.json svelte.config.js vite.config.ts tsconfig.json "$dir"/
ln -s "$root/node_modules" "$dir"/node_modules
cd "$dir" && npx svelte-kit sync >/dev/null && npx vite build ${MINIFY:+--minify $MINIFY} > "$dir".log 2>&1
echo "$dir"/build
