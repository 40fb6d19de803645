// End-to-end: nothing lost under faults. A browser killed (SIGKILL) right after a change the page
// showed as saved, and while it was saving; two tabs on the same saved plans, in both orders; a
// deploy that changed the server's files under an open page, and a browser holding an old
// index.html.
//
// Each fault has a control: CONTROL=kill runs the kill test with IndexedDB taken away (the app
// then saves to localStorage alone, which Chromium writes to disk up to a minute late), and
// CONTROL=tabs with the storage events between tabs swallowed, CONTROL=boot with the page's
// start-failure message taken out of index.html; each must then fail.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BASE_URL, launch, ready, sectionIds, typePool, watchCsp } from './harness.mjs';

const CONTROL = process.env.CONTROL ?? '';
// What the README promises: a change is on disk within this long of being made.
const SAVED_WITHIN_MS = 1000;
const profiles = [];
const running = new Set();
after(() => {
  for (const proc of running) { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } }
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});
// A fault test that goes wrong fails within this time instead of hanging the run.
const LIMIT = { timeout: 120000 };

/** Starts Debian's Chromium on the profile `dir` as a process of its own (so that it can be
 *  killed), and connects to it. */
async function startBrowser(dir) {
  const proc = spawn(process.env.CHROMIUM ?? '/usr/bin/chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
    `--user-data-dir=${dir}`, '--remote-debugging-port=0', 'about:blank',
  ], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  running.add(proc);
  proc.on('exit', () => running.delete(proc));
  const endpoint = await new Promise((resolve, reject) => {
    let text = '';
    proc.stderr.on('data', (d) => {
      text += d;
      const found = /DevTools listening on (ws:\S+)/.exec(text);
      if (found) resolve(found[1]);
    });
    proc.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${text}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return { proc, browser, context: browser.contexts()[0] };
}

/** SIGKILL to the browser and every process it started: no chance to write anything. */
function kill(proc) {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.on('exit', resolve);
    process.kill(-proc.pid, 'SIGKILL');
  });
}

async function openApp(context, { problems = { consoleErrors: [], csp: [] } } = {}) {
  if (CONTROL === 'kill') await context.addInitScript(() => { delete window.indexedDB; });
  if (CONTROL === 'tabs') {
    await context.addInitScript(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
  }
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => problems.consoleErrors.push(String(e)));
  page.on('dialog', (d) => d.accept());
  await page.goto(BASE_URL);
  await page.waitForSelector('.app');
  await ready(page);
  return page;
}

/** The store's clock and the clock last saved, as the page shows them. */
function saveState(page) {
  return page.$eval('#save-state', (e) => ({ clock: Number(e.dataset.clock), saved: Number(e.dataset.saved), text: e.textContent }));
}

/** Runs `change`, then waits until the page says it is saved; returns how long that took. */
async function changeAndSave(page, change) {
  const before = (await saveState(page)).clock;
  const started = Date.now();
  await change();
  await page.waitForFunction((b) => {
    const e = document.querySelector('#save-state');
    return Number(e.dataset.clock) > b && Number(e.dataset.saved) >= Number(e.dataset.clock);
  }, before);
  const took = Date.now() - started;
  assert.match((await saveState(page)).text, /All changes saved/);
  return took;
}

/** What a binder holds that the user changed: the pool, the site, the saved plans, the ticks. */
async function shown(page) {
  return {
    pool: await page.inputValue('#pool_fqdn'),
    site: await page.inputValue('#site'),
    plans: await page.$$eval('.saved-plan .plan-name', (els) => els.map((e) => e.textContent.trim())),
    ticks: await page.$$eval('.tick-input:checked', (els) => els.map((e) => e.id)),
  };
}

/** Ticks the n-th step of the checklist; returns its tick box's id. */
async function tick(page, n) {
  const box = page.locator('.tick-input').nth(n);
  await box.check();
  return box.getAttribute('id');
}

test('a browser killed right after a change keeps every change the page showed as saved', LIMIT, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lync-kill-'));
  profiles.push(dir);
  let run = await startBrowser(dir);
  let page = await openApp(run.context);
  const times = [];
  times.push(await changeAndSave(page, () => typePool(page, 'poolkill.contoso.com', ['k1.contoso.com', 'k2.contoso.com'], 'sqlk.contoso.com')));
  times.push(await changeAndSave(page, () => tick(page, 0)));
  times.push(await changeAndSave(page, () => page.fill('#site', 'Lyon')));
  // Several changes in a row, the kill at once after the last one is said saved.
  for (const n of [2, 9]) {
    times.push(await changeAndSave(page, () => tick(page, n)));
  }
  const saved = await shown(page);
  assert.equal(saved.ticks.length, 3, JSON.stringify(saved));
  await kill(run.proc);

  run = await startBrowser(dir);
  page = await openApp(run.context);
  assert.deepEqual(await shown(page), saved, 'every change shown as saved is there after the kill');
  assert.equal(await page.$('.notices .notice'), null, 'no damage reported');
  console.log(`saved within ${Math.max(...times)} ms of a change (${times.join(', ')} ms)`);
  assert.ok(Math.max(...times) <= SAVED_WITHIN_MS, `saved after ${times} ms`);

  // Killed while saving: a change made, the kill before the page says saved. What was saved
  // before is all there and the store is not damaged; the last change may or may not be.
  await page.fill('#site', 'Lyon 2');
  await kill(run.proc);
  run = await startBrowser(dir);
  page = await openApp(run.context);
  const after = await shown(page);
  assert.deepEqual({ ...after, site: 'x' }, { ...saved, site: 'x' });
  assert.ok(['Lyon', 'Lyon 2'].includes(after.site), after.site);
  assert.equal(await page.$('.notices .notice'), null, 'no damage reported');
  await kill(run.proc);
});

