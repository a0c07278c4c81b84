#!/usr/bin/env bash
# Installs what building Lentera needs, skipping whatever is already there:
# the wasm target, cargo-leptos, the wasm-bindgen CLI at the version in Cargo.lock, and
# (with --release) wasm-opt from the npm package binaryen. Idempotent and quiet when done.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_LEPTOS_VERSION=0.3.10
BINARYEN_VERSION=132

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 18 minutes on 2 cores)"
  cargo install cargo-leptos --locked --version "$CARGO_LEPTOS_VERSION"
fi

# cargo-leptos would download a wasm-bindgen matching Cargo.lock; we build it instead.
WBG_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WBG_VERSION"; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 5 minutes)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

if [[ "${1:-}" == "--release" ]]; then
  if [[ ! -x .tools/node_modules/.bin/wasm-opt ]]; then
    say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
    npm install --silent --no-audit --no-fund --prefix .tools "binaryen@$BINARYEN_VERSION"
  fi
fi
