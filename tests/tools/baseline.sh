#!/usr/bin/env bash
# Builds the empty Yew 0.23 app (tests/bench/baseline) with the same profile and tools as the app,
# into target/bench/baseline-dist: the framework's floor the size budget is compared with.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT/tests/bench/baseline"
CARGO_TARGET_DIR="$ROOT/target/baseline" trunk build --release
