#!/usr/bin/env bash
# Builds the site into target/site: the citizen's bundle and the server (cargo-leptos project
# `lentera`), and the staff pages' bundle (project `lentera-staff`, browser side only), whose
# files then join the citizen's in target/site/pkg. Two bundles, because wasm-split moves
# code but not data: in one bundle every staff page's texts reached the citizen's phone.
#   scripts/build-site.sh [--release] [--frontend-only]
# --release: optimised, each file also as .br and .gz at the best level (sent as they are).
# --frontend-only: the browser side only (the size check needs no server).
set -euo pipefail
cd "$(dirname "$0")/.."
release=()
only=()
for arg in "$@"; do
  case "$arg" in
    # wasm-opt, which optimised builds run, comes from the npm package binaryen (setup.sh).
    --release) release=(--release --precompress); export PATH="$PWD/.tools/node_modules/.bin:$PATH" ;;
    --frontend-only) only=(--frontend-only) ;;
    *) echo "build-site.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

# --split: each staff page's island in its own wasm file, fetched when that page opens.
cargo leptos build --project lentera-staff --frontend-only --split "${release[@]}"
# Building a project's browser side empties its site directory: the citizen's goes second.
cargo leptos build --project lentera "${only[@]}" "${release[@]}"
cp -R target/site-staff/pkg/. target/site/pkg/
if [[ ${#release[@]} -gt 0 ]]; then
  # The citizen's bundle gets a second wasm-opt pass (cargo-leptos runs one), which also drops
  # the producers and target-features sections; then its .br and .gz are made again from the
  # result. Measured on 2026-12-08: 176,118 → about 175,400 bytes brotli.
  pkg=target/site/pkg
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --strip-producers --strip-target-features \
    "$pkg/lentera.wasm" -o "$pkg/lentera.wasm"
  node -e '
    const fs = require("fs"), zlib = require("zlib"), f = process.argv[1], b = fs.readFileSync(f);
    fs.writeFileSync(f + ".br", zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }));
    fs.writeFileSync(f + ".gz", zlib.gzipSync(b, { level: 9 }));
  ' "$pkg/lentera.wasm"
fi
