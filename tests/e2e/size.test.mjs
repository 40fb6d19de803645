// First-load size of the release build (sizes are deterministic; timings are only reported by
// tests/tools/bench.sh): the budget for every file of the first visit together, gzip.
// (The second budget, ≤ 2.5× the empty Yew app, is not met; tests/tools/bench.sh reports the ratio.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { firstLoadFiles, onDemandFiles, onFrenchFiles, onImportFiles, sizes } from './bench/sizes.mjs';

const root = new URL('../../', import.meta.url).pathname;
const DIST = process.env.DIST ?? join(root, 'dist');
// 273.2 KB gzip when a 200 KB budget was set, under it from the third session on. Issue 17 set
// 215 KB for the product's stack put to work; serde with serde-wasm-bindgen measured 21.8 KB
// (BENCHMARKS.md, the smaller of the two routes), more than the room it gave. The stack rule
// (keep the crate, measure, report) decides. Issue 24's steps took the first load to 245.2 KB,
// over the product's 240 KB cap; the French labels and messages then joined the French steps in
// the French text (fetched when French is first needed) and the styles and scripts were minified:
// the budget is the product's cap again. The rarely used steps' English then became a pack
// fetched on first need (src/content/on_demand.toml), making room for the next content.
const BUDGET_KB = 240;
const BUDGET_GZIP = BUDGET_KB * 1024;

test(`the first load is within its size budget (${BUDGET_KB} KB gzip)`, () => {
  const { rows, total } = sizes(DIST);
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  console.log(`first load: ${rows.length} files, ${kb(total.gzip)} gzip (budget ${kb(BUDGET_GZIP)}, ${total.gzip <= BUDGET_GZIP ? `${kb(BUDGET_GZIP - total.gzip)} to spare` : `${kb(total.gzip - BUDGET_GZIP)} over`})`);
  assert.ok(total.gzip <= BUDGET_GZIP, `the first load is ${kb(total.gzip)} gzip: ${rows.map((r) => `${r.file} ${kb(r.gzip)}`).join(', ')}`);
});

test('the topology reader is not part of the first load', () => {
  const later = onImportFiles(DIST);
  assert.equal(later.length, 3, `the worker's loader, glue and wasm: ${later}`);
  assert.ok(later.some((f) => f.endsWith('.wasm')));
  const first = firstLoadFiles(DIST);
  assert.deepEqual(first.filter((f) => later.includes(f)), []);
});

test('the French text is not part of the first load', () => {
  const later = onFrenchFiles(DIST);
  assert.equal(later.length, 1, `the French pack: ${later}`);
  assert.ok(!firstLoadFiles(DIST).includes(later[0]));
});

test('the rarely used steps\' English is not part of the first load', () => {
  const later = onDemandFiles(DIST);
  assert.equal(later.length, 1, `the English on-demand pack: ${later}`);
  assert.ok(!firstLoadFiles(DIST).includes(later[0]));
});
