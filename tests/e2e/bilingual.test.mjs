// End-to-end: the app and the printed binder in French, the language switch, the bilingual binder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, printToPdf, BASE_URL, ready } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const root = new URL('../../', import.meta.url).pathname;
const squash = (s) => s.replace(/\s+/g, ' ');

/** A TOML file's `[section]` as name → text (the simple one-line `key = "text"` form of the texts files). */
function section(file, name) {
  const toml = readFileSync(`${root}${file}`, 'utf8');
  const body = toml.split(/^\[/m).find((s) => s.startsWith(`${name}]`)) ?? '';
  return Object.fromEntries([...body.matchAll(/^"?([\w.\-]+)"? = "((?:[^"\\]|\\.)*)"$/gm)].map(([, k, v]) => [k, v]));
}

/** English texts of the page and of the steps (titles) that differ from their French ones. */
function englishTexts() {
  const out = [];
  for (const name of ['ui', 'step_title']) {
    const en = name === 'ui' ? section('src/content/texts/en.toml', 'ui') : null;
    const fr = section('src/content/texts/fr.toml', name);
    if (en) out.push(...Object.entries(en).filter(([k, v]) => fr[k] !== v && v.length > 6 && !/[{\\]/.test(v)).map(([, v]) => v));
  }
  const toml = readFileSync(`${root}src/content/catalogue.toml`, 'utf8');
  out.push(...[...toml.matchAll(/^title = "([^"{]+)"$/gm)].map(([, t]) => t).filter((t) => !/^Step \d/.test(t)));
  return out;
}

/** The console labels (src/content/labels.toml): English and the French shown instead. */
function consoleLabels() {
  const toml = readFileSync(`${root}src/content/labels.toml`, 'utf8');
  return [...toml.matchAll(/^en = "((?:[^"\\]|\\.)*)"\nfr = "((?:[^"\\]|\\.)*)"$/gm)]
    .map(([, en, fr]) => ({ en, fr: JSON.parse(`"${fr}"`) }))
    .filter(({ en, fr }) => fr && fr !== en);
}

test('a French browser gets the app and the binder in French, with fr-fr links and no English left', async () => {
  const { context, page, problems } = await openPage(browser, '#example', { locale: 'fr-FR' });
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.match(await page.textContent('#checklist-title'), /^Classeur de restauration\u00a0: pool01\.example\.com/);
  assert.equal(await page.inputValue('#lang'), 'fr');
  // A validation message in French, next to its field.
  await page.fill('#pool_fqdn', '-pool01.example.com');
  assert.match(await page.textContent('#pool_fqdn-error'), /Un libellé ne peut pas commencer par un tiret/);
  await page.fill('#pool_fqdn', 'pool01.example.com');

  const pdf = await printToPdf(page, 'binder-fr');
  const text = squash(pdf.text);
  assert.match(text, /Classeur de restauration Lync Server 2013/);
  assert.match(text, /Reconstruire fe01\.example\.com avec le même FQDN/);
  assert.match(text, /Page 1 sur \d+/);
  assert.match(pdf.text, /learn\.microsoft\.com\/fr-fr\/previous-versions\/office\/lync-server-2013\//);
  assert.doesNotMatch(pdf.text, /\/en-us\//);
  // No English left: the page's texts and the step titles are French.
  const word = (en) => new RegExp(`(^|[^\\w])${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w])`);
  const leaks = englishTexts().filter((en) => word(squash(en)).test(text));
  assert.deepEqual(leaks, [], 'no English UI or step text in the French binder');
  // Every console label in French, the English one only in parentheses right after it.
  const labels = consoleLabels();
  assert.ok(labels.length > 40);
  // The tools' English names, given in parentheses after the French ones, are not labels.
  const tools = ['terms_lync', 'terms_sfb'].flatMap((t) => Object.values(section('src/content/texts/en.toml', t)));
  let rest = tools.reduce((t, name) => t.split(`(${name})`).join(' '), text);
  let shown = 0;
  for (const { en, fr } of labels) {
    const both = `${squash(fr)} (${en})`;
    shown += rest.split(both).length - 1;
    rest = rest.split(both).join(' ');
  }
  // A label word joined by a hyphen is part of a cmdlet (Publish-CsLisConfiguration), not a label.
  const label = (en) => new RegExp(`(^|[^\\w-])${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`);
  const alone = labels.filter(({ en }) => label(en).test(rest)).map(({ en }) => en);
  assert.deepEqual(alone, [], 'a console label in English without its French form');
  assert.ok(shown > 50, `${shown} labels shown in French`);
  // French typography: the no-break space keeps « : ; ? ! » and « » with their word, so no printed
  // line starts with one (pdftotext prints the no-break space as a space); in the page itself
  // every one of them has its no-break space.
  const lines = pdf.text.split('\n').map((l) => l.trim());
  assert.deepEqual(lines.filter((l) => /^[:;?!»]/.test(l) || /«$/.test(l)), []);
  // The page's French prose (commands and URLs are not prose).
  const dom = await page.evaluate(() => {
    const copy = document.querySelector('.checklist').cloneNode(true);
    copy.querySelectorAll('pre, .reference-url').forEach((e) => e.remove());
    return copy.textContent;
  });
  const english = [...labels.map(({ en }) => en), ...tools];
  const french = english.reduce((t, en) => t.split(`(${en})`).join(''), dom);
  const faults = [...french.matchAll(/.{0,25}(?: [:;?!»]|« |[^\s\u00a0\u202f(][:;?!](?=\s))/g)].map((m) => m[0]);
  assert.deepEqual(faults, [], 'no no-break space before : ; ? ! » or after «');
  assert.doesNotMatch(french, /'/, 'one apostrophe style (’)');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a French start fetches the French text alongside the wasm, not after it, and only once', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const events = [];
  let sendWasm;
  const wasmHeld = new Promise((resolve) => { sendWasm = resolve; });
  await context.route(/\/lync-restore-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await wasmHeld;
    events.push('wasm sent');
    await route.continue();
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || /preloaded/i.test(m.text())) problems.push(m.text()); });
  page.on('request', (r) => { if (/\/fr-[0-9a-f]+\.txt$/.test(r.url())) events.push('pack asked'); });
  const loading = page.goto(`${BASE_URL}#example`);
  for (let i = 0; i < 60 && !events.includes('pack asked'); i++) await new Promise((r) => setTimeout(r, 50));
  sendWasm();
  await loading;
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  await ready(page);
  assert.ok(events.includes('pack asked') && events.indexOf('pack asked') < events.indexOf('wasm sent'),
    `the French text is asked for while the wasm is still coming: ${events.join(', ')}`);
  assert.equal(events.filter((e) => e === 'pack asked').length, 1, 'and the app uses that one request');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await page.$('#text-missing'), null);
  assert.match(await page.textContent('[data-section-id="server:fe01.example.com"]'), /Reconstruire fe01\.example\.com avec le même FQDN/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the language can be switched, is remembered, and the binder can be printed in both', async () => {
  const { context, page } = await openPage(browser, '#example');
  const packs = [];
  page.on('request', (r) => { if (/\/fr-[0-9a-f]+\.txt$/.test(r.url())) packs.push(r.url()); });
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(packs, [], 'an English page does not load the French text');
  await page.selectOption('#lang', 'fr');
  // The French text of the steps is fetched the first time French is chosen.
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.equal(packs.length, 1);
  assert.match(await page.textContent('[data-section-id="cms_back_end"]'), /Restaurer|Reconstruire|Vérifier/);
  assert.match(await page.textContent('#print-progress'), /Imprimer avec l’avancement/);
  await page.reload();
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  await ready(page);
  assert.equal(await page.inputValue('#lang'), 'fr', 'the choice is remembered');
  await page.check('#bilingual');
  const pdf = await printToPdf(page, 'binder-bilingual');
  const text = squash(pdf.text);
  assert.match(text, /Reconstruire fe01\.example\.com avec le même FQDN/);
  assert.match(text, /Rebuild fe01\.example\.com with the same FQDN/);
  await page.selectOption('#lang', 'en');
  assert.match(await page.textContent('#checklist-title'), /^Restore binder/);
  await context.close();
  assert.ok(BASE_URL);
});

test('without the French text (blocked, offline) the app still starts, in English, says so in both languages, and keeps the plan', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  await context.route(/\/fr-[0-9a-f]+\.txt$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${BASE_URL}#example`);
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  await ready(page);
  // The French labels, messages and steps are all in the French text: the page is in English.
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const notice = await page.textContent('#text-missing');
  assert.match(notice, /A language's text could not be loaded/);
  assert.match(notice, /Le texte français n’a pas pu être chargé/);
  assert.match(await page.textContent('[data-section-id="server:fe01.example.com"]'), /Rebuild fe01\.example\.com with the same FQDN/);
  assert.equal(await page.inputValue('#pool_fqdn'), 'pool01.example.com');
  // Asking for French again tries again (still blocked).
  await page.selectOption('#lang', 'fr');
  await page.waitForSelector('#text-missing');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // Back to English: the notice goes.
  await page.selectOption('#lang', 'en');
  await page.waitForFunction(() => !document.querySelector('#text-missing'));
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await context.close();
});

test('a French start whose French text never comes starts anyway, in time, and says so', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  // The request hangs: never answered.
  await context.route(/\/fr-[0-9a-f]+\.txt$/, () => {});
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(`${BASE_URL}#example`);
  await page.waitForSelector('#text-missing', { timeout: 15000 });
  await ready(page);
  const waited = Date.now() - t0;
  assert.ok(waited < 10000, `started after ${waited} ms`);
  assert.equal(await page.inputValue('#pool_fqdn'), 'pool01.example.com');
  await context.close();
});
