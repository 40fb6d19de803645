#!/usr/bin/env bash
# The size floor of the app: builds tests/bench/floor/main.rs (the empty Yew app plus only the
# engine the first render needs, no UI) in place of src/main.rs, in a copy of the working tree,
# with the same `trunk build --release` and hook, and prints its first load like the size test.
# What the app weighs above this is its UI. Takes a cold build (a few minutes).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/tests/tools/bootstrap.sh"
SRC="$ROOT/target/floor/src-copy"
rm -rf "$SRC" && mkdir -p "$SRC"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$SRC")
ln -s "$ROOT/tests/e2e/node_modules" "$SRC/tests/e2e/node_modules"
cp "$ROOT/tests/bench/floor/main.rs" "$SRC/src/main.rs"
cd "$SRC"
CARGO_TARGET_DIR="$ROOT/target/floor/target" trunk build --release
cd "$ROOT/tests/e2e"
node --input-type=module -e "
import { sizes } from './bench/sizes.mjs';
const floor = sizes('$SRC/dist');
for (const r of floor.rows) console.log(\`\${r.file}: \${r.raw} B raw, \${r.gzip} B gzip\`);
console.log(\`floor first load: \${(floor.total.gzip / 1024).toFixed(1)} KB gzip\`);
"
