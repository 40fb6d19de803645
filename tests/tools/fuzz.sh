#!/usr/bin/env bash
# Long fuzz runs of every decoder of untrusted input (the test command runs each for 20 s):
# FUZZ_MINUTES per target (30 by default), the targets named as arguments, else all of them.
# Seeds are the test fixtures; the corpora grow in tests/fuzz/corpus/<target> (not committed). A
# crash's input is kept in tests/fuzz/artifacts/<target>/: make it a fixture. Prints a Markdown
# row per target (for BENCHMARKS.md): minutes, runs, coverage (libFuzzer's cov and ft), corpus
# size, crashes.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/tests/tools/bootstrap.sh" || exit 1
cd "$ROOT"
minutes="${FUZZ_MINUTES:-30}"
declare -A seeds=(
    [import_topology]=tests/fixtures/topology
    [decode_plan]=tests/fixtures/formats
    [decode_link]=tests/fixtures/formats
    [saved_plans]=tests/fixtures/formats
    [language_pack]=tests/fixtures/fuzz/language_pack
    [read_report]=tests/fixtures/readiness
)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(import_topology decode_plan decode_link saved_plans language_pack read_report)
mkdir -p target/fuzz-logs
echo "| target | minutes | runs | cov | ft | corpus | crashes |"
echo "|---|---|---|---|---|---|---|"
status=0
for t in "${targets[@]}"; do
    mkdir -p "tests/fuzz/corpus/$t" "tests/fuzz/artifacts/$t"
    before=$(ls "tests/fuzz/artifacts/$t" | wc -l)
    log="target/fuzz-logs/$t.log"
    # A language's texts are leaked on purpose (kept for the page's life, `Texts::from_pack`).
    leaks=1; [ "$t" = language_pack ] && leaks=0
    ASAN_OPTIONS=detect_leaks=$leaks RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir tests/fuzz "$t" "tests/fuzz/corpus/$t" "${seeds[$t]}" -- \
        -max_total_time=$((minutes * 60)) -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -detect_leaks=$leaks > "$log" 2>&1 || status=1
    runs=$(grep -a 'stat::number_of_executed_units' "$log" | sed 's/.*: *//' | tail -1)
    last=$(grep -aE '^#[0-9]+' "$log" | tail -1)
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<< "$last")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<< "$last")
    crashes=$(( $(ls "tests/fuzz/artifacts/$t" | wc -l) - before ))
    echo "| $t | $minutes | ${runs:-?} | ${cov:-?} | ${ft:-?} | $(ls "tests/fuzz/corpus/$t" | wc -l) | $crashes |"
done
exit $status
