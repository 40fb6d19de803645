// First-load size of the release build (sizes are deterministic; timings are only reported by
// tests/tools/bench.sh). A ratchet: the first load may shrink but not grow past what was measured
// when it was set. The issue's budget (≤ 200 KB gzip and ≤ 2.5× the empty Yew app) is not met
// yet; this test says how far it is, and lower the ratchet whenever bytes are found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { firstLoadFiles, onImportFiles, sizes } from './bench/sizes.mjs';

const root = new URL('../../', import.meta.url).pathname;
const DIST = process.env.DIST ?? join(root, 'dist');
// Measured 234.6 KB gzip (this test, 2026-11-26); 273.2 KB before the cuts.
const RATCHET_GZIP = 214.5 * 1024;
const BUDGET_GZIP = 200 * 1024;

test('the first load stays within its size ratchet', () => {
  const { rows, total } = sizes(DIST);
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  console.log(`first load: ${rows.length} files, ${kb(total.gzip)} gzip (ratchet ${kb(RATCHET_GZIP)}; budget ${kb(BUDGET_GZIP)}: ${total.gzip <= BUDGET_GZIP ? 'met' : `not met, ${kb(total.gzip - BUDGET_GZIP)} over`})`);
  assert.ok(total.gzip <= RATCHET_GZIP, `the first load grew to ${kb(total.gzip)} gzip: ${rows.map((r) => `${r.file} ${kb(r.gzip)}`).join(', ')}`);
});

test('the topology reader is not part of the first load', () => {
  const later = onImportFiles(DIST);
  assert.equal(later.length, 3, `the worker's loader, glue and wasm: ${later}`);
  assert.ok(later.some((f) => f.endsWith('.wasm')));
  const first = firstLoadFiles(DIST);
  assert.deepEqual(first.filter((f) => later.includes(f)), []);
});
