#!/usr/bin/env bash
# Builds the release app and serves it locally under the intranet-like sub-path.
#   PORT=8080 (default)   URL printed below; Ctrl-C stops it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/tests/tools/bootstrap.sh"
cd "$ROOT"
trunk build --release
PORT="${PORT:-8080}"
echo
echo "Lync Restore Planner: http://127.0.0.1:$PORT$SUBPATH   (example: http://127.0.0.1:$PORT$SUBPATH#example)"
echo
PORT=$PORT exec "$ROOT/tests/tools/static-server.sh"