test('two tabs on the same plans: ticks and edits of either reach the other, in both orders, and no plan is dropped', LIMIT, async () => {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = { consoleErrors: [], csp: [] };
  await watchCsp(context, problems);
  const first = await openApp(context, { problems });
  await typePool(first, 'pooltabs.contoso.com', ['t1.contoso.com', 't2.contoso.com'], 'sqlt.contoso.com');
  const second = await openApp(context, { problems });
  assert.equal(await second.inputValue('#pool_fqdn'), 'pooltabs.contoso.com');

  const ticked = [];
  for (const [a, b] of [[first, second], [second, first]]) {
    const id = await tick(a, a === first ? 0 : 3);
    ticked.push(id);
    await b.waitForSelector(`[id="${id}"]:checked`, { timeout: 5000 });
    await a.fill('#site', a === first ? 'Paris' : 'Lyon');
    await b.waitForFunction((site) => document.querySelector('#site').value === site, a === first ? 'Paris' : 'Lyon', { timeout: 5000 });
  }
  // Both ticks are in both tabs, and in what is saved.
  for (const page of [first, second]) {
    assert.deepEqual((await shown(page)).ticks.sort(), ticked.sort());
  }
  // Each tab starts a plan of its own: both are kept, in both tabs, and each tab still edits its own.
  await first.click('#new-plan');
  await second.click('#new-plan');
  await typePool(first, 'poolone.contoso.com', ['o1.contoso.com']);
  await typePool(second, 'pooltwo.contoso.com', ['w1.contoso.com']);
  for (const page of [first, second]) {
    await page.waitForFunction(() => document.querySelectorAll('.saved-plan').length === 3, null, { timeout: 5000 });
  }
  assert.equal(await first.inputValue('#pool_fqdn'), 'poolone.contoso.com');
  assert.equal(await second.inputValue('#pool_fqdn'), 'pooltwo.contoso.com');
  // A plan deleted in one tab while the other shows it: the other keeps it on screen, and saves it
  // again at its next change.
  await first.click('.saved-plan:has-text("pooltwo") button:has-text("Delete")');
  await second.waitForFunction(() => document.querySelectorAll('.saved-plan').length === 2, null, { timeout: 5000 });
  assert.equal(await second.inputValue('#pool_fqdn'), 'pooltwo.contoso.com');
  await second.fill('#site', 'Nantes');
  await first.waitForFunction(() => document.querySelectorAll('.saved-plan').length === 3, null, { timeout: 5000 });
  // What a reload reads is what both tabs show.
  const names = async (page) => (await shown(page)).plans.sort();
  assert.deepEqual(await names(first), await names(second));
  await first.reload();
  await ready(first);
  assert.deepEqual(await names(first), await names(second));
  assert.deepEqual(problems.consoleErrors, []);
  await browser.close();
});

test('a deploy under an open page: missing or foreign files are said, the page keeps working, nothing is lost', LIMIT, async () => {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openApp(context);
  await typePool(page, 'pooldeploy.contoso.com', ['d1.contoso.com', 'd2.contoso.com'], 'sqld.contoso.com');
  const before = await shown(page);
  // The server now holds another build: this page's hashed files are gone (404), and what it
  // asks for by name answers with another build's content.
  await context.route(/\/fr-[0-9a-f]+\.txt$/, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'another build\nof the French text\n' }));
  await context.route(/\/en-on-demand-[0-9a-f]+\.txt$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await context.route(/\/import-worker-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: "postMessage('another-build:ready'); onmessage = () => postMessage('{\"v\":2}');" }));
  // French: the text of another build is refused, the page says so and stays in English.
  await page.selectOption('#lang', 'fr');
  await page.waitForSelector('#text-missing', { timeout: 10000 });
  assert.deepEqual(await sectionIds(page), ['prepare', 'back_end', 'server:d1.contoso.com', 'server:d2.contoso.com', 'data', 'verify']);
  // A binder that needs the rarely used steps: said, never printed incomplete.
  await page.selectOption('#kind', 'standard_edition');
  await page.waitForSelector('#steps-unavailable', { timeout: 10000 });
  await page.selectOption('#kind', 'front_end');
  // The topology reader of another build: said next to the file field.
  await page.click('summary:has-text("Import the topology")');
  await page.setInputFiles('#topology-file', new URL('../fixtures/topology/published-two-sites.utf16le.xml', import.meta.url).pathname);
  await page.waitForSelector('#topology-error', { timeout: 10000 });
  // Nothing of the plan was lost, and it is still saved.
  const now = await shown(page);
  assert.equal(now.pool, before.pool);
  assert.deepEqual(now.plans, before.plans);
  await browser.close();
});

test('a browser holding an old index.html whose files are gone shows a message, never a blank page', LIMIT, async () => {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await context.route(/\/lync-restore-[0-9a-f]+(_bg\.wasm|\.js)$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  if (CONTROL === 'boot') {
    await context.route(BASE_URL, async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, body: (await response.text()).replace(/<div class="boot-failed"[\s\S]*?<\/div>/, '') });
    });
  }
  await page.goto(BASE_URL);
  const message = page.locator('.boot-failed:visible');
  await message.first().waitFor({ timeout: 15000 });
  assert.match(await message.first().textContent(), /could not start/);
  assert.equal(await page.$('.app'), null);
  // Once the files are there again, a reload starts the app, and the message is gone.
  await context.unrouteAll();
  await page.reload();
  await page.waitForSelector('.app');
  assert.equal(await page.locator('.boot-failed:visible').count(), 0);
  await browser.close();
});
