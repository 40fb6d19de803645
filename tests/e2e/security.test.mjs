// End-to-end hardening checks: headers on every asset type (from the nginx sample, which the
// IIS sample must match), SRI, no other origin, a strict CSP with 0 violations across the flows,
// WCAG 2.2 A/AA with axe-core on every state, a keyboard-only walk, and hostile names inert.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, watchCsp, printToPdf, BASE_URL, OUT_DIR, ready } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
const DIST = process.env.DIST ?? join(root, 'dist');
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('every asset type is served with the security headers, the right type and caching', async () => {
  const files = readdirSync(DIST);
  const expected = {
    '': ['text/html', 'no-cache'],
    'index.html': ['text/html', 'no-cache'],
  };
  for (const f of files) {
    if (f.endsWith('.js')) expected[f] = ['text/javascript', 'public, max-age=31536000, immutable'];
    if (f.endsWith('.css')) expected[f] = ['text/css', 'public, max-age=31536000, immutable'];
    if (f.endsWith('.wasm')) expected[f] = ['application/wasm', 'public, max-age=31536000, immutable'];
    if (f.endsWith('.txt')) expected[f] = ['text/plain; charset=utf-8', 'public, max-age=31536000, immutable'];
  }
  assert.ok(Object.keys(expected).length >= 6);
  for (const [file, [type, cache]] of Object.entries(expected)) {
    const r = await fetch(BASE_URL + file);
    assert.equal(r.status, 200, file);
    assert.equal(r.headers.get('content-type'), type, file);
    assert.equal(r.headers.get('cache-control'), cache, file);
    assert.equal(r.headers.get('content-security-policy'), CSP, file);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', file);
    assert.equal(r.headers.get('referrer-policy'), 'no-referrer', file);
    assert.match(r.headers.get('permissions-policy') ?? '', /camera=\(\), geolocation=\(\)/, file);
    assert.equal(r.headers.get('cross-origin-opener-policy'), 'same-origin', file);
  }
  // The IIS sample declares the same header values as the nginx sample.
  const nginx = readFileSync(join(root, 'tests/deploy/nginx-location.conf'), 'utf8');
  const iis = readFileSync(join(root, 'tests/deploy/web.config'), 'utf8');
  const fromNginx = new Map([...nginx.matchAll(/add_header ([\w-]+) "([^"]+)" always;/g)].filter(([, n]) => n !== 'Cache-Control').map(([, n, v]) => [n, v]));
  const fromIis = new Map([...iis.matchAll(/<add name="([\w-]+)" value="([^"]+)" \/>/g)].map(([, n, v]) => [n, v]));
  assert.deepEqual(fromIis, fromNginx);
  assert.match(iis, /<mimeMap fileExtension="\.wasm" mimeType="application\/wasm" \/>/);
});

test('every integrity= matches its file and dist/ names no other origin than the documentation', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:href|src)="\.\/([^"]+)"[^>]*integrity="(sha384-[^"]+)"/g)];
  assert.ok(refs.length >= 4, `integrity attributes found: ${refs.length}`);
  const mismatches = refs.filter(([, file, sri]) => `sha384-${createHash('sha384').update(readFileSync(join(DIST, file))).digest('base64')}` !== sri);
  assert.deepEqual(mismatches, []);
  const allowed = [/^https:\/\/learn\.microsoft\.com$/, /^http:\/\/www\.w3\.org$/];
  const foreign = new Set();
  for (const f of readdirSync(DIST)) {
    const text = readFileSync(join(DIST, f), 'latin1');
    for (const [url] of text.matchAll(/https?:\/\/[A-Za-z0-9.-]+/g)) {
      if (!allowed.some((a) => a.test(url))) foreign.add(`${f}: ${url}`);
    }
  }
  assert.deepEqual([...foreign], []);
});

/** Runs axe-core on the page; returns the violations (rule id, impact, node count). The window
 * is made as tall as the page first, until no section is left unrendered: on screen the browser
 * skips the layout of the sections out of view (content-visibility), which axe's hit-testing
 * rules (target size) cannot see through; a user only meets a section once it is in view, and so
 * laid out, so every section is audited laid out. */
