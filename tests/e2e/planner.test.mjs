// End-to-end: the built app, served by nginx under /tools/lync-restore/, in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openPage, sectionIds, typePool, commands, printToPdf, printOverflow, OUT_DIR } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a typed Front End pool gives Back End first, then each Front End, with the typed names', async () => {
  const { context, page, problems } = await openPage(browser);
  assert.deepEqual(problems.wasm, { status: 200, type: 'application/wasm' });
  await page.waitForSelector('#load-example');
  await page.screenshot({ path: join(OUT_DIR, 'start.png'), fullPage: true });

  await typePool(page, 'lyncpool-e2e.contoso.com', ['fe-a.contoso.com', 'fe-b.contoso.com', 'fe-c.contoso.com'], 'sqlbe-e2e.contoso.com');
  await page.click('summary:has-text("Backup files")');
  await page.fill('#backup-location', '\\\\backup01.contoso.com\\LyncBackup');

  const ids = await sectionIds(page);
  assert.deepEqual(ids, ['prepare', 'back_end', 'server:fe-a.contoso.com', 'server:fe-b.contoso.com',
    'server:fe-c.contoso.com', 'data', 'verify']);
  const cmd = await commands(page);
  assert.match(cmd, /Install-CsDatabase -ConfiguredDatabases -SqlServerFqdn "sqlbe-e2e\.contoso\.com"/);
  assert.match(cmd, /Import-CsUserData -PoolFqdn "lyncpool-e2e\.contoso\.com" -FileName "C:\\LyncRestore\\ExportedUserData\.zip"/);
  for (const fe of ['fe-a', 'fe-b', 'fe-c']) {
    assert.match(cmd, new RegExp(`Stop-CsWindowsService -ComputerName "${fe}\\.contoso\\.com"`));
  }
  assert.equal(await page.locator('.missing').count(), 0, 'nothing is missing once every field is filled');

  // A wrong FQDN: message next to the field, text kept, checklist says what is missing.
  await page.fill('#pool_fqdn', '-lyncpool.contoso.com');
  assert.match(await page.textContent('#pool_fqdn-error'), /can't start with a hyphen/);
  assert.equal(await page.inputValue('#pool_fqdn'), '-lyncpool.contoso.com');
  assert.match(await page.textContent('.missing'), /<pool FQDN>/);
  assert.match(await commands(page), /Import-CsUserData -PoolFqdn "<pool FQDN>"/);
  await page.fill('#pool_fqdn', 'lyncpool-e2e.contoso.com');
  assert.equal(await page.locator('#pool_fqdn-error').count(), 0);

  // Print button calls window.print once (in the task after the click: see binder.test.mjs).
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.click('#print-progress');
  await page.waitForFunction(() => window.__printed > 0);
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.__printed), 1);

  await page.screenshot({ path: join(OUT_DIR, 'filled.png'), fullPage: true });
  assert.deepEqual(await printOverflow(page), [], 'nothing overflows the printable width');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(OUT_DIR, 'print-media.png'), fullPage: true });
  const pdf = await printToPdf(page, 'front-end-pool');
  assert.match(pdf.text, /Install-CsDatabase -ConfiguredDatabases -SqlServerFqdn "sqlbe-e2e\.contoso\.com"/);
  assert.match(pdf.text, /Import-CsUserData -PoolFqdn/);
  assert.match(pdf.text, /Front End Server fe-c\.contoso\.com/);
  assert.ok(pdf.text.indexOf('Back End Server sqlbe-e2e') < pdf.text.indexOf('Front End Server fe-a'), 'Back End first on paper too');
  for (const formText of ['Add pasted servers', 'Load an example', 'Pool FQDN', 'Print with progress']) {
    assert.ok(!pdf.text.includes(formText), `the form is not printed (found "${formText}")`);
  }
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.offOrigin, []);
  await context.close();
});

test('#example opens the built-in example: a 12-server pool hosting the CMS', async () => {
  const { context, page, problems } = await openPage(browser, '#example');
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  assert.equal(await page.inputValue('#pool_fqdn'), 'pool01.example.com');
  const ids = await sectionIds(page);
  const servers = Array.from({ length: 12 }, (_, i) => `server:fe${String(i + 1).padStart(2, '0')}.example.com`);
  assert.deepEqual(ids, ['prepare', 'cms_back_end', 'file_store', ...servers, 'data', 'verify']);
  assert.equal(await page.locator('.missing').count(), 0);
  // Everything the example says is in the first load: no text fetched for it.
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.deepEqual(fetched.filter((u) => /\.txt$/.test(u)), []);
  await page.screenshot({ path: join(OUT_DIR, 'example.png'), fullPage: false });
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.offOrigin, []);
  await context.close();
});
