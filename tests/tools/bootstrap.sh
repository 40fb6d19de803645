#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already present (idempotent).
# Debian packages, the wasm target, pinned Trunk and wasm-bindgen-cli, and the npm tools
# (playwright-core, binaryen's wasm-opt). Cold: ~15 min (Trunk's compile dominates); warm: <1 s.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

need=()
command -v chromium  >/dev/null || need+=(chromium)
command -v nginx     >/dev/null || need+=(nginx-light)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v node      >/dev/null || need+=(nodejs npm)
command -v curl      >/dev/null || need+=(curl)
command -v zbarimg   >/dev/null || need+=(zbar-tools)       # decodes the printed QR codes in e2e
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if ((${#need[@]})); then
    echo "bootstrap: apt-get install ${need[*]}"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    echo "bootstrap: cargo install trunk $TRUNK_VERSION (about 10 minutes)"
    cargo install --locked trunk --version "$TRUNK_VERSION" --force
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    echo "bootstrap: cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
    # Not --locked: the CLI's own lockfile pins webpki-roots 1.0.11, absent from the reachable registry.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "bootstrap: cargo install cargo-fuzz (about 1 minute)"
    cargo install --locked cargo-fuzz --version 0.13.2
fi
if [ ! -x tests/e2e/node_modules/.bin/wasm-opt ] || [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/axe-core ]; then
    echo "bootstrap: npm ci (playwright-core, binaryen, axe-core)"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
fi
