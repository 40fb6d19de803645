// End-to-end: the single-file build opened from disk (file://) with the network disabled.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, watchCsp, sectionIds, typePool, printToPdf, OUT_DIR, ready } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
const DIST = process.env.DIST ?? join(root, 'dist');
const single = readdirSync(DIST).find((f) => /^lync-restore-planner-.+\.html$/.test(f));
const URL_ = pathToFileURL(join(DIST, single ?? 'missing.html')).href;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function offlineContext() {
  const context = await browser.newContext({ offline: true });
  const problems = { csp: [], requests: [], errors: [] };
  await watchCsp(context, problems);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    problems.requests.push(url);
    return url.startsWith('file:') || url.startsWith('data:') ? route.continue() : route.abort();
  });
  return { context, problems };
}

test('the single file works from disk, offline: flow, reload, import, print', async () => {
  assert.ok(single, 'the build wrote lync-restore-planner-<version>.html');
  const { context, problems } = await offlineContext();
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.errors.push(m.text()); });
  page.on('pageerror', (e) => problems.errors.push(String(e)));

  const started = Date.now();
  await page.goto(`${URL_}#example`);
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  const firstRender = Date.now() - started;
  await ready(page);

  // Main flow: a new pool typed in.
  await page.click('#new-plan');
  await typePool(page, 'diskpool.contoso.com', 'd1.contoso.com d2.contoso.com', 'dsql.contoso.com');
  assert.deepEqual((await sectionIds(page)).slice(0, 4), ['prepare', 'back_end', 'server:d1.contoso.com', 'server:d2.contoso.com']);
  await page.check('#tick-back_end\\/srv\\.rebuild');

  // Reload: the plan and the tick are still there (localStorage works for file:// pages).
  await page.goto(URL_);
  await page.waitForSelector('[data-section-id="back_end"]');
  await ready(page);
  assert.equal(await page.inputValue('#pool_fqdn'), 'diskpool.contoso.com');
  assert.ok(await page.isChecked('#tick-back_end\\/srv\\.rebuild'));
  assert.equal(await page.locator('#storage-off').count(), 0, 'storage works from disk');

  // Import a topology file.
  await page.click('summary:has-text("Import the topology")');
  await page.setInputFiles('#topology-file', join(root, 'tests/fixtures/topology/builder-sfb2015.tbxml'));
  await page.waitForSelector('.topology');
  await page.check('#topo-pool-0');
  await page.click('#plan-topology');
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  assert.equal(await page.inputValue('#pool_fqdn'), 'lyncpool.fabrikam.com');

  // Print.
  const pdf = await printToPdf(page, 'single-file');
  assert.match(pdf.text, /lyncfe2\.fabrikam\.com/);
  assert.match(pdf.text, /Page 1 of \d+/);

  // French: its text is inside the file, so it works offline too.
  await page.selectOption('#lang', 'fr');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.match(await page.textContent('[data-section-id="cms_back_end"]'), /Restaurer|Reconstruire|Vérifier/);
  assert.equal(await page.locator('#steps-missing').count(), 0);

  writeFileSync(join(OUT_DIR, 'single-file.json'), JSON.stringify({ file: single, firstRenderMs: firstRender }, null, 2));
  const foreign = problems.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request but file: and data:');
  assert.deepEqual(problems.csp, [], 'its own CSP holds');
  assert.deepEqual(problems.errors, []);
  await context.close();
});
