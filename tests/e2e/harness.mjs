// Shared end-to-end helpers: launch Debian's Chromium through playwright-core (no browser
// download), watch for console errors and off-origin requests, print to PDF and read it back.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:18080/tools/lync-restore/';
export const OUT_DIR = process.env.OUT_DIR ?? new URL('./out/', import.meta.url).pathname;
mkdirSync(OUT_DIR, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

/** Opens a page that records console errors, page errors and requests to other origins. */
export async function openPage(browser, fragment = '', contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const problems = { consoleErrors: [], offOrigin: [], wasm: null, csp: [] };
  await watchCsp(context, problems);
  const page = await context.newPage();
  const origin = new URL(BASE_URL).origin;
  page.on('console', (m) => { if (m.type() === 'error') problems.consoleErrors.push(m.text()); });
  page.on('dialog', (d) => (problems.nextDialog ?? 'dismiss') === 'accept' ? d.accept() : d.dismiss());
  page.on('pageerror', (e) => problems.consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:')) problems.offOrigin.push(u);
  });
  page.on('response', (r) => {
    if (r.url().endsWith('.wasm')) problems.wasm = { status: r.status(), type: r.headers()['content-type'] };
  });
  const response = await page.goto(BASE_URL + fragment);
  if (!response?.ok()) throw new Error(`${BASE_URL} answered ${response?.status()}`);
  await page.waitForSelector('.app');
  await ready(page);
  return { context, page, problems };
}

/** Waits until the whole checklist is rendered: the first paint shows its top, and the
 *  checklist is `aria-busy` until the rest is in. */
export function ready(page) {
  return page.waitForSelector('.checklist:not([aria-busy])');
}

/** Opens the import panel and reads the topology file at `path`, until its pools are listed. */
export async function importTopology(page, path) {
  await page.click('summary:has-text("Import the topology")');
  await page.setInputFiles('#topology-file', path);
  await page.waitForSelector('.topology');
}

/** Every Content-Security-Policy violation in the context's pages lands in problems.csp (and,
 *  as Chromium also logs them, in problems.consoleErrors). */
export async function watchCsp(context, problems) {
  await context.exposeBinding('__reportCsp', (_source, text) => { problems.csp.push(text); });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

/** Section ids of the rendered checklist, in document order. */
/** Types a pool into the form: its FQDN, the member servers (pasted: a list, one per line, or the
 *  text to paste as it is), and the Back End SQL Server and instance when `sql` is given. */
export async function typePool(page, pool, servers, sql = null, instance = 'rtc') {
  await page.fill('#pool_fqdn', pool);
  await page.fill('#paste-servers', Array.isArray(servers) ? servers.join('\n') : servers);
  await page.click('text=Add pasted servers');
  if (sql) {
    await page.fill('#back_end-sql_fqdn', sql);
    await page.fill('#back_end-sql_instance', instance);
  }
}

export function sectionIds(page) {
  return page.$$eval('[data-section-id]', (els) => els.map((e) => e.dataset.sectionId));
}

/** All command text of the checklist. */
export function commands(page) {
  return page.$$eval('.cmd', (els) => els.map((e) => e.textContent).join('\n'));
}

/** Prints the page to PDF (print media) and returns { path, text, pages, pageTexts }. */
export async function printToPdf(page, name, format = 'A4') {
  const path = join(OUT_DIR, `${name}.pdf`);
  await page.emulateMedia({ media: null });
  await page.pdf({ path, format, printBackground: false });
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const pageTexts = [];
  for (let n = 1; n <= pages; n++) {
    pageTexts.push(execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' }));
  }
  return { path, text, pages, pageTexts };
}

/** Decodes every QR code on PDF pages first..last (zbarimg); returns the decoded texts. */
export function decodeQr(pdfPath, first, last) {
  const prefix = join(OUT_DIR, 'qr-page');
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', String(first), '-l', String(last), pdfPath, prefix]);
  const found = [];
  for (let n = first; n <= last; n++) {
    const png = `${prefix}-${String(n).padStart(2, '0')}.png`;
    try {
      found.push(...execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter(Boolean));
    } catch { /* zbarimg exits 4 when a page has no code */ }
  }
  return found;
}

/** Elements wider than their box at the printable A4 width, in print media. */
export async function printOverflow(page) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 680, height: 900 });
  const overflowing = await page.$$eval('.checklist *', (els) => els
    .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== 'hidden' && e.clientWidth > 0)
    .map((e) => e.className || e.tagName));
  await page.emulateMedia({ media: null });
  await page.setViewportSize({ width: 1280, height: 900 });
  return overflowing;
}
