#!/usr/bin/env bash
# Runs every test: formatting and lints, native engine and render tests (cargo test), the
# release build, and the end-to-end tests in headless Chromium against that build served by
# nginx under a sub-path. Ends with one line "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/tests/tools/bootstrap.sh" || { echo "bootstrap failed"; echo "0 passed, 1 failed"; exit 1; }
cd "$ROOT"
LOG="$ROOT/target/test-logs"
mkdir -p "$LOG"
passed=0
failed=0
started=$(date +%s)

# check NAME COMMAND...: a one-test stage (lint, build) counted as one pass or failure.
check() {
    local name="$1"; shift
    if "$@" > "$LOG/$name.log" 2>&1; then
        passed=$((passed + 1)); echo "ok   $name"
    else
        failed=$((failed + 1)); echo "FAIL $name (log: target/test-logs/$name.log)"; tail -n 30 "$LOG/$name.log"
    fi
}

check fmt cargo fmt --all -- --check
check clippy cargo clippy --locked --workspace --all-targets -- -D warnings

# Native tests: unit, golden, property, catalogue lint, architecture, Yew SSR renders.
cargo test --locked --no-fail-fast 2>&1 | tee "$LOG/cargo-test.log" | grep -E "^(test result|running|failures:|---- )|FAILED|panicked" 
read -r p f < <(awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } } END { print p + 0, f + 0 }' "$LOG/cargo-test.log")
grep -q "^test result:" "$LOG/cargo-test.log" || f=$((f + 1))   # did not even compile
passed=$((passed + p)); failed=$((failed + f))

# Short fuzz runs of the untrusted-input decoders (libFuzzer via cargo-fuzz; nightly features on
# stable through RUSTC_BOOTSTRAP). Long runs: tests/tools/fuzz.sh. Seeds are the test fixtures.
fuzz() {
    mkdir -p "tests/fuzz/corpus/$1"
    RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir tests/fuzz "$1" "tests/fuzz/corpus/$1" "$2" -- \
        -max_total_time="${FUZZ_SECONDS:-20}" -rss_limit_mb=2048 -max_len=65536 "${@:3}"
}
check fuzz-import_topology fuzz import_topology tests/fixtures/topology
check fuzz-decode_plan fuzz decode_plan tests/fixtures/formats
check fuzz-decode_link fuzz decode_link tests/fixtures/formats
check fuzz-saved_plans fuzz saved_plans tests/fixtures/formats
# A language's texts are leaked on purpose (kept for the page's life, `Texts::from_pack`).
ASAN_OPTIONS=detect_leaks=0 check fuzz-language_pack fuzz language_pack tests/fixtures/fuzz/language_pack -detect_leaks=0
check fuzz-read_report fuzz read_report tests/fixtures/readiness

check trunk-build trunk build --release

# The page's decoders on their own, for the browser and natively (tests/e2e/differential.test.mjs).
page_decode() {
    cargo build --locked --bin page-decode &&
        cargo build --locked --release --target wasm32-unknown-unknown --bin page-decode &&
        rm -rf target/page-decode &&
        wasm-bindgen --target web --out-dir target/page-decode target/wasm32-unknown-unknown/release/page-decode.wasm
}
check page-decode page_decode

if [ -f dist/index.html ]; then
    PORT="${E2E_PORT:-18080}"
    PORT=$PORT "$ROOT/tests/tools/static-server.sh" > "$LOG/nginx.log" 2>&1 &
    server=$!
    trap 'kill "$server" 2>/dev/null' EXIT
    for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$PORT$SUBPATH" && break; sleep 0.1; done
    # Another server already on the port would silently serve some other build: refuse.
    if ! kill -0 "$server" 2>/dev/null || [ "$(curl -fs "http://127.0.0.1:$PORT${SUBPATH}index.html")" != "$(cat dist/index.html)" ]; then
        echo "FAIL e2e: port $PORT is taken by another server (set E2E_PORT=…)"; tail -3 "$LOG/nginx.log"
        failed=$((failed + 1))
        echo "$passed passed, $failed failed"
        exit 1
    fi
    (cd tests/e2e && BASE_URL="http://127.0.0.1:$PORT$SUBPATH" OUT_DIR="$ROOT/target/e2e-out" \
        node --test --test-reporter=spec 2>&1) | tee "$LOG/e2e.log" | grep -vE "^\s*$"
    p=$(awk '/^ℹ pass / { print $3 }' "$LOG/e2e.log"); f=$(awk '/^ℹ fail / { print $3 }' "$LOG/e2e.log")
    [ -n "$p" ] || { p=0; f=1; }
    passed=$((passed + p)); failed=$((failed + ${f:-1}))
fi

echo "test time: $(( $(date +%s) - started )) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
