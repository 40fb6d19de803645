#!/usr/bin/env bash
# A/B of the first paint and the topology import between a git revision (A) and the working tree
# (B): builds both with `trunk build --release` (the revision in a worktree under target/ab), serves
# both with nginx and loads them alternately in headless Chromium, so both see the same machine load.
#   tests/tools/ab.sh <revision>      N=20 loads each; LOCALE=fr-FR; RTT=80 BPS=10000000 throttle
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
REV="${1:?usage: tests/tools/ab.sh <git revision to compare the working tree with>}"
"$ROOT/tests/tools/bootstrap.sh"
cd "$ROOT"
trunk build --release
TREE="$ROOT/target/ab/tree"
git worktree remove --force "$TREE" 2>/dev/null || rm -rf "$TREE"
git worktree prune
git worktree add --detach "$TREE" "$REV"
trap 'kill $(jobs -p) 2>/dev/null; git -C "$ROOT" worktree remove --force "$TREE"' EXIT
ln -s "$ROOT/tests/e2e/node_modules" "$TREE/tests/e2e/node_modules"
(cd "$TREE" && CARGO_TARGET_DIR="$ROOT/target/ab/target" trunk build --release)
PORT=18093 DIST="$TREE/dist" "$ROOT/tests/tools/static-server.sh" > /dev/null 2>&1 &
PORT=18094 "$ROOT/tests/tools/static-server.sh" > /dev/null 2>&1 &
for port in 18093 18094; do
  for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$port$SUBPATH" && break; sleep 0.1; done
done
cd tests/e2e
A_URL="http://127.0.0.1:18093$SUBPATH" B_URL="http://127.0.0.1:18094$SUBPATH" node bench/ab.mjs
