// The baseline's Trunk hook: the same post-processing of wasm-bindgen's output as the app's build
// (build/glue.mjs), so the size ratio compares builds made with the same tools.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactScripts, compactStyles, minifyNames } from '../../../build/glue.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('postbuild: TRUNK_STAGING_DIR is not set (run by trunk build)');
const stem = readdirSync(dir).find((f) => f.endsWith('_bg.wasm')).replace(/-[0-9a-f]+_bg\.wasm$/, '');
let html = readFileSync(join(dir, 'index.html'), 'utf8');
for (const [before, after] of [...compactScripts(dir), ...compactStyles(dir), ...minifyNames(dir, stem)]) html = html.replaceAll(before, after);
writeFileSync(join(dir, 'index.html'), html);
