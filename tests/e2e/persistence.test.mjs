// End-to-end: never lose work — autosave, saved plans, links, plan files, exports, bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage, sectionIds, typePool, BASE_URL, OUT_DIR, ready } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const STORE = 'lync-restore/v1/plans';

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = join(OUT_DIR, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

test('a typed plan is saved as you type, survives a reload, and can be renamed and deleted', async () => {
  const { context, page, problems } = await openPage(browser);
  await typePool(page, 'poolsave.contoso.com', ['fa.contoso.com', 'fb.contoso.com'], 'sqlp.contoso.com');
  await page.reload();
  await page.waitForSelector('.app');
  await ready(page);
  assert.equal(await page.inputValue('#pool_fqdn'), 'poolsave.contoso.com');
  assert.deepEqual(await sectionIds(page), ['prepare', 'back_end', 'server:fa.contoso.com', 'server:fb.contoso.com', 'data', 'verify']);
  assert.equal(await page.locator('.saved-plan').count(), 1);

  await page.click('.saved-plan button:has-text("Rename")');
  await page.fill('.rename input', 'Paris production');
  await page.click('.rename button');
  assert.equal((await page.textContent('.saved-plan .plan-name')).trim(), 'Paris production');

  await page.click('#new-plan');
  assert.equal(await page.inputValue('#pool_fqdn'), '');
  await page.click('.saved-plan .plan-name');
  assert.equal(await page.inputValue('#pool_fqdn'), 'poolsave.contoso.com');

  problems.nextDialog = 'dismiss';
  await page.click('.saved-plan button:has-text("Delete")');
  assert.equal(await page.locator('.saved-plan').count(), 1, 'a dismissed confirmation deletes nothing');
  problems.nextDialog = 'accept';
  await page.click('.saved-plan button:has-text("Delete")');
  assert.equal(await page.locator('.saved-plan').count(), 0);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a link carries the plan to a fresh browser, which keeps it only when asked', async () => {
  const first = await openPage(browser, '', { permissions: ['clipboard-read', 'clipboard-write'] });
  await typePool(first.page, 'poollink.contoso.com', ['l1.contoso.com', 'l2.contoso.com', 'l3.contoso.com'], 'sqlp.contoso.com');
  await first.page.click('summary:has-text("Share and export")');
  await first.page.click('#copy-link');
  await first.page.waitForSelector('.link-text');
  const link = await first.page.inputValue('.link-text');
  assert.equal(await first.page.evaluate(() => navigator.clipboard.readText()), link);
  assert.ok(link.startsWith(BASE_URL + '#plan=v2.'), link);
  await first.context.close();

  // A colleague who already has a plan for that pool.
  const second = await openPage(browser);
  await typePool(second.page, 'poollink.contoso.com', ['old.contoso.com'], 'sqlp.contoso.com');
  await second.page.goto(link);
  await second.page.reload();
  await second.page.waitForSelector('#keep-link');
  await ready(second.page);
  assert.deepEqual((await sectionIds(second.page)).filter((id) => id.startsWith('server:')),
    ['server:l1.contoso.com', 'server:l2.contoso.com', 'server:l3.contoso.com']);
  assert.match(await second.page.textContent('.notices'), /already have a saved plan for this pool/);
  assert.equal(await second.page.locator('#replace-link').count(), 1);
  const before = await second.page.evaluate((k) => localStorage.getItem(k), STORE);
  assert.match(before, /old\.contoso\.com/);
  assert.doesNotMatch(before, /l1\.contoso\.com/, 'nothing saved before the user decides');
  await second.page.click('#keep-link');
  const after = await second.page.evaluate((k) => localStorage.getItem(k), STORE);
  assert.match(after, /old\.contoso\.com/, 'the existing plan is not overwritten');
  assert.match(after, /l1\.contoso\.com/);
  assert.equal(await second.page.locator('.saved-plan').count(), 2);
  assert.equal(new URL(second.page.url()).hash, '', 'the link leaves the address bar once kept');
  await second.context.close();

  // A damaged link: clear message, nothing changed.
  const third = await openPage(browser, link.slice(BASE_URL.length, -12));
  await third.page.waitForSelector('.notice');
  assert.match(await third.page.textContent('.notices'), /could not be opened: The link is damaged/);
  assert.equal(await third.page.inputValue('#pool_fqdn'), '');
  assert.deepEqual(third.problems.consoleErrors, []);
  await third.context.close();
});

test('plan files, Markdown and standalone HTML exports; imports never overwrite; bad files are refused', async () => {
  const { context, page, problems } = await openPage(browser, '#example');
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  await page.check('#tick-cms_back_end\\/cms\\.confirm');
  await page.click('summary:has-text("Share and export")');
  await page.check('#export-progress');
  const planFile = await download(page, '#export-file');
  assert.equal(planFile.name, 'pool01.example.com.restore-plan.json');
  assert.equal(JSON.parse(planFile.text).format_version, 1);
  const md = await download(page, '#export-markdown');
  assert.match(md.text, /^# Restore binder: pool01\.example\.com/);
  assert.match(md.text, /Install-CsDatabase -CentralManagementDatabase -Clean -SqlServerFqdn "sql01\.example\.com"/);
  const html = await download(page, '#export-html');
  assert.doesNotMatch(html.text, /<script/i);
  // It prints like the page: the running header (pool, plan fingerprint) and "Page N of M".
  const fingerprint = (await page.textContent('.fingerprint'))?.trim();
  assert.match(html.text, /@top-left \{ content: "pool01\.example\.com"/);
  assert.ok(fingerprint && new RegExp(`@top-right \\{ content: "[^"]*${fingerprint}"`).test(html.text), `fingerprint ${fingerprint} in the export's @page rule`);
  assert.match(html.text, /counter\(page\)/);
  await context.close();

  // The standalone HTML opens from disk with scripts off.
  const offline = await browser.newContext({ javaScriptEnabled: false });
  const htmlPage = await offline.newPage();
  const requests = [];
  htmlPage.on('request', (r) => requests.push(r.url()));
  await htmlPage.goto(pathToFileURL(html.path).href);
  assert.match(await htmlPage.textContent('#checklist-title'), /Restore binder: pool01\.example\.com/);
  assert.equal(await htmlPage.locator('.step').count() > 100, true);
  assert.equal(await htmlPage.locator('button, input').count(), 0);
  assert.ok(await htmlPage.isVisible('text=Get-CsConfigurationStoreLocation'));
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
  await htmlPage.screenshot({ path: join(OUT_DIR, 'standalone-export.png') });
  await offline.close();

  // Import into a fresh browser: a new saved plan with its ticks.
  const fresh = await openPage(browser);
  await fresh.page.click('summary:has-text("Share and export")');
  await fresh.page.setInputFiles('#import-file', planFile.path);
  await fresh.page.waitForSelector('[data-section-id="cms_back_end"]');
  assert.equal(await fresh.page.inputValue('#pool_fqdn'), 'pool01.example.com');
  assert.ok(await fresh.page.isChecked('#tick-cms_back_end\\/cms\\.confirm'), 'ticks came along');
  assert.match(await fresh.page.textContent('.notices'), /Imported as a new saved plan/);
  await fresh.page.setInputFiles('#import-file', planFile.path);
  await fresh.page.waitForFunction(() => document.querySelectorAll('.saved-plan').length === 2);

  // Bad files: message next to the control, current plan untouched.
  const current = await fresh.page.inputValue('#pool_fqdn');
  const bad = [
    ['truncated.json', planFile.text.slice(0, 200), /not valid JSON \(line \d+, column \d+\)/],
    ['newer.json', planFile.text.replace('"format_version": 1', '"format_version": 9'), /newer version of this app \(format 9/],
    ['other.json', '{"hello": "world"}', /not a Lync Restore Planner plan/],
    ['cut.json', '{"kind": "edge",\n  "servers": ["a"', /not valid JSON \(line 2, column \d+\)/],
    ['wrong.json', '{"kind": "edge", "back_end": {"mirrored": "yes"}}', /wrong value: back_end\.mirrored: /],
    ['wrong-item.json', '{"kind": "edge", "servers": ["a", 2]}', /wrong value: servers\[1\]: /],
  ];
  for (const [name, text, message] of bad) {
    const path = join(OUT_DIR, name);
    writeFileSync(path, text);
    await fresh.page.setInputFiles('#import-file', path);
    await fresh.page.waitForSelector('#import-error');
    assert.match(await fresh.page.textContent('#import-error'), message, name);
    assert.equal(await fresh.page.inputValue('#pool_fqdn'), current);
  }
  const huge = join(OUT_DIR, 'huge.json');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 32));
  await fresh.page.setInputFiles('#import-file', huge);
  await fresh.page.waitForFunction(() => /50\.0 MB/.test(document.querySelector('#import-error')?.textContent ?? ''));
  rmSync(huge);
  assert.equal(await fresh.page.locator('.saved-plan').count(), 2, 'nothing was added by bad files');
  assert.deepEqual(fresh.problems.consoleErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await fresh.context.close();
});

test('damaged storage: the app starts, says so, keeps what it can and the damaged text aside', async () => {
  const { context, page } = await openPage(browser, '#example');
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  await page.fill('#site', 'Kept site');
  // One of two saved plans damaged by hand.
  await page.click('#new-plan');
  await typePool(page, 'pooltwo.contoso.com', ['t1.contoso.com'], 'sqlp.contoso.com');
  await page.evaluate((k) => {
    const store = JSON.parse(localStorage.getItem(k));
    store.plans[1].session = 'garbage';
    localStorage.setItem(k, JSON.stringify(store));
  }, STORE);
  await page.reload();
  await page.waitForSelector('.notice');
  await ready(page);
  assert.match(await page.textContent('.notices'), /1 saved plan was damaged and could not be opened/);
  assert.equal(await page.locator('.saved-plan').count(), 1);
  await page.click('.saved-plan .plan-name');
  assert.equal(await page.inputValue('#site'), 'Kept site');
  assert.match(await page.evaluate(() => localStorage.getItem('lync-restore/v1/damaged')), /garbage/);

  // Not JSON at all.
  await page.evaluate((k) => localStorage.setItem(k, '{"format_version":1,"plans":[{"id":'), STORE);
  await page.reload();
  await page.waitForSelector('.notice');
  await ready(page);
  assert.match(await page.textContent('.notices'), /could not be read \(It is not valid JSON/);
  await page.fill('#pool_fqdn', 'poolafter.contoso.com');
  assert.match(await page.evaluate((k) => localStorage.getItem(k), STORE), /poolafter/, 'saving works again');
  await context.close();
});

test('with storage disabled or full the app still works and says it cannot save', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(BASE_URL + '#example');
  await page.waitForSelector('#storage-off');
  await ready(page);
  assert.match(await page.textContent('#storage-off'), /does not let the app save/);
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  await page.fill('#pool_fqdn', 'poolnostore.contoso.com');
  assert.match(await page.textContent('#checklist-title'), /poolnostore\.contoso\.com/);
  assert.deepEqual(errors, []);
  await context.close();

  // localStorage full (a large site plan over its few MB): the IndexedDB copy holds the change, so
  // it is saved, and the next start reads it.
  const local = await typedWithStorage(LOCAL_FULL, 'poollocalfull.contoso.com');
  await local.page.waitForSelector('#save-state:has-text("All changes saved")');
  assert.equal(await local.page.$('#save-failed'), null);
  await local.page.reload();
  await ready(local.page);
  assert.equal(await local.page.inputValue('#pool_fqdn'), 'poollocalfull.contoso.com');
  await local.context.close();

  // Both full: saving fails, the page says so and keeps working.
  const full = await typedWithStorage(LOCAL_FULL + IDB_FULL, 'poolfull.contoso.com');
  await full.page.waitForSelector('#save-failed');
  assert.match(await full.page.textContent('#save-failed'), /Saving failed/);
  assert.match(await full.page.textContent('#save-state'), /Saving…/);
  await full.context.close();
});

// Init scripts that make a store refuse every write, as a full disk or quota does.
const LOCAL_FULL = "Storage.prototype.setItem = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };";
const IDB_FULL = "IDBObjectStore.prototype.put = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };";

/** A fresh browser whose storage the init script `breaks`, with `pool` typed into the form. */
async function typedWithStorage(breaks, pool) {
  const context = await browser.newContext();
  await context.addInitScript(breaks);
  const page = await context.newPage();
  await page.goto(BASE_URL);
  await ready(page);
  await page.fill('#pool_fqdn', pool);
  return { context, page };
}

test('the page writes links and fingerprints byte for byte as the command line does', async () => {
  // The fixture was written natively (serde_json); the page writes through the browser's JSON.
  const [exampleLink, , exampleFingerprint] = readFileSync(new URL('../fixtures/formats/written-v1.txt', import.meta.url), 'utf8').split('\n');
  // The link of the example as it was written (the fixture pins the format, not today's example).
  const { context, page, problems } = await openPage(browser, exampleLink);
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  assert.equal((await page.textContent('.fingerprint')).trim(), exampleFingerprint);
  await page.click('summary:has-text("Share and export")');
  await page.click('#copy-link');
  await page.waitForSelector('.link-text');
  assert.equal(await page.inputValue('.link-text'), BASE_URL + exampleLink);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
