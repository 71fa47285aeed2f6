#!/bin/sh
# Builds a private copy of the working tree in /tmp/es-build (build/ and .svelte-kit/ in the repo
# are shared with other engineers' builds), then prints where the site is.
set -e
rm -rf /tmp/es-build && mkdir -p /tmp/es-build
root="$(git rev-parse --show-toplevel)"
cd "$root"
cp -r src static package.json svelte.config.js vite.config.ts tsconfig.json /tmp/es-build/
ln -s "$root/node_modules" /tmp/es-build/node_modules
cd /tmp/es-build && npx svelte-kit sync >/dev/null && npx vite build ${MINIFY:+--minify $MINIFY} > /tmp/es-build.log 2>&1
echo /tmp/es-build/build
