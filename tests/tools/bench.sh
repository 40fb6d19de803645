#!/usr/bin/env bash
# The benchmark: builds the release app and the empty-Yew baseline with the same profile, then
# prints one table (and writes target/bench/results.json + planning.json): first-load sizes of both,
# time to the first rendered checklist (HTTP and single file from disk), keystroke to paint for the
# 12-server pool and a 500-server site, importing a 2 MB topology, and native planning times.
#   RUNS=10 (cold loads per timing)   PORT=18090
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/tests/tools/bootstrap.sh"
cd "$ROOT"
trunk build --release
"$ROOT/tests/tools/baseline.sh"
cargo bench --locked --bench planning
PORT="${PORT:-18090}"
PORT=$PORT "$ROOT/tests/tools/static-server.sh" > "$ROOT/target/nginx-bench.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null' EXIT
for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$PORT$SUBPATH" && break; sleep 0.1; done
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(chromium --version 2>/dev/null | head -1)"
(cd tests/e2e && BASE_URL="http://127.0.0.1:$PORT$SUBPATH" node bench/measure.mjs)
