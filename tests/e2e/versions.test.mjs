// End-to-end: the product version in the form, from imported Skype for Business Server 2015 and
// 2019 topologies, and in the printed binder (PDF read back), in English and in French.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { importTopology, launch, openPage, printToPdf, ready } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const fixtures = new URL('../fixtures/topology/', import.meta.url).pathname;
const checklistText = (page) => page.textContent('.checklist');

test('each version chosen in the form names its own tools and marks what it adapts', async () => {
  const { context, page, problems } = await openPage(browser, '#example');
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  const expected = {
    lync2013: { shell: 'Lync Server Management Shell', note: 0, adapted: 0 },
    sfb2015: { shell: 'Skype for Business Server Management Shell', note: 1 },
    sfb2019: { shell: 'Skype for Business Server Management Shell', note: 1 },
    sfbse: { shell: 'Skype for Business Server Management Shell', note: 1 },
  };
  for (const [version, want] of Object.entries(expected)) {
    await page.selectOption('#version', version);
    await ready(page);
    const text = await checklistText(page);
    assert.ok(text.includes(want.shell), `${version}: ${want.shell}`);
    assert.equal(await page.locator('.version-note').count(), want.note, version);
    const adapted = await page.locator('.adapted-tag').count();
    if (version === 'lync2013') assert.equal(adapted, 0);
    else assert.ok(adapted > 10, `${version}: ${adapted} adapted steps`);
    // The example pool has 12 Front End Servers: from 2015 it starts with Start-CsPool.
    assert.equal(text.includes('Start-CsPool -PoolFqdn "pool01.example.com"'), version !== 'lync2013', version);
    // Mirroring cannot be deployed with 2019 and Subscription Edition: said under the choice.
    const mirrorError = await page.locator('#back_end-mirrored ~ .field-error, .field-error:has-text("cannot deploy SQL Server mirroring")').count();
    assert.equal(mirrorError > 0, version === 'sfb2019' || version === 'sfbse', `${version}: mirroring finding`);
  }
  // An availability group is offered from 2015 on, with the primary replica.
  await page.selectOption('#version', 'sfb2019');
  await page.check('#always-on');
  await page.waitForSelector('.field-error:has-text("either mirrored or in an Always On availability group")');
  await page.click('#mirrored');  // the box goes away once cleared: no uncheck() state to verify
  assert.equal(await page.locator('#mirrored').count(), 0, 'no mirroring offered on 2019 once cleared');
  await page.fill('#back_end-primary_replica', 'sql01a.contoso.com');
  // The example hosts the Central Management store: its procedure, adapted to the group.
  await page.waitForSelector('[data-section-id="cms_back_end_ag"]');
  await page.uncheck('#hosts-cms');
  await page.waitForSelector('[data-section-id="back_end_ag"]');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a Skype for Business Server 2015 topology: the 2015 binder, its pages and adapted steps', async () => {
  const { context, page, problems } = await openPage(browser);
  await importTopology(page, join(fixtures, 'builder-sfb2015.tbxml'));
  await page.check('#topo-pool-0');
  await page.click('#plan-topology');
  await page.waitForSelector('[data-section-id="cms_back_end"]');
  assert.equal(await page.inputValue('#version'), 'sfb2015');
  await ready(page);
  const pdf = await printToPdf(page, 'versions-sfb2015');
  const cover = pdf.pageTexts[0].replace(/\s+/g, ' ');
  assert.match(cover, /Skype for Business Server 2015 restore binder/);
  assert.match(cover, /Product version Skype for Business Server 2015/);
  const text = pdf.text.replace(/\s+/g, ' ');
  assert.match(text, /Adapted from Lync Server 2013/);
  assert.match(text, /adapted from the Lync Server 2013 procedure: Microsoft publishes no Skype for Business Server version of it/);
  assert.match(text, /Install Skype for Business Server on servers in the topology/);
  assert.match(text, /Step 2: Setup or Remove Skype for Business Server Components/);
  assert.ok(!text.includes('Lync Server Management Shell'), 'no Lync tool names in a 2015 binder');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a Skype for Business Server 2019 topology with an availability group, printed in English and French', async () => {
  const { context, page, problems } = await openPage(browser);
  await importTopology(page, join(fixtures, 'published-sfb2019-always-on.xml'));
  assert.match(await page.textContent('.topo-summary'), /Skype for Business Server 2019/);
  // The Front End pool is the first pool of the file.
  assert.match(await page.textContent('label[for="topo-pool-0"]'), /pool01\.contoso\.com/);
  await page.check('#topo-pool-0');
  await page.click('#plan-topology');
  await page.waitForSelector('[data-section-id="back_end_ag"]');
  assert.equal(await page.inputValue('#version'), 'sfb2019');
  assert.ok(await page.isChecked('#always-on'));
  assert.equal(await page.inputValue('#back_end-primary_replica'), 'sql01a.contoso.com');
  await ready(page);
  const en = await printToPdf(page, 'versions-sfb2019-ag');
  const cover = en.pageTexts[0].replace(/\s+/g, ' ');
  assert.match(cover, /Skype for Business Server 2019 restore binder/);
  const text = en.text.replace(/\s+/g, ' ');
  assert.match(text, /Back End availability group sqlag\.contoso\.com/);
  assert.match(text, /Recreate the databases on the primary replica sql01a\.contoso\.com/);
  assert.match(text, /Deploy an Always On Availability Group on a Back End Server in Skype for Business Server/);
  assert.ok(en.text.replace(/\s+/g, '').includes('Install-CsDatabase-Update-ConfiguredDatabases-SqlServerFqdn"sqlag.contoso.com"-Verbose'));
  assert.ok(en.text.replace(/\s+/g, '').includes('Start-CsPool-PoolFqdn"pool01.contoso.com"'));
  assert.match(text, /Adapted from Lync Server 2013/);

  await page.selectOption('#lang', 'fr');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.waitForSelector('[data-section-id="back_end_ag"]');
  await ready(page);
  const fr = await printToPdf(page, 'versions-sfb2019-ag-fr');
  const frCover = fr.pageTexts[0].replace(/\s+/g, ' ');
  assert.match(frCover, /Skype Entreprise Server 2019/);
  const frText = fr.text.replace(/\s+/g, ' ');
  assert.match(frText, /Adapté de Lync Server 2013/);
  assert.match(frText, /Groupe de disponibilité du serveur principal sqlag\.contoso\.com/);
  assert.match(frText, /Skype Entreprise Server Management Shell/);
  assert.match(frText, /Déployer un groupe de disponibilité Always On sur un serveur principal dans Skype Entreprise Server/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