async function axe(page) {
  const viewport = page.viewportSize();
  for (let i = 0; i < 20; i++) {
    const { height, skipped } = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const titles = [...document.querySelectorAll('.section .section-title')];
      return {
        height: document.documentElement.scrollHeight,
        skipped: titles.filter((t) => !t.checkVisibility({ contentVisibilityAuto: true })).length,
      };
    });
    if (skipped === 0) break;
    await page.setViewportSize({ width: viewport.width, height: Math.min(height, 100000) });
  }
  await page.evaluate(readFileSync(join(root, 'tests/e2e/node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  await page.setViewportSize(viewport);
  return result.violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('WCAG 2.2 A/AA: axe-core finds nothing on any state, under the strict CSP', async () => {
  const { context, page, problems } = await openPage(browser);
  const states = {};
  await page.waitForSelector('#load-example');
  states.empty = await axe(page);
  await page.fill('#pool_fqdn', '-bad.contoso.com');
  await page.fill('#paste-servers', 'fe_1.contoso.com');
  await page.click('#paste-servers ~ button, button:has-text("Add pasted servers")');
  await page.waitForSelector('.field-error');
  states.errors = await axe(page);
  await page.click('summary:has-text("Import the topology")');
  await page.setInputFiles('#topology-file', join(root, 'tests/fixtures/topology/builder-sfb2015.tbxml'));
  await page.waitForSelector('.topology');
  states.imported = await axe(page);
  await page.goto(BASE_URL + '#example');
  await page.reload();
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  await ready(page);
  await page.check('#tick-cms_back_end\\/cms\\.confirm');
  await page.click('summary:has-text("Share and export")');
  states.checklist = await axe(page);
  await page.emulateMedia({ media: 'print' });
  states.print = await axe(page);
  await page.emulateMedia({ media: null });
  await page.selectOption('#lang', 'fr');
  states.french = await axe(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  states.dark = await axe(page);
  writeFileSync(join(OUT_DIR, 'axe.json'), JSON.stringify(states, null, 2));
  for (const [state, violations] of Object.entries(states)) assert.deepEqual(violations, [], `${state}`);
  assert.deepEqual(problems.csp, []);
  await context.close();
});

/** Presses Tab until `predicate` holds for the focused element (at most `max` presses). */
async function tabTo(page, predicate, max = 600) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return true;
  }
  return false;
}

test('keyboard only: add servers, fix an error, tick a step, copy a command, print', async () => {
  const { context, page, problems } = await openPage(browser, '', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.waitForSelector('#load-example');
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  assert.ok(await tabTo(page, () => document.activeElement?.id === 'pool_fqdn'), 'pool FQDN reachable');
  await page.keyboard.type('-kb.contoso.com');
  await page.waitForSelector('#pool_fqdn-error');
  await page.keyboard.press('Home');
  await page.keyboard.press('Delete');
  assert.equal(await page.inputValue('#pool_fqdn'), 'kb.contoso.com');
  assert.equal(await page.locator('#pool_fqdn-error').count(), 0, 'error fixed from the keyboard');
  assert.ok(await tabTo(page, () => document.activeElement?.id === 'paste-servers'), 'paste box reachable');
  await page.keyboard.type('kb1.contoso.com kb2.contoso.com');
  assert.ok(await tabTo(page, () => document.activeElement?.textContent === 'Add pasted servers'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-section-id="server:kb2.contoso.com"]');
  assert.ok(await tabTo(page, () => document.activeElement?.classList.contains('tick-input')), 'a tick box reachable');
  await page.keyboard.press('Space');
  assert.match(await page.textContent('.overall-progress'), /^1 of \d+ steps? done$/);
  assert.ok(await tabTo(page, () => document.activeElement?.classList.contains('copy')), 'a copy button reachable');
  const command = await page.evaluate(() => document.activeElement.closest('.cmd-block').querySelector('.cmd').textContent);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), command);
  await page.keyboard.press('Shift+Tab');
  assert.ok(await tabTo(page, () => document.activeElement?.id === 'print-progress', 2000), 'print reachable');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__printed > 0);
  assert.equal(await page.evaluate(() => window.__printed), 1);
  assert.deepEqual(problems.csp, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

const HOSTILE = '<img src=x onerror=alert(1)>';

async function assertInert(page) {
  assert.equal(await page.locator('img').count(), 0, 'no element made from typed text');
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 0);
  assert.deepEqual(hrefs.filter((h) => !h.startsWith('https://learn.microsoft.com/')), [], 'only documentation links');
}

test('hostile names in every field, in a link and in a topology file stay inert text everywhere', async () => {
  const { context, page, problems } = await openPage(browser, '#example', { permissions: ['clipboard-read', 'clipboard-write'] });
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  await page.click('summary:has-text("Backup files")');
  const ids = await page.$$eval('form.pool-form input[type=text]', (els) => els.map((e) => e.id));
  assert.ok(ids.length >= 10, `text fields: ${ids.length}`);
  for (const [i, id] of ids.entries()) {
    await page.fill(`#${id}`, i % 2 ? 'javascript:alert(1)' : HOSTILE);
  }
  await page.fill('#site', HOSTILE);
  await assertInert(page);
  assert.match(await page.textContent('.cover'), /<img src=x onerror=alert\(1\)>/, 'shown as text');
  const pdf = await printToPdf(page, 'hostile');
  assert.ok(pdf.text.includes(HOSTILE), 'printed as text');

  // Exports.
  await page.click('summary:has-text("Share and export")');
  const [md] = await Promise.all([page.waitForEvent('download'), page.click('#export-markdown')]);
  const mdText = readFileSync(await md.path(), 'utf8');
  // Outside code blocks every < is escaped; inside them (commands) Markdown shows text as is.
  const prose = mdText.split('```').filter((_, i) => i % 2 === 0).join('');
  assert.ok(!prose.includes(HOSTILE) && prose.includes('\\<img src=x onerror=alert(1)\\>'), 'escaped in Markdown');
  const [html] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
  await html.saveAs(join(OUT_DIR, 'hostile-export.html'));
  const htmlText = readFileSync(join(OUT_DIR, 'hostile-export.html'), 'utf8');
  assert.doesNotMatch(htmlText, /href="javascript:/i);
  assert.match(htmlText, /&lt;img src=x onerror=alert\(1\)&gt;/);
  // Opened as a document: no element made from typed text, no script (the pool name also goes
  // into the stylesheet's running header, where `</style` must not close the element).
  await page.fill('#pool_fqdn', '</style><script>alert(2)</script>');
  const [html2] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
  await html2.saveAs(join(OUT_DIR, 'hostile-export-2.html'));
  for (const file of ['hostile-export.html', 'hostile-export-2.html']) {
    const viewer = await browser.newContext({ javaScriptEnabled: true });
    const doc = await viewer.newPage();
    doc.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    await doc.goto(`file://${join(OUT_DIR, file)}`);
    assert.equal(await doc.locator('img, script, iframe, object').count(), 0, file);
    assert.equal(await doc.locator('a[href^="javascript"]').count(), 0, file);
    assert.ok((await doc.textContent('body')).includes(file.endsWith('2.html') ? '</style><script>alert(2)</script>' : HOSTILE), file);
    await viewer.close();
  }
  await page.fill('#pool_fqdn', HOSTILE);

  // A link carrying the hostile plan, opened elsewhere.
  await page.click('#copy-link');
  await page.waitForSelector('.link-text');
  const link = await page.inputValue('.link-text');
  const other = await browser.newContext();
  const otherProblems = { csp: [] };
  await watchCsp(other, otherProblems);
  const otherPage = await other.newPage();
  otherPage.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await otherPage.goto(link);
  await otherPage.waitForSelector('#keep-link');
  await ready(otherPage);
  await assertInert(otherPage);
  await other.close();

  // A topology file with hostile names.
  await page.click('summary:has-text("Import the topology")');
  const xml = readFileSync(join(root, 'tests/fixtures/topology/builder-sfb2015.tbxml'), 'utf8')
    .replaceAll('lyncpool.fabrikam.com', '&lt;img src=x onerror=alert(1)&gt;')
    .replaceAll('lyncfe1.fabrikam.com', 'javascript:alert(1)');
  const path = join(OUT_DIR, 'hostile.tbxml');
  writeFileSync(path, xml);
  await page.setInputFiles('#topology-file', path);
  await page.waitForSelector('.topology');
  assert.match(await page.textContent('.topology'), /<img src=x onerror=alert\(1\)>/);
  await page.check('#topo-pool-0');
  await page.click('#plan-topology');
  await assertInert(page);
  assert.deepEqual(dialogs, [], 'no script ran');
  assert.deepEqual(problems.csp, []);
  assert.deepEqual(otherProblems.csp, []);
  await context.close();
});

test('the CSP is really enforced: an inline style attempt is reported', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.waitForSelector('#load-example');
  assert.deepEqual(problems.csp, [], 'the app itself causes no violation');
  await page.evaluate(() => { const s = document.createElement('style'); s.textContent = 'body{}'; document.head.append(s); });
  await page.waitForFunction(() => true);
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(problems.csp.length, 1, `control violation seen: ${problems.csp}`);
  await context.close();
});
